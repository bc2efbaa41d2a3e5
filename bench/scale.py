"""How the API's cost grows with the data: 100 against 100,000 statistics, side by side in one run.

    python bench/scale.py [--small 100] [--large 100000] [--seconds 5] [--rounds 3] [--pg ADMIN_URL]

Each size gets a database of its own from `python -m tools.synth` (SQLite in a temporary folder, or
PostgreSQL with --pg) and a server (`python -m app serve --no-migrate`, pinned to CPU 0; wrk on
CPU 1). Every request is a miss: the servers run with an HTTP cache that keeps nothing
(CACHE_ENTRIES=0, as bench/serving.py measures misses), since the hit path does not look at the data
at all; so searches and items are measured as they are built, not only lists.
The two servers alternate for `--rounds` rounds; the table
shows medians and how much more a request costs at the large size (small req/s / large req/s).

Totals are counted once per dataset version and filter and remembered (app/api/queries.py): the
"first filtered request" rows show what that first count costs, one request at a time.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import common  # bench/ is not a package: its scripts run as files, beside common.py

from app.api.queries import encode_cursor


def database(args: argparse.Namespace, size: int) -> str:
    if not args.pg:
        return common.temp_sqlite(f"scale-{size}")
    from serving import pg_database

    return pg_database(args.pg, f"changdu_bench_scale_{size}")


def requests_for(url: str) -> dict[str, str]:
    """The requests to measure on one database: each as deep, or as rare, at any size."""
    engine = create_engine(url)
    with engine.connect() as connection:
        count = connection.execute(text("SELECT count(*) FROM statistic")).scalar_one()
        position, slug = connection.execute(
            text("SELECT position, slug FROM statistic ORDER BY position DESC LIMIT 1 OFFSET 25")
        ).one()
        last_slug = connection.execute(
            text("SELECT slug FROM statistic ORDER BY position DESC LIMIT 1")
        ).scalar()
        sample = connection.execute(
            text(
                "SELECT text FROM search_entry WHERE kind = 'statistic' AND lang = 'en' "
                "AND text LIKE '%(sample %' ORDER BY position DESC"
            )
        ).first()
    engine.dispose()
    number = sample[0].rsplit("(sample ", 1)[1].rstrip(")") if sample else "1"
    cursor = encode_cursor("statistic", "article", [position, slug])
    return {
        "first page (`?limit=20`)": "/v1/statistics?limit=20",
        "deep cursor page (the last 20 rows)": f"/v1/statistics?limit=20&cursor={cursor}",
        "filtered list (`?section=incomes&limit=20`)": "/v1/statistics?section=incomes&limit=20",
        "two filters with an index of their own (`?section=incomes&kind=count`)": (
            "/v1/statistics?section=incomes&kind=count&limit=20"
        ),
        "two filters without one (`?unit=人&qualifier=none`)": (
            "/v1/statistics?unit=%E4%BA%BA&qualifier=none&limit=20"
        ),
        "slug lookup (the last row)": f"/v1/statistics/{last_slug}",
        "search, one hit (`q=sample N`)": f"/v1/search?q=sample+{number}&lang=en",
        "search, a word every copy has (`q=医保`)": "/v1/search?q=%E5%8C%BB%E4%BF%9D",
        "_count": str(count),
    }


def cold_count_ms(base: str) -> tuple[float, float]:
    """A filter no request used yet (its total not yet counted), then the same filter again."""
    times = []
    with httpx.Client() as client:
        for _ in range(2):
            started = time.perf_counter()
            # The cache keeps nothing: the second request is a miss too, with the count remembered.
            response = client.get(base + "/v1/statistics?unit=%E5%85%83&kind=money")
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200
    return times[0], times[1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument(
        "--pg", help="an admin URL of a PostgreSQL server, to measure there instead of SQLite"
    )
    args = parser.parse_args()
    common.ensure_wrk()
    sizes = (args.small, args.large)

    urls, synth_seconds = {}, {}
    for size in sizes:
        urls[size] = database(args, size)
        started = time.perf_counter()
        common.run_synth(
            "--statistics", str(size), "--milestones", str(max(size // 10, 10)), "--database-url", urls[size]
        )
        synth_seconds[size] = time.perf_counter() - started
    cases = {size: requests_for(urls[size]) for size in sizes}

    specs = [
        (str(size), common.api_command(), {"DATABASE_URL": urls[size], "CACHE_ENTRIES": "0"}, "/healthz")
        for size in sizes
    ]
    rows = []
    with common.servers(*specs) as started:
        idle = {size: started[str(size)].rss_mib() for size in sizes}
        cold = {size: cold_count_ms(started[str(size)].base) for size in sizes}
        for label in [name for name in cases[sizes[0]] if not name.startswith("_")]:
            runs: dict[int, list[common.Result]] = {size: [] for size in sizes}
            for _ in range(args.rounds):
                for size in sizes:
                    url = started[str(size)].base + cases[size][label]
                    runs[size].append(common.wrk(url, seconds=args.seconds, connections=args.connections))
            ratios = [
                small.requests_per_second / large.requests_per_second
                for small, large in zip(runs[sizes[0]], runs[sizes[1]], strict=True)
            ]
            row = [label]
            for size in sizes:
                row += [
                    f"{statistics.median(r.requests_per_second for r in runs[size]):,.0f}",
                    f"{statistics.median(r.p50_ms for r in runs[size]):.2f}",
                    f"{statistics.median(r.p99_ms for r in runs[size]):.2f}",
                ]
            row.append(f"{statistics.median(ratios):.2f}")
            rows.append(row)
            print(f"  {row}", file=sys.stderr, flush=True)
        rss = {size: started[str(size)].peak_rss_mib() for size in sizes}

    engine = "PostgreSQL" if args.pg else "SQLite"
    small, large = (f"{size:,}" for size in sizes)
    print(f"\n{engine}; every request a cache miss; wrk -t1 -c{args.connections}, {args.rounds} rounds of "
          f"{args.seconds} s, medians; server on CPU 0, wrk on CPU 1.\n")  # fmt: skip
    print(common.table(
        ["request (miss)", f"{small}: req/s", "p50 ms", "p99 ms", f"{large}: req/s", "p50 ms", "p99 ms",
         "cost ×"],
        rows,
    ))  # fmt: skip
    print("\n" + common.table(
        ["", small, large],
        [
            ["first filtered request, total not yet counted (ms)", *(f"{cold[s][0]:.1f}" for s in sizes)],
            ["the same filter again (ms)", *(f"{cold[s][1]:.1f}" for s in sizes)],
            ["server RSS after start-up (MiB)", *(f"{idle[s]:.0f}" for s in sizes)],
            ["server peak RSS after the runs (MiB)", *(f"{rss[s]:.0f}" for s in sizes)],
            ["`python -m tools.synth` (s)", *(f"{synth_seconds[s]:.1f}" for s in sizes)],
        ],
    ))  # fmt: skip


if __name__ == "__main__":
    main()

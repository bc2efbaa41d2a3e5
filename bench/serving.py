"""How fast the API serves, measured side by side with yardsticks in one run.

    python bench/serving.py [--seconds 5] [--rounds 3] [--pg postgresql+psycopg://postgres@127.0.0.1/postgres]
    python bench/serving.py --smoke        # no load: starts every server once and checks the set-up

Servers are pinned to CPU 0 and wrk to CPU 1 (taskset), uvicorn as `python -m app serve` runs it
(one worker, httptools, no access log). Each comparison alternates its two servers for `--rounds`
rounds and reports medians; a ratio is the median of the rounds' ratios, so both sides of a ratio
ran under the same background load.

- Hits (the HTTP cache answers) against a bare Starlette app answering the very same bytes, on the
  seed's data: a list of every statistic, one statistic, a 304 revalidation, a search.
- Misses (a server whose HTTP cache keeps nothing, CACHE_ENTRIES=0, so every request is a miss and
  is answered from the database and the per-version stored JSON, as a real miss is) against
  bench/baseline_app.py, FastAPI + SQLModel selecting rows into SQLModel response models
  per request, both on a synthetic database of 1,000 statistics.
- The first request after a cold start, and start-up from nothing to the first 200.
- With --pg: one worker against two on PostgreSQL, hits and misses.
"""

import argparse
import base64
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # bench/ is not a package: its scripts run as files, beside common.py

SLUG = "social-insurance-enrolments-2019"
HIT_CASES = [
    ("`/v1/statistics?limit=100`", "/v1/statistics?limit=100", False),
    (f"`/v1/statistics/{SLUG}`", f"/v1/statistics/{SLUG}", False),
    ("`/v1/statistics?limit=100`, If-None-Match → 304", "/v1/statistics?limit=100", True),
    ("`/v1/search?q=医保`", "/v1/search?q=%E5%8C%BB%E4%BF%9D", False),
]
ISOLATION_GAP = 0.05  # seconds idle before each "isolated" request
MISS_CASES = [
    ("60 statistics (`?limit=60`)", "/v1/statistics?limit=60", "/statistics?limit=60"),
    ("one statistic by slug", f"/v1/statistics/{SLUG}", f"/statistics/{SLUG}"),
]


def capture(base: str, paths: list[str], target: Path) -> dict[str, str]:
    """The API's answers (identity encoding) and its 304s, for the bare app to replay."""
    answers, etags = {}, {}
    with httpx.Client(base_url=base, headers={"Accept-Encoding": "identity"}) as client:
        for path in paths:
            ok = client.get(path)
            not_modified = client.get(path, headers={"If-None-Match": ok.headers["etag"]})
            assert ok.status_code == 200 and not_modified.status_code == 304, path
            skip = {"date", "server"}
            answers[path] = {
                "headers": [[k, v] for k, v in ok.headers.multi_items() if k not in skip],
                "not_modified_headers": [
                    [k, v] for k, v in not_modified.headers.multi_items() if k not in skip
                ],
                "body_b64": base64.b64encode(ok.content).decode(),
                "etag": ok.headers["etag"],
            }
            etags[path] = ok.headers["etag"]
    common.save(target, answers)
    return etags


def compare(
    label: str,
    first: tuple[str, str],
    second: tuple[str, str],
    args: argparse.Namespace,
    headers: tuple[list[str], list[str]] = ([], []),
    miss: tuple[bool, bool] = (False, False),
) -> dict:
    """Alternate two (name, url) targets for args.rounds rounds; medians and the median ratio."""
    runs: dict[str, list[common.Result]] = {first[0]: [], second[0]: []}
    for _ in range(args.rounds):
        for (name, url), extra, fresh in zip((first, second), headers, miss, strict=True):
            runs[name].append(
                common.wrk(url, seconds=args.seconds, connections=args.connections, headers=extra, miss=fresh)
            )
    ratios = [
        a.requests_per_second / b.requests_per_second
        for a, b in zip(runs[first[0]], runs[second[0]], strict=True)
    ]
    row = {"case": label, "ratio": statistics.median(ratios)}
    for name, results in runs.items():
        row[name] = {
            "rps": statistics.median(r.requests_per_second for r in results),
            "p50": statistics.median(r.p50_ms for r in results),
            "p99": statistics.median(r.p99_ms for r in results),
            "bad": sum(r.non_2xx_3xx + r.errors for r in results),
        }
    print(f"  {label}: {row}", file=sys.stderr, flush=True)
    return row


def cells(result: dict) -> list[str]:
    return [f"{result['rps']:,.0f}", f"{result['p50']:.2f}", f"{result['p99']:.2f}"]


def startup_seconds(trials: int) -> list[float]:
    """From `python -m app serve` on a fresh, empty SQLite path to the first 200 of a list."""
    times = []
    for _ in range(trials):
        env = {"DATABASE_URL": common.temp_sqlite("startup")}
        port = common.free_port()
        started = time.perf_counter()
        process = subprocess.Popen(
            common.pinned(common.SERVER_CPU, [common.PYTHON, "-m", "app", "serve", "--port", str(port)]),
            cwd=common.ROOT,
            env={**os.environ, **env},
            stderr=subprocess.DEVNULL,
        )
        try:
            common.wait_until_up(f"http://127.0.0.1:{port}", "/v1/statistics?limit=100", process)
            times.append(time.perf_counter() - started)
        finally:
            common.Server("startup", process, "").stop()
    return times


def first_request_ms(command: list[str], env: dict[str, str], path: str) -> float:
    """Latency of the very first HTTP request a freshly started server answers."""
    port = common.free_port()
    full = [part.replace("{port}", str(port)) for part in command]
    process = subprocess.Popen(
        common.pinned(common.SERVER_CPU, full), cwd=common.ROOT, env={**os.environ, **env}
    )
    try:
        deadline = time.monotonic() + 60
        while True:  # wait for the port to listen, without sending any HTTP request
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the server did not start") from None
                time.sleep(0.01)
        time.sleep(0.5)  # let start-up (and the warm-up in the lifespan) finish
        client = common.RawClient(port)
        status, seconds = client.get(path)
        client.close()
        assert status == 200, status
        return seconds * 1000
    finally:
        common.Server("first", process, "").stop()


def sequential_ms(base: str, path: str, count: int = 200, miss: bool = False, gap: float = 0.0) -> float:
    """Median latency of one request at a time, after 20 to warm up; `miss` makes each new.

    `gap` seconds of idleness before each request: an isolated request, as the first one after a
    start is, pays for caches the idle machine lost (on these VMs ~1.3 ms more for a miss)."""
    client = common.RawClient(int(base.rsplit(":", 1)[1]))
    token = time.monotonic_ns()  # never used before: each request is new to the cache
    times = []
    for index in range(count + 20):
        target = common.miss_path(path, token % 10**12 + index) if miss else path
        if gap:
            time.sleep(gap)
        status, seconds = client.get(target)
        assert status == 200, status
        if index >= 20:
            times.append(seconds)
    client.close()
    return statistics.median(times) * 1000


def pg_database(admin_url: str, name: str) -> str:
    from sqlalchemy import create_engine, make_url, text

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def workers(args: argparse.Namespace) -> list[dict]:
    """One uvicorn worker against two, on PostgreSQL, hits and misses."""
    url = pg_database(args.pg, "changdu_bench_workers")
    common.run_synth("--statistics", "1000", "--milestones", "100", "--database-url", url)
    rows = []
    for count, cpus in ((1, common.SERVER_CPU), (2, "0,1")):
        port = common.free_port()
        command = [part.replace("{port}", str(port)) for part in common.api_command(workers=count)]
        process = subprocess.Popen(
            common.pinned(cpus, command), cwd=common.ROOT, env={**os.environ, "DATABASE_URL": url}
        )
        server = common.Server(f"{count} worker(s)", process, f"http://127.0.0.1:{port}")
        try:
            common.wait_until_up(server.base, "/v1/statistics?limit=100", process)
            for kind, path, miss in (
                ("hit", "/v1/statistics?limit=100", False),
                ("miss", "/v1/statistics?limit=60", True),
            ):
                results = [
                    common.wrk(
                        server.base + path, seconds=args.seconds, connections=args.connections, miss=miss
                    )
                    for _ in range(args.rounds)
                ]
                rows.append(
                    {
                        "workers": count,
                        "cpus": cpus,
                        "kind": kind,
                        "rps": statistics.median(r.requests_per_second for r in results),
                        "p50": statistics.median(r.p50_ms for r in results),
                        "p99": statistics.median(r.p99_ms for r in results),
                        "rss": server.peak_rss_mib(),
                    }
                )
                print(f"  {rows[-1]}", file=sys.stderr, flush=True)
        finally:
            server.stop()
    return rows


def smoke() -> None:
    """Every server starts and answers; the bare app replays the API's bytes. No load, no wrk."""
    seed_db = common.temp_sqlite("seed")
    synth_db = common.temp_sqlite("synth")
    common.run_cli("migrate", env={"DATABASE_URL": seed_db})
    common.run_synth("--statistics", "80", "--milestones", "8", "--database-url", synth_db)
    responses = Path(tempfile.mkdtemp(prefix="changdu-bench-")) / "responses.json"
    with common.servers(("api", common.api_command(), {"DATABASE_URL": seed_db}, "/healthz")) as api:
        etags = capture(api["api"].base, [path for _, path, _ in HIT_CASES], responses)
        with common.servers(
            (
                "bare",
                common.uvicorn_command("bare_app:app"),
                {"BENCH_RESPONSES": str(responses)},
                HIT_CASES[1][1],
            ),
            (
                "baseline",
                common.uvicorn_command("baseline_app:app"),
                {"DATABASE_URL": synth_db},
                "/statistics",
            ),
        ) as others:
            for _, path, _ in HIT_CASES:
                ours = httpx.get(api["api"].base + path, headers={"Accept-Encoding": "identity"})
                theirs = httpx.get(others["bare"].base + path)
                assert ours.content == theirs.content, path
                assert (
                    httpx.get(others["bare"].base + path, headers={"If-None-Match": etags[path]}).status_code
                    == 304
                )
            assert len(httpx.get(others["baseline"].base + "/statistics?limit=60").json()) == 60
    print("smoke: ok")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=int, default=5, help="each wrk run (after a 1 s warm-up)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--startup-trials", type=int, default=3)
    parser.add_argument("--first-trials", type=int, default=5, help="cold starts for the first request")
    parser.add_argument("--pg", help="an admin URL of a PostgreSQL server, for 1 vs 2 workers")
    parser.add_argument("--smoke", action="store_true", help="check the set-up only (no wrk, no timing)")
    args = parser.parse_args()
    if args.smoke:
        smoke()
        return
    common.ensure_wrk()
    if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > int(common.LOAD_CPU):
        os.sched_setaffinity(0, {int(common.LOAD_CPU)})  # its own client beside wrk, off the servers

    print("start-up ...", file=sys.stderr, flush=True)
    startup = startup_seconds(args.startup_trials)

    seed_db = common.temp_sqlite("seed")
    synth_db = common.temp_sqlite("synth")
    common.run_cli("migrate", env={"DATABASE_URL": seed_db})
    common.run_synth("--statistics", "1000", "--milestones", "100", "--database-url", synth_db)

    print("first requests ...", file=sys.stderr, flush=True)
    first_api = statistics.median(
        first_request_ms(common.api_command(), {"DATABASE_URL": synth_db}, "/v1/statistics?limit=60")
        for _ in range(args.first_trials)
    )
    first_baseline = statistics.median(
        first_request_ms(
            common.uvicorn_command("baseline_app:app"), {"DATABASE_URL": synth_db}, "/statistics?limit=60"
        )
        for _ in range(args.first_trials)
    )

    responses = Path(tempfile.mkdtemp(prefix="changdu-bench-")) / "responses.json"
    hits, misses = [], []
    with common.servers(
        ("api", common.api_command(), {"DATABASE_URL": seed_db}, "/healthz"),
        ("api-synth", common.api_command(), {"DATABASE_URL": synth_db}, "/healthz"),
        # The same, with its HTTP cache keeping nothing: every request is a miss.
        ("api-misses", common.api_command(), {"DATABASE_URL": synth_db, "CACHE_ENTRIES": "0"}, "/healthz"),
        ("baseline", common.uvicorn_command("baseline_app:app"), {"DATABASE_URL": synth_db}, "/statistics"),
    ) as started:
        api, api_synth, baseline = started["api"], started["api-synth"], started["baseline"]
        api_misses = started["api-misses"]
        etags = capture(api.base, [path for _, path, _ in HIT_CASES], responses)
        bare_spec = (
            "bare",
            common.uvicorn_command("bare_app:app"),
            {"BENCH_RESPONSES": str(responses)},
            HIT_CASES[1][1],
        )
        with common.servers(bare_spec) as bare_started:
            bare = bare_started["bare"]
            print("hits ...", file=sys.stderr, flush=True)
            for label, path, revalidate in HIT_CASES:
                extra = [f"If-None-Match: {etags[path]}"] if revalidate else []
                hits.append(
                    compare(label, ("api", api.base + path), ("bare", bare.base + path), args, (extra, extra))
                )
            bare_rss = bare.peak_rss_mib()
        print("misses ...", file=sys.stderr, flush=True)
        for label, ours, theirs in MISS_CASES:
            misses.append(
                compare(
                    label,
                    ("api", api_misses.base + ours),
                    ("baseline", baseline.base + theirs),
                    args,
                )
            )
        search_miss = compare(
            "search `q=医保`, miss vs hit",
            ("miss", api_misses.base + HIT_CASES[3][1]),
            ("hit", api_synth.base + HIT_CASES[3][1]),
            args,
        )
        sequential = {
            "api miss": sequential_ms(api_misses.base, "/v1/statistics?limit=60"),
            "baseline": sequential_ms(baseline.base, "/statistics?limit=60"),
            "api miss, isolated": sequential_ms(
                api_misses.base, "/v1/statistics?limit=60", count=40, gap=ISOLATION_GAP
            ),
            "api hit": sequential_ms(api_synth.base, "/v1/statistics?limit=60"),
            "api hit, isolated": sequential_ms(
                api_synth.base, "/v1/statistics?limit=60", count=40, gap=ISOLATION_GAP
            ),
            "baseline, isolated": sequential_ms(
                baseline.base, "/statistics?limit=60", count=40, gap=ISOLATION_GAP
            ),
        }
        rss = {name: server.peak_rss_mib() for name, server in started.items()} | {"bare": bare_rss}

    pg_rows = workers(args) if args.pg else []

    print(f"\nwrk -t1 -c{args.connections}, {args.rounds} rounds of {args.seconds} s, medians; "
          "server on CPU 0, wrk on CPU 1.\n")  # fmt: skip
    print("Hits, on the seed's data (API vs bare Starlette answering the same bytes):\n")
    print(common.table(
        ["request", "API req/s", "p50 ms", "p99 ms", "bare req/s", "p50 ms", "p99 ms", "API / bare"],
        [[row["case"], *cells(row["api"]), *cells(row["bare"]), f"{row['ratio']:.2f}"] for row in hits],
    ))  # fmt: skip
    print("\nMisses, on 1,000 synthetic statistics (API vs FastAPI + SQLModel per request):\n")
    print(common.table(
        ["request", "API req/s", "p50 ms", "p99 ms", "baseline req/s", "p50 ms", "p99 ms", "API / baseline"],
        [[row["case"], *cells(row["api"]), *cells(row["baseline"]), f"{row['ratio']:.2f}"] for row in misses],
    ))  # fmt: skip
    print("\nSearch:\n")
    print(common.table(
        ["request", "miss req/s", "p50 ms", "p99 ms", "hit req/s", "p50 ms", "p99 ms", "miss / hit"],
        [[search_miss["case"], *cells(search_miss["miss"]), *cells(search_miss["hit"]),
          f"{search_miss['ratio']:.2f}"]],
    ))  # fmt: skip
    print(
        "\nOne request at a time, `?limit=60`, ms (a raw socket client, kept alive; medians; first "
        f"requests over {args.first_trials} starts; isolated: {ISOLATION_GAP * 1000:.0f} ms idle "
        "before each):\n"
    )
    print(common.table(
        ["", "first request after start", "back to back", "isolated"],
        [["API (a miss)", f"{first_api:.2f}", f"{sequential['api miss']:.2f}",
          f"{sequential['api miss, isolated']:.2f}"],
         ["API (a hit: the floor of any answer)", "", f"{sequential['api hit']:.2f}",
          f"{sequential['api hit, isolated']:.2f}"],
         ["baseline", f"{first_baseline:.2f}", f"{sequential['baseline']:.2f}",
          f"{sequential['baseline, isolated']:.2f}"],
         ["baseline ÷ API miss", f"{first_baseline / first_api:.1f}",
          f"{sequential['baseline'] / sequential['api miss']:.1f}",
          f"{sequential['baseline, isolated'] / sequential['api miss, isolated']:.1f}"]],
    ))  # fmt: skip
    print(f"\nThe baseline's time per request ÷ the API's first request after start: "
          f"{sequential['baseline'] / first_api:.1f} (back to back), "
          f"{sequential['baseline, isolated'] / first_api:.1f} (isolated)")  # fmt: skip
    trials = ", ".join(f"{t:.2f}" for t in startup)
    print(f"\nStart-up, `python -m app serve` on an empty SQLite path to the first 200: {trials} s "
          f"(median {statistics.median(startup):.2f} s)")  # fmt: skip
    print("Peak RSS (MiB): " + ", ".join(f"{name} {value:.0f}" for name, value in rss.items()))
    if pg_rows:
        print("\nPostgreSQL, 1,000 statistics, one worker against two (wrk on CPU 1):\n")
        print(common.table(
            ["workers", "server CPUs", "request", "req/s", "p50 ms", "p99 ms", "peak RSS MiB (all)"],
            [[r["workers"], r["cpus"], r["kind"], f"{r['rps']:,.0f}", f"{r['p50']:.2f}", f"{r['p99']:.2f}",
              f"{r['rss']:.0f}"] for r in pg_rows],
        ))  # fmt: skip


if __name__ == "__main__":
    main()

"""Soak: a bounded run of mixed traffic against `python -m app serve`, watching errors and memory.

    python bench/soak.py [--duration 60] [--connections 64] [--database-url URL] [--json out.json]

Starts one uvicorn worker (`python -m app serve`) on a free loopback port, against a fresh SQLite
file unless --database-url says otherwise, pinned to CPU 0 when there are two or more (this client
then takes CPU 1). Then `--connections` concurrent httpx clients send a fixed mix for `--duration`
seconds: lists (with filters, sorts, languages and next pages), details, searches, If-None-Match
revalidations (304), a few 404s and a few cache misses (distinct URLs, cycled). Every request has
the one status it must get; anything else, or a transport error, is an error.

It reports requests, errors, throughput, p50/p90/p99/max latency, and the server's RSS (VmRSS from
/proc/PID/status, sampled each second): first, last, max, and a verdict, "flat" when the average
of the last 10 s is within 10% of the average from 10 s to 20 s. Exits 1 on any error, any
traceback in the server's log, or memory that is not flat. Loopback only; stops by itself.
"""

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # bench/ is not a package: its scripts run as files, beside common.py

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = (
    "statistics",
    "milestones",
    "stories",
    "photos",
    "places",
    "people",
    "organisations",
    "quotes",
    "documents",
    "honours",
)
SEARCHES = ("医保", "唐卡", "昌都", "养老", "合作社", "poverty", "income", "insurance", "pover", "village")
FILTERED_LISTS = (
    "/v1/statistics?section=social-insurance",
    "/v1/statistics?sort=-value&limit=10",
    "/v1/statistics?kind=money&lang=en",
    "/v1/statistics?qualifier=none&limit=50",
    "/v1/milestones?from=2016&to=2020",
    "/v1/milestones?sort=date&precision=month",
    "/v1/stories?lang=en",
    "/v1/places?level=village",
    "/v1/article",
    "/v1/article/paragraphs?limit=50",
)
GZIP = "gzip"  # what the soak's clients accept, as browsers do
MISS_KEYS = 256  # distinct cache-missing URLs, cycled: the cache's fill path under load, bounded


@dataclass
class Plan:
    """What to ask for, by kind: (weight, URLs, status each must get, extra headers)."""

    kinds: dict[str, tuple[float, list[str], int, list[dict[str, str]]]] = field(default_factory=dict)

    def add(
        self, kind: str, weight: float, urls: list[str], status: int, headers: list[dict[str, str]]
    ) -> None:
        assert urls, f"no URLs for {kind}"
        self.kinds[kind] = (weight, urls, status, headers)


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    by_kind: Counter[str] = field(default_factory=Counter)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pinned(cpu: int, command: list[str]) -> list[str]:
    if shutil.which("taskset") and (os.cpu_count() or 1) >= 2:
        return ["taskset", "-c", str(cpu), *command]
    return command


def rss_kib(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None


def wait_ready(base: str, server: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            output = log.read_text(errors="replace")[-3000:]
            raise SystemExit(f"the server exited with {server.returncode} before it was ready:\n{output}")
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the server was not ready within {timeout:.0f} s")


def build_plan(base: str) -> Plan:
    """The mix, from what the server serves: real slugs, real next pages, real ETags."""
    plan = Plan()
    with httpx.Client(base_url=base, timeout=30) as client:
        lists, details, pages = [], [], []
        for resource in RESOURCES:
            for lang in ("zh", "en"):
                lists.append(f"/v1/{resource}?lang={lang}")
            page = client.get(f"/v1/{resource}?limit=100").json()
            details += [f"/v1/{resource}/{item['slug']}" for item in page["items"]]
            first = client.get(f"/v1/{resource}?limit=5").json()
            if first["next"]:
                pages.append(first["next"].removeprefix(base))
        lists += list(FILTERED_LISTS)
        details += [f"{url}?lang=en" for url in details[::3]]
        searches = [f"/v1/search?q={q}" for q in SEARCHES] + [
            f"/v1/search?q={q}&kind=statistic" for q in SEARCHES
        ]
        revalidate = lists[:12] + details[:40]
        gzip = {"Accept-Encoding": GZIP}  # the ETag is the gzip representation's, as the soak asks
        etags = [{"If-None-Match": client.get(url, headers=gzip).headers["etag"]} for url in revalidate]
    plan.add("list", 25, lists, 200, [])
    plan.add("next-page", 5, pages, 200, [])
    plan.add("detail", 30, details, 200, [])
    plan.add("search", 12, searches, 200, [])
    plan.add("revalidate-304", 18, revalidate, 304, etags)
    plan.add("not-found-404", 5, [f"/v1/{r}/no-such-{r}-{n}" for r in RESOURCES for n in range(3)], 404, [])
    plan.add(
        "cache-miss",
        5,
        [common.miss_path(f"/v1/statistics?limit={1 + n % 20}", n + 1) for n in range(MISS_KEYS)],
        200,
        [],
    )
    with httpx.Client(base_url=base, timeout=30) as client:  # the mix itself must be right
        for kind, (_, urls, expected, _) in plan.kinds.items():
            if kind not in ("revalidate-304", "cache-miss"):
                for url in urls:
                    status = client.get(url).status_code
                    assert status == expected, f"{kind} {url} answers {status}, not {expected}"
    return plan


class Connection:
    """One keep-alive HTTP/1.1 connection, as lean as a client can be: httpx's pool measured ~40x
    slower here, so the client, not the server, would have set the pace. Statuses stay exact."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str, headers: dict[str, str] | None) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        extra = "".join(f"{name}: {value}\r\n" for name, value in (headers or {}).items())
        target = quote(path, safe="/?=&%:,-._~")
        self.writer.write(
            f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nAccept-Encoding: {GZIP}\r\n"
            f"{extra}\r\n".encode()
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        fields = {}
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            fields[name.strip().lower()] = value.strip().lower()
        if status not in (204, 304):
            if fields.get(b"transfer-encoding") == b"chunked":
                while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
                    await self.reader.readexactly(size + 2)
                await self.reader.readuntil(b"\r\n")
            else:
                await self.reader.readexactly(int(fields.get(b"content-length", b"0")))
        if fields.get(b"connection") == b"close":
            await self.close()
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None


async def worker(host: str, port: int, plan: Plan, tally: Tally, deadline: float, seed: int) -> None:
    rng = random.Random(seed)
    kinds = list(plan.kinds)
    weights = [plan.kinds[kind][0] for kind in kinds]
    connection = Connection(host, port)
    try:
        while time.monotonic() < deadline:
            kind = rng.choices(kinds, weights)[0]
            _, urls, expected, headers = plan.kinds[kind]
            index = rng.randrange(len(urls))
            started = time.perf_counter()
            try:
                status = await connection.get(urls[index], headers[index] if headers else None)
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as error:
                tally.errors[f"{kind}: {type(error).__name__}"] += 1
                await connection.close()
                continue
            tally.latencies.append(time.perf_counter() - started)
            tally.statuses[str(status)] += 1
            tally.by_kind[kind] += 1
            if status != expected:
                tally.errors[f"{kind}: {status} (wanted {expected}) {urls[index]}"] += 1
    finally:
        await connection.close()


async def sample_rss(pid: int, samples: list[tuple[float, int]], started: float, deadline: float) -> None:
    while time.monotonic() < deadline:
        found = rss_kib(pid)
        if found is not None:
            samples.append((time.monotonic() - started, found))
        await asyncio.sleep(1)


async def soak(
    base: str, pid: int, plan: Plan, duration: float, connections: int
) -> tuple[Tally, list, float]:
    tally = Tally()
    samples: list[tuple[float, int]] = []
    url = httpx.URL(base)
    started = time.monotonic()
    deadline = started + duration
    sampler = asyncio.create_task(sample_rss(pid, samples, started, deadline))
    await asyncio.gather(
        *(worker(url.host, url.port or 80, plan, tally, deadline, seed) for seed in range(connections))
    )
    elapsed = time.monotonic() - started
    await sampler
    return tally, samples, elapsed


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


def memory_verdict(samples: list[tuple[float, int]], duration: float) -> tuple[str, bool]:
    """Flat when the last 10 s average within 10% of the 10-20 s average (a third of the run each
    for runs shorter than 30 s)."""
    window = 10.0 if duration >= 30 else duration / 3
    middle = [kib for t, kib in samples if window <= t < 2 * window]
    last = [kib for t, kib in samples if t >= duration - window]
    if not middle or not last:
        return "n/a (too few samples)", True
    change = statistics.fmean(last) / statistics.fmean(middle) - 1
    flat = abs(change) <= 0.10
    return (
        f"{'flat' if flat else 'NOT flat'} ({change:+.1%}, "
        f"last {window:.0f} s vs {window:.0f}-{2 * window:.0f} s)",
        flat,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load (default 60)")
    parser.add_argument("--connections", type=int, default=64, help="concurrent connections (default 64)")
    parser.add_argument("--database-url", help="default: a fresh SQLite file in a temporary directory")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="cf-soak-") as scratch:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = {**os.environ, "DATABASE_URL": args.database_url or f"sqlite:///{scratch}/facts.sqlite3"}
        log_path = Path(scratch) / "server.log"
        command = [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)]
        with log_path.open("w") as log:
            server = subprocess.Popen(
                pinned(0, command), cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
            )
        try:
            wait_ready(base, server, log_path)
            if shutil.which("taskset") and (os.cpu_count() or 1) >= 2:
                os.sched_setaffinity(0, {1})
            plan = build_plan(base)
            print(
                f"soaking {base} (pid {server.pid}) for {args.duration:.0f} s, "
                f"{args.connections} connections",
                flush=True,
            )
            tally, samples, elapsed = asyncio.run(
                soak(base, server.pid, plan, args.duration, args.connections)
            )
            still_running = server.poll() is None
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        server_log = log_path.read_text(errors="replace")

    requests = len(tally.latencies)
    errors = sum(tally.errors.values())
    verdict, flat = memory_verdict(samples, args.duration)
    rss = [kib for _, kib in samples]
    figures = {
        "duration_s": round(elapsed, 1),
        "connections": args.connections,
        "requests": requests,
        "errors": errors,
        "requests_per_s": round(requests / elapsed, 1),
        "latency_ms": {
            name: round(percentile(tally.latencies, fraction) * 1000, 2)
            for name, fraction in (("p50", 0.50), ("p90", 0.90), ("p99", 0.99), ("max", 1.0))
        },
        "statuses": dict(sorted(tally.statuses.items())),
        "by_kind": dict(sorted(tally.by_kind.items())),
        "rss_mib": {
            "first": round(rss[0] / 1024, 1) if rss else None,
            "last": round(rss[-1] / 1024, 1) if rss else None,
            "max": round(max(rss) / 1024, 1) if rss else None,
            "samples": len(rss),
        },
        "memory": verdict,
        "server_alive_at_end": still_running,
        "server_tracebacks": server_log.count("Traceback"),
    }
    print(f"requests   {requests} in {elapsed:.1f} s: {figures['requests_per_s']} req/s")
    print(f"errors     {errors}")
    for error, count in tally.errors.most_common(10):
        print(f"           {count} x {error}")
    latency = figures["latency_ms"]
    print(
        f"latency    p50 {latency['p50']} ms, p90 {latency['p90']} ms, "
        f"p99 {latency['p99']} ms, max {latency['max']} ms"
    )
    print(f"statuses   {figures['statuses']}")
    print(f"mix        {figures['by_kind']}")
    memory = figures["rss_mib"]
    print(
        f"server RSS first {memory['first']} MiB, last {memory['last']} MiB, "
        f"max {memory['max']} MiB: {verdict}"
    )
    print(
        f"server     {'alive' if still_running else 'DIED'} at the end, "
        f"{figures['server_tracebacks']} tracebacks logged"
    )
    if figures["server_tracebacks"]:
        first = server_log.index("Traceback")
        print("the server's first traceback:\n" + server_log[max(0, first - 300) : first + 3000])
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    ok = errors == 0 and requests > 0 and flat and still_running and not figures["server_tracebacks"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

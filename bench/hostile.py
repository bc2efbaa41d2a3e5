"""Hostile traffic against a real `python -m app serve`: memory growth and overload (issue 10).

    .venv/bin/python bench/hostile.py [--tree PATH] [--junk 5000] [--hosts 20] [--flood 5]

`--tree` serves the code of another checkout (e.g. a worktree at main) with this virtual
environment, so that one run prints before/after figures side by side:

1. memory: the server's RSS before and after `--junk` requests whose only difference is a junk
   query parameter of ~2 KB, and after `--hosts` requests each naming a distinct 1 MB Host;
2. overload: 64 connections sending search misses (a new `q` each time) for `--flood` seconds,
   while `/healthz` is asked every 20 ms on a connection of its own: its latency, and how the
   misses were answered (200, 503 with Retry-After, other, no answer).

Loopback only, bounded in count and time; the server is pinned to CPU 0 and the clients to CPU 1
where taskset exists. Nothing here runs in the test suite (tests/test_edge_sockets.py holds the
behaviour); the figures go in the README and the issue's closing note.
"""

import argparse
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import LOAD_CPU, PYTHON, SERVER_CPU, free_port, pinned  # noqa: E402


def pin_to_load_cpu() -> None:
    """Clients on the other CPU than the server's, when there are two."""
    if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > int(LOAD_CPU):
        os.sched_setaffinity(0, {int(LOAD_CPU)})


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def read_response(sock: socket.socket, buffer: bytearray) -> tuple[int, dict[str, str], bytes]:
    """One response off a keep-alive connection (Content-Length framing, as the API answers)."""
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed")
        buffer += chunk
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    buffer[:] = rest[length:]
    return status, headers, rest[:length]


def request(path: str, host: str, extra: str = "") -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: {host}\r\n{extra}\r\n".encode("latin-1")


def serve(tree: Path, port: int, database: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": database,
        "PYTHONPATH": str(tree),
        "PUBLIC_URL": f"http://127.0.0.1:{port}",
    }
    command = pinned(SERVER_CPU, [PYTHON, "-m", "app", "serve", "--port", str(port)])
    server = subprocess.Popen(command, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
                sock.sendall(request("/readyz", f"127.0.0.1:{port}", "Connection: close\r\n"))
                if read_response(sock, bytearray())[0] == 200:
                    return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    sys.exit(f"{tree}: the server never became ready: {server.stderr.read().decode()[-2000:]}")


def junk_keys(port: int, count: int) -> None:
    """`count` requests differing only in a junk parameter, over 8 keep-alive connections: a `utm_*`
    one, which is answered and ignored (any other unknown parameter is refused with a 400)."""
    host = f"127.0.0.1:{port}"

    def worker(start: int) -> None:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            buffer = bytearray()
            for index in range(start, count, 8):
                sock.sendall(request(f"/v1/statistics?limit=20&utm_junk{index}={'x' * 2000}", host))
                read_response(sock, buffer)

    threads = [threading.Thread(target=worker, args=(start,)) for start in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def huge_hosts(port: int, count: int) -> list[int]:
    statuses = []
    for index in range(count):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
                value = f"h{index}-" + "a" * (1024 * 1024)
                sock.sendall(request("/v1/statistics?limit=5", value, "Connection: close\r\n"))
                statuses.append(read_response(sock, bytearray())[0])
        except OSError:
            statuses.append(0)  # closed before an answer
    return statuses


def flood_misses(port: int, seconds: float, connections: int, results: "multiprocessing.Queue[dict]") -> None:
    """In a process of its own at a lower priority, so that its threads never hold up the probe's
    (on the same CPU, they made a probe's new connection look 100 ms slower than it was)."""
    pin_to_load_cpu()
    os.nice(10)
    host = f"127.0.0.1:{port}"
    stop = time.monotonic() + seconds
    counts = {"ok": 0, "shed": 0, "shed_without_retry_after": 0, "other": 0, "failed": 0}
    lock = threading.Lock()

    def misses(worker: int) -> None:
        sequence = 0
        while time.monotonic() < stop:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
                    buffer = bytearray()
                    while time.monotonic() < stop:
                        sequence += 1
                        sock.sendall(request(f"/v1/search?q=w{worker}x{sequence}", host))
                        status, headers, _ = read_response(sock, buffer)
                        with lock:
                            if status == 200:
                                counts["ok"] += 1
                            elif status == 503:
                                counts[
                                    "shed" if "retry-after" in headers else "shed_without_retry_after"
                                ] += 1
                            else:
                                counts["other"] += 1
                        if headers.get("connection") == "close":
                            break  # reconnect, as told (and without waiting: this client is hostile)
            except OSError:
                with lock:
                    counts["failed"] += 1

    threads = [threading.Thread(target=misses, args=(worker,)) for worker in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.put(counts)


def flood(port: int, seconds: float, connections: int = 64) -> dict[str, float]:
    host = f"127.0.0.1:{port}"
    results: multiprocessing.Queue[dict] = multiprocessing.Queue()
    flooder = multiprocessing.Process(target=flood_misses, args=(port, seconds, connections, results))
    flooder.start()
    time.sleep(0.3)  # the flood under way
    stop = time.monotonic() + seconds - 0.5
    latencies: list[float] = []

    kept: list[float] = []

    def probe() -> None:
        """A new connection each time (as an orchestrator's probe), then one kept alive."""
        alive = socket.create_connection(("127.0.0.1", port), timeout=5)
        buffer = bytearray()
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
                    sock.sendall(request("/healthz", host, "Connection: close\r\n"))
                    read_response(sock, bytearray())
                latencies.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                alive.sendall(request("/healthz", host))
                read_response(alive, buffer)
                kept.append((time.perf_counter() - started) * 1000)
            except OSError:
                latencies.append(5000.0)
            time.sleep(0.02)
        alive.close()

    probe()
    counts = results.get(timeout=seconds + 30)
    flooder.join()
    latencies.sort()
    kept.sort()
    answered = counts["ok"] + counts["shed"] + counts["shed_without_retry_after"] + counts["other"]
    return {
        **counts,
        "miss_req_s": answered / seconds,
        "shed_rate": (counts["shed"] + counts["shed_without_retry_after"]) / max(answered, 1),
        "healthz_p50": statistics.median(latencies),
        "healthz_p90": latencies[int(len(latencies) * 0.9)],
        "healthz_max": latencies[-1],
        "healthz_n": len(latencies),
        "kept_p50": statistics.median(kept),
        "kept_p90": kept[int(len(kept) * 0.9)],
    }


def measure(tree: Path, junk: int, hosts: int, seconds: float) -> dict[str, object]:
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        server = serve(tree, port, f"sqlite:///{tmp}/facts.sqlite3")
        try:
            start = rss_mib(server.pid)
            began = time.perf_counter()
            junk_keys(port, junk)
            junk_s = time.perf_counter() - began
            after_junk = rss_mib(server.pid)
            statuses = huge_hosts(port, hosts)
            after_hosts = rss_mib(server.pid)
            overload = flood(port, seconds)
            return {
                "rss_start": start,
                "junk_growth": after_junk - start,
                "junk_s": junk_s,
                "hosts_growth": after_hosts - after_junk,
                "host_statuses": sorted(set(statuses)),
                **overload,
            }
        finally:
            server.terminate()
            server.wait(timeout=20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, action="append", help="a checkout to serve (repeatable)")
    parser.add_argument("--junk", type=int, default=5000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--flood", type=float, default=5.0)
    args = parser.parse_args()
    trees = args.tree or [ROOT]
    pin_to_load_cpu()
    results = {str(tree): measure(tree.resolve(), args.junk, args.hosts, args.flood) for tree in trees}
    rows = [
        ("RSS after start-up (MiB)", "rss_start", "{:.0f}"),
        (f"RSS growth, {args.junk} junk-parameter requests (MiB)", "junk_growth", "{:+.1f}"),
        ("  their time (s)", "junk_s", "{:.1f}"),
        (f"RSS growth, {args.hosts} distinct 1 MB Hosts (MiB)", "hosts_growth", "{:+.1f}"),
        ("  their statuses", "host_statuses", "{}"),
        ("flood: requests answered per s", "miss_req_s", "{:.0f}"),
        ("flood: 200 / 503+Retry-After / other / dropped", None, ""),
        ("flood: shed rate", "shed_rate", "{:.1%}"),
        ("/healthz probes answered", "healthz_n", "{}"),
        ("/healthz p50 ms, new connection each", "healthz_p50", "{:.1f}"),
        ("/healthz p90 ms, new connection each", "healthz_p90", "{:.1f}"),
        ("/healthz max ms, new connection each", "healthz_max", "{:.1f}"),
        ("/healthz p50 ms, kept-alive connection", "kept_p50", "{:.1f}"),
        ("/healthz p90 ms, kept-alive connection", "kept_p90", "{:.1f}"),
    ]
    names = list(results)
    print("| measure | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for label, key, fmt in rows:
        cells = []
        for name in names:
            result = results[name]
            if key is None:
                cells.append(
                    f"{result['ok']} / {result['shed']} / "
                    f"{result['other'] + result['shed_without_retry_after']} / {result['failed']}"
                )
            else:
                cells.append(fmt.format(result[key]))
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()

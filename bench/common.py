"""What the benchmarks share: servers pinned to one core, wrk pinned to the other, and their numbers.

Nothing here is timed in the test suite; the scripts beside it print tables for the README.
"""

import base64
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
PYTHON = sys.executable
SERVER_CPU = "0"
LOAD_CPU = "1"
UVICORN_FLAGS = ["--no-access-log", "--http", "httptools", "--log-level", "warning"]
MISS_SCRIPT = BENCH / "miss.lua"  # wrk: every request a cache miss (see miss_path)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pinned(cpus: str, command: Sequence[str]) -> list[str]:
    """`command` on the given CPUs when taskset and that many CPUs exist, else as it is."""
    wanted = max(int(part) for part in cpus.replace("-", ",").split(","))
    if shutil.which("taskset") and wanted < (os.cpu_count() or 1):
        return ["taskset", "-c", cpus, *command]
    return list(command)


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    if shutil.which("apt-get") and os.geteuid() == 0:
        print("installing wrk (apt-get install -y wrk) ...", file=sys.stderr)
        subprocess.run(["apt-get", "install", "-y", "wrk"], check=False, capture_output=True)
        if not shutil.which("wrk"):
            subprocess.run(["apt-get", "update"], check=False, capture_output=True)
            subprocess.run(["apt-get", "install", "-y", "wrk"], check=False, capture_output=True)
    found = shutil.which("wrk")
    if not found:
        sys.exit("wrk is needed: apt-get install -y wrk")
    return found


@dataclass
class Server:
    name: str
    process: subprocess.Popen
    base: str

    @property
    def pid(self) -> int:
        return self.process.pid

    def peak_rss_mib(self) -> float:
        """Peak resident memory of the server process and its children (workers), in MiB."""
        return self._memory("VmHWM")

    def rss_mib(self) -> float:
        """Resident memory now, of the server process and its children, in MiB."""
        return self._memory("VmRSS")

    def _memory(self, field: str) -> float:
        total = 0
        for pid in [self.pid, *_children(self.pid)]:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            match = re.search(rf"{field}:\s+(\d+) kB", status)
            total += int(match.group(1)) if match else 0
        return total / 1024

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _children(pid: int) -> list[int]:
    try:
        found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [int(child) for child in found]


def wait_until_up(base: str, path: str, process: subprocess.Popen, timeout: float = 120) -> float:
    """Seconds until `path` answers 200 (polled every 10 ms)."""
    started = time.perf_counter()
    deadline = started + timeout
    while time.perf_counter() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            if httpx.get(base + path, timeout=5).status_code == 200:
                return time.perf_counter() - started
        except httpx.TransportError:
            pass
        time.sleep(0.01)
    raise RuntimeError(f"{base}{path} never answered 200")


def start(
    name: str, command: Sequence[str], env: dict[str, str], ready_path: str, cpus: str = SERVER_CPU
) -> Server:
    port = free_port()
    full = [part.replace("{port}", str(port)) for part in command]
    process = subprocess.Popen(pinned(cpus, full), cwd=ROOT, env={**os.environ, **env})
    server = Server(name, process, f"http://127.0.0.1:{port}")
    try:
        wait_until_up(server.base, ready_path, process)
    except BaseException:
        server.stop()
        raise
    return server


def api_command(workers: int = 1) -> list[str]:
    """`python -m app serve` as production runs it, on a database already migrated."""
    return [PYTHON, "-m", "app", "serve", "--port", "{port}", "--no-migrate", "--workers", str(workers)]


def uvicorn_command(app_ref: str) -> list[str]:
    return [PYTHON, "-m", "uvicorn", "--app-dir", str(BENCH), app_ref, "--port", "{port}", *UVICORN_FLAGS]


@contextmanager
def servers(*specs: tuple[str, list[str], dict[str, str], str]) -> Iterator[dict[str, Server]]:
    started: dict[str, Server] = {}
    try:
        for name, command, env, ready in specs:
            started[name] = start(name, command, env, ready)
        yield started
    finally:
        for server in started.values():
            server.stop()


@dataclass
class Result:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    non_2xx_3xx: int
    errors: int


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def miss_path(path: str, n: int, resource: str = "statistic") -> str:
    """`path` (a list in the article's order) with a cursor before its first row, at position -n: the
    same first page, under a cache key of its own, so the API reads it from the database.

    The HTTP cache keys only on parameters a route declares (junk like `_miss=N` is dropped), and
    `cursor` is one; bench/miss.lua does the same for wrk."""
    raw = json.dumps([resource, "article", -n, ""], separators=(",", ":")).encode()
    cursor = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return f"{path}{'&' if '?' in path else '?'}cursor={cursor}"


def wrk(
    url: str,
    *,
    seconds: int,
    connections: int = 32,
    headers: Sequence[str] = (),
    miss: bool = False,
    warmup: int = 1,
) -> Result:
    """wrk pinned to the load CPU; `miss` gives every request a `cursor` of its own (bench/miss.lua),
    so that each is a miss of the API's cache: `url` must be a statistics list in the article's order."""
    if miss and ("/v1/statistics?" not in url or "cursor=" in url or "sort=" in url):
        # Nothing else can be made a miss with a declared parameter and the same answer yet (a
        # by-slug item declares only `lang`); a junk parameter would silently measure hits.
        raise ValueError(f"miss=True needs a statistics list in the article's order, not {url}")
    command = [ensure_wrk(), "-t1", f"-c{connections}", "--latency"]
    for header in headers:
        command += ["-H", header]
    if miss:
        command += ["-s", str(MISS_SCRIPT)]
    if warmup:
        subprocess.run(
            pinned(LOAD_CPU, [*command, f"-d{warmup}s", url]), capture_output=True, text=True, check=True
        )
    out = subprocess.run(
        pinned(LOAD_CPU, [*command, f"-d{seconds}s", url]), capture_output=True, text=True, check=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"\s50%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"\s99%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return Result(
        rps, p50, p99, int(bad.group(1)) if bad else 0, sum(map(int, errors.groups())) if errors else 0
    )


CONTENT_LENGTH = re.compile(rb"(?i)content-length: *(\d+)")  # compiled here, not in a timed request


class RawClient:
    """HTTP/1.1 GETs on one kept-alive socket, timed from the first byte sent to the last received:
    no client library's own overhead (httpx adds ~1 ms) in a single request's latency."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def get(self, path: str) -> tuple[int, float]:
        """(status, seconds) of one request."""
        request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()
        started = time.perf_counter()
        self.sock.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            data += self.sock.recv(65536)
        head, _, body = data.partition(b"\r\n\r\n")
        length = int(CONTENT_LENGTH.search(head).group(1))  # type: ignore[union-attr]
        while len(body) < length:
            body += self.sock.recv(1 << 20)
        elapsed = time.perf_counter() - started
        return int(head.split(b" ", 2)[1]), elapsed

    def close(self) -> None:
        self.sock.close()


def temp_sqlite(prefix: str) -> str:
    folder = Path(tempfile.mkdtemp(prefix=f"changdu-bench-{prefix}-"))
    return f"sqlite:///{folder / 'facts.sqlite3'}"


def run_cli(*args: str, env: dict[str, str]) -> None:
    subprocess.run([PYTHON, "-m", "app", *args], cwd=ROOT, env={**os.environ, **env}, check=True)


def run_synth(*args: str) -> None:
    """`python -m tools.synth` with `args`, from the checkout."""
    subprocess.run([PYTHON, "-m", "tools.synth", *args], cwd=ROOT, check=True)


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def save(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")

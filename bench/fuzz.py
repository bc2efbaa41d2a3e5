"""Fuzz a running server with the schemathesis CLI, for runs longer than the test suite's.

    python bench/fuzz.py [--max-examples 200] [--seed 1] [--database-url URL] [-- schemathesis args]

Starts `python -m app serve` on a free loopback port (against a fresh SQLite file unless
--database-url says otherwise; serve migrates and seeds it), waits for /readyz, then runs

    schemathesis --config-file schemathesis.toml run http://127.0.0.1:PORT/openapi.json \\
        --max-examples N --seed S

with every phase (examples, coverage, fuzzing, stateful) and every check; the project's scoped
exceptions are in schemathesis.toml. Exits with schemathesis' status; stops the server either way
and says whether it logged a traceback.
"""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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


def schemathesis_command() -> str:
    beside = Path(sys.executable).parent / "schemathesis"
    found = str(beside) if beside.exists() else shutil.which("schemathesis")
    if not found:
        raise SystemExit("schemathesis is not installed: pip install -e '.[test]'")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--max-examples", type=int, default=200, help="examples per operation and phase")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database-url", help="default: a fresh SQLite file in a temporary directory")
    parser.add_argument("extra", nargs="*", help="further schemathesis run arguments (after --)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="cf-fuzz-") as scratch:
        database_url = args.database_url or f"sqlite:///{scratch}/facts.sqlite3"
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log_path = Path(scratch) / "server.log"
        env = {**os.environ, "DATABASE_URL": database_url}
        with log_path.open("w") as log:
            server = subprocess.Popen(
                [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        try:
            wait_ready(base, server, log_path)
            command = [
                schemathesis_command(),
                "--config-file",
                str(ROOT / "schemathesis.toml"),
                "run",
                f"{base}/openapi.json",
                "--max-examples",
                str(args.max_examples),
                "--seed",
                str(args.seed),
                *args.extra,
            ]
            print("+", " ".join(command), flush=True)
            started = time.monotonic()
            status = subprocess.run(command, cwd=ROOT, check=False).returncode
            print(f"schemathesis exited with {status} after {time.monotonic() - started:.0f} s", flush=True)
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        server_log = log_path.read_text(errors="replace")
    if "Traceback" in server_log:
        print("the server logged a traceback:\n" + server_log[-5000:], file=sys.stderr)
        return status or 1
    return status


if __name__ == "__main__":
    sys.exit(main())

"""The typed clients in clients/: generated from the app's document, checked in, and used.

`python3 tasks.py clients` regenerates them (tools/clients.py); here they are regenerated into a
temporary directory and must equal the checked-in copy, the TypeScript example must compile under
`tsc --strict`, and the Python example must run against a real `python -m app serve`.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.config import PROJECT_ROOT, Settings
from tools.clients import CLIENTS, PYTHON_PACKAGE, TYPESCRIPT_TOOLS, generate

GENERATED = ("openapi.json", "typescript/schema.d.ts", f"python/{PYTHON_PACKAGE}")
NO_NPM = "the TypeScript tools come from npm (python3 tasks.py test installs them where npm exists)"


def files(root: Path) -> dict[str, bytes]:
    found = {}
    for part in GENERATED:
        path = root / part
        for file in [path] if path.is_file() else sorted(path.rglob("*")):
            if file.is_file() and "__pycache__" not in file.parts:
                found[str(file.relative_to(root))] = file.read_bytes()
    return found


@pytest.mark.skipif(not (TYPESCRIPT_TOOLS / "openapi-typescript").exists(), reason=NO_NPM)
def test_the_checked_in_clients_are_what_the_app_generates(tmp_path: Path) -> None:
    generate(tmp_path)
    fresh, checked_in = files(tmp_path), files(CLIENTS)
    stale = sorted(
        name for name in fresh.keys() | checked_in.keys() if fresh.get(name) != checked_in.get(name)
    )
    assert not stale, f"clients/ is stale; run `python3 tasks.py clients`: {stale[:10]}"
    assert len(fresh) > 50


@pytest.mark.skipif(not (TYPESCRIPT_TOOLS / "tsc").exists(), reason=NO_NPM)
def test_the_typescript_example_compiles_under_strict() -> None:
    result = subprocess.run(
        [TYPESCRIPT_TOOLS / "tsc", "--strict", "-p", CLIENTS / "typescript"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def served(settings: Settings) -> Iterator[str]:
    """A real server on the shared test database (already migrated and seeded)."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key not in ("PUBLIC_URL", "ALLOWED_HOSTS")}
    env |= {"DATABASE_URL": settings.database_url, "PUBLIC_URL": f"http://127.0.0.1:{port}"}
    command = [sys.executable, "-m", "app", "serve", "--no-migrate", "--port", str(port)]
    process = subprocess.Popen(
        command, env=env, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/readyz", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail(f"the server never became ready: {process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
    yield base
    process.terminate()
    process.communicate(timeout=20)


def test_the_python_example_lists_pages_filters_batches_and_searches(served: str) -> None:
    result = subprocess.run(
        [sys.executable, CLIENTS / "python" / "example.py", served],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    with urllib.request.urlopen(f"{served}/v1/statistics?section=incomes&limit=100&lang=en") as response:
        expected = json.load(response)
    lines = result.stdout.splitlines()
    assert lines[0] == f"{expected['total']} statistics on incomes: " + ", ".join(
        item["slug"] for item in expected["items"][:60]
    )
    first = expected["items"][0]
    assert lines[1].startswith(f"{first['label']}: {first['display']['value']}, {first['display']['when']} (")
    two = expected["items"][:2]
    assert lines[2] == "batch of 3, 2 found: " + ", ".join(f"{item['slug']}={item['value']}" for item in two)
    assert any(line.startswith("statistic ") and "/v1/statistics/" in line for line in lines[3:])


def test_npm_is_where_the_clients_need_it() -> None:
    """The skips above are for machines without npm only: where npm is, tasks.py installs the tools."""
    if shutil.which("npm"):
        assert (TYPESCRIPT_TOOLS / "tsc").exists(), "run python3 tasks.py test (it installs them)"

"""`python -m app serve` on an empty database: it migrates, seeds and answers real facts."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable

import httpx

from app.core.config import PROJECT_ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_on_an_empty_database_answers_real_facts(
    new_database: Callable[[], str], paragraphs: tuple[str, ...]
) -> None:
    port = free_port()
    env = {**os.environ, "DATABASE_URL": new_database()}
    server = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--port", str(port)],
        env=env,
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline, response = time.monotonic() + 60, None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/v1/statistics?limit=100", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert response is not None, "the server never answered"
        assert response.status_code == 200
        items = response.json()["items"]
        assert len(items) >= 35
        for item in items:
            span = item["source"]
            assert paragraphs[span["paragraph"]][span["start"] : span["end"]] == span["quote"]
        assert httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200
    finally:
        server.terminate()
        output = server.communicate(timeout=20)[0]
    assert "Traceback" not in output, output

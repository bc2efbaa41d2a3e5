"""What `fields=` saves a list page: 20 statistics in English, whole and with only what a list shows.

Bytes only (no timing): the answers are the service's own, taken in-process (through the HTTP cache,
which also gzips them) from a seeded SQLite database, with and without `fields`, as they are sent
(raw) and as sent to a client that accepts gzip.

    .venv/bin/python bench/sparse.py
"""

import asyncio
import os
import sys
import tempfile
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("PUBLIC_URL", "http://testserver")

from app.cli import migrate
from app.core.config import Settings
from app.main import create_app

PAGE = "/v1/statistics?lang=en&limit=20"
ASKED = {"whole": PAGE, "fields=slug,label,display": PAGE + "&fields=slug,label,display"}


async def sizes(settings: Settings) -> dict[str, tuple[int, int]]:
    transport = httpx.ASGITransport(app=create_app(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        found = {}
        for name, url in ASKED.items():
            raw = await client.get(url, headers={"Accept-Encoding": "identity"})
            packed = await client.get(url, headers={"Accept-Encoding": "gzip"})
            assert raw.status_code == packed.status_code == 200, url
            assert len(raw.json()["items"]) == 20
            found[name] = (len(raw.content), int(packed.headers["content-length"]))
        return found


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(database_url=f"sqlite:///{scratch}/facts.sqlite3")
        migrate(settings)
        found = asyncio.run(sizes(settings))
    whole = found["whole"]
    print(f"A list page of 20 statistics, lang=en ({PAGE})")
    print(f"{'':28} {'raw bytes':>10} {'gzip bytes':>11}")
    for name, (raw, packed) in found.items():
        share = f"({raw / whole[0]:.0%}, {packed / whole[1]:.0%})" if name != "whole" else ""
        print(f"{name:28} {raw:>10,} {packed:>11,} {share}")


if __name__ == "__main__":
    main()

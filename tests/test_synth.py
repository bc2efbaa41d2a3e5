"""`python -m tools.synth`: a scaled-up database the API serves like the real one."""

from collections.abc import Callable

import httpx
import pytest
from sqlalchemy import text

from app.cli import migrate
from app.core.config import Settings
from app.core.db import engine_for
from app.main import create_app
from app.search import spaced
from app.seed.files import read_seed
from app.seed.text import SEED_DIR
from tools.synth import main

pytestmark = pytest.mark.anyio


async def every_page(client: httpx.AsyncClient, url: str) -> list[dict]:
    items: list[dict] = []
    while url:
        body = (await client.get(url)).json()
        items += body["items"]
        url = body["next"]
    return items


async def test_synth_fills_a_database_the_api_serves(
    new_database: Callable[[], str], paragraphs: tuple[str, ...]
) -> None:
    url = new_database()
    assert main(["--statistics", "200", "--milestones", "20", "--database-url", url]) == 0
    with engine_for(url).connect() as connection:  # tokenised fast, but as app.search tokenises
        entries = connection.execute(text("SELECT text, spaced FROM search_entry")).all()
    assert len(entries) > 600 and all(entry.spaced == spaced(entry.text) for entry in entries)
    app = create_app(Settings(database_url=url))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        first = await client.get("/v1/statistics?limit=100")
        assert first.headers["x-dataset-version"].startswith("synth-")
        assert first.json()["total"] == 200
        items = await every_page(client, "/v1/statistics?limit=100")
        assert len({item["slug"] for item in items}) == 200
        order = [(item["source"]["paragraph"], item["source"]["start"]) for item in items]
        assert order == sorted(order)  # copies follow their originals: the article's order holds
        for item in items:
            span = item["source"]
            assert paragraphs[span["paragraph"]][span["start"] : span["end"]] == span["quote"]

        copy = next(item for item in items[20:] if "（样本" in item["label"])
        assert (await client.get(f"/v1/statistics/{copy['slug']}")).json() == copy
        number = copy["label"].rsplit("样本", 1)[1].rstrip("）")
        found = (await client.get("/v1/search", params={"q": f"sample {number}", "lang": "en"})).json()
        assert [(hit["kind"], hit["slug"]) for hit in found["items"]] == [("statistic", copy["slug"])]

        section = copy["section"]
        filtered = await every_page(client, f"/v1/statistics?section={section}&limit=7")
        assert {item["slug"] for item in filtered} == {
            item["slug"] for item in items if item["section"] == section
        }
        assert (await client.get(f"/v1/statistics?section={section}")).json()["total"] == len(filtered)
        assert (await client.get("/v1/milestones?limit=1")).json()["total"] == 20


def test_synth_refuses_a_database_it_was_not_pointed_at(
    new_database: Callable[[], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert main(["--statistics", "10", "--milestones", "2"]) == 2
    seeded = Settings(database_url=new_database())
    migrate(seeded)
    monkeypatch.setenv("DATABASE_URL", seeded.database_url)  # seeded, and named only by the environment
    assert main(["--statistics", "10", "--milestones", "2"]) == 2
    with engine_for(seeded.database_url).connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM statistic")).scalar_one() == len(
            read_seed(SEED_DIR).statistics
        )

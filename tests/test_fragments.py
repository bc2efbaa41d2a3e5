"""Each fact's JSON is made once per dataset version (app/api/resources.py), and never outlives it.

- A list that misses the HTTP cache reads only its page's keys when the facts' JSON is stored, in
  every resource; an item whose JSON is stored reads nothing.
- Facts missing from the store are read by slug, stored, and equal their response models' JSON.
- A new dataset version in the database is served as soon as the server sees it: new labels in
  lists, items and the OpenAPI examples, new ETags, nothing left from the version before (one
  DatasetVersion object holds all of it, and is swapped whole).
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import yaml
from sqlalchemy import Engine, event
from sqlmodel import Session, select

from app import models
from app.api import openapi
from app.api.dataset import DatasetState, DatasetVersion
from app.api.resources import UnknownKey, stored_json
from app.api.routes import milestones as milestone_routes
from app.api.routes import statistics as statistic_routes
from app.api.routes.places import all_places
from app.citations import CitationContext
from app.cli import migrate
from app.core.config import Settings
from app.core.db import engine_for
from app.main import create_app
from app.schemas import (
    DocumentPublic,
    HonourPublic,
    MilestonePublic,
    OrganisationPublic,
    PersonPublic,
    PhotoPublic,
    PlacePublic,
    StatisticPublic,
)

pytestmark = pytest.mark.anyio


@contextmanager
def statements(engine: Engine) -> Iterator[list[str]]:
    """The SQL the engine runs inside the block."""
    seen: list[str] = []

    def record(_conn, _cursor, statement, _parameters, _context, _executemany) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


@pytest.mark.parametrize(
    ("path", "table", "text_column"),
    [
        ("/v1/statistics?limit=60", "statistic", "label_zh"),
        ("/v1/statistics?limit=5&lang=en&section=incomes", "statistic", "label_en"),
        ("/v1/milestones?limit=60&sort=-date", "milestone", "title_zh"),
        ("/v1/stories?limit=60&lang=en", "story", "title_en"),
        ("/v1/places?limit=60&level=village", "place", "name_zh"),
        ("/v1/quotes?limit=60", "quote", "text_zh"),
        ("/v1/article/paragraphs?limit=60", "paragraph", "text"),
    ],
)
async def test_a_list_miss_reads_only_its_keys_once_the_facts_are_stored(
    app: Any, client: httpx.AsyncClient, settings: Settings, path: str, table: str, text_column: str
) -> None:
    engine = engine_for(settings.database_url)
    first = await client.get(path)  # stores the resource's leading facts (the whole seed)
    assert first.status_code == 200 and first.json()["items"]
    app.clear()  # the HTTP cache forgets it: the next request is a miss
    with statements(engine) as seen:
        again = await client.get(path)
    assert again.status_code == 200
    assert again.json()["items"] == first.json()["items"]
    reads = [sql for sql in seen if table in sql]
    assert len(reads) == 1, seen  # the page's keys; the total is remembered per version
    assert text_column not in reads[0] and "source_quote" not in reads[0], reads[0]


@pytest.mark.parametrize(
    "resource",
    ["statistics", "milestones", "stories", "photos", "places", "people", "organisations", "quotes",
     "documents", "honours"],
)  # fmt: skip
async def test_an_item_miss_whose_json_is_stored_reads_nothing(
    app: Any, client: httpx.AsyncClient, settings: Settings, resource: str
) -> None:
    engine = engine_for(settings.database_url)
    listed = (await client.get(f"/v1/{resource}?limit=2&lang=en")).json()["items"]
    slug = listed[-1]["slug"]
    app.clear()  # the HTTP cache forgets it: the next request is a miss
    with statements(engine) as seen:
        item = await client.get(f"/v1/{resource}/{slug}?lang=en")
    assert item.status_code == 200 and item.json() == listed[-1]
    assert seen == []
    missing = await client.get(f"/v1/{resource}/no-such-{resource}?lang=en")
    assert missing.status_code == 404 and missing.json()["status"] == 404


SIMPLE = {
    "statistics": (models.Statistic, StatisticPublic),
    "milestones": (models.Milestone, MilestonePublic),
    "photos": (models.Photo, PhotoPublic),
    "people": (models.Person, PersonPublic),
    "organisations": (models.Organisation, OrganisationPublic),
    "documents": (models.Document, DocumentPublic),
    "honours": (models.Honour, HonourPublic),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_every_listed_fact_is_its_response_models_json(
    client: httpx.AsyncClient, settings: Settings, lang: str
) -> None:
    engine = engine_for(settings.database_url)
    with Session(engine) as session:
        cite = CitationContext.load(session)
        expected = {
            resource: [
                public.from_row(row, lang, cite).model_dump(mode="json")  # type: ignore[attr-defined]
                for row in session.exec(select(table).order_by(table.position))  # type: ignore[attr-defined]
            ]
            for resource, (table, public) in SIMPLE.items()
        }
        places = all_places(session)
        expected["places"] = [
            PlacePublic.from_row(row, places, lang, cite).model_dump(mode="json")
            for row in session.exec(select(models.Place).order_by(models.Place.position))
        ]
    for resource, items in expected.items():
        listed = (await client.get(f"/v1/{resource}?limit=100&lang={lang}")).json()
        assert listed["items"] == items and listed["total"] == len(items) > 0, resource
        one = (await client.get(f"/v1/{resource}/{items[-1]['slug']}?lang={lang}")).json()
        assert one == items[-1], resource


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_facts_missing_from_the_store_are_read_by_slug_and_stored(settings: Settings, lang: str) -> None:
    engine = engine_for(settings.database_url)
    resource = statistic_routes.RESOURCE
    scope = DatasetVersion(f"test-missing-{lang}")
    with Session(engine) as session:
        rows = session.exec(select(models.Statistic).order_by(models.Statistic.position)).all()
        cite = CitationContext.load(session)
    wanted = [rows[5].slug, rows[0].slug, rows[-1].slug]
    with engine.connect() as connection:
        scope.preloaded.add(("statistic", lang))  # as if the leading facts had been stored
        with statements(engine) as seen:
            got = stored_json(connection, scope, resource, lang, wanted)  # type: ignore[arg-type]
        assert len([sql for sql in seen if "FROM statistic" in sql]) == 1, seen  # one read for the three
        assert [orjson.loads(item) for item in got] == [
            StatisticPublic.from_row(row, lang, cite).model_dump(mode="json")  # type: ignore[arg-type]
            for row in (rows[5], rows[0], rows[-1])
        ]
        assert {("statistic", lang, slug) for slug in wanted} == set(scope.json)
        with statements(engine) as seen:
            assert stored_json(connection, scope, resource, lang, wanted[::-1]) == got[::-1]  # type: ignore[arg-type]
        assert seen == []  # all stored now
        with pytest.raises(UnknownKey):
            stored_json(connection, scope, resource, lang, [wanted[0], "no-such-figure"])  # type: ignore[arg-type]


def test_with_no_version_known_nothing_is_stored(settings: Settings) -> None:
    state = DatasetState(engine_for(settings.database_url))  # never refreshed: no version known
    with state.engine.connect() as connection:
        first = stored_json(connection, state.scope(), milestone_routes.RESOURCE, "zh", ["qamdo-liberation"])
    assert orjson.loads(first[0])["slug"] == "qamdo-liberation"
    assert state.current is None and len(state.scope().json) == 0


def test_the_store_keeps_to_its_byte_budget_dropping_the_least_recently_used() -> None:
    scope = DatasetVersion("v", json_budget=100)
    scope.store({("statistic", "zh", "a"): b"x" * 40, ("statistic", "zh", "b"): b"y" * 40})
    assert scope.stored([("statistic", "zh", "a")]) == [b"x" * 40]  # "a" is now the more recent
    scope.store({("statistic", "zh", "c"): b"z" * 40, ("statistic", "zh", "huge"): b"h" * 101})
    keys = [("statistic", "zh", slug) for slug in ("a", "b", "c", "huge")]
    assert scope.stored(keys) == [b"x" * 40, None, b"z" * 40, None]
    assert scope.json.currsize == 80 <= scope.json.maxsize


async def test_a_new_dataset_version_is_served_without_a_restart(
    new_database: Callable[[], str], seed_copy: Path
) -> None:
    settings = Settings(database_url=new_database(), seed_dir=seed_copy)
    old_version, _ = migrate(settings)
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        slug = "zengwangmu-reimbursement-forms"
        item_url, list_url = f"/v1/statistics/{slug}?lang=en", "/v1/statistics?lang=en&limit=3"
        item, page = await client.get(item_url), await client.get(list_url)
        old_scope = app.state.dataset.current
        assert old_scope.version == item.headers["x-dataset-version"] == old_version
        app.dataset.refresh()
        assert app.state.dataset.current is old_scope  # the same version keeps its state
        unchanged = await client.get("/v1/milestones?limit=2")  # the same bytes in both versions
        assert page.json()["items"][0] == item.json()

        path = seed_copy / "statistics.yaml"
        records = yaml.safe_load(path.read_text(encoding="utf-8"))
        records[0]["label"]["en"] = "Forms filled in (a relabelled test figure)"
        path.write_text(yaml.safe_dump(records, allow_unicode=True, sort_keys=False), encoding="utf-8")
        new_version, _ = migrate(settings)
        assert new_version != old_version
        app.dataset.refresh()  # what the server does by itself within a second
        assert app.state.dataset.current is not old_scope and app.state.dataset.current.version == new_version

        new_item, new_page = await client.get(item_url), await client.get(list_url)
        for response in (new_item, new_page):
            assert response.headers["x-dataset-version"] == new_version
        assert new_item.json()["label"] == "Forms filled in (a relabelled test figure)"
        assert new_page.json()["items"][0] == new_item.json()
        assert new_item.headers["etag"] != item.headers["etag"]
        assert (
            await client.get(item_url, headers={"If-None-Match": item.headers["etag"]})
        ).status_code == 200
        # A shared cache revalidating an unchanged page must get the new version's headers, not a 304
        # that leaves it saying the old version (nginx keeps its stored headers on a 304).
        again = await client.get(
            "/v1/milestones?limit=2", headers={"If-None-Match": unchanged.headers["etag"]}
        )
        assert again.status_code == 200 and again.headers["x-dataset-version"] == new_version
        assert again.content == unchanged.content and again.headers["etag"] != unchanged.headers["etag"]
        chinese = (await client.get(f"/v1/statistics/{slug}")).json()
        assert chinese["label"] == records[0]["label"]["zh"]
        document = (await client.get("/openapi.json")).json()
        example = document["paths"]["/v1/statistics/{slug}"]["get"]["responses"]["200"]["content"]
        assert example["application/json"]["examples"]["live"]["value"] == chinese


async def test_the_warm_up_stores_the_facts_and_leaves_the_cache_empty(
    new_database: Callable[[], str],
) -> None:
    settings = Settings(database_url=new_database())
    version, _ = migrate(settings)
    app = create_app(settings)
    engine = engine_for(settings.database_url)
    await app._warm_up()
    assert app.entries == {} and app.size == 0  # nothing served from a warm-up request
    assert app.state.dataset.current.version == version
    assert {
        ("statistic", "zh"),
        ("statistic", "en"),
        ("milestone", "zh"),
        ("milestone", "en"),
    } <= app.state.dataset.current.preloaded
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        with statements(engine) as seen:
            first = await client.get("/v1/statistics?limit=60")
        assert first.status_code == 200 and first.json()["total"] == len(first.json()["items"]) > 30
        assert [sql for sql in seen if "statistic" in sql and "label" in sql] == []


async def test_the_warm_up_builds_the_openapi_document(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The document's live examples take the event loop while they are made (0.5 s on the seed,
    6.5 s at 100,000 statistics): at start-up, not in a reader's first request for /docs."""
    app = create_app(settings)
    await app._warm_up()
    built: list[int] = []
    build = openapi.build_openapi
    monkeypatch.setattr(openapi, "build_openapi", lambda *args: built.append(1) or build(*args))
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        document = (await client.get("/openapi.json")).json()
    assert (
        "live"
        in document["paths"]["/v1/statistics"]["get"]["responses"]["200"]["content"]["application/json"][
            "examples"
        ]
    )
    assert built == []


async def test_the_warm_up_stops_at_the_first_server_error(
    new_database: Callable[[], str], caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(database_url=new_database())
    migrate(settings)
    app = create_app(settings)
    engine = engine_for(settings.database_url)
    with engine.begin() as connection:  # the version still reads; statistics fail
        cascade = " CASCADE" if engine.dialect.name == "postgresql" else ""
        connection.exec_driver_sql(f"DROP TABLE statistic{cascade}")
    with caplog.at_level("WARNING", logger="app.http_cache"):
        await app._warm_up()
    stopped = [record.getMessage() for record in caplog.records if "warm-up stopped" in record.getMessage()]
    assert stopped == ["warm-up stopped: RuntimeError: /v1/statistics answered 500"]

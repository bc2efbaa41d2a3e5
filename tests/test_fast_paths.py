"""The fast paths answer exactly what the slow ones would.

- The hot routes build their JSON directly (app/api/public.py, the search route): every item equals
  its response model's JSON, in both languages.
- The fast lane (app/api/fast_lane.py) answers as FastAPI does, headers and all, and passes on
  whatever it does not plainly understand.
- The HTTP cache wraps the FastAPI app and stands in for it.
"""

import httpx
import pytest
from sqlmodel import Session, select

from app import models
from app.api import public
from app.api.routes.milestones import COLUMNS as MILESTONE_COLUMNS
from app.api.routes.statistics import COLUMNS as STATISTIC_COLUMNS
from app.citations import CitationContext, citation_context
from app.core.db import engine_for
from app.schemas import MilestonePublic, StatisticPublic
from app.search import SearchQuery, search
from app.search_schemas import SearchHit

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_statistic_json_is_the_response_models(settings, lang: str) -> None:  # type: ignore[no-untyped-def]
    engine = engine_for(settings.database_url)
    table = models.Statistic.__table__  # type: ignore[attr-defined]
    with Session(engine) as session:
        context = CitationContext.load(session)
        rows = {row.slug: row for row in session.exec(select(models.Statistic))}
        fast = session.connection().execute(select(*STATISTIC_COLUMNS[lang]).order_by(table.c.position)).all()
        assert len(fast) == len(rows) > 30
        for row in fast:
            expected = StatisticPublic.from_row(rows[row[0]], lang, context).model_dump(mode="json")  # type: ignore[arg-type]
            built = public.statistic(row, lang, context)
            assert built == expected
            assert list(built) == list(expected)  # the same field order, too
            StatisticPublic.model_validate(built)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_milestone_json_is_the_response_models(settings, lang: str) -> None:  # type: ignore[no-untyped-def]
    engine = engine_for(settings.database_url)
    with Session(engine) as session:
        context = CitationContext.load(session)
        rows = {row.slug: row for row in session.exec(select(models.Milestone))}
        fast = session.connection().execute(select(*MILESTONE_COLUMNS[lang])).all()
        assert len(fast) == len(rows) > 5
        for row in fast:
            expected = MilestonePublic.from_row(rows[row[0]], lang, context).model_dump(mode="json")  # type: ignore[arg-type]
            assert public.milestone(row, lang, context) == expected


def test_citation_data_is_the_citation_model(settings) -> None:  # type: ignore[no-untyped-def]
    engine = engine_for(settings.database_url)
    with engine.connect() as connection:
        context = citation_context(connection, None)
        assert citation_context(connection, "some-version") is citation_context(connection, "some-version")
    for paragraph in (0, 15, 33, 10_000):
        data = context.citation(paragraph, "引文")
        assert context.cite(public_span(paragraph)).model_dump() == data


def public_span(paragraph: int):  # type: ignore[no-untyped-def]
    from app.schemas import SourceSpan

    return SourceSpan(paragraph=paragraph, start=0, end=2, quote="引文")


@pytest.mark.parametrize("q", ["医保", "唐卡", "poverty", "pover", "60.6万"])
async def test_search_json_is_the_response_models(client: httpx.AsyncClient, settings, q: str) -> None:  # type: ignore[no-untyped-def]
    body = (await client.get("/v1/search", params={"q": q, "limit": 100})).json()
    query = SearchQuery.parse(q)
    with engine_for(settings.database_url).connect() as connection:
        hits, total = search(connection, query, limit=100)
    assert body["total"] == total > 0
    assert body["items"] == [SearchHit.from_hit(hit, query).model_dump(mode="json") for hit in hits]


LANE_URLS = [
    "/v1/statistics",
    "/v1/statistics?limit=100",
    "/v1/statistics?limit=3&lang=en",
    "/v1/statistics?section=incomes&sort=-value&limit=4",
    "/v1/statistics?qualifier=none&kind=count&limit=2",
    "/v1/statistics?unit=%E6%88%B7&as_of_year=2019",
    "/v1/statistics?paragraph=15&sort=as_of",
    "/v1/statistics?limit=5&unknown=1",
    "/v1/statistics/social-insurance-enrolments-2019",
    "/v1/statistics/social-insurance-enrolments-2019?lang=en",
    # passed on to FastAPI by the lane, answered there either way:
    "/v1/statistics?limit=0",
    "/v1/statistics?limit=05",
    "/v1/statistics?limit=+5",
    "/v1/statistics?limit=5&limit=6",
    "/v1/statistics?section=",
    "/v1/statistics?lang=fr",
    "/v1/statistics?cursor=garbage",
    "/v1/statistics?paragraph=-1",
    "/v1/statistics/no-such-figure",
    "/v1/statistics/Not-A-Slug",
    "/v1/statistics/" + "a" * 81,
]


@pytest.mark.parametrize("url", LANE_URLS)
@pytest.mark.parametrize("accept_language", [None, "en-GB,en;q=0.9"])
async def test_the_fast_lane_answers_as_fastapi_does(app, url: str, accept_language: str | None) -> None:  # type: ignore[no-untyped-def]
    headers = {"Accept-Language": accept_language} if accept_language else {}
    transport = httpx.ASGITransport(app=app.app)  # the FastAPI app: no HTTP cache in the way
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as raw:
        fast = await raw.get(url, headers=headers)
        app.state.fast_lane = False
        try:
            slow = await raw.get(url, headers=headers)
        finally:
            app.state.fast_lane = True
    assert fast.status_code == slow.status_code
    assert fast.content == slow.content
    assert fast.headers.multi_items() == slow.headers.multi_items()


async def test_a_cursor_from_the_lane_serves_the_next_page(client: httpx.AsyncClient) -> None:
    first = (await client.get("/v1/statistics?limit=7&sort=-value")).json()
    second = (await client.get(first["next"])).json()
    everything = (await client.get("/v1/statistics?limit=14&sort=-value")).json()
    assert first["items"] + second["items"] == everything["items"]


def test_the_cache_stands_in_for_the_fastapi_app(app) -> None:  # type: ignore[no-untyped-def]
    """The edge guard wraps the cache, which wraps FastAPI: both answer for it."""
    from fastapi import FastAPI

    assert isinstance(app.app.app, FastAPI)
    assert app.state is app.app.app.state and app.state.engine is not None
    assert app.router is app.app.app.router
    assert "/v1/statistics" in app.openapi()["paths"]


@pytest.mark.parametrize(
    ("url", "through_lane", "status"),
    [
        ("/v1/statistics?limit=3", True, 200),
        ("/v1/statistics/social-insurance-enrolments-2019?lang=en", True, 200),
        ("/v1/statistics?limit=0", False, 422),
        ("/v1/statistics?kind=count&kind=money", False, 200),
        ("/v1/milestones", False, 200),
    ],
)
async def test_the_lane_takes_only_what_it_plainly_understands(
    app, monkeypatch: pytest.MonkeyPatch, url: str, through_lane: bool, status: int
) -> None:  # type: ignore[no-untyped-def]
    from app.api import fast_lane

    taken: list[str] = []
    original = fast_lane.Request

    def request(scope, receive):  # type: ignore[no-untyped-def]
        taken.append(scope["path"])
        return original(scope, receive)

    monkeypatch.setattr(fast_lane, "Request", request)
    transport = httpx.ASGITransport(app=app.app.app)  # FastAPI itself: no cache in the way
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as raw:
        response = await raw.get(url)
    assert bool(taken) == through_lane
    assert response.status_code == status


class FixedDataset:
    """A DatasetState stand-in: one version, never re-read."""

    def __init__(self) -> None:
        self.version, self.loaded_at, self.last_modified = "v1", None, None
        self.checked, self.ttl = float("inf"), float("inf")


async def test_the_cache_keeps_to_its_byte_budget() -> None:
    from app.api.http_cache import HttpCache

    async def app(scope, receive, send):  # type: ignore[no-untyped-def]
        body = scope["path"].encode() * 200  # a few KB, different for each path
        await send(
            {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]}
        )
        await send({"type": "http.response.body", "body": body})

    cache = HttpCache(app, state=FixedDataset(), max_age=1, stale_while_revalidate=1, max_bytes=20_000)  # type: ignore[arg-type]
    transport = httpx.ASGITransport(app=cache)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        for index in range(40):
            for encoding in ("identity", "gzip"):
                response = await client.get(f"/v1/item-{index:03d}", headers={"Accept-Encoding": encoding})
                assert response.content == f"/v1/item-{index:03d}".encode() * 200
    bodies = sum(len(e.identity.body) + (len(e.gzip.body) if e.gzip else 0) for e in cache.entries.values())
    assert bodies < cache.size <= 20_000  # headers and bookkeeping count too, not only the bodies
    assert 0 < len(cache.entries) < 40
    assert list(cache.entries.values())[-1].identity.body == b"/v1/item-039" * 200  # the most recent stays


def test_the_benchmarks_compile() -> None:
    """bench/ stays out of the suite (it needs wrk and minutes); it must at least compile."""
    from app.core.config import PROJECT_ROOT

    for script in sorted((PROJECT_ROOT / "bench").glob("*.py")):
        compile(script.read_text(encoding="utf-8"), str(script), "exec")

"""The read path answers what its response models say, and the HTTP cache stands in for FastAPI.

- Search hits are their response model's JSON.
- Every list's `next` serves the page after, in every resource.
- The OpenAPI document names each page model readably.
- The HTTP cache wraps the FastAPI app, stands in for it and keeps to its byte budget.
"""

import httpx
import pytest
from sqlmodel import Session

from app.citations import CitationContext
from app.core.db import engine_for
from app.schemas import SourceSpan
from app.search import SearchQuery, search
from app.search_schemas import SearchHit

pytestmark = pytest.mark.anyio


def test_citation_data_is_the_citation_model(settings) -> None:  # type: ignore[no-untyped-def]
    with Session(engine_for(settings.database_url)) as session:
        context = CitationContext.load(session)
    for paragraph in (0, 15, 33, 10_000):
        data = context.citation(paragraph, "引文")
        span = SourceSpan(paragraph=paragraph, start=0, end=2, quote="引文")
        assert context.cite(span).model_dump() == data


@pytest.mark.parametrize("q", ["医保", "唐卡", "poverty", "pover", "60.6万"])
async def test_search_json_is_the_response_models(client: httpx.AsyncClient, settings, q: str) -> None:  # type: ignore[no-untyped-def]
    body = (await client.get("/v1/search", params={"q": q, "limit": 100})).json()
    query = SearchQuery.parse(q)
    with engine_for(settings.database_url).connect() as connection:
        hits, total = search(connection, query, limit=100)
    assert body["total"] == total > 0
    assert [(item["kind"], item["slug"]) for item in body["items"]] == [(hit.kind, hit.slug) for hit in hits]
    assert all(SearchHit.model_validate(item).model_dump(mode="json") == item for item in body["items"])


LISTS = [
    "/v1/statistics?sort=-value",
    "/v1/statistics?section=incomes&sort=as_of",
    "/v1/milestones?sort=-date",
    "/v1/stories",
    "/v1/photos?sort=-slug",
    "/v1/places?within=qamdo",
    "/v1/people",
    "/v1/organisations",
    "/v1/quotes",
    "/v1/honours",
    "/v1/article/paragraphs",
    "/v1/search?q=%E7%9A%84",
]


@pytest.mark.parametrize("url", LISTS)
async def test_a_lists_next_serves_the_page_after(client: httpx.AsyncClient, url: str) -> None:
    first = await client.get(f"{url}&limit=1" if "?" in url else f"{url}?limit=1")
    assert first.status_code == 200 and first.json()["next"], first.text
    assert first.headers["link"] == f'<{first.json()["next"]}>; rel="next"'
    second = (await client.get(first.json()["next"])).json()
    both = (await client.get(f"{url}&limit=2" if "?" in url else f"{url}?limit=2")).json()
    assert first.json()["items"] + second["items"] == both["items"]
    assert first.json()["total"] == second["total"] == both["total"] >= 2


async def test_page_models_have_readable_names_in_openapi(client: httpx.AsyncClient) -> None:
    document = (await client.get("/openapi.json")).json()
    names = set(document["components"]["schemas"])
    assert {"StatisticPage", "MilestonePage", "StoryPage", "ParagraphPage", "SearchHitPage"} <= names
    assert not [name for name in names if "[" in name or name.startswith("Page_")], names
    listing = document["paths"]["/v1/statistics"]["get"]["responses"]["200"]["content"]["application/json"]
    assert listing["schema"] == {"$ref": "#/components/schemas/StatisticPage"}


def test_the_cache_stands_in_for_the_fastapi_app(app) -> None:  # type: ignore[no-untyped-def]
    """The edge guard wraps the cache, which wraps FastAPI: both answer for it."""
    from fastapi import FastAPI

    assert isinstance(app.app.app, FastAPI)
    assert app.state is app.app.app.state and app.state.engine is not None
    assert app.router is app.app.app.router
    assert "/v1/statistics" in app.openapi()["paths"]


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

"""The other read endpoints through HTTP: article, paragraphs, milestones, stories, photos and the
people, places, organisations, quotes, documents and honours that the stories mention."""

import httpx
import pytest
from fastapi import FastAPI

from app.seed.files import read_seed
from app.seed.text import SEED_DIR

pytestmark = pytest.mark.anyio
SEED = read_seed(SEED_DIR)
RESOURCES = {
    "statistics": SEED.statistics,
    "milestones": SEED.milestones,
    "stories": SEED.stories,
    "photos": SEED.photos,
    "places": SEED.places,
    "people": SEED.people,
    "organisations": SEED.organisations,
    "quotes": SEED.quotes,
    "documents": SEED.documents,
    "honours": SEED.honours,
}


@pytest.mark.parametrize("resource", RESOURCES)
async def test_read_list_and_each_item(
    client: httpx.AsyncClient, resource: str, paragraphs: tuple[str, ...]
) -> None:
    response = await client.get(f"/v1/{resource}?limit=100")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["total"] == len(RESOURCES[resource]) > 0 and body["next"] is None
    assert {item["slug"] for item in body["items"]} == {record.slug for record in RESOURCES[resource]}
    for item in body["items"]:
        detail = await client.get(f"/v1/{resource}/{item['slug']}")
        assert detail.status_code == 200 and detail.json() == item
        for span in item.get("sources") or [item["source"]]:
            assert paragraphs[span["paragraph"]][span["start"] : span["end"]] == span["quote"]


LISTS = [f"/v1/{resource}" for resource in RESOURCES] + ["/v1/article/paragraphs"]


@pytest.mark.parametrize("path", [*LISTS, "/v1/statistics?sort=-value", "/v1/milestones?sort=date"])
async def test_a_last_page_that_is_exactly_full_has_no_next(client: httpx.AsyncClient, path: str) -> None:
    """The boundary of both paginators: a page that ends exactly at the last item links nowhere,
    on the first page and after a cursor alike."""
    url = httpx.URL(path)
    everything = (await client.get(url.copy_set_param("limit", 100))).json()
    total = everything["total"]
    assert everything["next"] is None and len(everything["items"]) == total > 0

    whole = await client.get(url.copy_set_param("limit", total))
    assert len(whole.json()["items"]) == total
    assert whole.json()["next"] is None and "link" not in whole.headers
    if total < 2:
        return
    first = (await client.get(url.copy_set_param("limit", total - 1))).json()
    assert len(first["items"]) == total - 1 and first["next"] is not None
    last = await client.get(httpx.URL(first["next"]).copy_set_param("limit", 1))
    assert last.json()["items"] == everything["items"][-1:]
    assert last.json()["next"] is None and "link" not in last.headers


@pytest.mark.parametrize("resource", RESOURCES)
async def test_read_item_unknown_or_malformed_slug_is_a_problem(
    client: httpx.AsyncClient, resource: str
) -> None:
    missing = await client.get(f"/v1/{resource}/not-a-known-slug")
    assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
    malformed = await client.get(f"/v1/{resource}/Bad%20Slug!")
    assert malformed.status_code == 422 and malformed.json()["errors"][0]["name"] == "slug"


async def test_read_article(client: httpx.AsyncClient, paragraphs: tuple[str, ...]) -> None:
    article = (await client.get("/v1/article")).json()
    assert article["title"] == paragraphs[0] and article["byline"] == paragraphs[2]
    assert article["author"] == "周婷婷"
    assert article["paragraph_count"] == len(paragraphs)
    assert [s["slug"] for s in article["sections"]] == [
        "opening",
        "social-insurance",
        "grassroots-governance",
        "incomes",
        "captions",
    ]
    assert article["dataset_version"] == SEED.version
    english = (await client.get("/v1/article", params={"lang": "en"})).json()
    assert english["author"] == "Zhou Tingting" and english["dataset_version"] == SEED.version


async def test_read_paragraphs_is_the_shared_numbering(
    client: httpx.AsyncClient, paragraphs: tuple[str, ...]
) -> None:
    items, url = [], "/v1/article/paragraphs?limit=9"
    while url:
        body = (await client.get(url)).json()
        items += body["items"]
        url = body["next"]
    assert [item["text"] for item in items] == list(paragraphs)
    assert [item["index"] for item in items] == list(range(len(paragraphs)))
    assert items[5]["section"] == "social-insurance" and items[-1]["section"] == "captions"


async def test_read_milestone_dates_and_precision(client: httpx.AsyncClient) -> None:
    items = (await client.get("/v1/milestones?limit=100")).json()["items"]
    milestones = {m["slug"]: m for m in items}
    card = milestones["first-social-security-cards-issued"]
    assert (card["date"], card["year"], card["month"], card["day"], card["precision"]) == (
        "2018-08",
        2018,
        8,
        None,
        "month",
    )
    meeting = milestones["jinka-villagers-meeting"]
    assert (meeting["date"], meeting["precision"]) == ("2020-09-08", "day")
    assert meeting["derived"] and meeting["derived"][0]["field"] == "date"
    written = [m for m in items if m["date"][:4] in m["date_text"]]
    assert all("date" not in {d["field"] for d in m["derived"]} for m in written)


async def test_read_story_with_people_places_and_quotes(client: httpx.AsyncClient) -> None:
    stories = (await client.get("/v1/stories?limit=100")).json()["items"]
    story = next(s for s in stories if any(p["name"] == "赤列卓玛" for p in s["people"]))
    assert story["places"] and story["quotes"] and story["sources"]
    place = story["places"][0]
    assert place["hierarchy"][-1]["slug"] == place["slug"]
    assert [level["level"] for level in place["hierarchy"]][:2] == ["region", "prefecture"]
    quote = next(q for q in story["quotes"] if q["speaker_name"] == "赤列卓玛")
    assert quote["text"] == quote["source"]["quote"]
    english = (await client.get(f"/v1/stories/{story['slug']}?lang=en")).json()
    assert any(p["name"] == "Trinley Drolma" for p in english["people"])
    assert english["quotes"][0]["source"] == story["quotes"][0]["source"]


async def test_read_photos_are_the_captions(client: httpx.AsyncClient, paragraphs: tuple[str, ...]) -> None:
    photos = (await client.get("/v1/photos")).json()["items"]
    assert [f"▲{p['caption']}。" for p in photos] == list(paragraphs[32:38])


async def test_health_and_readiness(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"


async def test_readiness_is_503_when_the_database_is_behind(new_database, settings) -> None:  # type: ignore[no-untyped-def]
    from app.core.config import Settings
    from app.main import create_app

    empty = create_app(Settings(database_url=new_database()))
    transport = httpx.ASGITransport(app=empty, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        response = await client.get("/readyz")
        assert response.status_code == 503
        assert response.headers["content-type"] == "application/problem+json"
        assert response.headers["retry-after"]
        assert (await client.get("/healthz")).status_code == 200


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
async def test_writes_are_not_allowed(client: httpx.AsyncClient, method: str) -> None:
    response = await client.request(method, "/v1/statistics")
    assert response.status_code == 405
    assert response.headers["content-type"] == "application/problem+json"
    assert "read-only" in response.json()["detail"]


async def test_unknown_path_is_a_404_problem(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/nothing-here")
    assert response.status_code == 404 and response.headers["content-type"] == "application/problem+json"


async def test_an_unexpected_error_is_a_500_problem_without_a_trace(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    @app.get("/boom-for-test", include_in_schema=False)
    def boom() -> None:
        raise RuntimeError("secret internal detail")

    try:
        response = await client.get("/boom-for-test")
    finally:
        app.router.routes = [r for r in app.router.routes if getattr(r, "path", "") != "/boom-for-test"]
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert "secret" not in response.text and "Traceback" not in response.text


@pytest.mark.parametrize("resource", RESOURCES)
async def test_every_fact_offers_citations_in_both_languages(
    client: httpx.AsyncClient, resource: str
) -> None:
    for lang in ("zh", "en"):
        article = (await client.get(f"/v1/article?lang={lang}")).json()
        for item in (await client.get(f"/v1/{resource}?limit=100&lang={lang}")).json()["items"]:
            source = (item.get("sources") or [item["source"]])[0]
            citation = item["citation"]
            assert citation["short"]["zh"].startswith("周婷婷《砥砺奋进七十载")
            assert citation["short"]["en"].startswith("Zhou Tingting, “")
            assert f"第{source['paragraph']}段" in citation["short"]["zh"]
            assert f"paragraph {source['paragraph']}: “{source['quote']}”" in citation["long"]["en"]
            assert f"第{source['paragraph']}段：“{source['quote']}”" in citation["long"]["zh"]
            section = next(
                s
                for s in article["sections"]
                if s["first_paragraph"] <= source["paragraph"] <= s["last_paragraph"]
            )
            assert section["title"] in citation["long"][lang]

"""GET /v1/statistics and /v1/statistics/{slug} through HTTP, against the seeded database."""

from decimal import Decimal

import httpx
import pytest

from app.numbers import parse_figure

pytestmark = pytest.mark.anyio


async def all_items(client: httpx.AsyncClient, url: str) -> list[dict]:
    items: list[dict] = []
    while url:
        response = await client.get(url)
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["items"]
        url = body["next"]
    return items


async def test_read_statistics_pages_through_every_figure_in_article_order(client: httpx.AsyncClient) -> None:
    first = (await client.get("/v1/statistics")).json()
    assert len(first["items"]) == 20 and first["total"] >= 35
    items = await all_items(client, "/v1/statistics?limit=7")
    assert len(items) == first["total"]
    assert len({item["slug"] for item in items}) == len(items)
    order = [
        (
            item["source"]["paragraph"],
            item["source"]["start"] + item["source"]["quote"].index(item["value_text"]),
        )
        for item in items
    ]
    assert order == sorted(order)
    assert items[:20] == first["items"]


async def test_read_statistics_quotes_are_verbatim_and_values_plain(
    client: httpx.AsyncClient, paragraphs: tuple[str, ...]
) -> None:
    for item in await all_items(client, "/v1/statistics?limit=100"):
        source = item["source"]
        assert paragraphs[source["paragraph"]][source["start"] : source["end"]] == source["quote"]
        assert item["value_text"] in source["quote"]
        assert Decimal(str(item["value"])) == parse_figure(item["value_text"]).value
        assert isinstance(item["value"], int | float) and not isinstance(item["value"], bool)


async def test_read_statistic_gives_the_documented_fields(client: httpx.AsyncClient) -> None:
    items = (await client.get("/v1/statistics?limit=100")).json()["items"]
    enrolment = next(item for item in items if item["value_text"] == "60.6万人次")
    response = await client.get(f"/v1/statistics/{enrolment['slug']}")
    assert response.status_code == 200
    stat = response.json()
    assert stat == enrolment
    assert stat["value"] == 606000 and isinstance(stat["value"], int)
    assert stat["unit"] == "人次" and stat["qualifier"] is None
    assert stat["as_of"] == "2019-12-31" and stat["as_of_text"] == "截至2019年底"
    assert stat["section"] == "social-insurance"


async def test_read_statistics_qualifiers_and_ranges(client: httpx.AsyncClient) -> None:
    by_text = {
        item["value_text"]: item for item in (await client.get("/v1/statistics?limit=100")).json()["items"]
    }
    assert by_text["14.98万余户"]["qualifier"] == "more_than" and by_text["14.98万余户"]["value"] == 149800
    assert by_text["1万路以上"]["qualifier"] == "at_least"
    assert by_text["五到六年"]["qualifier"] == "range"
    assert (by_text["五到六年"]["value"], by_text["五到六年"]["value_max"]) == (5, 6)
    assert by_text["66.32亿元"]["value"] == 6_632_000_000
    assert by_text["24.95%"]["value"] == 24.95 and by_text["24.95%"]["unit"] == "%"


async def test_read_statistic_in_english(client: httpx.AsyncClient) -> None:
    zh = (await client.get("/v1/statistics?limit=1")).json()["items"][0]
    response = await client.get(f"/v1/statistics/{zh['slug']}?lang=en")
    assert response.headers["content-language"] == "en"
    en = response.json()
    assert "Accept-Language" in response.headers["vary"]
    assert en["label"] != zh["label"] and en["label"][:1].isascii()
    assert en["source"] == zh["source"] and en["value_text"] == zh["value_text"]
    assert en["unit"] == zh["unit"] and en["unit_label"] != zh["unit_label"]


async def test_read_statistic_unknown_slug_is_a_404_problem(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/statistics/no-such-figure")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 404 and "no-such-figure" in problem["detail"]
    assert problem["instance"] == "/v1/statistics/no-such-figure"


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "limit=-5", "limit=ten", "lang=f_r"])
async def test_read_statistics_rejects_bad_parameters(client: httpx.AsyncClient, query: str) -> None:
    response = await client.get(f"/v1/statistics?{query}")
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["errors"] and problem["errors"][0]["in"] == "query"
    assert problem["errors"][0]["name"] == query.split("=")[0]


@pytest.mark.parametrize("cursor", ["garbage", "WyJtaWxlc3RvbmUiLDAsIngiXQ", "e30", "%00%01"])
async def test_read_statistics_rejects_a_cursor_it_did_not_issue(
    client: httpx.AsyncClient, cursor: str
) -> None:
    response = await client.get(f"/v1/statistics?cursor={cursor}")
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert "cursor" in response.json()["detail"]

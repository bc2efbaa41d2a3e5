"""Filters, sorting and pagination on the lists, through HTTP."""

import re

import httpx
import pytest

from app.dates import date_bounds
from app.seed.files import read_seed
from app.seed.text import SEED_DIR

pytestmark = pytest.mark.anyio
SEED = read_seed(SEED_DIR)


async def every_page(client: httpx.AsyncClient, url: str) -> tuple[list[dict], int]:
    items: list[dict] = []
    total = None
    while url:
        response = await client.get(url)
        assert response.status_code == 200, response.text
        body = response.json()
        total = body["total"] if total is None else total
        assert body["total"] == total
        link = response.headers.get("link")
        if body["next"]:
            assert link == f'<{body["next"]}>; rel="next"'
        else:
            assert link is None
        items += body["items"]
        url = body["next"]
    return items, total or 0


@pytest.mark.parametrize(
    ("query", "keep"),
    [
        ("section=incomes", lambda s: s.section == "incomes"),
        ("unit=户", lambda s: s.unit == "户"),
        ("qualifier=more_than", lambda s: s.qualifier == "more_than"),
        ("qualifier=none", lambda s: s.qualifier is None),
        ("paragraph=15", lambda s: s.source.paragraph == 15),
        ("as_of_year=2019", lambda s: (s.as_of or "").startswith("2019")),
        ("kind=money", lambda s: s.kind == "money"),
        (
            "kind=count&section=grassroots-governance",
            lambda s: s.kind == "count" and s.section == "grassroots-governance",
        ),
    ],
)
async def test_read_statistics_filtered(client: httpx.AsyncClient, query: str, keep) -> None:  # type: ignore[no-untyped-def]
    expected = {s.slug for s in SEED.statistics if keep(s)}
    assert expected, "a filter test needs matching facts"
    items, total = await every_page(client, f"/v1/statistics?{query}&limit=3")
    assert {item["slug"] for item in items} == expected and total == len(expected)


@pytest.mark.parametrize("sort", ["value", "-value", "as_of", "-as_of", "slug", "-slug"])
async def test_read_statistics_sorted_across_pages(client: httpx.AsyncClient, sort: str) -> None:
    items, total = await every_page(client, f"/v1/statistics?sort={sort}&limit=7")
    assert len(items) == total == len(SEED.statistics)
    field = sort.removeprefix("-")
    keys = [item[field] if field != "as_of" else (item["as_of"] or "9999") for item in items]
    assert keys == sorted(keys, reverse=sort.startswith("-"))
    assert len({item["slug"] for item in items}) == total


async def test_a_cursor_belongs_to_its_sort(client: httpx.AsyncClient) -> None:
    first = (await client.get("/v1/statistics?sort=value&limit=2")).json()
    cursor = re.search(r"cursor=([^&]+)", first["next"]).group(1)
    response = await client.get(f"/v1/statistics?sort=-value&cursor={cursor}")
    assert response.status_code == 400 and response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("from=2019&to=2019", lambda m: m.date.startswith("2019")),
        # overlapping events are kept: 2018 (year precision) overlaps 2018-08-15 onwards
        ("from=2018-08-15", lambda m: str(date_bounds(m.date)[1]) >= "2018-08-15"),
        ("to=2017-12-31", lambda m: m.date <= "2017"),
        ("precision=day", lambda m: m.precision == "day"),
        ("from=2020-09&precision=month", lambda m: m.date >= "2020-09" and m.precision == "month"),
    ],
)
async def test_read_milestones_by_date_range_and_precision(
    client: httpx.AsyncClient, query: str, expected
) -> None:  # type: ignore[no-untyped-def]
    items, _ = await every_page(client, f"/v1/milestones?{query}")
    assert {m["slug"] for m in items} == {m.slug for m in SEED.milestones if expected(m)}


async def test_read_milestones_sorted_by_date(client: httpx.AsyncClient) -> None:
    items, _ = await every_page(client, "/v1/milestones?sort=date&limit=4")
    assert [m["date"] for m in items] == sorted(m["date"] for m in items)
    newest = (await client.get("/v1/milestones?sort=-date&limit=1")).json()["items"][0]
    assert newest["date"] == max(m.date for m in SEED.milestones)


@pytest.mark.parametrize(
    "query", ["from=2019-13", "from=2019-02-30", "to=20x9", "from=2020&to=2019", "precision=week"]
)
async def test_read_milestones_rejects_bad_dates(client: httpx.AsyncClient, query: str) -> None:
    response = await client.get(f"/v1/milestones?{query}")
    assert response.status_code == 422 and response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["name"] in {"from", "to", "precision"}


async def test_read_stories_by_place_includes_places_inside_it(client: httpx.AsyncClient) -> None:
    items, _ = await every_page(client, "/v1/stories?place=qamdo")
    assert len(items) == len(SEED.stories)
    county = next(p for p in SEED.places if p.level == "county")
    inside = await every_page(client, f"/v1/stories?place={county.slug}")
    assert 0 < inside[1] < len(SEED.stories)
    for story in inside[0]:
        assert any(county.slug in [h["slug"] for h in place["hierarchy"]] for place in story["places"])


async def test_read_stories_by_person(client: httpx.AsyncClient) -> None:
    person = next(slug for story in SEED.stories for slug in story.people)
    items, _ = await every_page(client, f"/v1/stories?person={person}")
    assert items and all(any(p["slug"] == person for p in s["people"]) for s in items)
    assert (await client.get("/v1/stories?person=nobody-known")).json()["total"] == 0


@pytest.mark.parametrize(
    ("url", "field", "value"),
    [
        ("/v1/places?level=village", "level", "village"),
        ("/v1/organisations?kind=government", "kind", "government"),
        ("/v1/quotes?section=incomes", "section", "incomes"),
        ("/v1/article/paragraphs?section=captions", "section", "captions"),
    ],
)
async def test_other_lists_filter(client: httpx.AsyncClient, url: str, field: str, value: str) -> None:
    items, total = await every_page(client, url)
    assert total > 0 and all(item[field] == value for item in items)


@pytest.mark.parametrize(
    "resource", ["photos", "documents", "honours", "people", "places", "organisations", "quotes", "stories"]
)
async def test_every_list_sorts_by_slug(client: httpx.AsyncClient, resource: str) -> None:
    items, _ = await every_page(client, f"/v1/{resource}?sort=-slug&limit=3")
    assert [i["slug"] for i in items] == sorted((i["slug"] for i in items), reverse=True)
    bad = await client.get(f"/v1/{resource}?sort=nonsense")
    assert bad.status_code == 422 and bad.json()["errors"][0]["name"] == "sort"


@pytest.mark.parametrize(
    "query",
    ["qualifier=maybe", "paragraph=-1", "as_of_year=20", "sort=label"],
)
async def test_read_statistics_rejects_unknown_filter_values(client: httpx.AsyncClient, query: str) -> None:
    response = await client.get(f"/v1/statistics?{query}")
    assert response.status_code == 422
    assert response.json()["errors"][0]["name"] == query.split("=")[0]


@pytest.mark.parametrize("query", ["unit=公里", "section=nowhere"])
async def test_a_unit_or_section_no_fact_has_keeps_nothing(client: httpx.AsyncClient, query: str) -> None:
    """Open strings from the data (/v1/units, /v1/sections list them): any value is a filter."""
    response = await client.get(f"/v1/statistics?{query}")
    assert response.status_code == 200
    assert response.json() == {"items": [], "total": 0, "next": None}


async def test_the_statistics_download_takes_the_lists_filters(client: httpx.AsyncClient) -> None:
    """An equality filter and a null one (qualifier=none) keep the same rows in the CSV as in the list."""
    answer = await client.get("/v1/statistics.csv", params={"kind": "money", "qualifier": "none"})
    assert answer.status_code == 200
    assert [row.split(",")[0] for row in answer.content.decode("utf-8-sig").splitlines()[1:]] == [
        "sharp-eyes-investment",
        "industry-investment-2019",
        "benefit-linkage-dividends",
        "benefit-linkage-income-per-person",
        "rural-disposable-income-2019",
    ]

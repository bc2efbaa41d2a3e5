"""`fields=` (only some top-level fields) on every list and item of facts, `slug=a,b,c` (a batch)
on every list, and the statistics downloads taking the list's filters: through HTTP."""

import csv
import io

import httpx
import pytest
from fastapi import FastAPI

pytestmark = pytest.mark.anyio
ENROLMENTS = "social-insurance-enrolments-2019"
CARDS = "social-security-cards-issued-2019"


def fact_lists(app: FastAPI) -> list[str]:
    """Every list of facts in the document that has an item route beside it."""
    paths = app.openapi()["paths"]
    return [path for path in paths if path.startswith("/v1/") and f"{path}/{{slug}}" in paths]


async def test_a_sparse_statistics_page_keeps_the_asked_fields_of_the_same_items(
    client: httpx.AsyncClient,
) -> None:
    params = {"lang": "en", "section": "incomes", "limit": 3}
    full = (await client.get("/v1/statistics", params=params)).json()
    answer = await client.get("/v1/statistics", params={**params, "fields": "slug,label,display"})
    assert answer.status_code == 200 and answer.headers["content-language"] == "en"
    sparse = answer.json()
    assert [list(item) for item in sparse["items"]] == [["slug", "label", "display"]] * 3
    for whole, cut in zip(full["items"], sparse["items"], strict=True):
        assert cut == {"slug": whole["slug"], "label": whole["label"], "display": whole["display"]}
    assert sparse["total"] == full["total"]
    assert "fields=slug%2Clabel%2Cdisplay" in sparse["next"]  # the next page is sparse too
    second = (await client.get(sparse["next"])).json()
    assert list(second["items"][0]) == ["slug", "label", "display"]


async def test_fields_come_in_the_models_order_and_either_order_is_the_same_answer(
    client: httpx.AsyncClient,
) -> None:
    one = await client.get(f"/v1/statistics/{ENROLMENTS}", params={"fields": "value,slug,value"})
    assert one.status_code == 200
    assert one.json() == {"slug": ENROLMENTS, "value": 606000}
    other = await client.get(f"/v1/statistics/{ENROLMENTS}?fields=slug,value")
    assert other.content == one.content and other.headers["etag"] == one.headers["etag"]
    english = await client.get(f"/v1/statistics/{ENROLMENTS}", params={"fields": "display", "lang": "en"})
    assert english.json() == {"display": {"value": "606,000 enrolments", "when": "as of 31 Dec 2019"}}


async def test_every_list_and_item_of_facts_takes_fields(app: FastAPI, client: httpx.AsyncClient) -> None:
    lists = fact_lists(app)
    assert len(lists) == 11
    for path in lists:
        page = await client.get(path, params={"fields": "slug", "limit": 2})
        assert page.status_code == 200, (path, page.text[:300])
        items = page.json()["items"]
        assert items and all(list(item) == ["slug"] for item in items), path
        item = await client.get(f"{path}/{items[0]['slug']}", params={"fields": "slug"})
        assert item.json() == {"slug": items[0]["slug"]}, path


@pytest.mark.parametrize("path", ["/v1/statistics", f"/v1/statistics/{ENROLMENTS}", "/v1/milestones"])
async def test_an_unknown_field_is_a_422_naming_it(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path, params={"fields": "slug,colour,weight"})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    [error] = response.json()["errors"]
    assert error["name"] == "fields" and "'colour', 'weight'" in error["reason"]
    assert "slug" in error["reason"].partition("(fields:")[2]  # the names there are
    empty = await client.get(path, params={"fields": "slug,,label"})
    assert empty.status_code == 422


async def test_a_batch_of_slugs_answers_those_found_in_the_lists_order(client: httpx.AsyncClient) -> None:
    answer = await client.get(
        "/v1/statistics", params={"slug": f"{CARDS},no-such-statistic,{ENROLMENTS}", "fields": "slug,value"}
    )
    assert answer.status_code == 200
    assert answer.json() == {
        "items": [{"slug": ENROLMENTS, "value": 606000}, {"slug": CARDS, "value": 562100}],
        "total": 2,
        "next": None,
    }
    by_value = await client.get("/v1/statistics", params={"slug": f"{ENROLMENTS},{CARDS}", "sort": "value"})
    assert [item["slug"] for item in by_value.json()["items"]] == [CARDS, ENROLMENTS]
    filtered = await client.get("/v1/statistics", params={"slug": f"{ENROLMENTS},{CARDS}", "unit": "人次"})
    assert [item["slug"] for item in filtered.json()["items"]] == [ENROLMENTS]
    paged = await client.get("/v1/statistics", params={"slug": f"{ENROLMENTS},{CARDS}", "limit": 1})
    assert paged.json()["total"] == 2 and paged.json()["next"]
    none = await client.get("/v1/milestones", params={"slug": "no-such-milestone"})
    assert none.json() == {"items": [], "total": 0, "next": None}


async def test_a_batch_is_at_most_a_page_and_made_of_slugs(client: httpx.AsyncClient) -> None:
    hundred = ",".join(f"s{i}" for i in range(100))
    assert (await client.get("/v1/statistics", params={"slug": hundred})).status_code == 200
    refused = await client.get("/v1/statistics", params={"slug": hundred + ",s100"})
    assert refused.status_code == 422 and refused.json()["errors"][0]["name"] == "slug"
    assert "at most 100" in refused.json()["errors"][0]["reason"]
    malformed = await client.get("/v1/statistics", params={"slug": "Bad,,slug"})
    assert malformed.status_code == 422 and malformed.json()["errors"][0]["name"] == "slug"


async def test_the_downloads_take_the_lists_filters(client: httpx.AsyncClient) -> None:
    filters = {"section": "incomes", "kind": "money"}
    listed = (await client.get("/v1/statistics", params={**filters, "limit": 100})).json()
    assert 0 < listed["total"] < 40
    rows = list(csv.DictReader(io.StringIO((await client.get("/v1/statistics.csv", params=filters)).text)))
    assert [row["\ufeffslug"] for row in rows] == [item["slug"] for item in listed["items"]]
    assert {(row["section"], row["kind"]) for row in rows} == {("incomes", "money")}

    batch = await client.get("/v1/statistics.csv", params={"slug": f"{CARDS},nope,{ENROLMENTS}"})
    assert [line.split(",")[0] for line in batch.text.splitlines()[1:]] == [ENROLMENTS, CARDS]

    graph = (await client.get("/v1/dataset.jsonld", params={"slug": ENROLMENTS})).json()["@graph"]
    assert [node.get("identifier") for node in graph if node["@type"] == "Observation"] == [ENROLMENTS]
    assert [v["identifier"] for v in graph[0]["variableMeasured"]] == [ENROLMENTS]

    typo = await client.get("/v1/statistics.csv", params={"section": "income"})
    assert typo.status_code == 200 and typo.text.splitlines()[1:] == []  # a value no fact has


async def test_units_and_sections_list_the_values_with_counts(client: httpx.AsyncClient) -> None:
    units = await client.get("/v1/units", params={"lang": "en"})
    assert units.status_code == 200 and units.headers["content-language"] == "en"
    by_unit = {item["unit"]: item for item in units.json()["items"]}
    assert by_unit["人次"] == {"unit": "人次", "labels": ["enrolments"], "statistics": 1}
    assert by_unit["个"]["labels"] == ["double-linked household units", "mechanisms", "projects", "villages"]
    assert units.json()["total"] == len(by_unit) == 18
    assert sum(item["statistics"] for item in by_unit.values()) == 40
    chinese = await client.get("/v1/units", params={"lang": "zh"})
    assert {"unit": "个", "labels": ["个"], "statistics": 4} in chinese.json()["items"]
    for unit, item in by_unit.items():
        listed = (await client.get("/v1/statistics", params={"unit": unit, "limit": 1})).json()
        assert listed["total"] == item["statistics"], unit

    sections = (await client.get("/v1/sections", params={"lang": "en"})).json()
    assert [s["slug"] for s in sections["items"]] == [
        "opening", "social-insurance", "grassroots-governance", "incomes", "captions",
    ]  # fmt: skip
    assert sections["items"][1]["title"] == "Social security brings happiness and warmth to every household"
    assert sections["items"][1]["statistics"] == 5
    assert sum(s["statistics"] for s in sections["items"]) == 40
    nothing = await client.get("/v1/statistics", params={"section": "no-such-section"})
    assert nothing.status_code == 200 and nothing.json() == {"items": [], "total": 0, "next": None}

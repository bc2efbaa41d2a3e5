"""`fields=`: a list page or an item with only the top-level fields a frontend asks for."""

import httpx
import pytest

pytestmark = pytest.mark.anyio


async def test_a_sparse_list_page_keeps_the_asked_fields_of_the_same_items(client: httpx.AsyncClient) -> None:
    full = await client.get("/v1/statistics", params={"lang": "en", "section": "incomes"})
    sparse = await client.get(
        "/v1/statistics", params={"lang": "en", "section": "incomes", "fields": "slug,label,display"}
    )
    assert sparse.status_code == 200
    assert [list(item) for item in sparse.json()["items"]] == [["slug", "label", "display"]] * len(
        full.json()["items"]
    )
    for whole, cut in zip(full.json()["items"], sparse.json()["items"], strict=True):
        assert cut == {"slug": whole["slug"], "label": whole["label"], "display": whole["display"]}
    assert sparse.json()["total"] == full.json()["total"]
    cursor = full.json()["next"].partition("cursor=")[2]
    assert (
        sparse.json()["next"].endswith(f"cursor={cursor}")
        and "fields=slug%2Clabel%2Cdisplay" in sparse.json()["next"]
    )
    assert len(sparse.content) * 4 < len(full.content)
    assert sparse.headers["etag"] != full.headers["etag"]
    again = await client.get("/v1/statistics?fields=slug,label,display&section=incomes&lang=en")
    assert again.headers["etag"] == sparse.headers["etag"]


async def test_sparse_fields_come_in_the_models_order(client: httpx.AsyncClient) -> None:
    item = await client.get(
        "/v1/statistics/social-insurance-enrolments-2019", params={"fields": "value,slug,value"}
    )
    assert item.status_code == 200
    assert item.json() == {"slug": "social-insurance-enrolments-2019", "value": 606000}


@pytest.mark.parametrize("path", ["/v1/statistics", "/v1/statistics/social-insurance-enrolments-2019"])
async def test_an_unknown_field_is_a_422_naming_it(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path, params={"fields": "slug,colour,weight"})
    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert error["name"] == "fields" and "colour, weight" in error["reason"]
    malformed = await client.get(path, params={"fields": "slug,,label"})
    assert malformed.status_code == 422

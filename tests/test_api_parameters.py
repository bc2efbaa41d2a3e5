"""Strict query parameters and `lang` as a BCP 47 tag, through HTTP on every operation.

An unknown query parameter is a 400 problem naming it, on every operation of /openapi.json (the
downloads, embeds, oEmbed and the docs too), before any cache or route; `utm_*` and `_` are
accepted and ignored. `lang` takes tags in any case (`EN`, `en-GB`, `zh-Hans`...); a tag we do not
serve falls back to Accept-Language, and `Content-Language` says what was served.
"""

import re
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

pytestmark = pytest.mark.anyio
REQUIRED_QUERY = {"/v1/search": {"q": "医保"}, "/oembed": {"url": "http://testserver/embed/timeline"}}


def operations(app: FastAPI) -> list[tuple[str, dict[str, Any]]]:
    return [(path, item["get"]) for path, item in app.openapi()["paths"].items() if "get" in item]


def concrete(app: FastAPI, path: str, operation: dict[str, Any]) -> str:
    """The operation's path with real values: each path parameter's example (a statistic's slug
    for the embeds, whose parameters have none)."""
    statistic = app.openapi()["paths"]["/v1/statistics/{slug}"]["get"]["parameters"]
    default_slug = next(p["example"] for p in statistic if p["name"] == "slug")
    for parameter in operation.get("parameters", []):
        if parameter["in"] == "path":
            examples = parameter.get("schema", {}).get("examples") or [parameter.get("example", default_slug)]
            path = path.replace("{" + parameter["name"] + "}", str(examples[0]))
    return path


def all_operations() -> list[str]:
    """Every GET path of the document, read once at collection from a database-less app."""
    from app.core.config import Settings
    from app.main import create_app

    document = create_app(Settings(database_url="sqlite://")).openapi()
    return [path for path, item in document["paths"].items() if "get" in item]


@pytest.mark.parametrize("path", all_operations())
async def test_an_unknown_parameter_is_refused_naming_it(
    app: FastAPI, client: httpx.AsyncClient, path: str
) -> None:
    operation = app.openapi()["paths"][path]["get"]
    url = concrete(app, path, operation)
    params = REQUIRED_QUERY.get(path, {})
    plain = await client.get(url, params=params)
    assert plain.status_code == 200, (url, plain.status_code, plain.text[:200])

    refused = await client.get(url, params={**params, "colour": "red", "frobnicate": "1"})
    assert refused.status_code == 400, url
    assert refused.headers["content-type"] == "application/problem+json"
    problem = refused.json()
    assert "colour" in problem["detail"] and "frobnicate" in problem["detail"]
    assert [(e["in"], e["name"]) for e in problem["errors"]] == [("query", "colour"), ("query", "frobnicate")]
    assert problem["status"] == 400 and problem["instance"] == url
    assert "400" in operation["responses"], f"{path} does not document the 400 it answers"


@pytest.mark.parametrize("path", ["/docs", "/redoc", "/openapi.json"])
async def test_the_docs_refuse_unknown_parameters(client: httpx.AsyncClient, path: str) -> None:
    assert (await client.get(path)).status_code == 200
    refused = await client.get(path, params={"theme": "dark"})
    assert refused.status_code == 400 and refused.json()["errors"][0]["name"] == "theme"


async def test_campaign_tags_and_cache_busters_are_accepted_and_ignored(client: httpx.AsyncClient) -> None:
    plain = await client.get("/v1/statistics", params={"limit": 3, "lang": "en"})
    tagged = await client.get(
        "/v1/statistics", params={"limit": 3, "lang": "en", "utm_source": "newsletter", "_": "1733100000"}
    )
    assert tagged.status_code == 200
    assert tagged.content == plain.content and tagged.headers["etag"] == plain.headers["etag"]
    assert "utm_source" not in tagged.json()["next"] and "_=" not in tagged.json()["next"]
    card = await client.get("/embed/timeline", params={"utm_campaign": "x", "utm_medium": "social"})
    assert card.status_code == 200


async def test_a_path_no_route_serves_is_a_404_whatever_its_query(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/no-such-thing", params={"frobnicate": "1"})
    assert response.status_code == 404


async def test_many_unknown_parameters_are_named_briefly(client: httpx.AsyncClient) -> None:
    many = "&".join(f"p{i}={'v' * 10}" for i in range(2_000)) + "&" + "x" * 5_000 + "=1"
    response = await client.get(f"/v1/statistics?{many}")
    assert response.status_code == 400
    problem = response.json()
    assert len(problem["errors"]) == 10 and "and 1991 more" in problem["detail"]
    assert len(response.content) < 2_000


@pytest.mark.parametrize(
    ("tag", "served"),
    [("en", "en"), ("EN", "en"), ("en-GB", "en"), ("En-us", "en"), ("zh", "zh"), ("zh-CN", "zh"),
     ("ZH-hans", "zh"), ("zh-TW", "zh")],
)  # fmt: skip
async def test_lang_takes_bcp47_tags_in_any_case(client: httpx.AsyncClient, tag: str, served: str) -> None:
    canonical = await client.get("/v1/statistics", params={"limit": 2, "lang": served})
    for path in ("/v1/statistics", "/v1/article", "/v1/milestones"):
        response = await client.get(
            path, params={"limit": 2, "lang": tag} if path != "/v1/article" else {"lang": tag}
        )
        assert response.status_code == 200, (path, tag, response.text[:200])
        assert response.headers["content-language"] == served, (path, tag)
    listed = await client.get("/v1/statistics", params={"limit": 2, "lang": tag})
    assert listed.content == canonical.content  # `next` included: it says lang=<served>
    assert f"lang={served}" in listed.json()["next"]


async def test_an_unservable_tag_falls_back_as_accept_language_does(client: httpx.AsyncClient) -> None:
    english = {"Accept-Language": "fr;q=1, en;q=0.8"}
    for path in ("/v1/statistics", "/v1/statistics/social-insurance-enrolments-2019"):
        fallen = await client.get(path, params={"lang": "fr-CH"}, headers=english)
        assert fallen.status_code == 200 and fallen.headers["content-language"] == "en"
        asked = await client.get(path, headers=english)
        assert fallen.content == asked.content
        default = await client.get(path, params={"lang": "de"})
        assert default.status_code == 200 and default.headers["content-language"] == "zh"
    label = (
        await client.get("/v1/statistics/social-insurance-enrolments-2019", params={"lang": "EN-gb"})
    ).json()
    assert re.search(r"[A-Za-z]", label["label"]) and not re.search(r"[\u4e00-\u9fff]", label["label"])


@pytest.mark.parametrize("tag", ["en_GB", "<script>", "e" * 9, "en-" + "x" * 40, "", "en-"])
async def test_a_malformed_lang_is_a_422(client: httpx.AsyncClient, tag: str) -> None:
    response = await client.get("/v1/statistics", params={"lang": tag})
    assert response.status_code == 422, tag
    assert response.json()["errors"][0]["name"] == "lang"


async def test_the_lang_parameter_is_an_open_documented_string(app: FastAPI) -> None:
    for path, operation in operations(app):
        for parameter in operation.get("parameters", []):
            if parameter["name"] == "lang" and path != "/v1/search":
                schema = parameter["schema"]
                assert "enum" not in str(schema), path
                assert "en-GB" in parameter["description"] and "Content-Language" in parameter["description"]

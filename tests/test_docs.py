"""The OpenAPI document and the offline documentation pages."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest
from openapi_spec_validator import validate

from app.api.routes import downloads
from app.core.config import PROJECT_ROOT, Settings
from app.main import create_app

pytestmark = pytest.mark.anyio
SPECTRAL = PROJECT_ROOT / ".venv" / "spectral" / "node_modules" / ".bin" / "spectral"


async def test_openapi_is_a_valid_document(client: httpx.AsyncClient) -> None:
    response = await client.get("/openapi.json")
    assert response.status_code == 200
    spec = response.json()
    validate(spec)
    info = spec["info"]
    assert info["title"] and info["version"] and info["description"] and info["contact"] and info["license"]


BINARY = ("application/zip", "image/png")
TOO_LARGE_TO_REPEAT = {("/embed", "text/html")}  # the gallery of every card: ~78 KB


async def test_openapi_describes_every_operation_with_real_examples(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            where = f"{method.upper()} {path}"
            assert operation.get("summary") and operation.get("description"), where
            assert operation["summary"] != operation["description"], f"{where} needs a description"
            for status, response in operation["responses"].items():
                if int(status) == 404 and path in ("/embed/statistics/{slug}", "/embed/charts/{name}"):
                    assert list(response["content"]) == ["text/html"], where  # a card for the reader
                elif int(status) >= 400:
                    assert list(response["content"]) == ["application/problem+json"], where
            for media_type, content in operation["responses"]["200"]["content"].items():
                if media_type in BINARY or (path, media_type) in TOO_LARGE_TO_REPEAT:
                    continue
                example = content["examples"]["live"]  # a missing example fails here
                request = example["summary"].removeprefix("GET ")
                real = await client.get(request)
                assert real.status_code == 200, where
                assert real.headers["content-type"].split(";")[0] == media_type, where
                if "json" in media_type:
                    assert real.json() == example["value"], where
                else:
                    assert real.text == example["value"], where
                if "{" in path:  # Try it out asks for what the example shows
                    concrete = path
                    for parameter in operation["parameters"]:
                        if parameter["in"] == "path":
                            concrete = concrete.replace(
                                "{" + parameter["name"] + "}", str(parameter["example"])
                            )
                    assert request == concrete, where


async def test_openapi_documents_only_the_errors_an_operation_can_answer(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    for path, item in spec["paths"].items():
        operation, where = item["get"], path
        statuses = set(operation["responses"])
        assert "400" in statuses, where  # an unknown query parameter, everywhere
        if path.startswith("/v1/"):
            assert {"500", "503"} <= statuses, where
            names_one = "{" in path or path == "/v1/statistics.csv"  # its deprecated `slugs`
            assert ("404" in statuses) == names_one, where
        assert ("422" in statuses) == bool(operation.get("parameters")), where
        if path.startswith(("/v1/", "/embed", "/oembed")):
            assert "Retry-After" in operation["responses"]["503"]["headers"], where  # a shed miss
    missing = await client.get("/v1/statistics", params={"slug": "no-such-statistic"})
    assert missing.status_code == 200  # a list has nothing to be missing: no 404
    assert (await client.get("/v1/export.zip")).status_code == 200


async def test_query_parameters_are_never_null_in_the_document(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    for path, item in spec["paths"].items():
        for parameter in item["get"].get("parameters", []):
            assert "null" not in str(parameter["schema"]), (path, parameter["name"])


async def test_operation_ids_are_readable_and_unique(client: httpx.AsyncClient) -> None:
    """Generated clients name their methods after operationIds: `listStatistics`, not FastAPI's
    `read_statistics_v1_statistics_get`."""
    paths = (await client.get("/openapi.json")).json()["paths"]
    ids = {
        f"{method} {path}": op["operationId"] for path, item in paths.items() for method, op in item.items()
    }
    assert all(re.fullmatch(r"[a-z][A-Za-z]+", operation_id) for operation_id in ids.values()), ids
    assert len(set(ids.values())) == len(ids)
    assert {
        ids["get /v1/statistics"], ids["get /v1/statistics/{slug}"], ids["get /v1/search"],
        ids["get /v1/article"], ids["get /v1/article/paragraphs"], ids["get /v1/statistics.csv"],
        ids["get /v1/milestones"], ids["get /v1/people/{slug}"],
    } == {
        "listStatistics", "getStatistic", "searchFacts", "getArticle", "listParagraphs", "getStatisticsCsv",
        "listMilestones", "getPerson",
    }  # fmt: skip


async def test_units_and_sections_are_open_strings_listed_by_their_endpoints(
    client: httpx.AsyncClient,
) -> None:
    spec = (await client.get("/openapi.json")).json()
    schemas = spec["components"]["schemas"]
    statistic = schemas["StatisticPublic"]["properties"]
    assert statistic["unit"]["type"] == "string" and "enum" not in statistic["unit"]
    assert statistic["section"]["type"] == "string" and "enum" not in statistic["section"]
    parameters = {p["name"]: p for p in spec["paths"]["/v1/statistics"]["get"]["parameters"]}
    unit = parameters["unit"]["schema"]
    assert "enum" not in unit and "examples" not in unit and "`人次`" in unit["description"]
    assert "/v1/units" in parameters["unit"]["description"]
    assert "/v1/sections" in parameters["section"]["description"]
    qualifier = next(option for option in statistic["qualifier"]["anyOf"] if "enum" in option)
    assert set(qualifier["enum"]) == {"more_than", "at_least", "at_most", "approximately", "range"}
    assert set(schemas["MilestonePublic"]["properties"]["precision"]["enum"]) == {"year", "month", "day"}


def test_openapi_passes_spectral(tmp_path: Path, app) -> None:  # type: ignore[no-untyped-def]
    if not SPECTRAL.exists():
        if shutil.which("npm"):
            pytest.fail("npm is here but Spectral is not installed: run `python3 tasks.py test`")
        pytest.skip("Spectral needs npm; .ci/run installs it")
    document = tmp_path / "openapi.json"
    document.write_text(json.dumps(app.openapi()), encoding="utf-8")
    result = subprocess.run(
        [
            str(SPECTRAL),
            "lint",
            str(document),
            "--ruleset",
            str(PROJECT_ROOT / ".spectral.yaml"),
            "--fail-severity",
            "warn",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
async def test_docs_pages_use_only_assets_the_app_serves(client: httpx.AsyncClient, page: str) -> None:
    response = await client.get(page)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    html = response.text
    assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html)
    assets += re.findall(r"""(?:url|spec-url)\s*[:=]\s*["']([^"']+)["']""", html)
    assert any(a.endswith(".js") for a in assets), assets
    for asset in assets:
        assert asset.startswith("/") and not asset.startswith("//"), f"{page} loads {asset} from elsewhere"
        fetched = await client.get(asset)
        assert fetched.status_code == 200, asset
    assert not re.search(r"https?://", re.sub(r"<!--.*?-->", "", html)), "no absolute URL at all"
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp


async def test_swagger_inline_script_is_allowed_by_hash(client: httpx.AsyncClient) -> None:
    import base64
    import hashlib

    response = await client.get("/docs")
    scripts = re.findall(r"<script>(.*?)</script>", response.text, re.S)
    assert scripts
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in response.headers["content-security-policy"]


async def test_the_document_says_what_fields_leaves_out(client: httpx.AsyncClient) -> None:
    """With `fields`, every property may be absent: the answer is anyOf the model and its Fields."""
    spec = (await client.get("/openapi.json")).json()
    schemas = spec["components"]["schemas"]
    item = spec["paths"]["/v1/statistics/{slug}"]["get"]
    assert item["responses"]["200"]["content"]["application/json"]["schema"] == {
        "anyOf": [
            {"$ref": "#/components/schemas/StatisticPublic"},
            {"$ref": "#/components/schemas/StatisticFields"},
        ]
    }
    assert "required" not in schemas["StatisticFields"]
    assert schemas["StatisticFields"]["properties"] == schemas["StatisticPublic"]["properties"]
    assert schemas["StatisticPage"]["properties"]["items"]["items"]["anyOf"][1] == {
        "$ref": "#/components/schemas/StatisticFields"
    }
    fields = next(p for p in item["parameters"] if p["name"] == "fields")
    assert re.fullmatch(fields["schema"]["pattern"], "slug,label,display")
    assert not re.fullmatch(fields["schema"]["pattern"], "slug,colour")
    assert "`display`" in fields["description"]
    places = spec["paths"]["/v1/places"]["get"]
    pattern = next(p for p in places["parameters"] if p["name"] == "fields")["schema"]["pattern"]
    assert re.fullmatch(pattern, "hierarchy,slug") and not re.fullmatch(pattern, "display")


async def test_the_document_asks_for_no_answer_it_will_not_show(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The live examples are made inside the first request for the document, on the event loop:
    an answer that cannot be shown (the zip, the PNGs) must not be made for it. At 100,000
    statistics the zip alone took 46 s, so the document overran its 60 s budget, came without
    examples, and the server answered nothing else for that minute."""
    zipped: list[int] = []
    export_zip = downloads.export_zip
    monkeypatch.setattr(downloads, "export_zip", lambda dataset: zipped.append(1) or export_zip(dataset))
    fresh = create_app(settings)  # the document is built once per app and dataset version
    transport = httpx.ASGITransport(app=fresh, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        spec = (await client.get("/openapi.json")).json()
        assert (
            "live"
            in spec["paths"]["/v1/statistics.csv"]["get"]["responses"]["200"]["content"]["text/csv"][
                "examples"
            ]
        )
        assert zipped == []
        png = spec["paths"]["/embed/statistics/{slug}.png"]["get"]["parameters"]
        assert [p["example"] for p in png if p["in"] == "path"] == ["zengwangmu-reimbursement-forms"]
        assert (await client.get("/v1/export.zip")).status_code == 200 and zipped == [1]  # the spy spies

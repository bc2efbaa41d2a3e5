"""The OpenAPI document as a product: summaries, problem+json errors and examples from the real data."""

import asyncio
import copy
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import quote

import orjson
from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from app.api.dataset import DatasetVersion
from app.api.http_cache import CACHEABLE_PREFIXES
from app.api.problems import PROBLEM_MEDIA_TYPE, PROBLEM_RESPONSES
from app.api.routes import search

logger = logging.getLogger("app.openapi")
# What each operation's live example asks, where the path alone is not the request to show: a list
# shows its first page of one item, an item the first of that list (its path parameter's example).
# Written as the HTTP cache normalises a query (sorted, percent-encoded), since the app sees that.
EXAMPLE_QUERIES = {"/v1/search": f"q={search.EXAMPLE_Q}", "/v1/article/paragraphs": "limit=2"}
# The downloads of every statistic, shown for the first only (the whole CSV would be most of the document).
ONE_STATISTIC = ("/v1/statistics.csv", "/v1/dataset.jsonld")
# Bodies that are not text are not shown (the zip, the PNGs).
TEXT_MEDIA = ("application/json", "application/ld+json", "text/", "image/svg+xml", "application/atom+xml")
EXAMPLE_MAX_BYTES = 40_000  # a larger answer is not repeated in the document (the embeds' gallery)
# Answers larger than that at any size of the data, so never asked for: the gallery holds a card per
# statistic (~78 KB for the seed's 40; minutes of layout for 100,000).
TOO_LARGE = ("/embed",)
EXAMPLE_TIMEOUT = 60  # seconds for all of a version's example requests together


async def _get(app: FastAPI, path: str, query: str) -> tuple[int, str, bytes]:
    """One GET straight through the application (not the HTTP cache): status, type and body."""
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
        "scheme": "http", "server": ("localhost", 80), "client": ("127.0.0.1", 0), "root_path": "",
        "path": path, "raw_path": path.encode(), "query_string": query.encode(), "headers": [],
    }  # fmt: skip
    await app(scope, receive, send)
    start = next(m for m in messages if m["type"] == "http.response.start")
    headers = dict(start.get("headers", []))
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    return start["status"], headers.get(b"content-type", b"").decode().split(";")[0], body


def _example_url(
    paths: dict[str, Any], path: str, first: dict[str, str], queries: dict[str, str]
) -> tuple[str, str] | None:
    """The path and query of the request an operation's example answers (None: no value to use)."""
    operation = paths[path]["get"]
    concrete = path
    for parameter in operation.get("parameters", []):
        if parameter["in"] == "path":
            value = (
                first.get(path.rsplit("/", 1)[0])
                or (parameter.get("schema", {}).get("examples") or [None])[0]
                or (first.get("/v1/statistics") if parameter["name"] == "slug" else None)  # the embeds
            )
            if value is None:
                return None
            parameter["example"] = value
            concrete = concrete.replace("{" + parameter["name"] + "}", str(value))  # an index is an int
    pages = any(p["name"] == "cursor" for p in operation.get("parameters", []))
    query = queries.get(path, "limit=1" if pages else "")
    if path in ONE_STATISTIC:
        if "/v1/statistics" not in first:
            return None
        query = f"slug={first['/v1/statistics']}"
    return concrete, query


async def _live_examples(app: FastAPI, paths: dict[str, Any]) -> None:
    """Every GET's example: its real answer on this dataset version, named by the request that gets
    it. Lists go first: an item shows the first of its list. Answers other than 200 are not examples."""
    first: dict[str, str] = {}
    card = quote(app.state.settings.public_url + "/embed/timeline", safe="")
    queries = {**EXAMPLE_QUERIES, "/oembed": f"url={card}"}
    ordered = sorted(
        (path for path in paths if "get" in paths[path]),
        key=lambda path: ("{" in path, path in ONE_STATISTIC),
    )
    for path in ordered:
        request = _example_url(paths, path, first, queries)  # a path parameter's example, shown
        content = paths[path]["get"]["responses"].get("200", {}).get("content", {})
        if path in TOO_LARGE or not any(media_type.startswith(TEXT_MEDIA) for media_type in content):
            continue  # an answer never shown is never made: the zip of 100,000 statistics took 46 s
        if request is None:
            continue
        status, media_type, body = await _get(app, *request)
        if status != 200 or media_type not in content or not media_type.startswith(TEXT_MEDIA):
            continue
        if len(body) > EXAMPLE_MAX_BYTES:
            continue
        value: Any = orjson.loads(body) if "json" in media_type else body.decode()
        if isinstance(value, dict) and value.get("items") and isinstance(value["items"][0], dict):
            first[path] = value["items"][0].get("slug")
        url = request[0] + (f"?{request[1]}" if request[1] else "")
        content[media_type].pop("example", None)
        content[media_type]["examples"] = {
            "live": {
                "summary": f"GET {url}",
                "description": "The answer on this dataset version.",
                "value": value,
            }
        }


def real_examples(app: FastAPI, paths: dict[str, Any]) -> dict[str, Any]:
    """`paths` with `_live_examples`, made on a copy in a thread of its own (the document is built
    inside a request, on the event loop); `paths` as they were if that fails or takes too long."""
    pool = ThreadPoolExecutor(1)
    examples = copy.deepcopy(paths)
    try:
        pool.submit(asyncio.run, _live_examples(app, examples)).result(timeout=EXAMPLE_TIMEOUT)
    except Exception as error:  # the document is served without examples, never not at all
        logger.warning("no examples in the OpenAPI document: %s: %s", type(error).__name__, error)
        return paths
    finally:
        pool.shutdown(wait=False)
    return examples


def _problem_content(responses: dict[str, Any]) -> None:
    """Errors are problem+json, but for a page that answers a reader in HTML (an embed's 404)."""
    for status, response in responses.items():
        if status.isdigit() and int(status) >= 400 and list(response.get("content", {})) != ["text/html"]:
            response["content"] = {
                PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/ProblemDetail"}}
            }


def _plain_query_parameters(operation: dict[str, Any]) -> None:
    """A query parameter is absent or a value, never null: `lang?: string`, not `string | null`."""
    for parameter in operation.get("parameters", []):
        options = parameter["schema"].get("anyOf", [])
        if parameter["in"] == "query" and {"type": "null"} in options:
            rest = [option for option in options if option != {"type": "null"}]
            parameter["schema"].pop("anyOf")
            if len(rest) == 1:
                parameter["schema"].update(rest[0])
            else:
                parameter["schema"]["anyOf"] = rest


def _model_of(schemas: dict[str, Any], schema: dict[str, Any]) -> tuple[str, bool] | None:
    """The model an answer is made of, and whether it comes as a page of them."""
    name = schema.get("$ref", "").rsplit("/", 1)[-1]
    if name not in schemas:
        return None
    items = schemas[name].get("properties", {}).get("items", {}).get("items", {})
    if "next" in schemas[name].get("properties", {}) and "$ref" in items:
        return items["$ref"].rsplit("/", 1)[-1], True
    return name, False


def _sparse_fields(operation: dict[str, Any], schemas: dict[str, Any]) -> None:
    """With `fields`, an answer holds only some properties: its `fields` parameter lists the names,
    and its schema is `anyOf` the model and `<Model>Fields`, the same properties none of them required
    (anyOf, not oneOf: a whole item is both). Generated clients then type every property as possibly
    absent, which is what a frontend that uses `fields` gets."""
    parameter = next((p for p in operation.get("parameters", []) if p["name"] == "fields"), None)
    content = operation["responses"]["200"]["content"]["application/json"]
    found = _model_of(schemas, content["schema"]) if parameter else None
    if parameter is None or found is None:
        return
    model, paged = found
    names = list(schemas[model]["properties"])
    one = "|".join(names)
    parameter["schema"]["pattern"] = f"^({one})(,({one}))*$"
    parameter["description"] += " Names: " + ", ".join(f"`{name}`" for name in names) + "."
    partial = f"{model.removesuffix('Public')}Fields"
    schemas[partial] = {
        "title": partial,
        "description": f"A `{model}` as `fields` cuts it: only the properties asked for.",
        "type": "object",
        "properties": schemas[model]["properties"],
    }
    either = {
        "anyOf": [{"$ref": f"#/components/schemas/{model}"}, {"$ref": f"#/components/schemas/{partial}"}]
    }
    if paged:
        page = content["schema"]["$ref"].rsplit("/", 1)[-1]
        schemas[page]["properties"]["items"]["items"] = either
    else:
        content["schema"] = either


def _real_errors(path: str, operation: dict[str, Any]) -> None:
    """Only the errors an operation can answer: 404 where a path names something (and the CSV's
    deprecated `slugs`), 422 where there is a parameter to validate; and every error it can: 503
    wherever the HTTP cache may shed a miss (the embeds too), with Retry-After."""
    responses, parameters = operation["responses"], operation.get("parameters", [])
    if path.startswith(CACHEABLE_PREFIXES) and "503" not in responses:
        responses["503"] = {
            "description": "The server is busy answering other requests, or the database cannot be "
            "reached for now; `Retry-After` says when to try again.",
            "headers": PROBLEM_RESPONSES[503]["headers"],
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/ProblemDetail"}}},
        }
    names_one = any(p["in"] == "path" for p in parameters) or any(p.get("deprecated") for p in parameters)
    if path.startswith("/v1/") and not names_one:
        responses.pop("404", None)
    if not parameters:
        responses.pop("422", None)


def build_openapi(app: FastAPI, scope: DatasetVersion) -> dict[str, Any]:
    """FastAPI's document, with summaries from docstrings, problem+json errors and real examples."""
    schema = get_openapi(
        title=app.title,
        version=app.version,
        summary=app.summary,
        description=app.description,
        routes=app.routes,
        tags=app.openapi_tags,
        contact=app.contact,
        license_info=app.license_info,
        servers=app.servers,
    )
    for path, path_item in schema["paths"].items():
        for operation in path_item.values():
            description = operation.get("description", "")
            if description:
                operation["summary"] = description.split("\n", 1)[0]
            # Every operation refuses a parameter it does not take (app/api/http_cache.py), and a bad Host.
            operation.setdefault("responses", {}).setdefault(
                "400", {"description": "A query parameter this operation does not take, named in `errors`."}
            )
            _problem_content(operation["responses"])
            _plain_query_parameters(operation)
            _real_errors(path, operation)
            if "200" in operation["responses"] and "application/json" in operation["responses"]["200"].get(
                "content", {}
            ):
                _sparse_fields(operation, schema["components"]["schemas"])
    schema["components"]["schemas"].pop("HTTPValidationError", None)
    schema["components"]["schemas"].pop("ValidationError", None)
    # Without a database the document is complete, only without examples.
    if scope.version is not None:
        schema["paths"] = real_examples(app, schema["paths"])
    return schema


def install_openapi(app: FastAPI) -> None:
    """Serve the document built once per dataset version (its examples are the version's facts)."""

    def openapi() -> dict[str, Any]:
        scope = app.state.dataset.scope()
        if scope.openapi is None:
            scope.openapi = build_openapi(app, scope)
        return scope.openapi

    app.openapi = openapi  # type: ignore[method-assign]

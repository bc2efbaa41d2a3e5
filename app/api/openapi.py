"""The OpenAPI document as a product: summaries, problem+json errors and examples from the real data."""

from contextlib import suppress
from typing import Any

import orjson
from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from app.api.dataset import DatasetVersion
from app.api.problems import PROBLEM_MEDIA_TYPE
from app.api.resources import stored_json
from app.api.routes import (
    article,
    corrections,
    documents,
    honours,
    milestones,
    organisations,
    people,
    photos,
    places,
    quotes,
    search,
    statistics,
    stories,
)

# The path under /v1 of each resource with an item route, and its declaration.
EXAMPLES = {
    "statistics": statistics.RESOURCE,
    "milestones": milestones.RESOURCE,
    "stories": stories.RESOURCE,
    "photos": photos.RESOURCE,
    "places": places.RESOURCE,
    "people": people.RESOURCE,
    "organisations": organisations.RESOURCE,
    "quotes": quotes.RESOURCE,
    "documents": documents.RESOURCE,
    "honours": honours.RESOURCE,
    "corrections": corrections.RESOURCE,
}


def real_examples(app: FastAPI, scope: DatasetVersion) -> dict[str, tuple[str, dict[str, Any]]]:
    """For each resource, the slug and public form of its first item in the article's order."""
    examples = {}
    with app.state.engine.connect() as connection:
        for path, resource in EXAMPLES.items():
            table = resource.columns
            slug = connection.execute(select(table.c.slug).order_by(table.c.position).limit(1)).scalar()
            if slug is not None:
                item = stored_json(connection, scope, resource, "zh", [slug])[0]
                examples[path] = (slug, orjson.loads(item))
    return examples


def _problem_content(responses: dict[str, Any]) -> None:
    """Errors are problem+json, but for a page that answers a reader in HTML (an embed's 404)."""
    for status, response in responses.items():
        if status.isdigit() and int(status) >= 400 and list(response.get("content", {})) != ["text/html"]:
            response["content"] = {
                PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/ProblemDetail"}}
            }


def _add_examples(paths: dict[str, Any], examples: dict[str, tuple[str, dict[str, Any]]]) -> None:
    for resource, (slug, item) in examples.items():
        listing = paths.get(f"/v1/{resource}", {}).get("get")
        if listing:
            page = {"items": [item], "total": 1, "next": None}
            listing["responses"]["200"]["content"]["application/json"]["example"] = page
        detail = paths.get(f"/v1/{resource}/{{slug}}", {}).get("get")
        if detail:
            detail["responses"]["200"]["content"]["application/json"]["example"] = item
            for parameter in detail["parameters"]:
                if parameter["name"] == "slug":
                    parameter["example"] = slug


def _add_search_examples(paths: dict[str, Any], app: FastAPI, scope: DatasetVersion) -> None:
    """The search's example: the live answer to its `q` example; and the paragraph a hit links to."""
    with app.state.engine.connect() as connection:
        answer = search.example_answer(connection, scope)
        operation = paths["/v1/article/paragraphs/{index}"]["get"]
        index = next(p["schema"]["examples"][0] for p in operation["parameters"] if p["name"] == "index")
        paragraph = stored_json(connection, scope, article.PARAGRAPHS, "zh", [index])[0]
    paths["/v1/search"]["get"]["responses"]["200"]["content"]["application/json"]["example"] = answer
    operation["responses"]["200"]["content"]["application/json"]["example"] = orjson.loads(paragraph)


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
    for path_item in schema["paths"].values():
        for operation in path_item.values():
            description = operation.get("description", "")
            if description:
                operation["summary"] = description.split("\n", 1)[0]
            # Every operation refuses a parameter it does not take (app/api/http_cache.py), and a bad Host.
            operation.setdefault("responses", {}).setdefault(
                "400", {"description": "A query parameter this operation does not take, named in `errors`."}
            )
            _problem_content(operation["responses"])
    schema["components"]["schemas"].pop("HTTPValidationError", None)
    schema["components"]["schemas"].pop("ValidationError", None)
    # Without a database the document is complete, only without examples.
    with suppress(SQLAlchemyError, LookupError):
        _add_examples(schema["paths"], real_examples(app, scope))
    with suppress(SQLAlchemyError, LookupError):
        _add_search_examples(schema["paths"], app, scope)
    return schema


def install_openapi(app: FastAPI) -> None:
    """Serve the document built once per dataset version (its examples are the version's facts)."""

    def openapi() -> dict[str, Any]:
        scope = app.state.dataset.scope()
        if scope.openapi is None:
            scope.openapi = build_openapi(app, scope)
        return scope.openapi

    app.openapi = openapi  # type: ignore[method-assign]

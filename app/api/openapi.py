"""The OpenAPI document as a product: summaries, problem+json errors and examples from the real data."""

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, select

from app import models
from app.api.problems import PROBLEM_MEDIA_TYPE
from app.api.routes.places import all_places
from app.api.routes.quotes import quotes_public
from app.api.routes.stories import stories_public
from app.citations import citer
from app.schemas import (
    CorrectionPublic,
    DocumentPublic,
    HonourPublic,
    MilestonePublic,
    OrganisationPublic,
    PersonPublic,
    PhotoPublic,
    PlacePublic,
    StatisticPublic,
)

Converter = Callable[[Session, Any], dict[str, Any]]


def _simple(public: Any) -> Converter:
    return lambda session, row: public.from_row(row, "zh", citer(session)).model_dump(mode="json")


EXAMPLE_SOURCES: dict[str, tuple[type, Converter]] = {
    "statistics": (models.Statistic, _simple(StatisticPublic)),
    "milestones": (models.Milestone, _simple(MilestonePublic)),
    "photos": (models.Photo, _simple(PhotoPublic)),
    "documents": (models.Document, _simple(DocumentPublic)),
    "honours": (models.Honour, _simple(HonourPublic)),
    "organisations": (models.Organisation, _simple(OrganisationPublic)),
    "people": (models.Person, _simple(PersonPublic)),
    "places": (
        models.Place,
        lambda session, row: PlacePublic.from_row(row, all_places(session), "zh", citer(session)).model_dump(
            mode="json"
        ),
    ),
    "quotes": (
        models.Quote,
        lambda session, row: quotes_public(session, [row], "zh", citer(session))[0].model_dump(mode="json"),
    ),
    "corrections": (
        models.Correction,
        lambda session, row: CorrectionPublic.from_row(row, "zh").model_dump(mode="json"),
    ),
    "stories": (
        models.Story,
        lambda session, row: stories_public(session, [row], "zh", citer(session))[0].model_dump(mode="json"),
    ),
}


def real_examples(session: Session) -> dict[str, tuple[str, dict[str, Any]]]:
    """For each resource, the slug and public form of its first item in the article's order."""
    examples = {}
    for resource, (table, convert) in EXAMPLE_SOURCES.items():
        row = session.exec(select(table).order_by(table.position).limit(1)).first()
        if row is not None:
            examples[resource] = (row.slug, convert(session, row))
    return examples


def _problem_content(responses: dict[str, Any]) -> None:
    for status, response in responses.items():
        if status.isdigit() and int(status) >= 400:
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


def build_openapi(app: FastAPI) -> dict[str, Any]:
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
    try:
        with Session(app.state.engine) as session:
            _add_examples(schema["paths"], real_examples(session))
    except SQLAlchemyError:
        pass  # without a database the document is complete, only without examples
    return schema


def install_openapi(app: FastAPI) -> None:
    """Serve the document built once per dataset version."""
    built: dict[str | None, dict[str, Any]] = {}

    def openapi() -> dict[str, Any]:
        version = app.state.dataset.version
        if version not in built:
            built.clear()
            built[version] = build_openapi(app)
        return built[version]

    app.openapi = openapi  # type: ignore[method-assign]

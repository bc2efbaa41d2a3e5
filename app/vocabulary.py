"""The vocabularies of the seed and the API, defined once: the seed's schema, the response models
and the query parameters all use these, and the OpenAPI document lists the closed ones as enums.

Units and sections come from the data (facts are data): open strings, whose values `/v1/units` and
`/v1/sections` list, so a new unit needs no code change and no new client. They are read when first
needed (the OpenAPI document), not when this module is imported; the rest are fixed here.
"""

from collections.abc import Callable
from functools import cache
from typing import Annotated, Literal

import yaml
from pydantic import GetJsonSchemaHandler, StringConstraints
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

from app.core.config import get_settings

Lang = Literal["zh", "en"]  # the languages every text is served in
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"  # lowercase words joined by single hyphens: a fact's or a chart's name
SLUG_PATTERN = rf"^{SLUG}$"

Qualifier = Literal["more_than", "at_least", "at_most", "approximately", "range"]
# A qualifier in English words, before the number (a range is written as two numbers instead).
HEDGES_EN: dict[str, str] = {
    "more_than": "more than",
    "at_least": "at least",
    "at_most": "at most",
    "approximately": "about",
}
StatisticKind = Literal["count", "money", "rate", "duration", "age", "rank"]
Precision = Literal["year", "month", "day"]
PlaceLevel = Literal["region", "prefecture", "county", "township", "village", "site", "other"]
OrganisationKind = Literal["government", "party", "company", "cooperative", "public-service", "other"]
SectionKind = Literal["opening", "theme", "captions"]
NoteKind = Literal["possible_misprint", "outside_source", "context"]  # an editor's note on a fact
Resource = Literal[
    "statistics", "milestones", "stories", "quotes", "photos", "places", "people", "organisations",
    "documents", "honours",
]  # fmt: skip


def _seed_values(file: str, field: str, nested: str | None = None) -> tuple[str, ...]:
    data = yaml.safe_load((get_settings().seed_dir / file).read_text(encoding="utf-8"))
    records = data[nested] if nested else data
    return tuple(sorted({record[field] for record in records}))


@cache
def units() -> tuple[str, ...]:
    """Every unit the seed's statistics use, as the article writes it (人次, 户 ...)."""
    return _seed_values("statistics.yaml", "unit")


@cache
def sections() -> tuple[str, ...]:
    """The slugs of the article's sections."""
    return _seed_values("article.yaml", "slug", nested="sections")


class SeedVocabulary:
    """A vocabulary that comes from the data: an open string in the OpenAPI document, its values
    named in its description (read from the seed when the document is first built; not as
    `examples`, which Swagger's Try it out would send) and listed with their meaning by an
    endpoint. A value not in the data is no error: a filter by it keeps nothing, as a filter by any
    value no fact has (a new unit in the data needs no new client)."""

    def __init__(self, values: Callable[[], tuple[str, ...]], listed_at: str) -> None:
        self.values = values
        self.listed_at = listed_at

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        values = ", ".join(f"`{value}`" for value in self.values())
        json_schema["description"] = (
            json_schema.get("description", "").rstrip(".")
            + f". Values from the data (now {values}), listed with counts at `{self.listed_at}`."
        ).lstrip(". ")
        return json_schema


# Bounded all the same: a filter's value is a query parameter and a key of the lists' counts, and
# no control character (PostgreSQL refuses a NUL in text outright).
Unit = Annotated[
    str,
    StringConstraints(pattern=r"^[^\x00-\x1f\x7f]+$", max_length=40),
    SeedVocabulary(units, "/v1/units"),
]
SectionSlug = Annotated[
    str, StringConstraints(pattern=SLUG_PATTERN, max_length=80), SeedVocabulary(sections, "/v1/sections")
]

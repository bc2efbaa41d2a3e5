"""The closed vocabularies of the seed and the API, defined once: the seed's schema, the response
models and the query parameters all use these, and the OpenAPI document lists them as enums.

Units and sections are read from the seed (facts are data), so a new unit needs no code change.
They are read when first needed (a validation, the OpenAPI document), not when this module is
imported; the rest are fixed here.
"""

from collections.abc import Callable
from functools import cache
from typing import Annotated, Any, Literal

import yaml
from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

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
    """A closed vocabulary read from the seed: validated like a Literal, an enum in the OpenAPI
    document, its values loaded only when first needed."""

    def __init__(self, values: Callable[[], tuple[str, ...]]) -> None:
        self.values = values

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        def check(value: str) -> str:
            allowed = self.values()
            if value not in allowed:
                expected = ", ".join(repr(option) for option in allowed)
                raise PydanticCustomError(
                    "literal_error", "Input should be {expected}", {"expected": expected}
                )
            return value

        return core_schema.no_info_after_validator_function(check, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        json_schema["enum"] = list(self.values())
        return json_schema


Unit = Annotated[str, SeedVocabulary(units)]
SectionSlug = Annotated[str, SeedVocabulary(sections)]

"""The closed vocabularies of the API, as enums in the OpenAPI document.

Units and sections are read from the seed (facts are data), so a new unit needs no code change;
the rest are fixed by the seed's schema.
"""

from typing import Literal

import yaml

from app.core.config import get_settings


def _seed_values(file: str, field: str, nested: str | None = None) -> tuple[str, ...]:
    data = yaml.safe_load((get_settings().seed_dir / file).read_text(encoding="utf-8"))
    records = data[nested] if nested else data
    return tuple(sorted({record[field] for record in records}))


UNITS = _seed_values("statistics.yaml", "unit")
SECTIONS = _seed_values("article.yaml", "slug", nested="sections")

Unit = Literal[UNITS]  # type: ignore[valid-type]
SectionSlug = Literal[SECTIONS]  # type: ignore[valid-type]
Qualifier = Literal["more_than", "at_least", "at_most", "approximately", "range"]
StatisticKind = Literal["count", "money", "rate", "duration", "age", "rank"]
Precision = Literal["year", "month", "day"]
PlaceLevel = Literal["region", "prefecture", "county", "township", "village", "site", "other"]
OrganisationKind = Literal["government", "party", "company", "cooperative", "public-service", "other"]

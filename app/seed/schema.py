"""The shape of each seed file (seed/README.md says what the fields mean)."""

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.dates import date_bounds
from app.vocabulary import (
    SLUG_PATTERN,
    OrganisationKind,
    PlaceLevel,
    Precision,
    Qualifier,
    SectionKind,
    StatisticKind,
)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    zh: str = Field(min_length=1)
    en: str = Field(min_length=1)


class Span(Strict):
    paragraph: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    quote: str = Field(min_length=1)

    @model_validator(mode="after")
    def ordered(self) -> "Span":
        if self.end <= self.start:
            raise ValueError(f"span end {self.end} must be after start {self.start}")
        return self


class Derivation(Strict):
    field: str
    reason: Text


class Period(Strict):
    start: str
    end: str


class Record(Strict):
    slug: str = Field(pattern=SLUG_PATTERN, max_length=80)


class SectionSeed(Record):
    kind: SectionKind
    title: Text
    heading: Span | None = None
    first_paragraph: int = Field(ge=0)
    last_paragraph: int = Field(ge=0)


class ArticleSeed(Strict):
    title: Text
    subtitle: Text
    byline: Text
    author: Text
    title_source: Span
    subtitle_source: Span
    byline_source: Span
    sections: list[SectionSeed] = Field(min_length=1)


def check_partial_date(value: str | None) -> str | None:
    if value is not None:
        date_bounds(value)
    return value


class StatisticSeed(Record):
    kind: StatisticKind
    section: str
    label: Text
    value: float
    value_max: float | None = None
    unit: str
    unit_en: str
    value_text: str = Field(min_length=1)
    qualifier: Qualifier | None = None
    as_of: str | None = None
    as_of_text: str | None = None
    period: Period | None = None
    period_text: str | None = None
    derived: list[Derivation] = []
    source: Span

    _dates = field_validator("as_of")(check_partial_date)


class MilestoneSeed(Record):
    section: str
    date: str
    precision: Precision
    date_text: str = Field(min_length=1)
    title: Text
    description: Text
    derived: list[Derivation] = []
    source: Span

    _dates = field_validator("date")(check_partial_date)


class PlaceSeed(Record):
    name: Text
    level: PlaceLevel
    parent: str | None = None
    source: Span


class PersonSeed(Record):
    name: Text
    role: Text
    place: str | None = None
    organisation: str | None = None
    source: Span


class OrganisationSeed(Record):
    name: Text
    kind: OrganisationKind
    place: str | None = None
    source: Span


class QuoteSeed(Record):
    speaker: str | None = None
    speaker_description: Text
    text: Text
    section: str
    source: Span


class StorySeed(Record):
    section: str
    title: Text
    summary: Text
    people: list[str] = []
    places: list[str] = []
    organisations: list[str] = []
    quotes: list[str] = []
    sources: list[Span] = Field(min_length=1)


class PhotoSeed(Record):
    caption: Text
    source: Span


class DocumentSeed(Record):
    title: Text
    issuer: str | None = None
    date: str | None = None
    precision: Precision | None = None
    date_text: str | None = None
    source: Span

    _dates = field_validator("date")(check_partial_date)


class HonourSeed(Record):
    title: Text
    recipient: str
    source: Span


class IgnoredFigure(Strict):
    paragraph: int = Field(ge=0)
    text: str = Field(min_length=1)
    occurrence: int | None = Field(default=None, ge=0)  # None: every occurrence in the paragraph
    reason: str = Field(min_length=10)

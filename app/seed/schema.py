"""The shape of each seed file (seed/README.md says what the fields mean)."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.dates import date_bounds
from app.vocabulary import (
    SLUG_PATTERN,
    NoteKind,
    OrganisationKind,
    PlaceLevel,
    Precision,
    Qualifier,
    Resource,
    SectionKind,
    StatisticKind,
)


def check_partial_date(value: str | None) -> str | None:
    if value is not None:
        date_bounds(value)
    return value


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


class NoteSource(Strict):
    """Where an editor's note comes from, outside the article: null where not confirmed."""

    title: str = Field(min_length=1)
    publisher: str | None = None
    date: str | None = None
    url: str | None = Field(default=None, pattern=r"^https?://")

    _dates = field_validator("date")(check_partial_date)


class Note(Strict):
    """An editor's note on a fact: the article's words stay as printed, the note says what we know."""

    kind: NoteKind
    text: Text
    source: NoteSource | None = None


class Fact(Record):
    notes: list[Note] = []


class SectionSeed(Record):
    kind: SectionKind
    title: Text
    heading: Span | None = None
    first_paragraph: int = Field(ge=0)
    last_paragraph: int = Field(ge=0)


class Publication(Strict):
    """Where and when the feature was published: each field null unless confirmed in a published source."""

    confirmed: bool
    publisher: Text | None = None
    date_published: str | None = None
    url: str | None = Field(default=None, pattern=r"^https?://")
    note: Text

    _dates = field_validator("date_published")(check_partial_date)


class ArticleSeed(Strict):
    publication: Publication
    title: Text
    subtitle: Text
    byline: Text
    author: Text
    title_source: Span
    subtitle_source: Span
    byline_source: Span
    sections: list[SectionSeed] = Field(min_length=1)


class StatisticSeed(Fact):
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


class MilestoneSeed(Fact):
    section: str
    date: str
    precision: Precision
    date_text: str = Field(min_length=1)
    title: Text
    description: Text
    derived: list[Derivation] = []
    source: Span

    _dates = field_validator("date")(check_partial_date)


class PlaceSeed(Fact):
    name: Text
    level: PlaceLevel
    parent: str | None = None
    source: Span


class PersonSeed(Fact):
    name: Text
    role: Text
    place: str | None = None
    organisation: str | None = None
    source: Span


class OrganisationSeed(Fact):
    name: Text
    kind: OrganisationKind
    place: str | None = None
    source: Span


class QuoteSeed(Fact):
    speaker: str | None = None
    speaker_description: Text
    text: Text
    section: str
    source: Span


class StorySeed(Fact):
    section: str
    title: Text
    summary: Text
    people: list[str] = []
    places: list[str] = []
    organisations: list[str] = []
    quotes: list[str] = []
    sources: list[Span] = Field(min_length=1)


class PhotoSeed(Fact):
    caption: Text
    source: Span


class DocumentSeed(Fact):
    title: Text
    issuer: str | None = None
    date: str | None = None
    precision: Precision | None = None
    date_text: str | None = None
    source: Span

    _dates = field_validator("date")(check_partial_date)


class HonourSeed(Fact):
    title: Text
    recipient: str
    source: Span


class IgnoredFigure(Strict):
    paragraph: int = Field(ge=0)
    text: str = Field(min_length=1)
    occurrence: int | None = Field(default=None, ge=0)  # None: every occurrence in the paragraph
    reason: str = Field(min_length=10)


class FactRef(Strict):
    resource: Resource
    slug: str = Field(pattern=SLUG_PATTERN, max_length=80)


class Change(FactRef):
    """One field of one fact, as published (`old`) and as corrected (`new`); `slug` is the new slug."""

    field: str = Field(min_length=1)
    old: Any
    new: Any


class CorrectionSeed(Record):
    """An entry of the corrections log (seed/corrections.yaml): what changed in published facts, and why."""

    date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    title: Text
    reason: Text
    facts: list[FactRef] = Field(min_length=1)
    changes: list[Change] = []

    @model_validator(mode="after")
    def changes_concern_its_facts(self) -> "CorrectionSeed":
        facts = {(fact.resource, fact.slug) for fact in self.facts}
        for change in self.changes:
            if (change.resource, change.slug) not in facts:
                raise ValueError(f"change of {change.resource}/{change.slug} is not one of the entry's facts")
        return self

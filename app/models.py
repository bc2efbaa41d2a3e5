"""Table models: how facts are stored. The API promises app/schemas.py, not these.

Every fact table is keyed by the seed's slug, so the loader can upsert by it, and has a `position`
that keeps the article's order (paragraph, then offset) for stable keyset pagination.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, MetaData
from sqlmodel import Field, SQLModel

SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


class SourceColumns(SQLModel):
    """A source span: code points [start, end) of paragraph `source_paragraph`."""

    source_paragraph: int = Field(index=True)
    source_start: int
    source_end: int
    source_quote: str


class Article(SQLModel, table=True):
    id: int = Field(default=1, primary_key=True)
    title_zh: str
    title_en: str
    subtitle_zh: str
    subtitle_en: str
    byline_zh: str
    byline_en: str
    author_zh: str
    author_en: str
    # Where and when the feature was published, as far as confirmed (seed: article.yaml `publication`).
    publication: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    dataset_version: str
    loaded_at: datetime


class Section(SQLModel, table=True):
    slug: str = Field(primary_key=True)
    position: int = Field(index=True)
    kind: str
    title_zh: str
    title_en: str
    first_paragraph: int
    last_paragraph: int
    heading_paragraph: int | None = None


class Paragraph(SQLModel, table=True):
    index: int = Field(primary_key=True)
    section: str = Field(foreign_key="section.slug", index=True)
    text: str


def keyset_indexes(table: str, *columns: str | tuple[str, ...]) -> tuple[Index, ...]:
    """(position, slug), and (columns..., position, slug) for each filter or sort column (or pair of
    filters often combined): a page of a list, filtered or not, at any depth, is then an index range
    scan, not a sort of every match."""
    prefixes = [(column,) if isinstance(column, str) else column for column in columns]
    return (
        Index(f"ix_{table}_position_slug", "position", "slug"),
        *(Index(f"ix_{table}_{'_'.join(p)}_position_slug", *p, "position", "slug") for p in prefixes),
    )


class Statistic(SourceColumns, table=True):
    __table_args__ = keyset_indexes(
        "statistic",
        "section",
        "kind",
        "unit",
        "qualifier",
        "as_of_year",
        "source_paragraph",
        "value",
        ("section", "kind"),  # a section's counts, money, rates...: the pair the filters invite
    )

    slug: str = Field(primary_key=True)
    position: int
    kind: str
    section: str = Field(foreign_key="section.slug")
    label_zh: str
    label_en: str
    value: float
    value_max: float | None = None
    unit: str
    unit_en: str
    value_text: str
    qualifier: str | None = None
    as_of: str | None = None
    as_of_year: int | None = None
    as_of_text: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    period_text: str | None = None
    derived: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class Milestone(SourceColumns, table=True):
    __table_args__ = keyset_indexes("milestone", "section")

    slug: str = Field(primary_key=True)
    position: int
    section: str = Field(foreign_key="section.slug")
    date: str
    # The first and last day the date can mean ("2018-08" runs 2018-08-01..2018-08-31), for ranges.
    date_start: str = Field(index=True)
    date_end: str = Field(index=True)
    precision: str
    date_text: str
    title_zh: str
    title_en: str
    description_zh: str
    description_en: str
    derived: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class Place(SourceColumns, table=True):
    slug: str = Field(primary_key=True)
    position: int = Field(index=True)
    name_zh: str
    name_en: str
    level: str
    parent: str | None = Field(default=None, foreign_key="place.slug", index=True)


class Organisation(SourceColumns, table=True):
    slug: str = Field(primary_key=True)
    position: int = Field(index=True)
    name_zh: str
    name_en: str
    kind: str
    place: str | None = Field(default=None, foreign_key="place.slug")


class Person(SourceColumns, table=True):
    slug: str = Field(primary_key=True)
    position: int = Field(index=True)
    name_zh: str
    name_en: str
    role_zh: str
    role_en: str
    place: str | None = Field(default=None, foreign_key="place.slug")
    organisation: str | None = Field(default=None, foreign_key="organisation.slug")


class Quote(SourceColumns, table=True):
    slug: str = Field(primary_key=True)
    position: int = Field(index=True)
    section: str = Field(foreign_key="section.slug", index=True)
    speaker: str | None = Field(default=None, foreign_key="person.slug", index=True)
    speaker_description_zh: str
    speaker_description_en: str
    text_zh: str
    text_en: str


class Story(SQLModel, table=True):
    slug: str = Field(primary_key=True)
    position: int = Field(index=True)
    section: str = Field(foreign_key="section.slug", index=True)
    title_zh: str
    title_en: str
    summary_zh: str
    summary_en: str
    sources: list[dict[str, Any]] = Field(sa_column=Column(JSON, nullable=False))


class StoryPerson(SQLModel, table=True):
    story: str = Field(foreign_key="story.slug", primary_key=True)
    person: str = Field(foreign_key="person.slug", primary_key=True, index=True)
    position: int


class StoryPlace(SQLModel, table=True):
    story: str = Field(foreign_key="story.slug", primary_key=True)
    place: str = Field(foreign_key="place.slug", primary_key=True, index=True)
    position: int


class StoryOrganisation(SQLModel, table=True):
    story: str = Field(foreign_key="story.slug", primary_key=True)
    organisation: str = Field(foreign_key="organisation.slug", primary_key=True, index=True)
    position: int


class StoryQuote(SQLModel, table=True):
    story: str = Field(foreign_key="story.slug", primary_key=True)
    quote: str = Field(foreign_key="quote.slug", primary_key=True, index=True)
    position: int


class Photo(SourceColumns, table=True):
    slug: str = Field(primary_key=True)
    position: int = Field(index=True)
    caption_zh: str
    caption_en: str


class Document(SourceColumns, table=True):
    slug: str = Field(primary_key=True)
    position: int = Field(index=True)
    title_zh: str
    title_en: str
    issuer: str | None = Field(default=None, foreign_key="organisation.slug")
    date: str | None = None
    precision: str | None = None
    date_text: str | None = None


class Honour(SourceColumns, table=True):
    slug: str = Field(primary_key=True)
    position: int = Field(index=True)
    title_zh: str
    title_en: str
    recipient: str = Field(foreign_key="organisation.slug")


class SearchEntry(SourceColumns, table=True):
    """One searchable text of a fact or paragraph and `spaced`, its tokenised shadow (see app/search.py).

    Derived: the loader rebuilds these rows from the tables above. The migration adds what a model
    cannot say: on SQLite the FTS5 table `search_fts` over `spaced`, on PostgreSQL a GIN index on
    to_tsvector('simple', spaced).
    """

    __tablename__ = "search_entry"

    id: int | None = Field(default=None, primary_key=True)
    kind: str  # statistic, milestone, story, quote, photo or paragraph
    slug: str  # the item's slug; a paragraph's index
    field: str
    lang: str
    text: str
    spaced: str
    position: int


class Note(SQLModel, table=True):
    """An editor's note on one fact (seed: a fact's `notes`): likely misprint, outside source, context."""

    resource: str = Field(primary_key=True)  # the API's resource: statistics, milestones, ...
    slug: str = Field(primary_key=True)
    position: int = Field(primary_key=True)  # the note's place among the fact's notes
    kind: str
    text_zh: str
    text_en: str
    source_title: str | None = None
    source_publisher: str | None = None
    source_date: str | None = None
    source_url: str | None = None


class Correction(SQLModel, table=True):
    """An entry of the public corrections log (seed/corrections.yaml)."""

    __table_args__ = keyset_indexes("correction")
    slug: str = Field(primary_key=True)
    position: int
    date: str
    title_zh: str
    title_en: str
    reason_zh: str
    reason_en: str
    facts: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    changes: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))

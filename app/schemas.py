"""Response models: what the API promises its clients, independent of how the tables are laid out.

Texts come in the negotiated language (`zh` by default, the source of truth; `en` our translation);
quotes from the article (`source.quote`, `value_text`, ...) are always the article's own Chinese.
"""

from functools import cache
from typing import Any, Generic, Literal, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field, create_model

from app import models
from app.embed.render import figure_text, statistic_when
from app.vocabulary import (
    Lang,
    OrganisationKind,
    PlaceLevel,
    Precision,
    Qualifier,
    SectionKind,
    SectionSlug,
    StatisticKind,
    Unit,
)

Number = int | float
Item = TypeVar("Item", bound=BaseModel)


def plain_number(value: float | None) -> Number | None:
    """606000.0 is served as 606000: a whole number stays a JSON integer."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def localized(row: Any, name: str, lang: Lang) -> str:
    return getattr(row, f"{name}_{lang}")


class Public(BaseModel):
    model_config = ConfigDict(frozen=True)


class SourceSpan(Public):
    """Where a fact comes from: code points [start, end) of paragraph `paragraph`."""

    paragraph: int = Field(description="Index of the article's non-empty line, from 0.", examples=[15])
    start: int = Field(description="Offset of the first code point of the quote.", examples=[34])
    end: int = Field(description="Offset just past the quote's last code point.", examples=[96])
    quote: str = Field(description="The article's text at these offsets, verbatim (Chinese).")

    @classmethod
    def from_row(cls, row: models.SourceColumns) -> "SourceSpan":
        return cls(
            paragraph=row.source_paragraph, start=row.source_start, end=row.source_end, quote=row.source_quote
        )


class Localized(Public):
    zh: str
    en: str


class Citation(Public):
    """How to cite a fact: paragraph numbers are the API's, counted from 0."""

    short: Localized = Field(description="For a caption or a footnote.")
    long: Localized = Field(description="For a bibliography: article, author, section, paragraph and quote.")


class Cite(Protocol):
    """The citation context (app/citations.py): called to cite a span; `editorial` gives a fact's
    notes and corrections."""

    def __call__(self, source: SourceSpan) -> Citation: ...

    def editorial(self, resource: str, slug: str, lang: str) -> dict[str, list[dict[str, Any]]]: ...


class NoteSource(Public):
    title: str
    publisher: str | None
    date: str | None = Field(description="YYYY, YYYY-MM or YYYY-MM-DD.")
    url: str | None = Field(description="Null where we saw the source only in a republished copy.")


class NotePublic(Public):
    """An editor's note: the article's words stay as printed; the note says what else we know."""

    kind: Literal["possible_misprint", "outside_source", "context"]
    text: str
    source: NoteSource | None = Field(description="The outside source the note relies on, if any.")


class CorrectionRef(Public):
    """A corrections-log entry that changed this fact."""

    slug: str
    date: str = Field(examples=["2026-12-01"])
    url: str = Field(description="The entry in the corrections log.", examples=["/v1/corrections/x"])


NOTES_DESCRIPTION = (
    "Editor's notes: likely misprints, outside sources, context. The article's words stay as printed."
)
CORRECTIONS_DESCRIPTION = "The corrections-log entries that changed this fact, oldest first."


class Derivation(Public):
    """A field the article does not state outright, and how we derived it."""

    field: str
    reason: str


def derivations(row: Any, lang: Lang) -> list[Derivation]:
    return [Derivation(field=d["field"], reason=d["reason"][lang]) for d in row.derived]


class Period(Public):
    start: str = Field(examples=["2016"])
    end: str = Field(examples=["2020"])


class SectionPublic(Public):
    slug: str = Field(examples=["social-insurance"])
    kind: SectionKind
    title: str
    first_paragraph: int
    last_paragraph: int
    heading_paragraph: int | None = Field(description="The paragraph that is the section's heading, if any.")

    @classmethod
    def from_row(cls, row: models.Section, lang: Lang) -> "SectionPublic":
        return cls(
            slug=row.slug,
            kind=row.kind,  # type: ignore[arg-type]
            title=localized(row, "title", lang),
            first_paragraph=row.first_paragraph,
            last_paragraph=row.last_paragraph,
            heading_paragraph=row.heading_paragraph,
        )


class SectionCount(SectionPublic):
    """A section of the article, with how many statistics come from it."""

    statistics: int = Field(description="How many statistics `/v1/statistics?section=` lists.")


class UnitPublic(Public):
    """A unit the statistics use, as the article writes it."""

    unit: str = Field(description="As the article writes it; the value `/v1/statistics?unit=` takes.")
    labels: list[str] = Field(
        description="The unit in the response language, as the statistics in it say it (one Chinese "
        "unit may read differently in English: 个 is projects, villages...), most used first.",
        examples=[["enrolments"]],
    )
    statistics: int = Field(description="How many statistics use it.")


class VocabularyList(Public, Generic[Item]):
    """Every value of a vocabulary, with what each means; one page, never paged."""

    items: list[Item]
    total: int = Field(description="How many values there are.")


class PublicationPublic(Public):
    """Where and when the feature was published, as far as confirmed in published sources."""

    confirmed: bool = Field(description="False: publisher, date and URL could not be confirmed and are null.")
    publisher: str | None
    date_published: str | None
    url: str | None
    note: str


class LicencePublic(Public):
    name: str
    identifier: str = Field(description="SPDX identifier.", examples=["CC-BY-4.0"])
    url: str


class LicencesPublic(Public):
    data: LicencePublic = Field(description="The data we add: labels, translations, notes, corrections.")
    code: LicencePublic
    note: str


class ArticlePublic(Public):
    title: str
    subtitle: str
    byline: str
    author: str
    dataset_version: str = Field(description="Changes exactly when the seed data changes.")
    paragraph_count: int
    sections: list[SectionPublic]
    publication: PublicationPublic
    licence: LicencesPublic


class ParagraphPublic(Public):
    index: int
    section: SectionSlug
    text: str = Field(description="The paragraph verbatim (Chinese).")


class Display(Public):
    """The figure written for a reader of the response language, by the formatter the embeds use."""

    value: str = Field(
        description="The figure with its unit and hedge: the article's words in Chinese (60.6万人次, "
        "20余种); in English from the plain value, with thousands separators (606,000 enrolments, "
        "more than 20 types of training).",
        examples=["606,000 enrolments"],
    )
    when: str = Field(
        description="When it holds: the period, else the date at the article's precision (截至2019年底, "
        "as of 31 Dec 2019, 2016–2019); a derived one is marked so.",
        examples=["as of 31 Dec 2019"],
    )


class StatisticPublic(Public):
    slug: str = Field(examples=["social-insurance-enrolments-2019"])
    kind: StatisticKind
    section: SectionSlug
    label: str = Field(description="What was counted, where and when.")
    value: Number = Field(
        description="The figure as a plain number (60.6万人次 gives 606000); a range's low end."
    )
    value_max: Number | None = Field(description="A range's high end (五到六年 gives 6), else null.")
    unit: Unit = Field(description="The unit as the article writes it.", examples=["人次"])
    unit_label: str = Field(description="The unit in the response language.", examples=["person-times"])
    value_text: str = Field(description="The article's exact words for the figure.", examples=["60.6万人次"])
    qualifier: Qualifier | None = Field(description="How the article hedges the figure, if it does.")
    as_of: str | None = Field(description="When the figure holds: YYYY, YYYY-MM or YYYY-MM-DD.")
    as_of_text: str | None = Field(description="The article's words for as_of.")
    period: Period | None = Field(description="The years the figure covers, where the article gives them.")
    period_text: str | None
    derived: list[Derivation] = Field(description="Fields not stated outright in the article, and why.")
    source: SourceSpan
    citation: Citation
    notes: list[NotePublic] = Field(default=[], description=NOTES_DESCRIPTION)
    corrections: list[CorrectionRef] = Field(default=[], description=CORRECTIONS_DESCRIPTION)
    display: Display = Field(description="The figure and its date written out in the response language.")

    @classmethod
    def from_row(cls, row: models.Statistic, lang: Lang, cite: Cite) -> "StatisticPublic":
        # The embeds' formatter reads this model: build it unvalidated, then fill `display`.
        fields = cls._fields_of(row, lang, cite)
        draft = cls.model_construct(**fields)  # unvalidated: what the formatter reads is all there
        display = Display(value=figure_text(draft, lang), when=statistic_when(draft, lang).text)
        return cls(**fields, display=display)

    @staticmethod
    def _fields_of(row: models.Statistic, lang: Lang, cite: Cite) -> dict[str, Any]:
        return dict(
            slug=row.slug,
            kind=row.kind,  # type: ignore[arg-type]
            section=row.section,
            label=localized(row, "label", lang),
            value=plain_number(row.value),  # type: ignore[arg-type]
            value_max=plain_number(row.value_max),
            unit=row.unit,
            unit_label=row.unit if lang == "zh" else row.unit_en,
            value_text=row.value_text,
            qualifier=row.qualifier,  # type: ignore[arg-type]
            as_of=row.as_of,
            as_of_text=row.as_of_text,
            period=Period(start=row.period_start, end=row.period_end)
            if row.period_start and row.period_end
            else None,
            period_text=row.period_text,
            derived=derivations(row, lang),
            source=(source := SourceSpan.from_row(row)),
            citation=cite(source),
            **cite.editorial("statistics", row.slug, lang),
        )


class MilestonePublic(Public):
    slug: str
    section: SectionSlug
    date: str = Field(
        description="YYYY, YYYY-MM or YYYY-MM-DD, as precise as the article.", examples=["2018-08"]
    )
    year: int
    month: int | None
    day: int | None
    precision: Precision
    date_text: str = Field(description="The article's words for the date.", examples=["2018年8月"])
    title: str
    description: str
    derived: list[Derivation]
    source: SourceSpan
    citation: Citation
    notes: list[NotePublic] = Field(default=[], description=NOTES_DESCRIPTION)
    corrections: list[CorrectionRef] = Field(default=[], description=CORRECTIONS_DESCRIPTION)

    @classmethod
    def from_row(cls, row: models.Milestone, lang: Lang, cite: Cite) -> "MilestonePublic":
        parts = [int(part) for part in row.date.split("-")] + [None, None]
        return cls(
            slug=row.slug,
            section=row.section,
            date=row.date,
            year=parts[0],  # type: ignore[arg-type]
            month=parts[1],
            day=parts[2],
            precision=row.precision,  # type: ignore[arg-type]
            date_text=row.date_text,
            title=localized(row, "title", lang),
            description=localized(row, "description", lang),
            derived=derivations(row, lang),
            source=(source := SourceSpan.from_row(row)),
            citation=cite(source),
            **cite.editorial("milestones", row.slug, lang),
        )


class PlaceBrief(Public):
    slug: str
    name: str
    level: PlaceLevel


class PlacePublic(PlaceBrief):
    parent: str | None
    hierarchy: list[PlaceBrief] = Field(description="From the widest area down to this place.")
    source: SourceSpan
    citation: Citation
    notes: list[NotePublic] = Field(default=[], description=NOTES_DESCRIPTION)
    corrections: list[CorrectionRef] = Field(default=[], description=CORRECTIONS_DESCRIPTION)

    @classmethod
    def from_row(
        cls, row: models.Place, all_places: dict[str, models.Place], lang: Lang, cite: Cite
    ) -> "PlacePublic":
        chain, current = [], row
        while current is not None and len(chain) <= len(all_places):
            chain.append(
                PlaceBrief(slug=current.slug, name=localized(current, "name", lang), level=current.level)
            )  # type: ignore[arg-type]
            current = all_places.get(current.parent) if current.parent else None
        return cls(
            slug=row.slug,
            name=localized(row, "name", lang),
            level=row.level,  # type: ignore[arg-type]
            parent=row.parent,
            hierarchy=chain[::-1],
            source=(source := SourceSpan.from_row(row)),
            citation=cite(source),
            **cite.editorial("places", row.slug, lang),
        )


class OrganisationPublic(Public):
    slug: str
    name: str
    kind: OrganisationKind
    place: str | None
    source: SourceSpan
    citation: Citation
    notes: list[NotePublic] = Field(default=[], description=NOTES_DESCRIPTION)
    corrections: list[CorrectionRef] = Field(default=[], description=CORRECTIONS_DESCRIPTION)

    @classmethod
    def from_row(cls, row: models.Organisation, lang: Lang, cite: Cite) -> "OrganisationPublic":
        return cls(
            slug=row.slug,
            name=localized(row, "name", lang),
            kind=row.kind,  # type: ignore[arg-type]
            place=row.place,
            source=(source := SourceSpan.from_row(row)),
            citation=cite(source),
            **cite.editorial("organisations", row.slug, lang),
        )


class PersonPublic(Public):
    slug: str
    name: str
    role: str
    place: str | None
    organisation: str | None
    source: SourceSpan
    citation: Citation
    notes: list[NotePublic] = Field(default=[], description=NOTES_DESCRIPTION)
    corrections: list[CorrectionRef] = Field(default=[], description=CORRECTIONS_DESCRIPTION)

    @classmethod
    def from_row(cls, row: models.Person, lang: Lang, cite: Cite) -> "PersonPublic":
        return cls(
            slug=row.slug,
            name=localized(row, "name", lang),
            role=localized(row, "role", lang),
            place=row.place,
            organisation=row.organisation,
            source=(source := SourceSpan.from_row(row)),
            citation=cite(source),
            **cite.editorial("people", row.slug, lang),
        )


class QuotePublic(Public):
    slug: str
    section: SectionSlug
    speaker: str | None = Field(description="The speaker's slug where the article names one.")
    speaker_name: str | None
    speaker_description: str
    text: str = Field(description="The words quoted: verbatim in Chinese, our translation in English.")
    source: SourceSpan
    citation: Citation
    notes: list[NotePublic] = Field(default=[], description=NOTES_DESCRIPTION)
    corrections: list[CorrectionRef] = Field(default=[], description=CORRECTIONS_DESCRIPTION)

    @classmethod
    def from_row(
        cls, row: models.Quote, speaker: models.Person | None, lang: Lang, cite: Cite
    ) -> "QuotePublic":
        return cls(
            slug=row.slug,
            section=row.section,
            speaker=row.speaker,
            speaker_name=localized(speaker, "name", lang) if speaker else None,
            speaker_description=localized(row, "speaker_description", lang),
            text=localized(row, "text", lang),
            source=(source := SourceSpan.from_row(row)),
            citation=cite(source),
            **cite.editorial("quotes", row.slug, lang),
        )


class StoryPublic(Public):
    slug: str
    section: SectionSlug
    title: str
    summary: str
    people: list[PersonPublic]
    places: list[PlacePublic]
    organisations: list[OrganisationPublic]
    quotes: list[QuotePublic]
    sources: list[SourceSpan]
    citation: Citation = Field(description="Cites the story's first source.")
    notes: list[NotePublic] = Field(default=[], description=NOTES_DESCRIPTION)
    corrections: list[CorrectionRef] = Field(default=[], description=CORRECTIONS_DESCRIPTION)


class PhotoPublic(Public):
    slug: str
    caption: str
    source: SourceSpan
    citation: Citation
    notes: list[NotePublic] = Field(default=[], description=NOTES_DESCRIPTION)
    corrections: list[CorrectionRef] = Field(default=[], description=CORRECTIONS_DESCRIPTION)

    @classmethod
    def from_row(cls, row: models.Photo, lang: Lang, cite: Cite) -> "PhotoPublic":
        source = SourceSpan.from_row(row)
        return cls(
            slug=row.slug,
            caption=localized(row, "caption", lang),
            source=source,
            citation=cite(source),
            **cite.editorial("photos", row.slug, lang),
        )


class DocumentPublic(Public):
    slug: str
    title: str
    issuer: str | None
    date: str | None
    precision: Precision | None
    date_text: str | None
    source: SourceSpan
    citation: Citation
    notes: list[NotePublic] = Field(default=[], description=NOTES_DESCRIPTION)
    corrections: list[CorrectionRef] = Field(default=[], description=CORRECTIONS_DESCRIPTION)

    @classmethod
    def from_row(cls, row: models.Document, lang: Lang, cite: Cite) -> "DocumentPublic":
        return cls(
            slug=row.slug,
            title=localized(row, "title", lang),
            issuer=row.issuer,
            date=row.date,
            precision=row.precision,  # type: ignore[arg-type]
            date_text=row.date_text,
            source=(source := SourceSpan.from_row(row)),
            citation=cite(source),
            **cite.editorial("documents", row.slug, lang),
        )


class HonourPublic(Public):
    slug: str
    title: str
    recipient: str
    source: SourceSpan
    citation: Citation
    notes: list[NotePublic] = Field(default=[], description=NOTES_DESCRIPTION)
    corrections: list[CorrectionRef] = Field(default=[], description=CORRECTIONS_DESCRIPTION)

    @classmethod
    def from_row(cls, row: models.Honour, lang: Lang, cite: Cite) -> "HonourPublic":
        return cls(
            slug=row.slug,
            title=localized(row, "title", lang),
            recipient=row.recipient,
            source=(source := SourceSpan.from_row(row)),
            citation=cite(source),
            **cite.editorial("honours", row.slug, lang),
        )


class CorrectedFact(Public):
    resource: str = Field(examples=["statistics"])
    slug: str = Field(description="The fact's slug now (after any rename).")
    url: str = Field(description="The fact in the API.", examples=["/v1/statistics/x"])


class FieldChange(Public):
    resource: str
    slug: str
    field: str = Field(description="The field, as published: value, unit, label, date, period, slug ...")
    old: Any = Field(description="The value as published before the correction.")
    new: Any = Field(description="The value now.")


class CorrectionPublic(Public):
    """An entry of the corrections log: which published facts changed, field by field, and why."""

    slug: str
    date: str = Field(description="When the correction was published (YYYY-MM-DD).", examples=["2026-12-01"])
    title: str
    reason: str
    facts: list[CorrectedFact]
    changes: list[FieldChange]

    @classmethod
    def from_row(cls, row: models.Correction, lang: Lang) -> "CorrectionPublic":
        return cls(
            slug=row.slug,
            date=row.date,
            title=localized(row, "title", lang),
            reason=localized(row, "reason", lang),
            facts=[
                CorrectedFact(resource=f["resource"], slug=f["slug"], url=f"/v1/{f['resource']}/{f['slug']}")
                for f in row.facts
            ],
            changes=[FieldChange(**change) for change in row.changes],
        )


class Page(Public, Generic[Item]):
    """A list's page. Routes declare `page_of(StatisticPublic)`: the same, named `StatisticPage`."""

    items: list[Item]
    total: int = Field(description="How many items match, over all pages.")
    next: str | None = Field(description="URL of the next page, or null on the last one.")


@cache
def page_of(item: type[BaseModel]) -> type[Page[Any]]:
    """`Page[item]` under a name readable in the OpenAPI document (pydantic would say
    `Page_StatisticPublic_`)."""
    name = f"{item.__name__.removesuffix('Public')}Page"
    return create_model(name, __base__=Page[item], __module__=__name__)  # type: ignore[valid-type]


class ProblemDetail(BaseModel):
    """An error, as RFC 9457 application/problem+json."""

    type: str = Field(default="about:blank", examples=["about:blank"])
    title: str = Field(examples=["Not Found"])
    status: int = Field(examples=[404])
    detail: str = Field(examples=["No statistic has the slug 'no-such-slug'."])
    instance: str = Field(examples=["/v1/statistics/no-such-slug"])
    errors: list[dict[str, Any]] | None = Field(
        default=None,
        description="For 400 and 422: each bad parameter, where it was and what is wrong with it.",
    )

"""Response models of GET /v1/search: each hit is an item in the answer's language, with what matched."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.schemas import Display, Lang, Number, SourceSpan
from app.search import KIND_PATHS, Hit, Kind, SearchQuery

# The field of each kind's public item that names it, in the answer's language.
TITLE_FIELDS = {
    "statistic": "label",
    "milestone": "title",
    "story": "title",
    "quote": "text",
    "photo": "caption",
}


class Highlight(BaseModel):
    """Code points [start, end) of `match.text` that the query matched: `text[start:end]` in Python,
    `Array.from(text).slice(start, end).join("")` in JavaScript (whose string indices count UTF-16 units)."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0, examples=[10])
    end: int = Field(ge=1, examples=[12])


class Match(BaseModel):
    """The item's text that matched best, in its own language, and where in it the query matched."""

    model_config = ConfigDict(frozen=True)

    field: str = Field(
        description="Which text matched: label, value_text, title, description, summary, text or caption.",
        examples=["label"],
    )
    lang: Lang = Field(description="The language of the text that matched, whatever the answer's language.")
    text: str = Field(description="The whole text, plain (not HTML).")
    highlights: list[Highlight] = Field(
        description="Every word or phrase of `text` the query matched, in order, not overlapping: a "
        "frontend marks these, escaping the text as any other."
    )


class SearchHit(BaseModel):
    """One item that matches, written in the answer's language, with what matched and where it comes from."""

    model_config = ConfigDict(frozen=True)

    kind: Kind = Field(description="What matched: a statistic, milestone, story, quote, photo or paragraph.")
    slug: str = Field(
        description="The item's slug; for a paragraph, its index.",
        examples=["people-out-of-poverty-2016-2019"],
    )
    url: str = Field(
        description="Where the item is served (a paragraph at /v1/article/paragraphs/{index}).",
        examples=["/v1/statistics/people-out-of-poverty-2016-2019"],
    )
    title: str | None = Field(
        description="The item's name in the answer's language: a statistic's label, a milestone's or "
        "story's title, a quote's words, a photo's caption; null for a paragraph (its text is `match.text`)."
    )
    value: Number | None = Field(description="A statistic's figure as a plain number; null for other kinds.")
    unit: str | None = Field(description="A statistic's unit as the article writes it; null for other kinds.")
    display: Display | None = Field(
        description="A statistic's figure and date written out in the answer's language, as its item "
        "has them; null for other kinds."
    )
    match: Match
    source: SourceSpan = Field(description="The article's sentence the item comes from (a whole paragraph).")

    @classmethod
    def of(cls, hit: Hit, query: SearchQuery, item: dict[str, Any] | None) -> "SearchHit":
        """The hit, with the public item in the answer's language (None for a paragraph)."""
        statistic = item if hit.kind == "statistic" else None
        return cls(
            kind=hit.kind,  # type: ignore[arg-type]
            slug=hit.slug,
            url=f"{KIND_PATHS[hit.kind]}/{hit.slug}",
            title=item[TITLE_FIELDS[hit.kind]] if item is not None else None,
            value=statistic["value"] if statistic else None,
            unit=statistic["unit"] if statistic else None,
            display=Display(**statistic["display"]) if statistic else None,
            match=Match(
                field=hit.field,
                lang=hit.lang,  # type: ignore[arg-type]
                text=hit.text,
                highlights=[Highlight(start=start, end=end) for start, end in query.highlights(hit.text)],
            ),
            source=SourceSpan(
                paragraph=hit.source_paragraph,
                start=hit.source_start,
                end=hit.source_end,
                quote=hit.source_quote,
            ),
        )

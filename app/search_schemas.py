"""Response models of GET /v1/search."""

from pydantic import BaseModel, ConfigDict, Field

from app.schemas import Lang, SourceSpan
from app.search import KIND_PATHS, Hit, Kind, SearchQuery, snippet


class SearchHit(BaseModel):
    """One text that matches: where it belongs, the words around the match, and the sentence cited."""

    model_config = ConfigDict(frozen=True)

    kind: Kind = Field(description="What matched: a statistic, milestone, story, quote, photo or paragraph.")
    slug: str = Field(
        description="The item's slug; for a paragraph, its index.", examples=["sherab-nyima-thangka-teaching"]
    )
    field: str = Field(
        description="Which text matched: label, value_text, title, description, summary, text or caption.",
        examples=["title"],
    )
    lang: Lang = Field(description="The language of the text that matched.")
    snippet: str = Field(
        description="About 60 characters around the first match, HTML-escaped, the match in <mark>…</mark>, "
        "with … where the text was cut.",
        examples=["西绕尼玛教脱贫户绘制<mark>唐卡</mark>"],
    )
    source: SourceSpan = Field(description="The article's sentence the item comes from (a whole paragraph).")
    url: str | None = Field(
        description="Where the item is served, or null for a paragraph (see /v1/article/paragraphs).",
        examples=["/v1/stories/sherab-nyima-thangka-teaching"],
    )

    @classmethod
    def from_hit(cls, hit: Hit, query: SearchQuery) -> "SearchHit":
        base = KIND_PATHS[hit.kind]
        return cls(
            kind=hit.kind,  # type: ignore[arg-type]
            slug=hit.slug,
            field=hit.field,
            lang=hit.lang,  # type: ignore[arg-type]
            snippet=snippet(hit.text, query),
            source=SourceSpan(
                paragraph=hit.source_paragraph,
                start=hit.source_start,
                end=hit.source_end,
                quote=hit.source_quote,
            ),
            url=f"{base}/{hit.slug}" if base else None,
        )

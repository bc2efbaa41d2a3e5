from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlmodel import Session, col, select

from app import models
from app.api.deps import (
    CursorQuery,
    FieldsQuery,
    LangQuery,
    LimitQuery,
    SlugFilter,
    SlugPath,
    SlugSort,
    SlugsQuery,
)
from app.api.problems import PROBLEM_RESPONSES
from app.api.resources import Resource, equal, read_item, read_list
from app.schemas import Cite, Lang, QuotePublic, page_of
from app.vocabulary import SectionSlug

router = APIRouter(prefix="/quotes", tags=["quotes"], responses=PROBLEM_RESPONSES)


def quotes_public(
    session: Session, rows: Sequence[models.Quote], lang: Lang, cite: Cite
) -> list[QuotePublic]:
    speaker_slugs = {row.speaker for row in rows if row.speaker}
    speakers = {
        p.slug: p
        for p in session.exec(select(models.Person).where(col(models.Person.slug).in_(speaker_slugs)))
    }
    return [QuotePublic.from_row(row, speakers.get(row.speaker or ""), lang, cite) for row in rows]


RESOURCE = Resource("quote", models.Quote, QuotePublic, build=quotes_public)  # type: ignore[arg-type]


@router.get("", response_model=page_of(QuotePublic))
async def read_quotes(
    request: Request,
    lang: LangQuery = None,
    speaker: Annotated[SlugFilter, Query(description="Only quotations by this person (slug).")] = None,
    section: Annotated[SectionSlug | None, Query(description="Only quotations from this section.")] = None,
    sort: SlugSort = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
    fields: FieldsQuery = None,
    slugs: SlugsQuery = None,
) -> Response:
    """Every direct quotation in the article.

    `text` is verbatim in Chinese and our translation in English; `speaker` is set only where the
    article names who spoke, `speaker_description` says who it was otherwise.
    """
    filters = equal(speaker=speaker, section=section)
    return await read_list(
        request,
        RESOURCE,
        lang,
        filters=filters,
        sort=sort,
        limit=limit,
        cursor=cursor,
        fields=fields,
        slugs=slugs,
    )


@router.get("/{slug}", response_model=QuotePublic)
async def read_quote(
    request: Request, slug: SlugPath, lang: LangQuery = None, fields: FieldsQuery = None
) -> Response:
    """One quotation.

    404 with a problem document when no quotation has the slug.
    """
    return await read_item(request, RESOURCE, slug, lang, fields)

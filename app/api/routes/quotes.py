from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import ColumnElement
from sqlmodel import Session, col, select

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugFilter, SlugPath, SlugSort
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.citations import citer
from app.schemas import Cite, Lang, QuotePublic, QuotesPage
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


@router.get("", response_model=QuotesPage)
def read_quotes(
    request: Request,
    response: Response,
    engine: EngineDep,
    lang: LangDep,
    speaker: Annotated[SlugFilter, Query(description="Only quotations by this person (slug).")] = None,
    section: Annotated[SectionSlug | None, Query(description="Only quotations from this section.")] = None,
    sort: SlugSort = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
) -> QuotesPage:
    """Every direct quotation in the article.

    `text` is verbatim in Chinese and our translation in English; `speaker` is set only where the
    article names who spoke, `speaker_description` says who it was otherwise.
    """
    table = models.Quote
    where: list[ColumnElement[bool]] = []
    if speaker is not None:
        where.append(col(table.speaker) == speaker)
    if section is not None:
        where.append(col(table.section) == section)
    with Session(engine) as session:
        cite = citer(session)
        rows, total, next_url = paginate(
            session, table, request=request, response=response, limit=limit, cursor=cursor,
            where=where, sort=sort,
        )  # fmt: skip
        return QuotesPage(items=quotes_public(session, rows, lang, cite), total=total, next=next_url)


@router.get("/{slug}", response_model=QuotePublic)
def read_quote(slug: SlugPath, engine: EngineDep, lang: LangDep) -> QuotePublic:
    """One quotation.

    404 with a problem document when no quotation has the slug.
    """
    with Session(engine) as session:
        cite = citer(session)
        return quotes_public(session, [fetch_or_404(session, models.Quote, slug, "quote")], lang, cite)[0]

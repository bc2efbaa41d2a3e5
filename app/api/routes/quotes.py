from collections.abc import Sequence

from fastapi import APIRouter, Request
from sqlmodel import Session, col, select

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugPath
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.schemas import Lang, QuotePublic, QuotesPage

router = APIRouter(prefix="/quotes", tags=["quotes"], responses=PROBLEM_RESPONSES)


def quotes_public(session: Session, rows: Sequence[models.Quote], lang: Lang) -> list[QuotePublic]:
    speaker_slugs = {row.speaker for row in rows if row.speaker}
    speakers = {
        p.slug: p
        for p in session.exec(select(models.Person).where(col(models.Person.slug).in_(speaker_slugs)))
    }
    return [QuotePublic.from_row(row, speakers.get(row.speaker or ""), lang) for row in rows]


@router.get("", response_model=QuotesPage)
def read_quotes(
    request: Request, engine: EngineDep, lang: LangDep, limit: LimitQuery = 20, cursor: CursorQuery = None
) -> QuotesPage:
    """Every direct quotation in the article, with its speaker where the article names one."""
    with Session(engine) as session:
        rows, total, next_url = paginate(session, models.Quote, request=request, limit=limit, cursor=cursor)
        return QuotesPage(items=quotes_public(session, rows, lang), total=total, next=next_url)


@router.get("/{slug}", response_model=QuotePublic)
def read_quote(slug: SlugPath, engine: EngineDep, lang: LangDep) -> QuotePublic:
    """One quotation."""
    with Session(engine) as session:
        return quotes_public(session, [fetch_or_404(session, models.Quote, slug, "quote")], lang)[0]

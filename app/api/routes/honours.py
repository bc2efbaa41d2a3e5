from fastapi import APIRouter, Request, Response
from sqlmodel import Session

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugPath, SlugSort
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.citations import citer
from app.schemas import HonourPublic, HonoursPage

router = APIRouter(prefix="/honours", tags=["honours"], responses=PROBLEM_RESPONSES)


@router.get("", response_model=HonoursPage)
def read_honours(
    request: Request,
    response: Response,
    engine: EngineDep,
    lang: LangDep,
    sort: SlugSort = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
) -> HonoursPage:
    """The honours the article names.

    Each honour's title is the article's words inside the quotation marks; `recipient` is the
    slug of the organisation honoured.
    """
    with Session(engine) as session:
        cite = citer(session)
        rows, total, next_url = paginate(
            session, models.Honour, request=request, response=response, limit=limit, cursor=cursor,
            sort=sort,
        )  # fmt: skip
        return HonoursPage(
            items=[HonourPublic.from_row(row, lang, cite) for row in rows], total=total, next=next_url
        )


@router.get("/{slug}", response_model=HonourPublic)
def read_honour(slug: SlugPath, engine: EngineDep, lang: LangDep) -> HonourPublic:
    """One honour and its recipient.

    404 with a problem document when no honour has the slug.
    """
    with Session(engine) as session:
        cite = citer(session)
        return HonourPublic.from_row(fetch_or_404(session, models.Honour, slug, "honour"), lang, cite)

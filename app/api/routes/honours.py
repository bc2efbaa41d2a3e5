from fastapi import APIRouter, Request
from sqlmodel import Session

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugPath
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.schemas import HonourPublic, HonoursPage

router = APIRouter(prefix="/honours", tags=["honours"], responses=PROBLEM_RESPONSES)


@router.get("", response_model=HonoursPage)
def read_honours(
    request: Request, engine: EngineDep, lang: LangDep, limit: LimitQuery = 20, cursor: CursorQuery = None
) -> HonoursPage:
    """The honours the article names."""
    with Session(engine) as session:
        rows, total, next_url = paginate(session, models.Honour, request=request, limit=limit, cursor=cursor)
        return HonoursPage(
            items=[HonourPublic.from_row(row, lang) for row in rows], total=total, next=next_url
        )


@router.get("/{slug}", response_model=HonourPublic)
def read_honour(slug: SlugPath, engine: EngineDep, lang: LangDep) -> HonourPublic:
    """One honour and its recipient."""
    with Session(engine) as session:
        return HonourPublic.from_row(fetch_or_404(session, models.Honour, slug, "honour"), lang)

from fastapi import APIRouter, Request
from sqlmodel import Session

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugPath
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.schemas import StatisticPublic, StatisticsPage

router = APIRouter(prefix="/statistics", tags=["statistics"], responses=PROBLEM_RESPONSES)


@router.get("", response_model=StatisticsPage)
def read_statistics(
    request: Request, engine: EngineDep, lang: LangDep, limit: LimitQuery = 20, cursor: CursorQuery = None
) -> StatisticsPage:
    """Every figure the article gives, in the article's order."""
    with Session(engine) as session:
        rows, total, next_url = paginate(
            session, models.Statistic, request=request, limit=limit, cursor=cursor
        )
        items = [StatisticPublic.from_row(row, lang) for row in rows]
        return StatisticsPage(items=items, total=total, next=next_url)


@router.get("/{slug}", response_model=StatisticPublic)
def read_statistic(slug: SlugPath, engine: EngineDep, lang: LangDep) -> StatisticPublic:
    """One figure, with the sentence it comes from."""
    with Session(engine) as session:
        return StatisticPublic.from_row(fetch_or_404(session, models.Statistic, slug, "statistic"), lang)

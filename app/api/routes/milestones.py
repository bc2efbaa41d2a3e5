from fastapi import APIRouter, Request
from sqlmodel import Session

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugPath
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.schemas import MilestonePublic, MilestonesPage

router = APIRouter(prefix="/milestones", tags=["milestones"], responses=PROBLEM_RESPONSES)


@router.get("", response_model=MilestonesPage)
def read_milestones(
    request: Request, engine: EngineDep, lang: LangDep, limit: LimitQuery = 20, cursor: CursorQuery = None
) -> MilestonesPage:
    """Every dated event, in the article's order."""
    with Session(engine) as session:
        rows, total, next_url = paginate(
            session, models.Milestone, request=request, limit=limit, cursor=cursor
        )
        items = [MilestonePublic.from_row(row, lang) for row in rows]
        return MilestonesPage(items=items, total=total, next=next_url)


@router.get("/{slug}", response_model=MilestonePublic)
def read_milestone(slug: SlugPath, engine: EngineDep, lang: LangDep) -> MilestonePublic:
    """One dated event, with its precision and source."""
    with Session(engine) as session:
        return MilestonePublic.from_row(fetch_or_404(session, models.Milestone, slug, "milestone"), lang)

from fastapi import APIRouter, Request
from sqlmodel import Session

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugPath
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.schemas import PeoplePage, PersonPublic

router = APIRouter(prefix="/people", tags=["people"], responses=PROBLEM_RESPONSES)


@router.get("", response_model=PeoplePage)
def read_people(
    request: Request, engine: EngineDep, lang: LangDep, limit: LimitQuery = 20, cursor: CursorQuery = None
) -> PeoplePage:
    """The people the article names, with their roles."""
    with Session(engine) as session:
        rows, total, next_url = paginate(session, models.Person, request=request, limit=limit, cursor=cursor)
        return PeoplePage(
            items=[PersonPublic.from_row(row, lang) for row in rows], total=total, next=next_url
        )


@router.get("/{slug}", response_model=PersonPublic)
def read_person(slug: SlugPath, engine: EngineDep, lang: LangDep) -> PersonPublic:
    """One person."""
    with Session(engine) as session:
        return PersonPublic.from_row(fetch_or_404(session, models.Person, slug, "person"), lang)

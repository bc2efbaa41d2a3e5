from fastapi import APIRouter, Request
from sqlmodel import Session, select

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugPath
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.schemas import PlacePublic, PlacesPage

router = APIRouter(prefix="/places", tags=["places"], responses=PROBLEM_RESPONSES)


def all_places(session: Session) -> dict[str, models.Place]:
    """Every place by slug: the hierarchy of any one place needs its ancestors."""
    return {place.slug: place for place in session.exec(select(models.Place))}


@router.get("", response_model=PlacesPage)
def read_places(
    request: Request, engine: EngineDep, lang: LangDep, limit: LimitQuery = 20, cursor: CursorQuery = None
) -> PlacesPage:
    """The places the article names, each with its hierarchy (区 > 市 > 县/区 > 镇/乡 > 村/片区)."""
    with Session(engine) as session:
        rows, total, next_url = paginate(session, models.Place, request=request, limit=limit, cursor=cursor)
        places = all_places(session)
        return PlacesPage(
            items=[PlacePublic.from_row(row, places, lang) for row in rows], total=total, next=next_url
        )


@router.get("/{slug}", response_model=PlacePublic)
def read_place(slug: SlugPath, engine: EngineDep, lang: LangDep) -> PlacePublic:
    """One place and the areas it lies in."""
    with Session(engine) as session:
        return PlacePublic.from_row(
            fetch_or_404(session, models.Place, slug, "place"), all_places(session), lang
        )

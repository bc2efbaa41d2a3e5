from fastapi import APIRouter, Request
from sqlmodel import Session

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugPath
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.schemas import PhotoPublic, PhotosPage

router = APIRouter(prefix="/photos", tags=["photos"], responses=PROBLEM_RESPONSES)


@router.get("", response_model=PhotosPage)
def read_photos(
    request: Request, engine: EngineDep, lang: LangDep, limit: LimitQuery = 20, cursor: CursorQuery = None
) -> PhotosPage:
    """Every photo caption, in the article's order."""
    with Session(engine) as session:
        rows, total, next_url = paginate(session, models.Photo, request=request, limit=limit, cursor=cursor)
        return PhotosPage(items=[PhotoPublic.from_row(row, lang) for row in rows], total=total, next=next_url)


@router.get("/{slug}", response_model=PhotoPublic)
def read_photo(slug: SlugPath, engine: EngineDep, lang: LangDep) -> PhotoPublic:
    """One photo caption."""
    with Session(engine) as session:
        return PhotoPublic.from_row(fetch_or_404(session, models.Photo, slug, "photo"), lang)

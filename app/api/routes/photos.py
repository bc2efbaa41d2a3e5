from fastapi import APIRouter, Request, Response
from sqlmodel import Session

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugPath, SlugSort
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.citations import citer
from app.schemas import PhotoPublic, PhotosPage

router = APIRouter(prefix="/photos", tags=["photos"], responses=PROBLEM_RESPONSES)


@router.get("", response_model=PhotosPage)
def read_photos(
    request: Request,
    response: Response,
    engine: EngineDep,
    lang: LangDep,
    sort: SlugSort = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
) -> PhotosPage:
    """Every photo caption, in the article's order.

    The Chinese caption is the article's text without its ▲ marker and closing 。.
    """
    with Session(engine) as session:
        cite = citer(session)
        rows, total, next_url = paginate(
            session, models.Photo, request=request, response=response, limit=limit, cursor=cursor,
            sort=sort,
        )  # fmt: skip
        return PhotosPage(
            items=[PhotoPublic.from_row(row, lang, cite) for row in rows], total=total, next=next_url
        )


@router.get("/{slug}", response_model=PhotoPublic)
def read_photo(slug: SlugPath, engine: EngineDep, lang: LangDep) -> PhotoPublic:
    """One photo caption.

    404 with a problem document when no photo has the slug.
    """
    with Session(engine) as session:
        cite = citer(session)
        return PhotoPublic.from_row(fetch_or_404(session, models.Photo, slug, "photo"), lang, cite)

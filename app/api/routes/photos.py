from fastapi import APIRouter, Request, Response

from app import models
from app.api.deps import CursorQuery, FieldsQuery, LangQuery, LimitQuery, SlugPath, SlugSort, SlugsQuery
from app.api.problems import PROBLEM_RESPONSES
from app.api.resources import Resource, read_item, read_list
from app.schemas import PhotoPublic, page_of

router = APIRouter(prefix="/photos", tags=["photos"], responses=PROBLEM_RESPONSES)
RESOURCE = Resource("photo", models.Photo, PhotoPublic)


@router.get("", response_model=page_of(PhotoPublic))
async def read_photos(
    request: Request,
    lang: LangQuery = None,
    sort: SlugSort = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
    fields: FieldsQuery = None,
    slugs: SlugsQuery = None,
) -> Response:
    """Every photo caption, in the article's order.

    The Chinese caption is the article's text without its ▲ marker and closing 。.
    """
    return await read_list(
        request, RESOURCE, lang, sort=sort, limit=limit, cursor=cursor, fields=fields, slugs=slugs
    )


@router.get("/{slug}", response_model=PhotoPublic)
async def read_photo(
    request: Request, slug: SlugPath, lang: LangQuery = None, fields: FieldsQuery = None
) -> Response:
    """One photo caption.

    404 with a problem document when no photo has the slug.
    """
    return await read_item(request, RESOURCE, slug, lang, fields)

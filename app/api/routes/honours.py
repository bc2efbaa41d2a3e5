from fastapi import APIRouter, Request, Response

from app import models
from app.api.deps import CursorQuery, FieldsQuery, LangQuery, LimitQuery, SlugPath, SlugSort, SlugsQuery
from app.api.problems import PROBLEM_RESPONSES
from app.api.resources import Resource, read_item, read_list
from app.schemas import HonourPublic, page_of

router = APIRouter(prefix="/honours", tags=["honours"], responses=PROBLEM_RESPONSES)
RESOURCE = Resource("honour", models.Honour, HonourPublic)


@router.get("", response_model=page_of(HonourPublic))
async def read_honours(
    request: Request,
    lang: LangQuery = None,
    sort: SlugSort = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
    fields: FieldsQuery = None,
    slugs: SlugsQuery = None,
) -> Response:
    """The honours the article names.

    Each honour's title is the article's words inside the quotation marks; `recipient` is the
    slug of the organisation honoured.
    """
    return await read_list(
        request, RESOURCE, lang, sort=sort, limit=limit, cursor=cursor, fields=fields, slugs=slugs
    )


@router.get("/{slug}", response_model=HonourPublic)
async def read_honour(
    request: Request, slug: SlugPath, lang: LangQuery = None, fields: FieldsQuery = None
) -> Response:
    """One honour and its recipient.

    404 with a problem document when no honour has the slug.
    """
    return await read_item(request, RESOURCE, slug, lang, fields)

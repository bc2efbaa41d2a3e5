from fastapi import APIRouter, Request, Response

from app import models
from app.api.deps import CursorQuery, FieldsQuery, LangQuery, LimitQuery, SlugPath, SlugSort, SlugsQuery
from app.api.problems import PROBLEM_RESPONSES
from app.api.resources import Resource, read_item, read_list
from app.schemas import DocumentPublic, page_of

router = APIRouter(prefix="/documents", tags=["documents"], responses=PROBLEM_RESPONSES)
RESOURCE = Resource("document", models.Document, DocumentPublic)


@router.get("", response_model=page_of(DocumentPublic))
async def read_documents(
    request: Request,
    lang: LangQuery = None,
    sort: SlugSort = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
    fields: FieldsQuery = None,
    slugs: SlugsQuery = None,
) -> Response:
    """The documents and policies the article names.

    Each has its title (inside 《》 in the article), the organisation that issued it, its date as
    precise as the article gives it, and the span of its name.
    """
    return await read_list(
        request, RESOURCE, lang, sort=sort, limit=limit, cursor=cursor, fields=fields, slugs=slugs
    )


@router.get("/{slug}", response_model=DocumentPublic)
async def read_document(
    request: Request, slug: SlugPath, lang: LangQuery = None, fields: FieldsQuery = None
) -> Response:
    """One document, with who issued it and when.

    404 with a problem document when no document has the slug.
    """
    return await read_item(request, RESOURCE, slug, lang, fields)

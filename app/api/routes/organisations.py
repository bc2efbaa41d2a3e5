from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from app import models
from app.api.deps import (
    CursorQuery,
    FieldsQuery,
    LangQuery,
    LimitQuery,
    SlugFilter,
    SlugPath,
    SlugSort,
    SlugsQuery,
)
from app.api.problems import PROBLEM_RESPONSES
from app.api.resources import Resource, equal, read_item, read_list
from app.schemas import OrganisationPublic, page_of
from app.vocabulary import OrganisationKind

router = APIRouter(prefix="/organisations", tags=["organisations"], responses=PROBLEM_RESPONSES)
RESOURCE = Resource("organisation", models.Organisation, OrganisationPublic)


@router.get("", response_model=page_of(OrganisationPublic))
async def read_organisations(
    request: Request,
    lang: LangQuery = None,
    kind: Annotated[OrganisationKind | None, Query(description="Only organisations of this kind.")] = None,
    place: Annotated[
        SlugFilter, Query(description="Only organisations located at this place (slug).")
    ] = None,
    sort: SlugSort = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
    fields: FieldsQuery = None,
    slugs: SlugsQuery = None,
) -> Response:
    """The organisations the article names.

    Government bodies, companies, cooperatives and others, with where the article places them.
    """
    filters = equal(kind=kind, place=place)
    return await read_list(
        request,
        RESOURCE,
        lang,
        filters=filters,
        sort=sort,
        limit=limit,
        cursor=cursor,
        fields=fields,
        slugs=slugs,
    )


@router.get("/{slug}", response_model=OrganisationPublic)
async def read_organisation(
    request: Request, slug: SlugPath, lang: LangQuery = None, fields: FieldsQuery = None
) -> Response:
    """One organisation.

    404 with a problem document when no organisation has the slug.
    """
    return await read_item(request, RESOURCE, slug, lang, fields)

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
from app.schemas import PersonPublic, page_of

router = APIRouter(prefix="/people", tags=["people"], responses=PROBLEM_RESPONSES)
RESOURCE = Resource("person", models.Person, PersonPublic)


@router.get("", response_model=page_of(PersonPublic))
async def read_people(
    request: Request,
    lang: LangQuery = None,
    place: Annotated[SlugFilter, Query(description="Only people the article places here (slug).")] = None,
    organisation: Annotated[SlugFilter, Query(description="Only people of this organisation (slug).")] = None,
    sort: SlugSort = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
    fields: FieldsQuery = None,
    slugs: SlugsQuery = None,
) -> Response:
    """The people the article names, with their roles.

    Tibetan names are romanised in their established form where there is one, in pinyin
    otherwise (`lang=en`); `source` is the name's first mention.
    """
    filters = equal(place=place, organisation=organisation)
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


@router.get("/{slug}", response_model=PersonPublic)
async def read_person(
    request: Request, slug: SlugPath, lang: LangQuery = None, fields: FieldsQuery = None
) -> Response:
    """One person and their role.

    404 with a problem document when no person has the slug.
    """
    return await read_item(request, RESOURCE, slug, lang, fields)

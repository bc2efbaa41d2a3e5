from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlmodel import Session, select

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
from app.api.resources import Resource, equal, read_item, read_list, read_with_session
from app.schemas import Cite, Lang, PlacePublic, page_of
from app.vocabulary import PlaceLevel

router = APIRouter(prefix="/places", tags=["places"], responses=PROBLEM_RESPONSES)


def all_places(session: Session) -> dict[str, models.Place]:
    """Every place by slug: the hierarchy of any one place needs its ancestors."""
    return {place.slug: place for place in session.exec(select(models.Place))}


def place_and_descendants(session: Session, slug: str) -> set[str]:
    """`slug` and every place inside it, however deep."""
    children: dict[str | None, list[str]] = {}
    for place in all_places(session).values():
        children.setdefault(place.parent, []).append(place.slug)
    found, frontier = {slug}, [slug]
    while frontier:
        for child in children.get(frontier.pop(), []):
            if child not in found:
                found.add(child)
                frontier.append(child)
    return found


def places_public(session: Session, rows: list[models.Place], lang: Lang, cite: Cite) -> list[PlacePublic]:
    every_place = all_places(session)
    return [PlacePublic.from_row(row, every_place, lang, cite) for row in rows]


RESOURCE = Resource("place", models.Place, PlacePublic, build=places_public)  # type: ignore[arg-type]


@router.get("", response_model=page_of(PlacePublic))
async def read_places(
    request: Request,
    lang: LangQuery = None,
    level: Annotated[PlaceLevel | None, Query(description="Only places of this level.")] = None,
    within: Annotated[
        SlugFilter, Query(description="Only places inside this place (slug), at any depth.")
    ] = None,
    sort: SlugSort = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
    fields: FieldsQuery = None,
    slugs: SlugsQuery = None,
) -> Response:
    """The places the article names, each with its hierarchy.

    `hierarchy` runs from the widest area down to the place itself: 区 > 市 > 县/区 > 镇/乡 > 村/片区.
    `within` keeps the places inside another, at any depth.
    """
    filters = equal(level=level)
    if within is not None:
        inside = await read_with_session(request, lambda session: place_and_descendants(session, within))
        filters.append(("slug", "in", tuple(sorted(inside - {within}))))
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


@router.get("/{slug}", response_model=PlacePublic)
async def read_place(
    request: Request, slug: SlugPath, lang: LangQuery = None, fields: FieldsQuery = None
) -> Response:
    """One place and the areas it lies in.

    404 with a problem document when no place has the slug.
    """
    return await read_item(request, RESOURCE, slug, lang, fields)

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import ColumnElement
from sqlmodel import Session, col, select

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugFilter, SlugPath, SlugSort
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.citations import citer
from app.schemas import PlacePublic, PlacesPage
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


@router.get("", response_model=PlacesPage)
def read_places(
    request: Request,
    response: Response,
    engine: EngineDep,
    lang: LangDep,
    level: Annotated[PlaceLevel | None, Query(description="Only places of this level.")] = None,
    within: Annotated[
        SlugFilter, Query(description="Only places inside this place (slug), at any depth.")
    ] = None,
    sort: SlugSort = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
) -> PlacesPage:
    """The places the article names, each with its hierarchy.

    `hierarchy` runs from the widest area down to the place itself: 区 > 市 > 县/区 > 镇/乡 > 村/片区.
    `within` keeps the places inside another, at any depth.
    """
    table = models.Place
    where: list[ColumnElement[bool]] = []
    with Session(engine) as session:
        cite = citer(session)
        if level is not None:
            where.append(col(table.level) == level)
        if within is not None:
            where.append(col(table.slug).in_(place_and_descendants(session, within) - {within}))
        rows, total, next_url = paginate(
            session, table, request=request, response=response, limit=limit, cursor=cursor,
            where=where, sort=sort,
        )  # fmt: skip
        places = all_places(session)
        return PlacesPage(
            items=[PlacePublic.from_row(row, places, lang, cite) for row in rows], total=total, next=next_url
        )


@router.get("/{slug}", response_model=PlacePublic)
def read_place(slug: SlugPath, engine: EngineDep, lang: LangDep) -> PlacePublic:
    """One place and the areas it lies in.

    404 with a problem document when no place has the slug.
    """
    with Session(engine) as session:
        cite = citer(session)
        return PlacePublic.from_row(
            fetch_or_404(session, models.Place, slug, "place"), all_places(session), lang, cite
        )

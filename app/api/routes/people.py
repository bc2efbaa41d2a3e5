from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import ColumnElement
from sqlmodel import Session, col

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugFilter, SlugPath, SlugSort
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.citations import citer
from app.schemas import PeoplePage, PersonPublic

router = APIRouter(prefix="/people", tags=["people"], responses=PROBLEM_RESPONSES)


@router.get("", response_model=PeoplePage)
def read_people(
    request: Request,
    response: Response,
    engine: EngineDep,
    lang: LangDep,
    place: Annotated[SlugFilter, Query(description="Only people the article places here (slug).")] = None,
    organisation: Annotated[SlugFilter, Query(description="Only people of this organisation (slug).")] = None,
    sort: SlugSort = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
) -> PeoplePage:
    """The people the article names, with their roles.

    Tibetan names are romanised in their established form where there is one, in pinyin
    otherwise (`lang=en`); `source` is the name's first mention.
    """
    table = models.Person
    where: list[ColumnElement[bool]] = []
    if place is not None:
        where.append(col(table.place) == place)
    if organisation is not None:
        where.append(col(table.organisation) == organisation)
    with Session(engine) as session:
        cite = citer(session)
        rows, total, next_url = paginate(
            session, table, request=request, response=response, limit=limit, cursor=cursor,
            where=where, sort=sort,
        )  # fmt: skip
        return PeoplePage(
            items=[PersonPublic.from_row(row, lang, cite) for row in rows], total=total, next=next_url
        )


@router.get("/{slug}", response_model=PersonPublic)
def read_person(slug: SlugPath, engine: EngineDep, lang: LangDep) -> PersonPublic:
    """One person and their role.

    404 with a problem document when no person has the slug.
    """
    with Session(engine) as session:
        cite = citer(session)
        return PersonPublic.from_row(fetch_or_404(session, models.Person, slug, "person"), lang, cite)

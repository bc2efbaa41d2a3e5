from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import ColumnElement
from sqlmodel import Session, col

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugFilter, SlugPath, SlugSort
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.citations import citer
from app.schemas import OrganisationPublic, OrganisationsPage
from app.vocabulary import OrganisationKind

router = APIRouter(prefix="/organisations", tags=["organisations"], responses=PROBLEM_RESPONSES)


@router.get("", response_model=OrganisationsPage)
def read_organisations(
    request: Request,
    response: Response,
    engine: EngineDep,
    lang: LangDep,
    kind: Annotated[OrganisationKind | None, Query(description="Only organisations of this kind.")] = None,
    place: Annotated[
        SlugFilter, Query(description="Only organisations located at this place (slug).")
    ] = None,
    sort: SlugSort = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
) -> OrganisationsPage:
    """The organisations the article names.

    Government bodies, companies, cooperatives and others, with where the article places them.
    """
    table = models.Organisation
    where: list[ColumnElement[bool]] = []
    if kind is not None:
        where.append(col(table.kind) == kind)
    if place is not None:
        where.append(col(table.place) == place)
    with Session(engine) as session:
        cite = citer(session)
        rows, total, next_url = paginate(
            session, table, request=request, response=response, limit=limit, cursor=cursor,
            where=where, sort=sort,
        )  # fmt: skip
        items = [OrganisationPublic.from_row(row, lang, cite) for row in rows]
        return OrganisationsPage(items=items, total=total, next=next_url)


@router.get("/{slug}", response_model=OrganisationPublic)
def read_organisation(slug: SlugPath, engine: EngineDep, lang: LangDep) -> OrganisationPublic:
    """One organisation.

    404 with a problem document when no organisation has the slug.
    """
    with Session(engine) as session:
        cite = citer(session)
        return OrganisationPublic.from_row(
            fetch_or_404(session, models.Organisation, slug, "organisation"), lang, cite
        )

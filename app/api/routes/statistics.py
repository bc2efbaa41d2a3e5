from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import ColumnElement, func
from sqlmodel import Session, col

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugPath
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.citations import citer
from app.schemas import StatisticPublic, StatisticsPage
from app.vocabulary import Qualifier, SectionSlug, StatisticKind, Unit

router = APIRouter(prefix="/statistics", tags=["statistics"], responses=PROBLEM_RESPONSES)

StatisticSort = Literal["article", "value", "-value", "as_of", "-as_of", "slug", "-slug"]
SORT_COLUMNS = {
    "value": models.Statistic.value,
    "as_of": func.coalesce(models.Statistic.as_of, "9999"),  # undated figures sort last
    "slug": models.Statistic.slug,
}


@router.get("", response_model=StatisticsPage)
def read_statistics(
    request: Request,
    response: Response,
    engine: EngineDep,
    lang: LangDep,
    section: Annotated[SectionSlug | None, Query(description="Only figures from this section.")] = None,
    kind: Annotated[StatisticKind | None, Query(description="Only counts, money, rates, ...")] = None,
    unit: Annotated[
        Unit | None, Query(description="Only figures in this unit, as the article writes it.")
    ] = None,
    qualifier: Annotated[
        Qualifier | Literal["none"] | None,
        Query(description="Only figures hedged this way; `none` for figures stated exactly."),
    ] = None,
    paragraph: Annotated[
        int | None, Query(ge=0, le=100_000, description="Only figures from this paragraph.")
    ] = None,
    as_of_year: Annotated[
        int | None, Query(ge=1900, le=2100, description="Only figures that hold as of this year.")
    ] = None,
    sort: Annotated[
        StatisticSort, Query(description="`article` (the default) or a field; `-field` sorts descending.")
    ] = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
) -> StatisticsPage:
    """Every figure the article gives.

    `value` is a plain number (60.6万人次 gives 606000), `unit` the article's unit and
    `value_text` its exact words; `qualifier` says how a figure is hedged. Filters combine with
    AND; `sort` orders by a field, ties keeping the article's order.
    """
    table = models.Statistic
    where: list[ColumnElement[bool]] = []
    if section is not None:
        where.append(col(table.section) == section)
    if kind is not None:
        where.append(col(table.kind) == kind)
    if unit is not None:
        where.append(col(table.unit) == unit)
    if qualifier == "none":
        where.append(col(table.qualifier).is_(None))
    elif qualifier is not None:
        where.append(col(table.qualifier) == qualifier)
    if paragraph is not None:
        where.append(col(table.source_paragraph) == paragraph)
    if as_of_year is not None:
        where.append(col(table.as_of_year) == as_of_year)
    with Session(engine) as session:
        cite = citer(session)
        rows, total, next_url = paginate(
            session, table, request=request, response=response, limit=limit, cursor=cursor,
            where=where, sort=sort, sort_columns=SORT_COLUMNS,
        )  # fmt: skip
        items = [StatisticPublic.from_row(row, lang, cite) for row in rows]
        return StatisticsPage(items=items, total=total, next=next_url)


@router.get("/{slug}", response_model=StatisticPublic)
def read_statistic(slug: SlugPath, engine: EngineDep, lang: LangDep) -> StatisticPublic:
    """One figure, with the sentence it comes from.

    404 with a problem document when no statistic has the slug.
    """
    with Session(engine) as session:
        cite = citer(session)
        return StatisticPublic.from_row(
            fetch_or_404(session, models.Statistic, slug, "statistic"), lang, cite
        )

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from sqlalchemy import ColumnElement
from sqlmodel import Session, col

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugPath
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.citations import citer
from app.dates import date_bounds
from app.schemas import MilestonePublic, MilestonesPage
from app.vocabulary import Precision, SectionSlug

router = APIRouter(prefix="/milestones", tags=["milestones"], responses=PROBLEM_RESPONSES)

MilestoneSort = Literal["article", "date", "-date", "slug", "-slug"]
SORT_COLUMNS = {"date": models.Milestone.date_start, "slug": models.Milestone.slug}
PARTIAL_DATE_QUERY = {
    "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
    "examples": ["2018", "2018-08", "2018-08-15"],
}


def _bounds(name: str, value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    try:
        return date_bounds(value)
    except ValueError as error:
        raise RequestValidationError(
            [{"loc": ("query", name), "msg": str(error), "type": "value_error"}]
        ) from None


@router.get("", response_model=MilestonesPage)
def read_milestones(
    request: Request,
    response: Response,
    engine: EngineDep,
    lang: LangDep,
    date_from: Annotated[
        str | None,
        Query(
            alias="from", description="Only events that may fall on or after this date.", **PARTIAL_DATE_QUERY
        ),
    ] = None,
    date_to: Annotated[
        str | None,
        Query(
            alias="to", description="Only events that may fall on or before this date.", **PARTIAL_DATE_QUERY
        ),
    ] = None,
    precision: Annotated[Precision | None, Query(description="Only events dated to this precision.")] = None,
    section: Annotated[SectionSlug | None, Query(description="Only events from this section.")] = None,
    sort: Annotated[
        MilestoneSort, Query(description="`article` (the default), `date` or `slug`; `-` sorts descending.")
    ] = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
) -> MilestonesPage:
    """Every dated event, with the precision the article gives.

    A date range keeps every event whose own span overlaps it: `from=2018-08-15` keeps an event
    dated only "2018-08", since it may have happened on or after the 15th.
    """
    table = models.Milestone
    where: list[ColumnElement[bool]] = []
    start, end = _bounds("from", date_from), _bounds("to", date_to)
    if start and end and start[0] > end[1]:
        raise RequestValidationError(
            [{"loc": ("query", "from"), "msg": "`from` is after `to`", "type": "value_error"}]
        )
    if start:
        where.append(col(table.date_end) >= start[0])
    if end:
        where.append(col(table.date_start) <= end[1])
    if precision is not None:
        where.append(col(table.precision) == precision)
    if section is not None:
        where.append(col(table.section) == section)
    with Session(engine) as session:
        cite = citer(session)
        rows, total, next_url = paginate(
            session, table, request=request, response=response, limit=limit, cursor=cursor,
            where=where, sort=sort, sort_columns=SORT_COLUMNS,
        )  # fmt: skip
        items = [MilestonePublic.from_row(row, lang, cite) for row in rows]
        return MilestonesPage(items=items, total=total, next=next_url)


@router.get("/{slug}", response_model=MilestonePublic)
def read_milestone(slug: SlugPath, engine: EngineDep, lang: LangDep) -> MilestonePublic:
    """One dated event, with its precision and source.

    404 with a problem document when no milestone has the slug.
    """
    with Session(engine) as session:
        cite = citer(session)
        return MilestonePublic.from_row(
            fetch_or_404(session, models.Milestone, slug, "milestone"), lang, cite
        )

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.exceptions import RequestValidationError

from app import models
from app.api.deps import CursorQuery, FieldsQuery, LangQuery, LimitQuery, SlugPath, SlugsQuery
from app.api.problems import PROBLEM_RESPONSES
from app.api.resources import Resource, equal, read_item, read_list
from app.dates import date_bounds
from app.schemas import MilestonePublic, page_of
from app.vocabulary import Precision, SectionSlug

router = APIRouter(prefix="/milestones", tags=["milestones"], responses=PROBLEM_RESPONSES)
TABLE = models.Milestone.__table__  # type: ignore[attr-defined]
RESOURCE = Resource("milestone", models.Milestone, MilestonePublic, sorts={"date": TABLE.c.date_start})
MilestoneSort = Literal["article", "date", "-date", "slug", "-slug"]
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


@router.get("", response_model=page_of(MilestonePublic))
async def read_milestones(
    request: Request,
    lang: LangQuery = None,
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
    fields: FieldsQuery = None,
    slugs: SlugsQuery = None,
) -> Response:
    """Every dated event, with the precision the article gives.

    A date range keeps every event whose own span overlaps it: `from=2018-08-15` keeps an event
    dated only "2018-08", since it may have happened on or after the 15th.
    """
    start, end = _bounds("from", date_from), _bounds("to", date_to)
    if start and end and start[0] > end[1]:
        raise RequestValidationError(
            [{"loc": ("query", "from"), "msg": "`from` is after `to`", "type": "value_error"}]
        )
    filters = equal(precision=precision, section=section)
    if start:
        filters.append(("date_end", ">=", start[0]))
    if end:
        filters.append(("date_start", "<=", end[1]))
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


@router.get("/{slug}", response_model=MilestonePublic)
async def read_milestone(
    request: Request, slug: SlugPath, lang: LangQuery = None, fields: FieldsQuery = None
) -> Response:
    """One dated event, with its precision and source.

    404 with a problem document when no milestone has the slug.
    """
    return await read_item(request, RESOURCE, slug, lang, fields)

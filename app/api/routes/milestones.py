from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.exceptions import RequestValidationError

from app import models
from app.api import public
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugPath
from app.api.fragments import Serialiser, item_fragment, page_body, page_fragments
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import Filter, keyset_page, run_query, served_version
from app.dates import date_bounds
from app.schemas import MilestonePublic, MilestonesPage
from app.vocabulary import Precision, SectionSlug

router = APIRouter(prefix="/milestones", tags=["milestones"], responses=PROBLEM_RESPONSES)

MilestoneSort = Literal["article", "date", "-date", "slug", "-slug"]
TABLE = models.Milestone.__table__  # type: ignore[attr-defined]
COLUMNS = public.columns(TABLE, public.MILESTONE_COLUMNS)
SERIALISER = Serialiser(TABLE, "milestone", COLUMNS, public.milestone)
SLUG_ONLY = [TABLE.c.slug]  # a page reads its keys; the facts' JSON comes from app/api/fragments.py
SORT_COLUMNS = {"date": TABLE.c.date_start, "slug": TABLE.c.slug}
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
async def read_milestones(
    request: Request,
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
    filters: list[Filter] = []
    if start:
        filters.append(("date_end", ">=", start[0]))
    if end:
        filters.append(("date_start", "<=", end[1]))
    if precision is not None:
        filters.append(("precision", "=", precision))
    if section is not None:
        filters.append(("section", "=", section))

    def answer() -> Response:
        with engine.connect() as connection:
            found = keyset_page(
                connection, TABLE, request=request, limit=limit, cursor=cursor, filters=filters,
                sort=sort, sort_columns=SORT_COLUMNS, columns=SLUG_ONLY,
            )  # fmt: skip
            version = served_version(request)
            items = page_fragments(connection, SERIALISER, lang, [row[0] for row in found.rows], version)
        return public.json_response(page_body(items, found.total, found.next_url), lang, found.next_url)

    return await run_query(engine, answer)


@router.get("/{slug}", response_model=MilestonePublic)
async def read_milestone(request: Request, slug: SlugPath, engine: EngineDep, lang: LangDep) -> Response:
    """One dated event, with its precision and source.

    404 with a problem document when no milestone has the slug.
    """
    item = await item_fragment(engine, SERIALISER, lang, slug, served_version(request))
    return public.json_response(item, lang)

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy import func

from app import models
from app.api.deps import CursorQuery, FieldsQuery, LangQuery, LimitQuery, SlugPath, SlugsQuery
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import Filter
from app.api.resources import Resource, equal, read_item, read_list, slug_filter
from app.schemas import StatisticPublic, page_of
from app.vocabulary import Qualifier, SectionSlug, StatisticKind, Unit

router = APIRouter(prefix="/statistics", tags=["statistics"], responses=PROBLEM_RESPONSES)
TABLE = models.Statistic.__table__  # type: ignore[attr-defined]
RESOURCE = Resource(
    "statistic",
    models.Statistic,
    StatisticPublic,
    sorts={
        "value": TABLE.c.value,
        "as_of": func.coalesce(TABLE.c.as_of, "9999"),  # undated figures sort last
    },
)
StatisticSort = Literal["article", "value", "-value", "as_of", "-as_of", "slug", "-slug"]


async def statistic_filters(
    section: Annotated[
        SectionSlug | None, Query(description="Only figures from this section (the values: `/v1/sections`).")
    ] = None,
    kind: Annotated[StatisticKind | None, Query(description="Only counts, money, rates, ...")] = None,
    unit: Annotated[
        Unit | None,
        Query(description="Only figures in this unit, as the article writes it (the values: `/v1/units`)."),
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
    slugs: SlugsQuery = None,
) -> list[Filter]:
    """Which statistics a request keeps: the list's filters, which the downloads take too.
    Filters combine with AND."""
    filters = equal(section=section, kind=kind, unit=unit, source_paragraph=paragraph, as_of_year=as_of_year)
    if qualifier == "none":
        filters.append(("qualifier", "null", None))
    elif qualifier is not None:
        filters.append(("qualifier", "=", qualifier))
    return [*filters, *slug_filter(slugs)]


StatisticFilters = Annotated[list[Filter], Depends(statistic_filters)]


@router.get("", response_model=page_of(StatisticPublic))
async def read_statistics(
    request: Request,
    filters: StatisticFilters,
    lang: LangQuery = None,
    sort: Annotated[
        StatisticSort, Query(description="`article` (the default) or a field; `-field` sorts descending.")
    ] = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
    fields: FieldsQuery = None,
) -> Response:
    """Every figure the article gives.

    `value` is a plain number (60.6万人次 gives 606000), `unit` the article's unit and
    `value_text` its exact words; `qualifier` says how a figure is hedged. Filters combine with
    AND; `sort` orders by a field, ties keeping the article's order.
    """
    return await read_list(
        request, RESOURCE, lang, filters=filters, sort=sort, limit=limit, cursor=cursor, fields=fields
    )


@router.get("/{slug}", response_model=StatisticPublic)
async def read_statistic(
    request: Request, slug: SlugPath, lang: LangQuery = None, fields: FieldsQuery = None
) -> Response:
    """One figure, with the sentence it comes from.

    404 with a problem document when no statistic has the slug.
    """
    return await read_item(request, RESOURCE, slug, lang, fields)

import re
from functools import partial
from typing import Annotated, Any, Literal, get_args

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import Engine, func

from app import models
from app.api import public
from app.api.deps import (
    SUPPORTED_LANGS,
    CursorQuery,
    EngineDep,
    LangDep,
    LimitQuery,
    SlugPath,
    negotiate_lang,
)
from app.api.fast_lane import Lane
from app.api.fragments import Serialiser, item_fragment, page_body, page_fragments
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import Filter, keyset_page, run_query, served_version
from app.schemas import Lang, StatisticPublic, StatisticsPage
from app.vocabulary import SLUG, Qualifier, SectionSlug, StatisticKind, Unit, sections, units

router = APIRouter(prefix="/statistics", tags=["statistics"], responses=PROBLEM_RESPONSES)
TABLE = models.Statistic.__table__  # type: ignore[attr-defined]
COLUMNS = public.columns(TABLE, public.STATISTIC_COLUMNS)
SERIALISER = Serialiser(TABLE, "statistic", COLUMNS, public.statistic)
SLUG_ONLY = [TABLE.c.slug]  # a page reads its keys; the facts' JSON comes from app/api/fragments.py

StatisticSort = Literal["article", "value", "-value", "as_of", "-as_of", "slug", "-slug"]
SORT_COLUMNS = {
    "value": TABLE.c.value,
    "as_of": func.coalesce(TABLE.c.as_of, "9999"),  # undated figures sort last
    "slug": TABLE.c.slug,
}


@router.get("", response_model=StatisticsPage)
async def read_statistics(
    request: Request,
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
) -> Response:
    """Every figure the article gives.

    `value` is a plain number (60.6万人次 gives 606000), `unit` the article's unit and
    `value_text` its exact words; `qualifier` says how a figure is hedged. Filters combine with
    AND; `sort` orders by a field, ties keeping the article's order.
    """
    return await run_query(engine, partial(
        statistics_page, request, engine, lang, section=section, kind=kind, unit=unit, qualifier=qualifier,
        paragraph=paragraph, as_of_year=as_of_year, sort=sort, limit=limit, cursor=cursor,
    ))  # fmt: skip


def statistics_page(
    request: Request,
    engine: Engine,
    lang: Lang,
    *,
    section: str | None = None,
    kind: str | None = None,
    unit: str | None = None,
    qualifier: str | None = None,
    paragraph: int | None = None,
    as_of_year: int | None = None,
    sort: str = "article",
    limit: int = 20,
    cursor: str | None = None,
) -> Response:
    """The answer of GET /v1/statistics, for parameters already validated (by FastAPI or the lane).

    With the keyset indexes it reads one page of an index range (and a count remembered per
    version): on SQLite well under a millisecond, so it runs on the event loop (`run_query`).
    """
    given = (
        ("section", section),
        ("kind", kind),
        ("unit", unit),
        ("source_paragraph", paragraph),
        ("as_of_year", as_of_year),
    )
    filters: list[Filter] = [(name, "=", value) for name, value in given if value is not None]
    if qualifier == "none":
        filters.append(("qualifier", "null", None))
    elif qualifier is not None:
        filters.append(("qualifier", "=", qualifier))
    with engine.connect() as connection:
        found = keyset_page(
            connection, TABLE, request=request, limit=limit, cursor=cursor, filters=filters,
            sort=sort, sort_columns=SORT_COLUMNS, columns=SLUG_ONLY,
        )  # fmt: skip
        slugs = [row[0] for row in found.rows]
        items = page_fragments(connection, SERIALISER, lang, slugs, served_version(request))
    return public.json_response(page_body(items, found.total, found.next_url), lang, found.next_url)


async def statistic_item(request: Request, engine: Engine, lang: Lang, slug: str) -> Response:
    """The answer of GET /v1/statistics/{slug}; NotFound if no statistic has the slug."""
    item = await item_fragment(engine, SERIALISER, lang, slug, served_version(request))
    return public.json_response(item, lang)


@router.get("/{slug}", response_model=StatisticPublic)
async def read_statistic(request: Request, slug: SlugPath, engine: EngineDep, lang: LangDep) -> Response:
    """One figure, with the sentence it comes from.

    404 with a problem document when no statistic has the slug.
    """
    return await statistic_item(request, engine, lang, slug)


# The fast lane (app/api/fast_lane.py) to the two routes above, for requests the HTTP cache misses.
LANG = frozenset(SUPPORTED_LANGS)


async def _list_lane(request: Request, _match: re.Match[str], values: dict[str, Any]) -> Response:
    lang = values.pop("lang", None) or negotiate_lang(request.headers.get("accept-language"))
    engine = request.app.state.engine
    return await run_query(engine, partial(statistics_page, request, engine, lang, **values))


async def _item_lane(request: Request, match: re.Match[str], values: dict[str, Any]) -> Response:
    slug = match.group(1)
    if len(slug) > 80:
        raise ValueError("for FastAPI to refuse")
    lang = values.get("lang") or negotiate_lang(request.headers.get("accept-language"))
    return await statistic_item(request, request.app.state.engine, lang, slug)


LANES = (
    Lane(
        re.compile(r"/v1/statistics"),
        _list_lane,
        choices={
            "lang": LANG,
            "section": sections,
            "kind": frozenset(get_args(StatisticKind)),
            "unit": units,
            "qualifier": frozenset(get_args(Qualifier)) | {"none"},
            "sort": frozenset(get_args(StatisticSort)),
        },
        integers={"paragraph": (0, 100_000), "as_of_year": (1900, 2100), "limit": (1, 100)},
        strings={"cursor": 200},
    ),
    Lane(re.compile(rf"/v1/statistics/({SLUG})"), _item_lane, choices={"lang": LANG}),
)

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.list_statistics_kind_type_0 import ListStatisticsKindType0
from ...models.list_statistics_qualifier_type_0 import ListStatisticsQualifierType0
from ...models.list_statistics_section_type_0 import ListStatisticsSectionType0
from ...models.list_statistics_sort import ListStatisticsSort
from ...models.list_statistics_unit_type_0 import ListStatisticsUnitType0
from ...models.problem_detail import ProblemDetail
from ...models.statistic_page import StatisticPage
from ...types import UNSET, Unset
from typing import cast
from typing import Literal, cast



def _get_kwargs(
    *,
    lang: None | str | Unset = UNSET,
    section: ListStatisticsSectionType0 | None | Unset = UNSET,
    kind: ListStatisticsKindType0 | None | Unset = UNSET,
    unit: ListStatisticsUnitType0 | None | Unset = UNSET,
    qualifier: ListStatisticsQualifierType0 | Literal['none'] | None | Unset = UNSET,
    paragraph: int | None | Unset = UNSET,
    as_of_year: int | None | Unset = UNSET,
    sort: ListStatisticsSort | Unset = ListStatisticsSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_lang: None | str | Unset
    if isinstance(lang, Unset):
        json_lang = UNSET
    else:
        json_lang = lang
    params["lang"] = json_lang

    json_section: None | str | Unset
    if isinstance(section, Unset):
        json_section = UNSET
    elif isinstance(section, ListStatisticsSectionType0):
        json_section = section.value
    else:
        json_section = section
    params["section"] = json_section

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ListStatisticsKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_unit: None | str | Unset
    if isinstance(unit, Unset):
        json_unit = UNSET
    elif isinstance(unit, ListStatisticsUnitType0):
        json_unit = unit.value
    else:
        json_unit = unit
    params["unit"] = json_unit

    json_qualifier: Literal['none'] | None | str | Unset
    if isinstance(qualifier, Unset):
        json_qualifier = UNSET
    elif isinstance(qualifier, ListStatisticsQualifierType0):
        json_qualifier = qualifier.value
    else:
        json_qualifier = qualifier
    params["qualifier"] = json_qualifier

    json_paragraph: int | None | Unset
    if isinstance(paragraph, Unset):
        json_paragraph = UNSET
    else:
        json_paragraph = paragraph
    params["paragraph"] = json_paragraph

    json_as_of_year: int | None | Unset
    if isinstance(as_of_year, Unset):
        json_as_of_year = UNSET
    else:
        json_as_of_year = as_of_year
    params["as_of_year"] = json_as_of_year

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/statistics",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetail | StatisticPage | None:
    if response.status_code == 200:
        response_200 = StatisticPage.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(response.json())



        return response_400

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(response.json())



        return response_404

    if response.status_code == 422:
        response_422 = ProblemDetail.from_dict(response.json())



        return response_422

    if response.status_code == 500:
        response_500 = ProblemDetail.from_dict(response.json())



        return response_500

    if response.status_code == 503:
        response_503 = ProblemDetail.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProblemDetail | StatisticPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    section: ListStatisticsSectionType0 | None | Unset = UNSET,
    kind: ListStatisticsKindType0 | None | Unset = UNSET,
    unit: ListStatisticsUnitType0 | None | Unset = UNSET,
    qualifier: ListStatisticsQualifierType0 | Literal['none'] | None | Unset = UNSET,
    paragraph: int | None | Unset = UNSET,
    as_of_year: int | None | Unset = UNSET,
    sort: ListStatisticsSort | Unset = ListStatisticsSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[ProblemDetail | StatisticPage]:
    """ Every figure the article gives.

     Every figure the article gives.

    `value` is a plain number (60.6万人次 gives 606000), `unit` the article's unit and
    `value_text` its exact words; `qualifier` says how a figure is hedged. Filters combine with
    AND; `sort` orders by a field, ties keeping the article's order.

    Args:
        lang (None | str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any
            case: `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also
            `EN`, `en-GB`...). A tag we cannot serve falls back to what Accept-Language prefers
            (default `zh`); `Content-Language` says which.
        section (ListStatisticsSectionType0 | None | Unset): Only figures from this section.
        kind (ListStatisticsKindType0 | None | Unset): Only counts, money, rates, ...
        unit (ListStatisticsUnitType0 | None | Unset): Only figures in this unit, as the article
            writes it.
        qualifier (ListStatisticsQualifierType0 | Literal['none'] | None | Unset): Only figures
            hedged this way; `none` for figures stated exactly.
        paragraph (int | None | Unset): Only figures from this paragraph.
        as_of_year (int | None | Unset): Only figures that hold as of this year.
        sort (ListStatisticsSort | Unset): `article` (the default) or a field; `-field` sorts
            descending. Default: ListStatisticsSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | StatisticPage]
     """


    kwargs = _get_kwargs(
        lang=lang,
section=section,
kind=kind,
unit=unit,
qualifier=qualifier,
paragraph=paragraph,
as_of_year=as_of_year,
sort=sort,
limit=limit,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    section: ListStatisticsSectionType0 | None | Unset = UNSET,
    kind: ListStatisticsKindType0 | None | Unset = UNSET,
    unit: ListStatisticsUnitType0 | None | Unset = UNSET,
    qualifier: ListStatisticsQualifierType0 | Literal['none'] | None | Unset = UNSET,
    paragraph: int | None | Unset = UNSET,
    as_of_year: int | None | Unset = UNSET,
    sort: ListStatisticsSort | Unset = ListStatisticsSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> ProblemDetail | StatisticPage | None:
    """ Every figure the article gives.

     Every figure the article gives.

    `value` is a plain number (60.6万人次 gives 606000), `unit` the article's unit and
    `value_text` its exact words; `qualifier` says how a figure is hedged. Filters combine with
    AND; `sort` orders by a field, ties keeping the article's order.

    Args:
        lang (None | str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any
            case: `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also
            `EN`, `en-GB`...). A tag we cannot serve falls back to what Accept-Language prefers
            (default `zh`); `Content-Language` says which.
        section (ListStatisticsSectionType0 | None | Unset): Only figures from this section.
        kind (ListStatisticsKindType0 | None | Unset): Only counts, money, rates, ...
        unit (ListStatisticsUnitType0 | None | Unset): Only figures in this unit, as the article
            writes it.
        qualifier (ListStatisticsQualifierType0 | Literal['none'] | None | Unset): Only figures
            hedged this way; `none` for figures stated exactly.
        paragraph (int | None | Unset): Only figures from this paragraph.
        as_of_year (int | None | Unset): Only figures that hold as of this year.
        sort (ListStatisticsSort | Unset): `article` (the default) or a field; `-field` sorts
            descending. Default: ListStatisticsSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | StatisticPage
     """


    return sync_detailed(
        client=client,
lang=lang,
section=section,
kind=kind,
unit=unit,
qualifier=qualifier,
paragraph=paragraph,
as_of_year=as_of_year,
sort=sort,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    section: ListStatisticsSectionType0 | None | Unset = UNSET,
    kind: ListStatisticsKindType0 | None | Unset = UNSET,
    unit: ListStatisticsUnitType0 | None | Unset = UNSET,
    qualifier: ListStatisticsQualifierType0 | Literal['none'] | None | Unset = UNSET,
    paragraph: int | None | Unset = UNSET,
    as_of_year: int | None | Unset = UNSET,
    sort: ListStatisticsSort | Unset = ListStatisticsSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[ProblemDetail | StatisticPage]:
    """ Every figure the article gives.

     Every figure the article gives.

    `value` is a plain number (60.6万人次 gives 606000), `unit` the article's unit and
    `value_text` its exact words; `qualifier` says how a figure is hedged. Filters combine with
    AND; `sort` orders by a field, ties keeping the article's order.

    Args:
        lang (None | str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any
            case: `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also
            `EN`, `en-GB`...). A tag we cannot serve falls back to what Accept-Language prefers
            (default `zh`); `Content-Language` says which.
        section (ListStatisticsSectionType0 | None | Unset): Only figures from this section.
        kind (ListStatisticsKindType0 | None | Unset): Only counts, money, rates, ...
        unit (ListStatisticsUnitType0 | None | Unset): Only figures in this unit, as the article
            writes it.
        qualifier (ListStatisticsQualifierType0 | Literal['none'] | None | Unset): Only figures
            hedged this way; `none` for figures stated exactly.
        paragraph (int | None | Unset): Only figures from this paragraph.
        as_of_year (int | None | Unset): Only figures that hold as of this year.
        sort (ListStatisticsSort | Unset): `article` (the default) or a field; `-field` sorts
            descending. Default: ListStatisticsSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | StatisticPage]
     """


    kwargs = _get_kwargs(
        lang=lang,
section=section,
kind=kind,
unit=unit,
qualifier=qualifier,
paragraph=paragraph,
as_of_year=as_of_year,
sort=sort,
limit=limit,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    section: ListStatisticsSectionType0 | None | Unset = UNSET,
    kind: ListStatisticsKindType0 | None | Unset = UNSET,
    unit: ListStatisticsUnitType0 | None | Unset = UNSET,
    qualifier: ListStatisticsQualifierType0 | Literal['none'] | None | Unset = UNSET,
    paragraph: int | None | Unset = UNSET,
    as_of_year: int | None | Unset = UNSET,
    sort: ListStatisticsSort | Unset = ListStatisticsSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> ProblemDetail | StatisticPage | None:
    """ Every figure the article gives.

     Every figure the article gives.

    `value` is a plain number (60.6万人次 gives 606000), `unit` the article's unit and
    `value_text` its exact words; `qualifier` says how a figure is hedged. Filters combine with
    AND; `sort` orders by a field, ties keeping the article's order.

    Args:
        lang (None | str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any
            case: `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also
            `EN`, `en-GB`...). A tag we cannot serve falls back to what Accept-Language prefers
            (default `zh`); `Content-Language` says which.
        section (ListStatisticsSectionType0 | None | Unset): Only figures from this section.
        kind (ListStatisticsKindType0 | None | Unset): Only counts, money, rates, ...
        unit (ListStatisticsUnitType0 | None | Unset): Only figures in this unit, as the article
            writes it.
        qualifier (ListStatisticsQualifierType0 | Literal['none'] | None | Unset): Only figures
            hedged this way; `none` for figures stated exactly.
        paragraph (int | None | Unset): Only figures from this paragraph.
        as_of_year (int | None | Unset): Only figures that hold as of this year.
        sort (ListStatisticsSort | Unset): `article` (the default) or a field; `-field` sorts
            descending. Default: ListStatisticsSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | StatisticPage
     """


    return (await asyncio_detailed(
        client=client,
lang=lang,
section=section,
kind=kind,
unit=unit,
qualifier=qualifier,
paragraph=paragraph,
as_of_year=as_of_year,
sort=sort,
limit=limit,
cursor=cursor,

    )).parsed

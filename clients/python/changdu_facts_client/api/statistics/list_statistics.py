from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.list_statistics_kind import ListStatisticsKind
from ...models.list_statistics_qualifier_type_0 import ListStatisticsQualifierType0
from ...models.list_statistics_sort import ListStatisticsSort
from ...models.problem_detail import ProblemDetail
from ...models.statistic_page import StatisticPage
from ...types import UNSET, Unset
from typing import cast
from typing import Literal, cast



def _get_kwargs(
    *,
    lang: str | Unset = UNSET,
    sort: ListStatisticsSort | Unset = ListStatisticsSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    section: str | Unset = UNSET,
    kind: ListStatisticsKind | Unset = UNSET,
    unit: str | Unset = UNSET,
    qualifier: ListStatisticsQualifierType0 | Literal['none'] | Unset = UNSET,
    paragraph: int | Unset = UNSET,
    as_of_year: int | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["lang"] = lang

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["limit"] = limit

    params["cursor"] = cursor

    params["fields"] = fields

    params["section"] = section

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params["unit"] = unit

    json_qualifier: Literal['none'] | str | Unset
    if isinstance(qualifier, Unset):
        json_qualifier = UNSET
    elif isinstance(qualifier, ListStatisticsQualifierType0):
        json_qualifier = qualifier.value
    else:
        json_qualifier = qualifier
    params["qualifier"] = json_qualifier

    params["paragraph"] = paragraph

    params["as_of_year"] = as_of_year

    params["slug"] = slug


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
    lang: str | Unset = UNSET,
    sort: ListStatisticsSort | Unset = ListStatisticsSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    section: str | Unset = UNSET,
    kind: ListStatisticsKind | Unset = UNSET,
    unit: str | Unset = UNSET,
    qualifier: ListStatisticsQualifierType0 | Literal['none'] | Unset = UNSET,
    paragraph: int | Unset = UNSET,
    as_of_year: int | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> Response[ProblemDetail | StatisticPage]:
    """ Every figure the article gives.

     Every figure the article gives.

    `value` is a plain number (60.6万人次 gives 606000), `unit` the article's unit and
    `value_text` its exact words; `qualifier` says how a figure is hedged. Filters combine with
    AND; `sort` orders by a field, ties keeping the article's order.

    Args:
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.
        sort (ListStatisticsSort | Unset): `article` (the default) or a field; `-field` sorts
            descending. Default: ListStatisticsSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (str | Unset): Opaque cursor from a previous page's `next` URL.
        fields (str | Unset): Only these top-level fields of each item, comma-separated
            (`slug,label,display`), in the model's order whatever the order asked; an unknown name is
            a 422 naming it. Without it, every field. The answer's schema is then the model's with
            every property optional.
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        kind (ListStatisticsKind | Unset): Only counts, money, rates, ...
        unit (str | Unset): Values from the data (now `%`, `个`, `个工作日`, `人`, `人次`, `位`, `元`,
            `县(区)`, `名`, `小时`, `岁`, `市地`, `年`, `张`, `户`, `次`, `种`, `路`), listed with counts at
            `/v1/units`.
        qualifier (ListStatisticsQualifierType0 | Literal['none'] | Unset): Only figures hedged
            this way; `none` for figures stated exactly.
        paragraph (int | Unset): Only figures from this paragraph.
        as_of_year (int | Unset): Only figures that hold as of this year.
        slug (str | Unset): Only these facts: up to 100 slugs, comma-separated. A batch answers
            like any filtered list: the facts found, in the list's order (the article's, or `sort`),
            paged by `limit`; a slug that names no fact is simply absent (compare `total` with the
            slugs asked). For example `social-insurance-enrolments-2019,social-security-cards-
            issued-2019`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | StatisticPage]
     """


    kwargs = _get_kwargs(
        lang=lang,
sort=sort,
limit=limit,
cursor=cursor,
fields=fields,
section=section,
kind=kind,
unit=unit,
qualifier=qualifier,
paragraph=paragraph,
as_of_year=as_of_year,
slug=slug,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,
    sort: ListStatisticsSort | Unset = ListStatisticsSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    section: str | Unset = UNSET,
    kind: ListStatisticsKind | Unset = UNSET,
    unit: str | Unset = UNSET,
    qualifier: ListStatisticsQualifierType0 | Literal['none'] | Unset = UNSET,
    paragraph: int | Unset = UNSET,
    as_of_year: int | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> ProblemDetail | StatisticPage | None:
    """ Every figure the article gives.

     Every figure the article gives.

    `value` is a plain number (60.6万人次 gives 606000), `unit` the article's unit and
    `value_text` its exact words; `qualifier` says how a figure is hedged. Filters combine with
    AND; `sort` orders by a field, ties keeping the article's order.

    Args:
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.
        sort (ListStatisticsSort | Unset): `article` (the default) or a field; `-field` sorts
            descending. Default: ListStatisticsSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (str | Unset): Opaque cursor from a previous page's `next` URL.
        fields (str | Unset): Only these top-level fields of each item, comma-separated
            (`slug,label,display`), in the model's order whatever the order asked; an unknown name is
            a 422 naming it. Without it, every field. The answer's schema is then the model's with
            every property optional.
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        kind (ListStatisticsKind | Unset): Only counts, money, rates, ...
        unit (str | Unset): Values from the data (now `%`, `个`, `个工作日`, `人`, `人次`, `位`, `元`,
            `县(区)`, `名`, `小时`, `岁`, `市地`, `年`, `张`, `户`, `次`, `种`, `路`), listed with counts at
            `/v1/units`.
        qualifier (ListStatisticsQualifierType0 | Literal['none'] | Unset): Only figures hedged
            this way; `none` for figures stated exactly.
        paragraph (int | Unset): Only figures from this paragraph.
        as_of_year (int | Unset): Only figures that hold as of this year.
        slug (str | Unset): Only these facts: up to 100 slugs, comma-separated. A batch answers
            like any filtered list: the facts found, in the list's order (the article's, or `sort`),
            paged by `limit`; a slug that names no fact is simply absent (compare `total` with the
            slugs asked). For example `social-insurance-enrolments-2019,social-security-cards-
            issued-2019`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | StatisticPage
     """


    return sync_detailed(
        client=client,
lang=lang,
sort=sort,
limit=limit,
cursor=cursor,
fields=fields,
section=section,
kind=kind,
unit=unit,
qualifier=qualifier,
paragraph=paragraph,
as_of_year=as_of_year,
slug=slug,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,
    sort: ListStatisticsSort | Unset = ListStatisticsSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    section: str | Unset = UNSET,
    kind: ListStatisticsKind | Unset = UNSET,
    unit: str | Unset = UNSET,
    qualifier: ListStatisticsQualifierType0 | Literal['none'] | Unset = UNSET,
    paragraph: int | Unset = UNSET,
    as_of_year: int | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> Response[ProblemDetail | StatisticPage]:
    """ Every figure the article gives.

     Every figure the article gives.

    `value` is a plain number (60.6万人次 gives 606000), `unit` the article's unit and
    `value_text` its exact words; `qualifier` says how a figure is hedged. Filters combine with
    AND; `sort` orders by a field, ties keeping the article's order.

    Args:
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.
        sort (ListStatisticsSort | Unset): `article` (the default) or a field; `-field` sorts
            descending. Default: ListStatisticsSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (str | Unset): Opaque cursor from a previous page's `next` URL.
        fields (str | Unset): Only these top-level fields of each item, comma-separated
            (`slug,label,display`), in the model's order whatever the order asked; an unknown name is
            a 422 naming it. Without it, every field. The answer's schema is then the model's with
            every property optional.
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        kind (ListStatisticsKind | Unset): Only counts, money, rates, ...
        unit (str | Unset): Values from the data (now `%`, `个`, `个工作日`, `人`, `人次`, `位`, `元`,
            `县(区)`, `名`, `小时`, `岁`, `市地`, `年`, `张`, `户`, `次`, `种`, `路`), listed with counts at
            `/v1/units`.
        qualifier (ListStatisticsQualifierType0 | Literal['none'] | Unset): Only figures hedged
            this way; `none` for figures stated exactly.
        paragraph (int | Unset): Only figures from this paragraph.
        as_of_year (int | Unset): Only figures that hold as of this year.
        slug (str | Unset): Only these facts: up to 100 slugs, comma-separated. A batch answers
            like any filtered list: the facts found, in the list's order (the article's, or `sort`),
            paged by `limit`; a slug that names no fact is simply absent (compare `total` with the
            slugs asked). For example `social-insurance-enrolments-2019,social-security-cards-
            issued-2019`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | StatisticPage]
     """


    kwargs = _get_kwargs(
        lang=lang,
sort=sort,
limit=limit,
cursor=cursor,
fields=fields,
section=section,
kind=kind,
unit=unit,
qualifier=qualifier,
paragraph=paragraph,
as_of_year=as_of_year,
slug=slug,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,
    sort: ListStatisticsSort | Unset = ListStatisticsSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    section: str | Unset = UNSET,
    kind: ListStatisticsKind | Unset = UNSET,
    unit: str | Unset = UNSET,
    qualifier: ListStatisticsQualifierType0 | Literal['none'] | Unset = UNSET,
    paragraph: int | Unset = UNSET,
    as_of_year: int | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> ProblemDetail | StatisticPage | None:
    """ Every figure the article gives.

     Every figure the article gives.

    `value` is a plain number (60.6万人次 gives 606000), `unit` the article's unit and
    `value_text` its exact words; `qualifier` says how a figure is hedged. Filters combine with
    AND; `sort` orders by a field, ties keeping the article's order.

    Args:
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.
        sort (ListStatisticsSort | Unset): `article` (the default) or a field; `-field` sorts
            descending. Default: ListStatisticsSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (str | Unset): Opaque cursor from a previous page's `next` URL.
        fields (str | Unset): Only these top-level fields of each item, comma-separated
            (`slug,label,display`), in the model's order whatever the order asked; an unknown name is
            a 422 naming it. Without it, every field. The answer's schema is then the model's with
            every property optional.
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        kind (ListStatisticsKind | Unset): Only counts, money, rates, ...
        unit (str | Unset): Values from the data (now `%`, `个`, `个工作日`, `人`, `人次`, `位`, `元`,
            `县(区)`, `名`, `小时`, `岁`, `市地`, `年`, `张`, `户`, `次`, `种`, `路`), listed with counts at
            `/v1/units`.
        qualifier (ListStatisticsQualifierType0 | Literal['none'] | Unset): Only figures hedged
            this way; `none` for figures stated exactly.
        paragraph (int | Unset): Only figures from this paragraph.
        as_of_year (int | Unset): Only figures that hold as of this year.
        slug (str | Unset): Only these facts: up to 100 slugs, comma-separated. A batch answers
            like any filtered list: the facts found, in the list's order (the article's, or `sort`),
            paged by `limit`; a slug that names no fact is simply absent (compare `total` with the
            slugs asked). For example `social-insurance-enrolments-2019,social-security-cards-
            issued-2019`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | StatisticPage
     """


    return (await asyncio_detailed(
        client=client,
lang=lang,
sort=sort,
limit=limit,
cursor=cursor,
fields=fields,
section=section,
kind=kind,
unit=unit,
qualifier=qualifier,
paragraph=paragraph,
as_of_year=as_of_year,
slug=slug,

    )).parsed

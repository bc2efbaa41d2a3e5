from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_statistics_csv_kind import GetStatisticsCsvKind
from ...models.get_statistics_csv_qualifier_type_0 import GetStatisticsCsvQualifierType0
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Unset
from typing import cast
from typing import Literal, cast



def _get_kwargs(
    *,
    slugs: str | Unset = UNSET,
    section: str | Unset = UNSET,
    kind: GetStatisticsCsvKind | Unset = UNSET,
    unit: str | Unset = UNSET,
    qualifier: GetStatisticsCsvQualifierType0 | Literal['none'] | Unset = UNSET,
    paragraph: int | Unset = UNSET,
    as_of_year: int | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["slugs"] = slugs

    params["section"] = section

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params["unit"] = unit

    json_qualifier: Literal['none'] | str | Unset
    if isinstance(qualifier, Unset):
        json_qualifier = UNSET
    elif isinstance(qualifier, GetStatisticsCsvQualifierType0):
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
        "url": "/v1/statistics.csv",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetail | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProblemDetail | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    slugs: str | Unset = UNSET,
    section: str | Unset = UNSET,
    kind: GetStatisticsCsvKind | Unset = UNSET,
    unit: str | Unset = UNSET,
    qualifier: GetStatisticsCsvQualifierType0 | Literal['none'] | Unset = UNSET,
    paragraph: int | Unset = UNSET,
    as_of_year: int | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> Response[ProblemDetail | str]:
    """ Every statistic as CSV, one row per figure in the article's order; or those the list's

     Every statistic as CSV, one row per figure in the article's order; or those the list's
    filters keep (`section`, `kind`, `unit`, `qualifier`, `paragraph`, `as_of_year`, `slug`).

    UTF-8 with a byte-order mark (Excel opens the Chinese correctly), CRLF line ends and a header
    row. Values are plain numbers (606000, 24.95); each row has both labels, the unit in both
    languages, the hedge, the dates, which fields are derived and why, the verbatim quote with its
    paragraph and offsets, and short and long citations in Chinese and English. The rows are the
    objects `/v1/statistics` serves, so the two never disagree. The file name carries the dataset
    version; `/v1/export.zip` explains every column.

    Args:
        slugs (str | Unset): Only these statistics, comma-separated, in the article's order (a
            chart's “Get the data” link names its figures). An unknown slug answers 404. Deprecated:
            `slug`, as the list takes it, leaves unknown slugs out instead.
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        kind (GetStatisticsCsvKind | Unset): Only counts, money, rates, ...
        unit (str | Unset): Values from the data (now `%`, `个`, `个工作日`, `人`, `人次`, `位`, `元`,
            `县(区)`, `名`, `小时`, `岁`, `市地`, `年`, `张`, `户`, `次`, `种`, `路`), listed with counts at
            `/v1/units`.
        qualifier (GetStatisticsCsvQualifierType0 | Literal['none'] | Unset): Only figures hedged
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
        Response[ProblemDetail | str]
     """


    kwargs = _get_kwargs(
        slugs=slugs,
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
    slugs: str | Unset = UNSET,
    section: str | Unset = UNSET,
    kind: GetStatisticsCsvKind | Unset = UNSET,
    unit: str | Unset = UNSET,
    qualifier: GetStatisticsCsvQualifierType0 | Literal['none'] | Unset = UNSET,
    paragraph: int | Unset = UNSET,
    as_of_year: int | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> ProblemDetail | str | None:
    """ Every statistic as CSV, one row per figure in the article's order; or those the list's

     Every statistic as CSV, one row per figure in the article's order; or those the list's
    filters keep (`section`, `kind`, `unit`, `qualifier`, `paragraph`, `as_of_year`, `slug`).

    UTF-8 with a byte-order mark (Excel opens the Chinese correctly), CRLF line ends and a header
    row. Values are plain numbers (606000, 24.95); each row has both labels, the unit in both
    languages, the hedge, the dates, which fields are derived and why, the verbatim quote with its
    paragraph and offsets, and short and long citations in Chinese and English. The rows are the
    objects `/v1/statistics` serves, so the two never disagree. The file name carries the dataset
    version; `/v1/export.zip` explains every column.

    Args:
        slugs (str | Unset): Only these statistics, comma-separated, in the article's order (a
            chart's “Get the data” link names its figures). An unknown slug answers 404. Deprecated:
            `slug`, as the list takes it, leaves unknown slugs out instead.
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        kind (GetStatisticsCsvKind | Unset): Only counts, money, rates, ...
        unit (str | Unset): Values from the data (now `%`, `个`, `个工作日`, `人`, `人次`, `位`, `元`,
            `县(区)`, `名`, `小时`, `岁`, `市地`, `年`, `张`, `户`, `次`, `种`, `路`), listed with counts at
            `/v1/units`.
        qualifier (GetStatisticsCsvQualifierType0 | Literal['none'] | Unset): Only figures hedged
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
        ProblemDetail | str
     """


    return sync_detailed(
        client=client,
slugs=slugs,
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
    slugs: str | Unset = UNSET,
    section: str | Unset = UNSET,
    kind: GetStatisticsCsvKind | Unset = UNSET,
    unit: str | Unset = UNSET,
    qualifier: GetStatisticsCsvQualifierType0 | Literal['none'] | Unset = UNSET,
    paragraph: int | Unset = UNSET,
    as_of_year: int | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> Response[ProblemDetail | str]:
    """ Every statistic as CSV, one row per figure in the article's order; or those the list's

     Every statistic as CSV, one row per figure in the article's order; or those the list's
    filters keep (`section`, `kind`, `unit`, `qualifier`, `paragraph`, `as_of_year`, `slug`).

    UTF-8 with a byte-order mark (Excel opens the Chinese correctly), CRLF line ends and a header
    row. Values are plain numbers (606000, 24.95); each row has both labels, the unit in both
    languages, the hedge, the dates, which fields are derived and why, the verbatim quote with its
    paragraph and offsets, and short and long citations in Chinese and English. The rows are the
    objects `/v1/statistics` serves, so the two never disagree. The file name carries the dataset
    version; `/v1/export.zip` explains every column.

    Args:
        slugs (str | Unset): Only these statistics, comma-separated, in the article's order (a
            chart's “Get the data” link names its figures). An unknown slug answers 404. Deprecated:
            `slug`, as the list takes it, leaves unknown slugs out instead.
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        kind (GetStatisticsCsvKind | Unset): Only counts, money, rates, ...
        unit (str | Unset): Values from the data (now `%`, `个`, `个工作日`, `人`, `人次`, `位`, `元`,
            `县(区)`, `名`, `小时`, `岁`, `市地`, `年`, `张`, `户`, `次`, `种`, `路`), listed with counts at
            `/v1/units`.
        qualifier (GetStatisticsCsvQualifierType0 | Literal['none'] | Unset): Only figures hedged
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
        Response[ProblemDetail | str]
     """


    kwargs = _get_kwargs(
        slugs=slugs,
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
    slugs: str | Unset = UNSET,
    section: str | Unset = UNSET,
    kind: GetStatisticsCsvKind | Unset = UNSET,
    unit: str | Unset = UNSET,
    qualifier: GetStatisticsCsvQualifierType0 | Literal['none'] | Unset = UNSET,
    paragraph: int | Unset = UNSET,
    as_of_year: int | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> ProblemDetail | str | None:
    """ Every statistic as CSV, one row per figure in the article's order; or those the list's

     Every statistic as CSV, one row per figure in the article's order; or those the list's
    filters keep (`section`, `kind`, `unit`, `qualifier`, `paragraph`, `as_of_year`, `slug`).

    UTF-8 with a byte-order mark (Excel opens the Chinese correctly), CRLF line ends and a header
    row. Values are plain numbers (606000, 24.95); each row has both labels, the unit in both
    languages, the hedge, the dates, which fields are derived and why, the verbatim quote with its
    paragraph and offsets, and short and long citations in Chinese and English. The rows are the
    objects `/v1/statistics` serves, so the two never disagree. The file name carries the dataset
    version; `/v1/export.zip` explains every column.

    Args:
        slugs (str | Unset): Only these statistics, comma-separated, in the article's order (a
            chart's “Get the data” link names its figures). An unknown slug answers 404. Deprecated:
            `slug`, as the list takes it, leaves unknown slugs out instead.
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        kind (GetStatisticsCsvKind | Unset): Only counts, money, rates, ...
        unit (str | Unset): Values from the data (now `%`, `个`, `个工作日`, `人`, `人次`, `位`, `元`,
            `县(区)`, `名`, `小时`, `岁`, `市地`, `年`, `张`, `户`, `次`, `种`, `路`), listed with counts at
            `/v1/units`.
        qualifier (GetStatisticsCsvQualifierType0 | Literal['none'] | Unset): Only figures hedged
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
        ProblemDetail | str
     """


    return (await asyncio_detailed(
        client=client,
slugs=slugs,
section=section,
kind=kind,
unit=unit,
qualifier=qualifier,
paragraph=paragraph,
as_of_year=as_of_year,
slug=slug,

    )).parsed

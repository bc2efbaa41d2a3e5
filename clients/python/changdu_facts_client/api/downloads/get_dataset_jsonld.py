from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_dataset_jsonld_kind import GetDatasetJsonldKind
from ...models.get_dataset_jsonld_qualifier_type_0 import GetDatasetJsonldQualifierType0
from ...models.get_dataset_jsonld_response_200 import GetDatasetJsonldResponse200
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Unset
from typing import cast
from typing import Literal, cast



def _get_kwargs(
    *,
    section: str | Unset = UNSET,
    kind: GetDatasetJsonldKind | Unset = UNSET,
    unit: str | Unset = UNSET,
    qualifier: GetDatasetJsonldQualifierType0 | Literal['none'] | Unset = UNSET,
    paragraph: int | Unset = UNSET,
    as_of_year: int | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["section"] = section

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params["unit"] = unit

    json_qualifier: Literal['none'] | str | Unset
    if isinstance(qualifier, Unset):
        json_qualifier = UNSET
    elif isinstance(qualifier, GetDatasetJsonldQualifierType0):
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
        "url": "/v1/dataset.jsonld",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetDatasetJsonldResponse200 | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = GetDatasetJsonldResponse200.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetDatasetJsonldResponse200 | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    section: str | Unset = UNSET,
    kind: GetDatasetJsonldKind | Unset = UNSET,
    unit: str | Unset = UNSET,
    qualifier: GetDatasetJsonldQualifierType0 | Literal['none'] | Unset = UNSET,
    paragraph: int | Unset = UNSET,
    as_of_year: int | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> Response[GetDatasetJsonldResponse200 | ProblemDetail]:
    """ The dataset described in schema.org JSON-LD, with every statistic as an Observation.

     The dataset described in schema.org JSON-LD, with every statistic as an Observation.

    The list's filters (`section`, `kind`, `unit`, `qualifier`, `paragraph`, `as_of_year`, `slug`)
    keep only the statistics they match, as Observations and as the Dataset's `variableMeasured`.

    A `@graph` of one `Dataset` (names and description in Chinese and English, the version, the
    article as a `NewsArticle` it is based on, the licence note, `distribution` links to the CSV
    and the zip, and `variableMeasured`) and one `Observation` per statistic: `value`, `unitText`
    (the article's unit; `unitCode` only where a UN/CEFACT code fits exactly: %, hours, years),
    `minValue`/`maxValue` for hedged figures, `observationDate` (as of), `observationAbout`
    Qamdo, a `description` of the hedge, `citation` and the quoted sentence as `isBasedOn`.
    URLs are absolute, on the server's public origin.

    Args:
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        kind (GetDatasetJsonldKind | Unset): Only counts, money, rates, ...
        unit (str | Unset): Values from the data (now `%`, `个`, `个工作日`, `人`, `人次`, `位`, `元`,
            `县(区)`, `名`, `小时`, `岁`, `市地`, `年`, `张`, `户`, `次`, `种`, `路`), listed with counts at
            `/v1/units`.
        qualifier (GetDatasetJsonldQualifierType0 | Literal['none'] | Unset): Only figures hedged
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
        Response[GetDatasetJsonldResponse200 | ProblemDetail]
     """


    kwargs = _get_kwargs(
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
    section: str | Unset = UNSET,
    kind: GetDatasetJsonldKind | Unset = UNSET,
    unit: str | Unset = UNSET,
    qualifier: GetDatasetJsonldQualifierType0 | Literal['none'] | Unset = UNSET,
    paragraph: int | Unset = UNSET,
    as_of_year: int | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> GetDatasetJsonldResponse200 | ProblemDetail | None:
    """ The dataset described in schema.org JSON-LD, with every statistic as an Observation.

     The dataset described in schema.org JSON-LD, with every statistic as an Observation.

    The list's filters (`section`, `kind`, `unit`, `qualifier`, `paragraph`, `as_of_year`, `slug`)
    keep only the statistics they match, as Observations and as the Dataset's `variableMeasured`.

    A `@graph` of one `Dataset` (names and description in Chinese and English, the version, the
    article as a `NewsArticle` it is based on, the licence note, `distribution` links to the CSV
    and the zip, and `variableMeasured`) and one `Observation` per statistic: `value`, `unitText`
    (the article's unit; `unitCode` only where a UN/CEFACT code fits exactly: %, hours, years),
    `minValue`/`maxValue` for hedged figures, `observationDate` (as of), `observationAbout`
    Qamdo, a `description` of the hedge, `citation` and the quoted sentence as `isBasedOn`.
    URLs are absolute, on the server's public origin.

    Args:
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        kind (GetDatasetJsonldKind | Unset): Only counts, money, rates, ...
        unit (str | Unset): Values from the data (now `%`, `个`, `个工作日`, `人`, `人次`, `位`, `元`,
            `县(区)`, `名`, `小时`, `岁`, `市地`, `年`, `张`, `户`, `次`, `种`, `路`), listed with counts at
            `/v1/units`.
        qualifier (GetDatasetJsonldQualifierType0 | Literal['none'] | Unset): Only figures hedged
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
        GetDatasetJsonldResponse200 | ProblemDetail
     """


    return sync_detailed(
        client=client,
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
    section: str | Unset = UNSET,
    kind: GetDatasetJsonldKind | Unset = UNSET,
    unit: str | Unset = UNSET,
    qualifier: GetDatasetJsonldQualifierType0 | Literal['none'] | Unset = UNSET,
    paragraph: int | Unset = UNSET,
    as_of_year: int | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> Response[GetDatasetJsonldResponse200 | ProblemDetail]:
    """ The dataset described in schema.org JSON-LD, with every statistic as an Observation.

     The dataset described in schema.org JSON-LD, with every statistic as an Observation.

    The list's filters (`section`, `kind`, `unit`, `qualifier`, `paragraph`, `as_of_year`, `slug`)
    keep only the statistics they match, as Observations and as the Dataset's `variableMeasured`.

    A `@graph` of one `Dataset` (names and description in Chinese and English, the version, the
    article as a `NewsArticle` it is based on, the licence note, `distribution` links to the CSV
    and the zip, and `variableMeasured`) and one `Observation` per statistic: `value`, `unitText`
    (the article's unit; `unitCode` only where a UN/CEFACT code fits exactly: %, hours, years),
    `minValue`/`maxValue` for hedged figures, `observationDate` (as of), `observationAbout`
    Qamdo, a `description` of the hedge, `citation` and the quoted sentence as `isBasedOn`.
    URLs are absolute, on the server's public origin.

    Args:
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        kind (GetDatasetJsonldKind | Unset): Only counts, money, rates, ...
        unit (str | Unset): Values from the data (now `%`, `个`, `个工作日`, `人`, `人次`, `位`, `元`,
            `县(区)`, `名`, `小时`, `岁`, `市地`, `年`, `张`, `户`, `次`, `种`, `路`), listed with counts at
            `/v1/units`.
        qualifier (GetDatasetJsonldQualifierType0 | Literal['none'] | Unset): Only figures hedged
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
        Response[GetDatasetJsonldResponse200 | ProblemDetail]
     """


    kwargs = _get_kwargs(
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
    section: str | Unset = UNSET,
    kind: GetDatasetJsonldKind | Unset = UNSET,
    unit: str | Unset = UNSET,
    qualifier: GetDatasetJsonldQualifierType0 | Literal['none'] | Unset = UNSET,
    paragraph: int | Unset = UNSET,
    as_of_year: int | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> GetDatasetJsonldResponse200 | ProblemDetail | None:
    """ The dataset described in schema.org JSON-LD, with every statistic as an Observation.

     The dataset described in schema.org JSON-LD, with every statistic as an Observation.

    The list's filters (`section`, `kind`, `unit`, `qualifier`, `paragraph`, `as_of_year`, `slug`)
    keep only the statistics they match, as Observations and as the Dataset's `variableMeasured`.

    A `@graph` of one `Dataset` (names and description in Chinese and English, the version, the
    article as a `NewsArticle` it is based on, the licence note, `distribution` links to the CSV
    and the zip, and `variableMeasured`) and one `Observation` per statistic: `value`, `unitText`
    (the article's unit; `unitCode` only where a UN/CEFACT code fits exactly: %, hours, years),
    `minValue`/`maxValue` for hedged figures, `observationDate` (as of), `observationAbout`
    Qamdo, a `description` of the hedge, `citation` and the quoted sentence as `isBasedOn`.
    URLs are absolute, on the server's public origin.

    Args:
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        kind (GetDatasetJsonldKind | Unset): Only counts, money, rates, ...
        unit (str | Unset): Values from the data (now `%`, `个`, `个工作日`, `人`, `人次`, `位`, `元`,
            `县(区)`, `名`, `小时`, `岁`, `市地`, `年`, `张`, `户`, `次`, `种`, `路`), listed with counts at
            `/v1/units`.
        qualifier (GetDatasetJsonldQualifierType0 | Literal['none'] | Unset): Only figures hedged
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
        GetDatasetJsonldResponse200 | ProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
section=section,
kind=kind,
unit=unit,
qualifier=qualifier,
paragraph=paragraph,
as_of_year=as_of_year,
slug=slug,

    )).parsed

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_dataset_jsonld_response_200 import GetDatasetJsonldResponse200
from ...models.problem_detail import ProblemDetail
from typing import cast



def _get_kwargs(
    
) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dataset.jsonld",
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetDatasetJsonldResponse200 | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = GetDatasetJsonldResponse200.from_dict(response.json())



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

) -> Response[GetDatasetJsonldResponse200 | ProblemDetail]:
    """ The dataset described in schema.org JSON-LD, with every statistic as an Observation.

     The dataset described in schema.org JSON-LD, with every statistic as an Observation.

    A `@graph` of one `Dataset` (names and description in Chinese and English, the version, the
    article as a `NewsArticle` it is based on, the licence note, `distribution` links to the CSV
    and the zip, and `variableMeasured`) and one `Observation` per statistic: `value`, `unitText`
    (the article's unit; `unitCode` only where a UN/CEFACT code fits exactly: %, hours, years),
    `minValue`/`maxValue` for hedged figures, `observationDate` (as of), `observationAbout`
    Qamdo, a `description` of the hedge, `citation` and the quoted sentence as `isBasedOn`.
    URLs are absolute, on the server's public origin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDatasetJsonldResponse200 | ProblemDetail]
     """


    kwargs = _get_kwargs(
        
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,

) -> GetDatasetJsonldResponse200 | ProblemDetail | None:
    """ The dataset described in schema.org JSON-LD, with every statistic as an Observation.

     The dataset described in schema.org JSON-LD, with every statistic as an Observation.

    A `@graph` of one `Dataset` (names and description in Chinese and English, the version, the
    article as a `NewsArticle` it is based on, the licence note, `distribution` links to the CSV
    and the zip, and `variableMeasured`) and one `Observation` per statistic: `value`, `unitText`
    (the article's unit; `unitCode` only where a UN/CEFACT code fits exactly: %, hours, years),
    `minValue`/`maxValue` for hedged figures, `observationDate` (as of), `observationAbout`
    Qamdo, a `description` of the hedge, `citation` and the quoted sentence as `isBasedOn`.
    URLs are absolute, on the server's public origin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDatasetJsonldResponse200 | ProblemDetail
     """


    return sync_detailed(
        client=client,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,

) -> Response[GetDatasetJsonldResponse200 | ProblemDetail]:
    """ The dataset described in schema.org JSON-LD, with every statistic as an Observation.

     The dataset described in schema.org JSON-LD, with every statistic as an Observation.

    A `@graph` of one `Dataset` (names and description in Chinese and English, the version, the
    article as a `NewsArticle` it is based on, the licence note, `distribution` links to the CSV
    and the zip, and `variableMeasured`) and one `Observation` per statistic: `value`, `unitText`
    (the article's unit; `unitCode` only where a UN/CEFACT code fits exactly: %, hours, years),
    `minValue`/`maxValue` for hedged figures, `observationDate` (as of), `observationAbout`
    Qamdo, a `description` of the hedge, `citation` and the quoted sentence as `isBasedOn`.
    URLs are absolute, on the server's public origin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDatasetJsonldResponse200 | ProblemDetail]
     """


    kwargs = _get_kwargs(
        
    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,

) -> GetDatasetJsonldResponse200 | ProblemDetail | None:
    """ The dataset described in schema.org JSON-LD, with every statistic as an Observation.

     The dataset described in schema.org JSON-LD, with every statistic as an Observation.

    A `@graph` of one `Dataset` (names and description in Chinese and English, the version, the
    article as a `NewsArticle` it is based on, the licence note, `distribution` links to the CSV
    and the zip, and `variableMeasured`) and one `Observation` per statistic: `value`, `unitText`
    (the article's unit; `unitCode` only where a UN/CEFACT code fits exactly: %, hours, years),
    `minValue`/`maxValue` for hedged figures, `observationDate` (as of), `observationAbout`
    Qamdo, a `description` of the hedge, `citation` and the quoted sentence as `isBasedOn`.
    URLs are absolute, on the server's public origin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDatasetJsonldResponse200 | ProblemDetail
     """


    return (await asyncio_detailed(
        client=client,

    )).parsed

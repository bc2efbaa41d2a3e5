from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem_detail import ProblemDetail
from ...types import File, FileTypes
from io import BytesIO
from typing import cast



def _get_kwargs(
    
) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/export.zip",
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = File(
             payload = BytesIO(response.content)
        )



        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(response.json())



        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,

) -> Response[File | ProblemDetail]:
    """ A zip of the statistics: CSV, JSON in both languages, and a README.

     A zip of the statistics: CSV, JSON in both languages, and a README.

    `statistics.csv` is byte for byte what `/v1/statistics.csv` serves; `statistics.json` is
    `{dataset_version, article, licence, statistics: [{slug, zh, en}]}`, where `zh` and `en` are
    the objects `/v1/statistics/{slug}` serves in each language; `README.md` gives the article's
    citation, the licence note, the dataset version and the meaning of every CSV column. The
    bytes depend on the dataset version alone (fixed timestamps).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | ProblemDetail]
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

) -> File | ProblemDetail | None:
    """ A zip of the statistics: CSV, JSON in both languages, and a README.

     A zip of the statistics: CSV, JSON in both languages, and a README.

    `statistics.csv` is byte for byte what `/v1/statistics.csv` serves; `statistics.json` is
    `{dataset_version, article, licence, statistics: [{slug, zh, en}]}`, where `zh` and `en` are
    the objects `/v1/statistics/{slug}` serves in each language; `README.md` gives the article's
    citation, the licence note, the dataset version and the meaning of every CSV column. The
    bytes depend on the dataset version alone (fixed timestamps).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ProblemDetail
     """


    return sync_detailed(
        client=client,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,

) -> Response[File | ProblemDetail]:
    """ A zip of the statistics: CSV, JSON in both languages, and a README.

     A zip of the statistics: CSV, JSON in both languages, and a README.

    `statistics.csv` is byte for byte what `/v1/statistics.csv` serves; `statistics.json` is
    `{dataset_version, article, licence, statistics: [{slug, zh, en}]}`, where `zh` and `en` are
    the objects `/v1/statistics/{slug}` serves in each language; `README.md` gives the article's
    citation, the licence note, the dataset version and the meaning of every CSV column. The
    bytes depend on the dataset version alone (fixed timestamps).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | ProblemDetail]
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

) -> File | ProblemDetail | None:
    """ A zip of the statistics: CSV, JSON in both languages, and a README.

     A zip of the statistics: CSV, JSON in both languages, and a README.

    `statistics.csv` is byte for byte what `/v1/statistics.csv` serves; `statistics.json` is
    `{dataset_version, article, licence, statistics: [{slug, zh, en}]}`, where `zh` and `en` are
    the objects `/v1/statistics/{slug}` serves in each language; `README.md` gives the article's
    citation, the licence note, the dataset version and the meaning of every CSV column. The
    bytes depend on the dataset version alone (fixed timestamps).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ProblemDetail
     """


    return (await asyncio_detailed(
        client=client,

    )).parsed

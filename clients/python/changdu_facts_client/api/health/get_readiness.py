from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_readiness_response_getreadiness import GetReadinessResponseGetreadiness
from ...models.problem_detail import ProblemDetail
from typing import cast



def _get_kwargs(
    
) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/readyz",
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetReadinessResponseGetreadiness | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = GetReadinessResponseGetreadiness.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(response.json())



        return response_400

    if response.status_code == 503:
        response_503 = ProblemDetail.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetReadinessResponseGetreadiness | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,

) -> Response[GetReadinessResponseGetreadiness | ProblemDetail]:
    """ Readiness: the database answers and its schema is at the migration head.

     Readiness: the database answers and its schema is at the migration head.

    503 (problem+json, with `Retry-After`) while the database is unreachable or not migrated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetReadinessResponseGetreadiness | ProblemDetail]
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

) -> GetReadinessResponseGetreadiness | ProblemDetail | None:
    """ Readiness: the database answers and its schema is at the migration head.

     Readiness: the database answers and its schema is at the migration head.

    503 (problem+json, with `Retry-After`) while the database is unreachable or not migrated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetReadinessResponseGetreadiness | ProblemDetail
     """


    return sync_detailed(
        client=client,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,

) -> Response[GetReadinessResponseGetreadiness | ProblemDetail]:
    """ Readiness: the database answers and its schema is at the migration head.

     Readiness: the database answers and its schema is at the migration head.

    503 (problem+json, with `Retry-After`) while the database is unreachable or not migrated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetReadinessResponseGetreadiness | ProblemDetail]
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

) -> GetReadinessResponseGetreadiness | ProblemDetail | None:
    """ Readiness: the database answers and its schema is at the migration head.

     Readiness: the database answers and its schema is at the migration head.

    503 (problem+json, with `Retry-After`) while the database is unreachable or not migrated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetReadinessResponseGetreadiness | ProblemDetail
     """


    return (await asyncio_detailed(
        client=client,

    )).parsed

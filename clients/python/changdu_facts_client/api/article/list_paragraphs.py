from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.paragraph_page import ParagraphPage
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    section: str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["section"] = section

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/article/paragraphs",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ParagraphPage | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = ParagraphPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ParagraphPage | ProblemDetail]:
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
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[ParagraphPage | ProblemDetail]:
    """ The article's paragraphs, verbatim, in order.

     The article's paragraphs, verbatim, in order.

    Paragraph N is the N-th non-empty line of the article, counting from 0: the numbering every
    `source` span uses. Texts are always the original Chinese.

    Args:
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParagraphPage | ProblemDetail]
     """


    kwargs = _get_kwargs(
        section=section,
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
    section: str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> ParagraphPage | ProblemDetail | None:
    """ The article's paragraphs, verbatim, in order.

     The article's paragraphs, verbatim, in order.

    Paragraph N is the N-th non-empty line of the article, counting from 0: the numbering every
    `source` span uses. Texts are always the original Chinese.

    Args:
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParagraphPage | ProblemDetail
     """


    return sync_detailed(
        client=client,
section=section,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    section: str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[ParagraphPage | ProblemDetail]:
    """ The article's paragraphs, verbatim, in order.

     The article's paragraphs, verbatim, in order.

    Paragraph N is the N-th non-empty line of the article, counting from 0: the numbering every
    `source` span uses. Texts are always the original Chinese.

    Args:
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParagraphPage | ProblemDetail]
     """


    kwargs = _get_kwargs(
        section=section,
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
    section: str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> ParagraphPage | ProblemDetail | None:
    """ The article's paragraphs, verbatim, in order.

     The article's paragraphs, verbatim, in order.

    Paragraph N is the N-th non-empty line of the article, counting from 0: the numbering every
    `source` span uses. Texts are always the original Chinese.

    Args:
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParagraphPage | ProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
section=section,
limit=limit,
cursor=cursor,

    )).parsed

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.paragraph_public import ParagraphPublic
from ...models.problem_detail import ProblemDetail
from typing import cast



def _get_kwargs(
    index: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/article/paragraphs/{index}".format(index=quote(str(index), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ParagraphPublic | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = ParagraphPublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ParagraphPublic | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    index: int,
    *,
    client: AuthenticatedClient | Client,

) -> Response[ParagraphPublic | ProblemDetail]:
    """ One paragraph of the article, verbatim: where a search hit of kind `paragraph` links to.

     One paragraph of the article, verbatim: where a search hit of kind `paragraph` links to.

    `index` counts the article's non-empty lines from 0, as every `source` span does; an index past
    the last paragraph is a 404. The text is always the original Chinese (`Content-Language: zh`).

    Args:
        index (int): The paragraph's index, from 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParagraphPublic | ProblemDetail]
     """


    kwargs = _get_kwargs(
        index=index,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    index: int,
    *,
    client: AuthenticatedClient | Client,

) -> ParagraphPublic | ProblemDetail | None:
    """ One paragraph of the article, verbatim: where a search hit of kind `paragraph` links to.

     One paragraph of the article, verbatim: where a search hit of kind `paragraph` links to.

    `index` counts the article's non-empty lines from 0, as every `source` span does; an index past
    the last paragraph is a 404. The text is always the original Chinese (`Content-Language: zh`).

    Args:
        index (int): The paragraph's index, from 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParagraphPublic | ProblemDetail
     """


    return sync_detailed(
        index=index,
client=client,

    ).parsed

async def asyncio_detailed(
    index: int,
    *,
    client: AuthenticatedClient | Client,

) -> Response[ParagraphPublic | ProblemDetail]:
    """ One paragraph of the article, verbatim: where a search hit of kind `paragraph` links to.

     One paragraph of the article, verbatim: where a search hit of kind `paragraph` links to.

    `index` counts the article's non-empty lines from 0, as every `source` span does; an index past
    the last paragraph is a 404. The text is always the original Chinese (`Content-Language: zh`).

    Args:
        index (int): The paragraph's index, from 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParagraphPublic | ProblemDetail]
     """


    kwargs = _get_kwargs(
        index=index,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    index: int,
    *,
    client: AuthenticatedClient | Client,

) -> ParagraphPublic | ProblemDetail | None:
    """ One paragraph of the article, verbatim: where a search hit of kind `paragraph` links to.

     One paragraph of the article, verbatim: where a search hit of kind `paragraph` links to.

    `index` counts the article's non-empty lines from 0, as every `source` span does; an index past
    the last paragraph is a 404. The text is always the original Chinese (`Content-Language: zh`).

    Args:
        index (int): The paragraph's index, from 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParagraphPublic | ProblemDetail
     """


    return (await asyncio_detailed(
        index=index,
client=client,

    )).parsed

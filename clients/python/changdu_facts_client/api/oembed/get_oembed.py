from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.o_embed_rich import OEmbedRich
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    url_query: str,
    format_: str | Unset = 'json',
    maxwidth: int | Unset = UNSET,
    maxheight: int | Unset = UNSET,
    lang: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["url"] = url_query

    params["format"] = format_

    params["maxwidth"] = maxwidth

    params["maxheight"] = maxheight

    params["lang"] = lang


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oembed",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OEmbedRich | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = OEmbedRich.from_dict(response.json())



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

    if response.status_code == 501:
        response_501 = ProblemDetail.from_dict(response.json())



        return response_501

    if response.status_code == 503:
        response_503 = ProblemDetail.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OEmbedRich | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    url_query: str,
    format_: str | Unset = 'json',
    maxwidth: int | Unset = UNSET,
    maxheight: int | Unset = UNSET,
    lang: str | Unset = UNSET,

) -> Response[OEmbedRich | ProblemDetail]:
    """ oEmbed for an embed page: a `rich` answer whose `html` is an iframe of it.

     oEmbed for an embed page: a `rich` answer whose `html` is an iframe of it.

    `url` must be one of this host's embed pages (a statistic card, the timeline or a chart);
    anything else answers 404. `width` and `height` never exceed `maxwidth` and `maxheight`.
    Only the json format exists: `format=xml` answers 501, as the oEmbed spec asks.

    Args:
        url_query (str): An embed page of this host, e.g. a card's URL.
        format_ (str | Unset): Only `json` is offered; others answer 501. Default: 'json'.
        maxwidth (int | Unset): Largest width, in pixels.
        maxheight (int | Unset): Largest height, in pixels.
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OEmbedRich | ProblemDetail]
     """


    kwargs = _get_kwargs(
        url_query=url_query,
format_=format_,
maxwidth=maxwidth,
maxheight=maxheight,
lang=lang,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    url_query: str,
    format_: str | Unset = 'json',
    maxwidth: int | Unset = UNSET,
    maxheight: int | Unset = UNSET,
    lang: str | Unset = UNSET,

) -> OEmbedRich | ProblemDetail | None:
    """ oEmbed for an embed page: a `rich` answer whose `html` is an iframe of it.

     oEmbed for an embed page: a `rich` answer whose `html` is an iframe of it.

    `url` must be one of this host's embed pages (a statistic card, the timeline or a chart);
    anything else answers 404. `width` and `height` never exceed `maxwidth` and `maxheight`.
    Only the json format exists: `format=xml` answers 501, as the oEmbed spec asks.

    Args:
        url_query (str): An embed page of this host, e.g. a card's URL.
        format_ (str | Unset): Only `json` is offered; others answer 501. Default: 'json'.
        maxwidth (int | Unset): Largest width, in pixels.
        maxheight (int | Unset): Largest height, in pixels.
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OEmbedRich | ProblemDetail
     """


    return sync_detailed(
        client=client,
url_query=url_query,
format_=format_,
maxwidth=maxwidth,
maxheight=maxheight,
lang=lang,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    url_query: str,
    format_: str | Unset = 'json',
    maxwidth: int | Unset = UNSET,
    maxheight: int | Unset = UNSET,
    lang: str | Unset = UNSET,

) -> Response[OEmbedRich | ProblemDetail]:
    """ oEmbed for an embed page: a `rich` answer whose `html` is an iframe of it.

     oEmbed for an embed page: a `rich` answer whose `html` is an iframe of it.

    `url` must be one of this host's embed pages (a statistic card, the timeline or a chart);
    anything else answers 404. `width` and `height` never exceed `maxwidth` and `maxheight`.
    Only the json format exists: `format=xml` answers 501, as the oEmbed spec asks.

    Args:
        url_query (str): An embed page of this host, e.g. a card's URL.
        format_ (str | Unset): Only `json` is offered; others answer 501. Default: 'json'.
        maxwidth (int | Unset): Largest width, in pixels.
        maxheight (int | Unset): Largest height, in pixels.
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OEmbedRich | ProblemDetail]
     """


    kwargs = _get_kwargs(
        url_query=url_query,
format_=format_,
maxwidth=maxwidth,
maxheight=maxheight,
lang=lang,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    url_query: str,
    format_: str | Unset = 'json',
    maxwidth: int | Unset = UNSET,
    maxheight: int | Unset = UNSET,
    lang: str | Unset = UNSET,

) -> OEmbedRich | ProblemDetail | None:
    """ oEmbed for an embed page: a `rich` answer whose `html` is an iframe of it.

     oEmbed for an embed page: a `rich` answer whose `html` is an iframe of it.

    `url` must be one of this host's embed pages (a statistic card, the timeline or a chart);
    anything else answers 404. `width` and `height` never exceed `maxwidth` and `maxheight`.
    Only the json format exists: `format=xml` answers 501, as the oEmbed spec asks.

    Args:
        url_query (str): An embed page of this host, e.g. a card's URL.
        format_ (str | Unset): Only `json` is offered; others answer 501. Default: 'json'.
        maxwidth (int | Unset): Largest width, in pixels.
        maxheight (int | Unset): Largest height, in pixels.
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OEmbedRich | ProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
url_query=url_query,
format_=format_,
maxwidth=maxwidth,
maxheight=maxheight,
lang=lang,

    )).parsed

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.list_places_level_type_0 import ListPlacesLevelType0
from ...models.list_places_sort import ListPlacesSort
from ...models.place_page import PlacePage
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    lang: None | str | Unset = UNSET,
    level: ListPlacesLevelType0 | None | Unset = UNSET,
    within: None | str | Unset = UNSET,
    sort: ListPlacesSort | Unset = ListPlacesSort.ARTICLE,
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

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, ListPlacesLevelType0):
        json_level = level.value
    else:
        json_level = level
    params["level"] = json_level

    json_within: None | str | Unset
    if isinstance(within, Unset):
        json_within = UNSET
    else:
        json_within = within
    params["within"] = json_within

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
        "url": "/v1/places",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PlacePage | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = PlacePage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PlacePage | ProblemDetail]:
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
    level: ListPlacesLevelType0 | None | Unset = UNSET,
    within: None | str | Unset = UNSET,
    sort: ListPlacesSort | Unset = ListPlacesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PlacePage | ProblemDetail]:
    """ The places the article names, each with its hierarchy.

     The places the article names, each with its hierarchy.

    `hierarchy` runs from the widest area down to the place itself: 区 > 市 > 县/区 > 镇/乡 > 村/片区.
    `within` keeps the places inside another, at any depth.

    Args:
        lang (None | str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any
            case: `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also
            `EN`, `en-GB`...). A tag we cannot serve falls back to what Accept-Language prefers
            (default `zh`); `Content-Language` says which.
        level (ListPlacesLevelType0 | None | Unset): Only places of this level.
        within (None | str | Unset): Only places inside this place (slug), at any depth.
        sort (ListPlacesSort | Unset): `article` (the default) or `slug`; `-slug` sorts
            descending. Default: ListPlacesSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlacePage | ProblemDetail]
     """


    kwargs = _get_kwargs(
        lang=lang,
level=level,
within=within,
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
    level: ListPlacesLevelType0 | None | Unset = UNSET,
    within: None | str | Unset = UNSET,
    sort: ListPlacesSort | Unset = ListPlacesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PlacePage | ProblemDetail | None:
    """ The places the article names, each with its hierarchy.

     The places the article names, each with its hierarchy.

    `hierarchy` runs from the widest area down to the place itself: 区 > 市 > 县/区 > 镇/乡 > 村/片区.
    `within` keeps the places inside another, at any depth.

    Args:
        lang (None | str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any
            case: `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also
            `EN`, `en-GB`...). A tag we cannot serve falls back to what Accept-Language prefers
            (default `zh`); `Content-Language` says which.
        level (ListPlacesLevelType0 | None | Unset): Only places of this level.
        within (None | str | Unset): Only places inside this place (slug), at any depth.
        sort (ListPlacesSort | Unset): `article` (the default) or `slug`; `-slug` sorts
            descending. Default: ListPlacesSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlacePage | ProblemDetail
     """


    return sync_detailed(
        client=client,
lang=lang,
level=level,
within=within,
sort=sort,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    level: ListPlacesLevelType0 | None | Unset = UNSET,
    within: None | str | Unset = UNSET,
    sort: ListPlacesSort | Unset = ListPlacesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PlacePage | ProblemDetail]:
    """ The places the article names, each with its hierarchy.

     The places the article names, each with its hierarchy.

    `hierarchy` runs from the widest area down to the place itself: 区 > 市 > 县/区 > 镇/乡 > 村/片区.
    `within` keeps the places inside another, at any depth.

    Args:
        lang (None | str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any
            case: `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also
            `EN`, `en-GB`...). A tag we cannot serve falls back to what Accept-Language prefers
            (default `zh`); `Content-Language` says which.
        level (ListPlacesLevelType0 | None | Unset): Only places of this level.
        within (None | str | Unset): Only places inside this place (slug), at any depth.
        sort (ListPlacesSort | Unset): `article` (the default) or `slug`; `-slug` sorts
            descending. Default: ListPlacesSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlacePage | ProblemDetail]
     """


    kwargs = _get_kwargs(
        lang=lang,
level=level,
within=within,
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
    level: ListPlacesLevelType0 | None | Unset = UNSET,
    within: None | str | Unset = UNSET,
    sort: ListPlacesSort | Unset = ListPlacesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PlacePage | ProblemDetail | None:
    """ The places the article names, each with its hierarchy.

     The places the article names, each with its hierarchy.

    `hierarchy` runs from the widest area down to the place itself: 区 > 市 > 县/区 > 镇/乡 > 村/片区.
    `within` keeps the places inside another, at any depth.

    Args:
        lang (None | str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any
            case: `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also
            `EN`, `en-GB`...). A tag we cannot serve falls back to what Accept-Language prefers
            (default `zh`); `Content-Language` says which.
        level (ListPlacesLevelType0 | None | Unset): Only places of this level.
        within (None | str | Unset): Only places inside this place (slug), at any depth.
        sort (ListPlacesSort | Unset): `article` (the default) or `slug`; `-slug` sorts
            descending. Default: ListPlacesSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlacePage | ProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
lang=lang,
level=level,
within=within,
sort=sort,
limit=limit,
cursor=cursor,

    )).parsed

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.list_stories_section_type_0 import ListStoriesSectionType0
from ...models.list_stories_sort import ListStoriesSort
from ...models.problem_detail import ProblemDetail
from ...models.story_page import StoryPage
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    lang: None | str | Unset = UNSET,
    place: None | str | Unset = UNSET,
    person: None | str | Unset = UNSET,
    section: ListStoriesSectionType0 | None | Unset = UNSET,
    sort: ListStoriesSort | Unset = ListStoriesSort.ARTICLE,
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

    json_place: None | str | Unset
    if isinstance(place, Unset):
        json_place = UNSET
    else:
        json_place = place
    params["place"] = json_place

    json_person: None | str | Unset
    if isinstance(person, Unset):
        json_person = UNSET
    else:
        json_person = person
    params["person"] = json_person

    json_section: None | str | Unset
    if isinstance(section, Unset):
        json_section = UNSET
    elif isinstance(section, ListStoriesSectionType0):
        json_section = section.value
    else:
        json_section = section
    params["section"] = json_section

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
        "url": "/v1/stories",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetail | StoryPage | None:
    if response.status_code == 200:
        response_200 = StoryPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProblemDetail | StoryPage]:
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
    place: None | str | Unset = UNSET,
    person: None | str | Unset = UNSET,
    section: ListStoriesSectionType0 | None | Unset = UNSET,
    sort: ListStoriesSort | Unset = ListStoriesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[ProblemDetail | StoryPage]:
    """ The people, villages and enterprises the article follows.

     The people, villages and enterprises the article follows.

    Each story embeds its people, places (with their hierarchy), organisations and quotations,
    and lists the sentences it draws on. `place` matches stories set anywhere inside a place.

    Args:
        lang (None | str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any
            case: `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also
            `EN`, `en-GB`...). A tag we cannot serve falls back to what Accept-Language prefers
            (default `zh`); `Content-Language` says which.
        place (None | str | Unset): Only stories set in this place (slug) or anywhere inside it.
        person (None | str | Unset): Only stories that follow this person (slug).
        section (ListStoriesSectionType0 | None | Unset): Only stories from this section.
        sort (ListStoriesSort | Unset): `article` (the default) or `slug`; `-slug` sorts
            descending. Default: ListStoriesSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | StoryPage]
     """


    kwargs = _get_kwargs(
        lang=lang,
place=place,
person=person,
section=section,
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
    place: None | str | Unset = UNSET,
    person: None | str | Unset = UNSET,
    section: ListStoriesSectionType0 | None | Unset = UNSET,
    sort: ListStoriesSort | Unset = ListStoriesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> ProblemDetail | StoryPage | None:
    """ The people, villages and enterprises the article follows.

     The people, villages and enterprises the article follows.

    Each story embeds its people, places (with their hierarchy), organisations and quotations,
    and lists the sentences it draws on. `place` matches stories set anywhere inside a place.

    Args:
        lang (None | str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any
            case: `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also
            `EN`, `en-GB`...). A tag we cannot serve falls back to what Accept-Language prefers
            (default `zh`); `Content-Language` says which.
        place (None | str | Unset): Only stories set in this place (slug) or anywhere inside it.
        person (None | str | Unset): Only stories that follow this person (slug).
        section (ListStoriesSectionType0 | None | Unset): Only stories from this section.
        sort (ListStoriesSort | Unset): `article` (the default) or `slug`; `-slug` sorts
            descending. Default: ListStoriesSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | StoryPage
     """


    return sync_detailed(
        client=client,
lang=lang,
place=place,
person=person,
section=section,
sort=sort,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    place: None | str | Unset = UNSET,
    person: None | str | Unset = UNSET,
    section: ListStoriesSectionType0 | None | Unset = UNSET,
    sort: ListStoriesSort | Unset = ListStoriesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[ProblemDetail | StoryPage]:
    """ The people, villages and enterprises the article follows.

     The people, villages and enterprises the article follows.

    Each story embeds its people, places (with their hierarchy), organisations and quotations,
    and lists the sentences it draws on. `place` matches stories set anywhere inside a place.

    Args:
        lang (None | str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any
            case: `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also
            `EN`, `en-GB`...). A tag we cannot serve falls back to what Accept-Language prefers
            (default `zh`); `Content-Language` says which.
        place (None | str | Unset): Only stories set in this place (slug) or anywhere inside it.
        person (None | str | Unset): Only stories that follow this person (slug).
        section (ListStoriesSectionType0 | None | Unset): Only stories from this section.
        sort (ListStoriesSort | Unset): `article` (the default) or `slug`; `-slug` sorts
            descending. Default: ListStoriesSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | StoryPage]
     """


    kwargs = _get_kwargs(
        lang=lang,
place=place,
person=person,
section=section,
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
    place: None | str | Unset = UNSET,
    person: None | str | Unset = UNSET,
    section: ListStoriesSectionType0 | None | Unset = UNSET,
    sort: ListStoriesSort | Unset = ListStoriesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> ProblemDetail | StoryPage | None:
    """ The people, villages and enterprises the article follows.

     The people, villages and enterprises the article follows.

    Each story embeds its people, places (with their hierarchy), organisations and quotations,
    and lists the sentences it draws on. `place` matches stories set anywhere inside a place.

    Args:
        lang (None | str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any
            case: `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also
            `EN`, `en-GB`...). A tag we cannot serve falls back to what Accept-Language prefers
            (default `zh`); `Content-Language` says which.
        place (None | str | Unset): Only stories set in this place (slug) or anywhere inside it.
        person (None | str | Unset): Only stories that follow this person (slug).
        section (ListStoriesSectionType0 | None | Unset): Only stories from this section.
        sort (ListStoriesSort | Unset): `article` (the default) or `slug`; `-slug` sorts
            descending. Default: ListStoriesSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | StoryPage
     """


    return (await asyncio_detailed(
        client=client,
lang=lang,
place=place,
person=person,
section=section,
sort=sort,
limit=limit,
cursor=cursor,

    )).parsed

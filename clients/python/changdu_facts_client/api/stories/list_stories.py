from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.list_stories_sort import ListStoriesSort
from ...models.problem_detail import ProblemDetail
from ...models.story_page import StoryPage
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    lang: str | Unset = UNSET,
    place: str | Unset = UNSET,
    person: str | Unset = UNSET,
    section: str | Unset = UNSET,
    sort: ListStoriesSort | Unset = ListStoriesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["lang"] = lang

    params["place"] = place

    params["person"] = person

    params["section"] = section

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["limit"] = limit

    params["cursor"] = cursor

    params["fields"] = fields

    params["slug"] = slug


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
    lang: str | Unset = UNSET,
    place: str | Unset = UNSET,
    person: str | Unset = UNSET,
    section: str | Unset = UNSET,
    sort: ListStoriesSort | Unset = ListStoriesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> Response[ProblemDetail | StoryPage]:
    """ The people, villages and enterprises the article follows.

     The people, villages and enterprises the article follows.

    Each story embeds its people, places (with their hierarchy), organisations and quotations,
    and lists the sentences it draws on. `place` matches stories set anywhere inside a place.

    Args:
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.
        place (str | Unset): Only stories set in this place (slug) or anywhere inside it.
        person (str | Unset): Only stories that follow this person (slug).
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        sort (ListStoriesSort | Unset): `article` (the default) or `slug`; `-slug` sorts
            descending. Default: ListStoriesSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (str | Unset): Opaque cursor from a previous page's `next` URL.
        fields (str | Unset): Only these top-level fields of each item, comma-separated
            (`slug,label,display`), in the model's order whatever the order asked; an unknown name is
            a 422 naming it. Without it, every field. The answer's schema is then the model's with
            every property optional.
        slug (str | Unset): Only these facts: up to 100 slugs, comma-separated. A batch answers
            like any filtered list: the facts found, in the list's order (the article's, or `sort`),
            paged by `limit`; a slug that names no fact is simply absent (compare `total` with the
            slugs asked). For example `social-insurance-enrolments-2019,social-security-cards-
            issued-2019`.

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
fields=fields,
slug=slug,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,
    place: str | Unset = UNSET,
    person: str | Unset = UNSET,
    section: str | Unset = UNSET,
    sort: ListStoriesSort | Unset = ListStoriesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> ProblemDetail | StoryPage | None:
    """ The people, villages and enterprises the article follows.

     The people, villages and enterprises the article follows.

    Each story embeds its people, places (with their hierarchy), organisations and quotations,
    and lists the sentences it draws on. `place` matches stories set anywhere inside a place.

    Args:
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.
        place (str | Unset): Only stories set in this place (slug) or anywhere inside it.
        person (str | Unset): Only stories that follow this person (slug).
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        sort (ListStoriesSort | Unset): `article` (the default) or `slug`; `-slug` sorts
            descending. Default: ListStoriesSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (str | Unset): Opaque cursor from a previous page's `next` URL.
        fields (str | Unset): Only these top-level fields of each item, comma-separated
            (`slug,label,display`), in the model's order whatever the order asked; an unknown name is
            a 422 naming it. Without it, every field. The answer's schema is then the model's with
            every property optional.
        slug (str | Unset): Only these facts: up to 100 slugs, comma-separated. A batch answers
            like any filtered list: the facts found, in the list's order (the article's, or `sort`),
            paged by `limit`; a slug that names no fact is simply absent (compare `total` with the
            slugs asked). For example `social-insurance-enrolments-2019,social-security-cards-
            issued-2019`.

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
fields=fields,
slug=slug,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,
    place: str | Unset = UNSET,
    person: str | Unset = UNSET,
    section: str | Unset = UNSET,
    sort: ListStoriesSort | Unset = ListStoriesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> Response[ProblemDetail | StoryPage]:
    """ The people, villages and enterprises the article follows.

     The people, villages and enterprises the article follows.

    Each story embeds its people, places (with their hierarchy), organisations and quotations,
    and lists the sentences it draws on. `place` matches stories set anywhere inside a place.

    Args:
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.
        place (str | Unset): Only stories set in this place (slug) or anywhere inside it.
        person (str | Unset): Only stories that follow this person (slug).
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        sort (ListStoriesSort | Unset): `article` (the default) or `slug`; `-slug` sorts
            descending. Default: ListStoriesSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (str | Unset): Opaque cursor from a previous page's `next` URL.
        fields (str | Unset): Only these top-level fields of each item, comma-separated
            (`slug,label,display`), in the model's order whatever the order asked; an unknown name is
            a 422 naming it. Without it, every field. The answer's schema is then the model's with
            every property optional.
        slug (str | Unset): Only these facts: up to 100 slugs, comma-separated. A batch answers
            like any filtered list: the facts found, in the list's order (the article's, or `sort`),
            paged by `limit`; a slug that names no fact is simply absent (compare `total` with the
            slugs asked). For example `social-insurance-enrolments-2019,social-security-cards-
            issued-2019`.

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
fields=fields,
slug=slug,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,
    place: str | Unset = UNSET,
    person: str | Unset = UNSET,
    section: str | Unset = UNSET,
    sort: ListStoriesSort | Unset = ListStoriesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    slug: str | Unset = UNSET,

) -> ProblemDetail | StoryPage | None:
    """ The people, villages and enterprises the article follows.

     The people, villages and enterprises the article follows.

    Each story embeds its people, places (with their hierarchy), organisations and quotations,
    and lists the sentences it draws on. `place` matches stories set anywhere inside a place.

    Args:
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.
        place (str | Unset): Only stories set in this place (slug) or anywhere inside it.
        person (str | Unset): Only stories that follow this person (slug).
        section (str | Unset): Values from the data (now `captions`, `grassroots-governance`,
            `incomes`, `opening`, `social-insurance`), listed with counts at `/v1/sections`.
        sort (ListStoriesSort | Unset): `article` (the default) or `slug`; `-slug` sorts
            descending. Default: ListStoriesSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (str | Unset): Opaque cursor from a previous page's `next` URL.
        fields (str | Unset): Only these top-level fields of each item, comma-separated
            (`slug,label,display`), in the model's order whatever the order asked; an unknown name is
            a 422 naming it. Without it, every field. The answer's schema is then the model's with
            every property optional.
        slug (str | Unset): Only these facts: up to 100 slugs, comma-separated. A batch answers
            like any filtered list: the facts found, in the list's order (the article's, or `sort`),
            paged by `limit`; a slug that names no fact is simply absent (compare `total` with the
            slugs asked). For example `social-insurance-enrolments-2019,social-security-cards-
            issued-2019`.

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
fields=fields,
slug=slug,

    )).parsed

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem_detail import ProblemDetail
from ...models.search_facts_kind import SearchFactsKind
from ...models.search_facts_lang import SearchFactsLang
from ...models.search_hit_page import SearchHitPage
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    q: str,
    kind: SearchFactsKind | Unset = UNSET,
    lang: SearchFactsLang | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["q"] = q

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang.value

    params["lang"] = json_lang

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/search",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetail | SearchHitPage | None:
    if response.status_code == 200:
        response_200 = SearchHitPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProblemDetail | SearchHitPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    kind: SearchFactsKind | Unset = UNSET,
    lang: SearchFactsLang | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[ProblemDetail | SearchHitPage]:
    """ Search statistics, milestones, stories, quotes, photo captions and paragraphs.

     Search statistics, milestones, stories, quotes, photo captions and paragraphs.

    Finds `q` in the statistics' labels and figures, the milestones' titles and descriptions, the
    stories' titles and summaries, the quotes, the photo captions (each in Chinese and English) and
    the article's paragraphs (Chinese). Chinese is matched character by character, so two characters
    (医保) or one work as well as a clause; English is matched by words, case-insensitively, the last
    one as a prefix. Each hit names the item (`url`, null for a paragraph), the text that matched, a
    snippet with the match in `<mark>`, and the article's sentence the item comes from. The best
    matches come first, then the article's order; follow `next` for more.

    Args:
        q (str): What to find, 1 to 200 characters: Chinese (医保, 唐卡, a single character or a
            clause) or English (case-insensitive; the last word may be a prefix: `pover` finds
            poverty). Words are found in this order and next to each other; spaces and punctuation are
            ignored, so a q of them alone finds nothing.
        kind (SearchFactsKind | Unset): Only hits of this kind.
        lang (SearchFactsLang | Unset): Only texts in this language: zh (the article's) or en
            (ours).
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | SearchHitPage]
     """


    kwargs = _get_kwargs(
        q=q,
kind=kind,
lang=lang,
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
    q: str,
    kind: SearchFactsKind | Unset = UNSET,
    lang: SearchFactsLang | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> ProblemDetail | SearchHitPage | None:
    """ Search statistics, milestones, stories, quotes, photo captions and paragraphs.

     Search statistics, milestones, stories, quotes, photo captions and paragraphs.

    Finds `q` in the statistics' labels and figures, the milestones' titles and descriptions, the
    stories' titles and summaries, the quotes, the photo captions (each in Chinese and English) and
    the article's paragraphs (Chinese). Chinese is matched character by character, so two characters
    (医保) or one work as well as a clause; English is matched by words, case-insensitively, the last
    one as a prefix. Each hit names the item (`url`, null for a paragraph), the text that matched, a
    snippet with the match in `<mark>`, and the article's sentence the item comes from. The best
    matches come first, then the article's order; follow `next` for more.

    Args:
        q (str): What to find, 1 to 200 characters: Chinese (医保, 唐卡, a single character or a
            clause) or English (case-insensitive; the last word may be a prefix: `pover` finds
            poverty). Words are found in this order and next to each other; spaces and punctuation are
            ignored, so a q of them alone finds nothing.
        kind (SearchFactsKind | Unset): Only hits of this kind.
        lang (SearchFactsLang | Unset): Only texts in this language: zh (the article's) or en
            (ours).
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | SearchHitPage
     """


    return sync_detailed(
        client=client,
q=q,
kind=kind,
lang=lang,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    kind: SearchFactsKind | Unset = UNSET,
    lang: SearchFactsLang | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[ProblemDetail | SearchHitPage]:
    """ Search statistics, milestones, stories, quotes, photo captions and paragraphs.

     Search statistics, milestones, stories, quotes, photo captions and paragraphs.

    Finds `q` in the statistics' labels and figures, the milestones' titles and descriptions, the
    stories' titles and summaries, the quotes, the photo captions (each in Chinese and English) and
    the article's paragraphs (Chinese). Chinese is matched character by character, so two characters
    (医保) or one work as well as a clause; English is matched by words, case-insensitively, the last
    one as a prefix. Each hit names the item (`url`, null for a paragraph), the text that matched, a
    snippet with the match in `<mark>`, and the article's sentence the item comes from. The best
    matches come first, then the article's order; follow `next` for more.

    Args:
        q (str): What to find, 1 to 200 characters: Chinese (医保, 唐卡, a single character or a
            clause) or English (case-insensitive; the last word may be a prefix: `pover` finds
            poverty). Words are found in this order and next to each other; spaces and punctuation are
            ignored, so a q of them alone finds nothing.
        kind (SearchFactsKind | Unset): Only hits of this kind.
        lang (SearchFactsLang | Unset): Only texts in this language: zh (the article's) or en
            (ours).
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | SearchHitPage]
     """


    kwargs = _get_kwargs(
        q=q,
kind=kind,
lang=lang,
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
    q: str,
    kind: SearchFactsKind | Unset = UNSET,
    lang: SearchFactsLang | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> ProblemDetail | SearchHitPage | None:
    """ Search statistics, milestones, stories, quotes, photo captions and paragraphs.

     Search statistics, milestones, stories, quotes, photo captions and paragraphs.

    Finds `q` in the statistics' labels and figures, the milestones' titles and descriptions, the
    stories' titles and summaries, the quotes, the photo captions (each in Chinese and English) and
    the article's paragraphs (Chinese). Chinese is matched character by character, so two characters
    (医保) or one work as well as a clause; English is matched by words, case-insensitively, the last
    one as a prefix. Each hit names the item (`url`, null for a paragraph), the text that matched, a
    snippet with the match in `<mark>`, and the article's sentence the item comes from. The best
    matches come first, then the article's order; follow `next` for more.

    Args:
        q (str): What to find, 1 to 200 characters: Chinese (医保, 唐卡, a single character or a
            clause) or English (case-insensitive; the last word may be a prefix: `pover` finds
            poverty). Words are found in this order and next to each other; spaces and punctuation are
            ignored, so a q of them alone finds nothing.
        kind (SearchFactsKind | Unset): Only hits of this kind.
        lang (SearchFactsLang | Unset): Only texts in this language: zh (the article's) or en
            (ours).
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | SearchHitPage
     """


    return (await asyncio_detailed(
        client=client,
q=q,
kind=kind,
lang=lang,
limit=limit,
cursor=cursor,

    )).parsed

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem_detail import ProblemDetail
from ...models.search_facts_kind import SearchFactsKind
from ...models.search_hit_page import SearchHitPage
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    q: str,
    kind: SearchFactsKind | Unset = UNSET,
    lang: str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["q"] = q

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params["lang"] = lang

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
    lang: str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[ProblemDetail | SearchHitPage]:
    """ Search statistics, milestones, stories, quotes, photo captions and paragraphs, in both languages.

     Search statistics, milestones, stories, quotes, photo captions and paragraphs, in both languages.

    Finds `q` in the statistics' labels and figures, the milestones' titles and descriptions, the
    stories' titles and summaries, the quotes, the photo captions (each in Chinese and English) and
    the article's paragraphs (Chinese). English is matched by words in any order, by their stems,
    the last word also as a prefix; Chinese character by character, so two characters (医保) or one
    work as well as a clause. Each item is one hit however many of its texts match, written in the
    language asked for (`lang`, else Accept-Language): its `url`, `title`, and for a statistic its
    `value`, `unit` and `display`, as its own route has them. `match` is the text that matched best,
    in its own language, with `highlights`, the code-point ranges the query matched (plain text, no
    HTML). Items whose matching text is shortest (the query the largest share of it: a label
    before a paragraph) come first, then the article's order; `total` counts items; follow `next`
    for more.

    Args:
        q (str): What to find, 1 to 200 characters, in Chinese or English whatever `lang` is.
            English words are found in any order, each by its stem (`alleviating` finds alleviation,
            `enrolment` enrolments), the last one also as a prefix (`pover` finds poverty). Chinese
            characters and numbers next to each other are found as written (`医保` does not find 医疗保障;
            `66.32亿`); spaces separate such phrases, found in any order. All must be in one text.
            Punctuation is ignored, so a q of it alone finds nothing.
        kind (SearchFactsKind | Unset): Only hits of this kind.
        lang (str | Unset): The language of the answer, as a BCP 47 tag in any case: `zh` (also
            `zh-CN`, `zh-Hans`...) or `en` (also `EN`, `en-GB`...); a tag we cannot serve falls back
            to what Accept-Language prefers (default `zh`), and `Content-Language` says which. Not a
            filter: `q` is looked for in both languages, and the items found are written in this one
            (`q=医保&lang=en` finds the medical insurance facts and answers in English).
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
    lang: str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> ProblemDetail | SearchHitPage | None:
    """ Search statistics, milestones, stories, quotes, photo captions and paragraphs, in both languages.

     Search statistics, milestones, stories, quotes, photo captions and paragraphs, in both languages.

    Finds `q` in the statistics' labels and figures, the milestones' titles and descriptions, the
    stories' titles and summaries, the quotes, the photo captions (each in Chinese and English) and
    the article's paragraphs (Chinese). English is matched by words in any order, by their stems,
    the last word also as a prefix; Chinese character by character, so two characters (医保) or one
    work as well as a clause. Each item is one hit however many of its texts match, written in the
    language asked for (`lang`, else Accept-Language): its `url`, `title`, and for a statistic its
    `value`, `unit` and `display`, as its own route has them. `match` is the text that matched best,
    in its own language, with `highlights`, the code-point ranges the query matched (plain text, no
    HTML). Items whose matching text is shortest (the query the largest share of it: a label
    before a paragraph) come first, then the article's order; `total` counts items; follow `next`
    for more.

    Args:
        q (str): What to find, 1 to 200 characters, in Chinese or English whatever `lang` is.
            English words are found in any order, each by its stem (`alleviating` finds alleviation,
            `enrolment` enrolments), the last one also as a prefix (`pover` finds poverty). Chinese
            characters and numbers next to each other are found as written (`医保` does not find 医疗保障;
            `66.32亿`); spaces separate such phrases, found in any order. All must be in one text.
            Punctuation is ignored, so a q of it alone finds nothing.
        kind (SearchFactsKind | Unset): Only hits of this kind.
        lang (str | Unset): The language of the answer, as a BCP 47 tag in any case: `zh` (also
            `zh-CN`, `zh-Hans`...) or `en` (also `EN`, `en-GB`...); a tag we cannot serve falls back
            to what Accept-Language prefers (default `zh`), and `Content-Language` says which. Not a
            filter: `q` is looked for in both languages, and the items found are written in this one
            (`q=医保&lang=en` finds the medical insurance facts and answers in English).
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
    lang: str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[ProblemDetail | SearchHitPage]:
    """ Search statistics, milestones, stories, quotes, photo captions and paragraphs, in both languages.

     Search statistics, milestones, stories, quotes, photo captions and paragraphs, in both languages.

    Finds `q` in the statistics' labels and figures, the milestones' titles and descriptions, the
    stories' titles and summaries, the quotes, the photo captions (each in Chinese and English) and
    the article's paragraphs (Chinese). English is matched by words in any order, by their stems,
    the last word also as a prefix; Chinese character by character, so two characters (医保) or one
    work as well as a clause. Each item is one hit however many of its texts match, written in the
    language asked for (`lang`, else Accept-Language): its `url`, `title`, and for a statistic its
    `value`, `unit` and `display`, as its own route has them. `match` is the text that matched best,
    in its own language, with `highlights`, the code-point ranges the query matched (plain text, no
    HTML). Items whose matching text is shortest (the query the largest share of it: a label
    before a paragraph) come first, then the article's order; `total` counts items; follow `next`
    for more.

    Args:
        q (str): What to find, 1 to 200 characters, in Chinese or English whatever `lang` is.
            English words are found in any order, each by its stem (`alleviating` finds alleviation,
            `enrolment` enrolments), the last one also as a prefix (`pover` finds poverty). Chinese
            characters and numbers next to each other are found as written (`医保` does not find 医疗保障;
            `66.32亿`); spaces separate such phrases, found in any order. All must be in one text.
            Punctuation is ignored, so a q of it alone finds nothing.
        kind (SearchFactsKind | Unset): Only hits of this kind.
        lang (str | Unset): The language of the answer, as a BCP 47 tag in any case: `zh` (also
            `zh-CN`, `zh-Hans`...) or `en` (also `EN`, `en-GB`...); a tag we cannot serve falls back
            to what Accept-Language prefers (default `zh`), and `Content-Language` says which. Not a
            filter: `q` is looked for in both languages, and the items found are written in this one
            (`q=医保&lang=en` finds the medical insurance facts and answers in English).
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
    lang: str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> ProblemDetail | SearchHitPage | None:
    """ Search statistics, milestones, stories, quotes, photo captions and paragraphs, in both languages.

     Search statistics, milestones, stories, quotes, photo captions and paragraphs, in both languages.

    Finds `q` in the statistics' labels and figures, the milestones' titles and descriptions, the
    stories' titles and summaries, the quotes, the photo captions (each in Chinese and English) and
    the article's paragraphs (Chinese). English is matched by words in any order, by their stems,
    the last word also as a prefix; Chinese character by character, so two characters (医保) or one
    work as well as a clause. Each item is one hit however many of its texts match, written in the
    language asked for (`lang`, else Accept-Language): its `url`, `title`, and for a statistic its
    `value`, `unit` and `display`, as its own route has them. `match` is the text that matched best,
    in its own language, with `highlights`, the code-point ranges the query matched (plain text, no
    HTML). Items whose matching text is shortest (the query the largest share of it: a label
    before a paragraph) come first, then the article's order; `total` counts items; follow `next`
    for more.

    Args:
        q (str): What to find, 1 to 200 characters, in Chinese or English whatever `lang` is.
            English words are found in any order, each by its stem (`alleviating` finds alleviation,
            `enrolment` enrolments), the last one also as a prefix (`pover` finds poverty). Chinese
            characters and numbers next to each other are found as written (`医保` does not find 医疗保障;
            `66.32亿`); spaces separate such phrases, found in any order. All must be in one text.
            Punctuation is ignored, so a q of it alone finds nothing.
        kind (SearchFactsKind | Unset): Only hits of this kind.
        lang (str | Unset): The language of the answer, as a BCP 47 tag in any case: `zh` (also
            `zh-CN`, `zh-Hans`...) or `en` (also `EN`, `en-GB`...); a tag we cannot serve falls back
            to what Accept-Language prefers (default `zh`), and `Content-Language` says which. Not a
            filter: `q` is looked for in both languages, and the items found are written in this one
            (`q=医保&lang=en` finds the medical insurance facts and answers in English).
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

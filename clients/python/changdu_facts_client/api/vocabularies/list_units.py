from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem_detail import ProblemDetail
from ...models.vocabulary_list_unit_public import VocabularyListUnitPublic
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    lang: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["lang"] = lang


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/units",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetail | VocabularyListUnitPublic | None:
    if response.status_code == 200:
        response_200 = VocabularyListUnitPublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProblemDetail | VocabularyListUnitPublic]:
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

) -> Response[ProblemDetail | VocabularyListUnitPublic]:
    """ Every unit the statistics use, with its names in the asked language and how many use it.

     Every unit the statistics use, with its names in the asked language and how many use it.

    Most used first (ties by the unit). `unit` is what `/v1/statistics?unit=` takes; a value
    not listed here keeps nothing there (an empty list), as on the downloads.

    Args:
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | VocabularyListUnitPublic]
     """


    kwargs = _get_kwargs(
        lang=lang,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,

) -> ProblemDetail | VocabularyListUnitPublic | None:
    """ Every unit the statistics use, with its names in the asked language and how many use it.

     Every unit the statistics use, with its names in the asked language and how many use it.

    Most used first (ties by the unit). `unit` is what `/v1/statistics?unit=` takes; a value
    not listed here keeps nothing there (an empty list), as on the downloads.

    Args:
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | VocabularyListUnitPublic
     """


    return sync_detailed(
        client=client,
lang=lang,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,

) -> Response[ProblemDetail | VocabularyListUnitPublic]:
    """ Every unit the statistics use, with its names in the asked language and how many use it.

     Every unit the statistics use, with its names in the asked language and how many use it.

    Most used first (ties by the unit). `unit` is what `/v1/statistics?unit=` takes; a value
    not listed here keeps nothing there (an empty list), as on the downloads.

    Args:
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | VocabularyListUnitPublic]
     """


    kwargs = _get_kwargs(
        lang=lang,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,

) -> ProblemDetail | VocabularyListUnitPublic | None:
    """ Every unit the statistics use, with its names in the asked language and how many use it.

     Every unit the statistics use, with its names in the asked language and how many use it.

    Most used first (ties by the unit). `unit` is what `/v1/statistics?unit=` takes; a value
    not listed here keeps nothing there (an empty list), as on the downloads.

    Args:
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | VocabularyListUnitPublic
     """


    return (await asyncio_detailed(
        client=client,
lang=lang,

    )).parsed

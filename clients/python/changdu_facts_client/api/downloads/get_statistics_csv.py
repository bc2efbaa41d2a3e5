from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    slugs: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_slugs: None | str | Unset
    if isinstance(slugs, Unset):
        json_slugs = UNSET
    else:
        json_slugs = slugs
    params["slugs"] = json_slugs


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/statistics.csv",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetail | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProblemDetail | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    slugs: None | str | Unset = UNSET,

) -> Response[ProblemDetail | str]:
    """ Every statistic as CSV, one row per figure in the article's order.

     Every statistic as CSV, one row per figure in the article's order.

    UTF-8 with a byte-order mark (Excel opens the Chinese correctly), CRLF line ends and a header
    row. Values are plain numbers (606000, 24.95); each row has both labels, the unit in both
    languages, the hedge, the dates, which fields are derived and why, the verbatim quote with its
    paragraph and offsets, and short and long citations in Chinese and English. The rows are the
    objects `/v1/statistics` serves, so the two never disagree. The file name carries the dataset
    version; `/v1/export.zip` explains every column.

    Args:
        slugs (None | str | Unset): Only these statistics, comma-separated, in the article's order
            (a chart's “Get the data” link names its figures). An unknown slug answers 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | str]
     """


    kwargs = _get_kwargs(
        slugs=slugs,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    slugs: None | str | Unset = UNSET,

) -> ProblemDetail | str | None:
    """ Every statistic as CSV, one row per figure in the article's order.

     Every statistic as CSV, one row per figure in the article's order.

    UTF-8 with a byte-order mark (Excel opens the Chinese correctly), CRLF line ends and a header
    row. Values are plain numbers (606000, 24.95); each row has both labels, the unit in both
    languages, the hedge, the dates, which fields are derived and why, the verbatim quote with its
    paragraph and offsets, and short and long citations in Chinese and English. The rows are the
    objects `/v1/statistics` serves, so the two never disagree. The file name carries the dataset
    version; `/v1/export.zip` explains every column.

    Args:
        slugs (None | str | Unset): Only these statistics, comma-separated, in the article's order
            (a chart's “Get the data” link names its figures). An unknown slug answers 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | str
     """


    return sync_detailed(
        client=client,
slugs=slugs,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    slugs: None | str | Unset = UNSET,

) -> Response[ProblemDetail | str]:
    """ Every statistic as CSV, one row per figure in the article's order.

     Every statistic as CSV, one row per figure in the article's order.

    UTF-8 with a byte-order mark (Excel opens the Chinese correctly), CRLF line ends and a header
    row. Values are plain numbers (606000, 24.95); each row has both labels, the unit in both
    languages, the hedge, the dates, which fields are derived and why, the verbatim quote with its
    paragraph and offsets, and short and long citations in Chinese and English. The rows are the
    objects `/v1/statistics` serves, so the two never disagree. The file name carries the dataset
    version; `/v1/export.zip` explains every column.

    Args:
        slugs (None | str | Unset): Only these statistics, comma-separated, in the article's order
            (a chart's “Get the data” link names its figures). An unknown slug answers 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | str]
     """


    kwargs = _get_kwargs(
        slugs=slugs,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    slugs: None | str | Unset = UNSET,

) -> ProblemDetail | str | None:
    """ Every statistic as CSV, one row per figure in the article's order.

     Every statistic as CSV, one row per figure in the article's order.

    UTF-8 with a byte-order mark (Excel opens the Chinese correctly), CRLF line ends and a header
    row. Values are plain numbers (606000, 24.95); each row has both labels, the unit in both
    languages, the hedge, the dates, which fields are derived and why, the verbatim quote with its
    paragraph and offsets, and short and long citations in Chinese and English. The rows are the
    objects `/v1/statistics` serves, so the two never disagree. The file name carries the dataset
    version; `/v1/export.zip` explains every column.

    Args:
        slugs (None | str | Unset): Only these statistics, comma-separated, in the article's order
            (a chart's “Get the data” link names its figures). An unknown slug answers 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | str
     """


    return (await asyncio_detailed(
        client=client,
slugs=slugs,

    )).parsed

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_chart_svg_theme import GetChartSvgTheme
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    name: str,
    *,
    theme: GetChartSvgTheme | Unset = GetChartSvgTheme.AUTO,
    width: int | Unset = UNSET,
    lang: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_theme: str | Unset = UNSET
    if not isinstance(theme, Unset):
        json_theme = theme.value

    params["theme"] = json_theme

    params["width"] = width

    params["lang"] = lang


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/embed/charts/{name}.svg".format(name=quote(str(name), safe=""),),
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
    name: str,
    *,
    client: AuthenticatedClient | Client,
    theme: GetChartSvgTheme | Unset = GetChartSvgTheme.AUTO,
    width: int | Unset = UNSET,
    lang: str | Unset = UNSET,

) -> Response[ProblemDetail | str]:
    """ A chart as a static SVG image.

     A chart as a static SVG image.

    The same bars, labels, caption and citations as the HTML chart.

    Args:
        name (str): One of: `rural-income-growth-2019`, `training-types`.
        theme (GetChartSvgTheme | Unset): `light`, `dark` or `auto` (follows the reader's prefers-
            color-scheme). Default: GetChartSvgTheme.AUTO.
        width (int | Unset): Width in CSS pixels the image is laid out at (280-1200; by default
            the image's own). An SVG scales with its container either way; a narrow layout
            (`width=375`) keeps its text readable on a phone. A PNG is `width` × `scale` pixels wide.
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | str]
     """


    kwargs = _get_kwargs(
        name=name,
theme=theme,
width=width,
lang=lang,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    theme: GetChartSvgTheme | Unset = GetChartSvgTheme.AUTO,
    width: int | Unset = UNSET,
    lang: str | Unset = UNSET,

) -> ProblemDetail | str | None:
    """ A chart as a static SVG image.

     A chart as a static SVG image.

    The same bars, labels, caption and citations as the HTML chart.

    Args:
        name (str): One of: `rural-income-growth-2019`, `training-types`.
        theme (GetChartSvgTheme | Unset): `light`, `dark` or `auto` (follows the reader's prefers-
            color-scheme). Default: GetChartSvgTheme.AUTO.
        width (int | Unset): Width in CSS pixels the image is laid out at (280-1200; by default
            the image's own). An SVG scales with its container either way; a narrow layout
            (`width=375`) keeps its text readable on a phone. A PNG is `width` × `scale` pixels wide.
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | str
     """


    return sync_detailed(
        name=name,
client=client,
theme=theme,
width=width,
lang=lang,

    ).parsed

async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    theme: GetChartSvgTheme | Unset = GetChartSvgTheme.AUTO,
    width: int | Unset = UNSET,
    lang: str | Unset = UNSET,

) -> Response[ProblemDetail | str]:
    """ A chart as a static SVG image.

     A chart as a static SVG image.

    The same bars, labels, caption and citations as the HTML chart.

    Args:
        name (str): One of: `rural-income-growth-2019`, `training-types`.
        theme (GetChartSvgTheme | Unset): `light`, `dark` or `auto` (follows the reader's prefers-
            color-scheme). Default: GetChartSvgTheme.AUTO.
        width (int | Unset): Width in CSS pixels the image is laid out at (280-1200; by default
            the image's own). An SVG scales with its container either way; a narrow layout
            (`width=375`) keeps its text readable on a phone. A PNG is `width` × `scale` pixels wide.
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | str]
     """


    kwargs = _get_kwargs(
        name=name,
theme=theme,
width=width,
lang=lang,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    theme: GetChartSvgTheme | Unset = GetChartSvgTheme.AUTO,
    width: int | Unset = UNSET,
    lang: str | Unset = UNSET,

) -> ProblemDetail | str | None:
    """ A chart as a static SVG image.

     A chart as a static SVG image.

    The same bars, labels, caption and citations as the HTML chart.

    Args:
        name (str): One of: `rural-income-growth-2019`, `training-types`.
        theme (GetChartSvgTheme | Unset): `light`, `dark` or `auto` (follows the reader's prefers-
            color-scheme). Default: GetChartSvgTheme.AUTO.
        width (int | Unset): Width in CSS pixels the image is laid out at (280-1200; by default
            the image's own). An SVG scales with its container either way; a narrow layout
            (`width=375`) keeps its text readable on a phone. A PNG is `width` × `scale` pixels wide.
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | str
     """


    return (await asyncio_detailed(
        name=name,
client=client,
theme=theme,
width=width,
lang=lang,

    )).parsed

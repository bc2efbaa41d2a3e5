from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_statistic_png_layout import GetStatisticPngLayout
from ...models.get_statistic_png_theme import GetStatisticPngTheme
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    slug: str,
    *,
    theme: GetStatisticPngTheme | Unset = GetStatisticPngTheme.AUTO,
    width: int | Unset = UNSET,
    scale: int | Unset = 1,
    layout: GetStatisticPngLayout | Unset = GetStatisticPngLayout.FIT,
    v: str | Unset = UNSET,
    lang: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_theme: str | Unset = UNSET
    if not isinstance(theme, Unset):
        json_theme = theme.value

    params["theme"] = json_theme

    params["width"] = width

    params["scale"] = scale

    json_layout: str | Unset = UNSET
    if not isinstance(layout, Unset):
        json_layout = layout.value

    params["layout"] = json_layout

    params["v"] = v

    params["lang"] = lang


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/embed/statistics/{slug}.png".format(slug=quote(str(slug), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetail | None:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    theme: GetStatisticPngTheme | Unset = GetStatisticPngTheme.AUTO,
    width: int | Unset = UNSET,
    scale: int | Unset = 1,
    layout: GetStatisticPngLayout | Unset = GetStatisticPngLayout.FIT,
    v: str | Unset = UNSET,
    lang: str | Unset = UNSET,

) -> Response[ProblemDetail]:
    """ A statistic card as a PNG image, for WeChat articles, print and social posts.

     A statistic card as a PNG image, for WeChat articles, print and social posts.

    Rendered on the server from the same SVG with resvg and Noto Sans CJK, so Chinese always draws;
    `theme=auto` is drawn light (an image cannot follow the reader's setting). Rendered once per
    dataset version and parameters, then served from memory with an ETag.

    Args:
        slug (str): The fact's slug.
        theme (GetStatisticPngTheme | Unset): `light`, `dark` or `auto` (follows the reader's
            prefers-color-scheme). Default: GetStatisticPngTheme.AUTO.
        width (int | Unset): Width in CSS pixels the image is laid out at (280-1200; by default
            the image's own). An SVG scales with its container either way; a narrow layout
            (`width=375`) keeps its text readable on a phone. A PNG is `width` × `scale` pixels wide.
        scale (int | Unset): Device pixels per CSS pixel: 1, 2 or 3 (high-density screens, print).
            Default: 1.
        layout (GetStatisticPngLayout | Unset): `fit`: the content's own height. `social`: exactly
            1200×630 CSS pixels, the size link previews (Open Graph, Twitter) ask for; `width` is then
            ignored. Default: GetStatisticPngLayout.FIT.
        v (str | Unset): The dataset version (`X-Dataset-Version`) the image is of. The link
            previews' URLs carry it: when it is the version served, the PNG may be cached for a year
            (`immutable`); any other value gets the usual max-age.
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail]
     """


    kwargs = _get_kwargs(
        slug=slug,
theme=theme,
width=width,
scale=scale,
layout=layout,
v=v,
lang=lang,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    theme: GetStatisticPngTheme | Unset = GetStatisticPngTheme.AUTO,
    width: int | Unset = UNSET,
    scale: int | Unset = 1,
    layout: GetStatisticPngLayout | Unset = GetStatisticPngLayout.FIT,
    v: str | Unset = UNSET,
    lang: str | Unset = UNSET,

) -> ProblemDetail | None:
    """ A statistic card as a PNG image, for WeChat articles, print and social posts.

     A statistic card as a PNG image, for WeChat articles, print and social posts.

    Rendered on the server from the same SVG with resvg and Noto Sans CJK, so Chinese always draws;
    `theme=auto` is drawn light (an image cannot follow the reader's setting). Rendered once per
    dataset version and parameters, then served from memory with an ETag.

    Args:
        slug (str): The fact's slug.
        theme (GetStatisticPngTheme | Unset): `light`, `dark` or `auto` (follows the reader's
            prefers-color-scheme). Default: GetStatisticPngTheme.AUTO.
        width (int | Unset): Width in CSS pixels the image is laid out at (280-1200; by default
            the image's own). An SVG scales with its container either way; a narrow layout
            (`width=375`) keeps its text readable on a phone. A PNG is `width` × `scale` pixels wide.
        scale (int | Unset): Device pixels per CSS pixel: 1, 2 or 3 (high-density screens, print).
            Default: 1.
        layout (GetStatisticPngLayout | Unset): `fit`: the content's own height. `social`: exactly
            1200×630 CSS pixels, the size link previews (Open Graph, Twitter) ask for; `width` is then
            ignored. Default: GetStatisticPngLayout.FIT.
        v (str | Unset): The dataset version (`X-Dataset-Version`) the image is of. The link
            previews' URLs carry it: when it is the version served, the PNG may be cached for a year
            (`immutable`); any other value gets the usual max-age.
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail
     """


    return sync_detailed(
        slug=slug,
client=client,
theme=theme,
width=width,
scale=scale,
layout=layout,
v=v,
lang=lang,

    ).parsed

async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    theme: GetStatisticPngTheme | Unset = GetStatisticPngTheme.AUTO,
    width: int | Unset = UNSET,
    scale: int | Unset = 1,
    layout: GetStatisticPngLayout | Unset = GetStatisticPngLayout.FIT,
    v: str | Unset = UNSET,
    lang: str | Unset = UNSET,

) -> Response[ProblemDetail]:
    """ A statistic card as a PNG image, for WeChat articles, print and social posts.

     A statistic card as a PNG image, for WeChat articles, print and social posts.

    Rendered on the server from the same SVG with resvg and Noto Sans CJK, so Chinese always draws;
    `theme=auto` is drawn light (an image cannot follow the reader's setting). Rendered once per
    dataset version and parameters, then served from memory with an ETag.

    Args:
        slug (str): The fact's slug.
        theme (GetStatisticPngTheme | Unset): `light`, `dark` or `auto` (follows the reader's
            prefers-color-scheme). Default: GetStatisticPngTheme.AUTO.
        width (int | Unset): Width in CSS pixels the image is laid out at (280-1200; by default
            the image's own). An SVG scales with its container either way; a narrow layout
            (`width=375`) keeps its text readable on a phone. A PNG is `width` × `scale` pixels wide.
        scale (int | Unset): Device pixels per CSS pixel: 1, 2 or 3 (high-density screens, print).
            Default: 1.
        layout (GetStatisticPngLayout | Unset): `fit`: the content's own height. `social`: exactly
            1200×630 CSS pixels, the size link previews (Open Graph, Twitter) ask for; `width` is then
            ignored. Default: GetStatisticPngLayout.FIT.
        v (str | Unset): The dataset version (`X-Dataset-Version`) the image is of. The link
            previews' URLs carry it: when it is the version served, the PNG may be cached for a year
            (`immutable`); any other value gets the usual max-age.
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail]
     """


    kwargs = _get_kwargs(
        slug=slug,
theme=theme,
width=width,
scale=scale,
layout=layout,
v=v,
lang=lang,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    theme: GetStatisticPngTheme | Unset = GetStatisticPngTheme.AUTO,
    width: int | Unset = UNSET,
    scale: int | Unset = 1,
    layout: GetStatisticPngLayout | Unset = GetStatisticPngLayout.FIT,
    v: str | Unset = UNSET,
    lang: str | Unset = UNSET,

) -> ProblemDetail | None:
    """ A statistic card as a PNG image, for WeChat articles, print and social posts.

     A statistic card as a PNG image, for WeChat articles, print and social posts.

    Rendered on the server from the same SVG with resvg and Noto Sans CJK, so Chinese always draws;
    `theme=auto` is drawn light (an image cannot follow the reader's setting). Rendered once per
    dataset version and parameters, then served from memory with an ETag.

    Args:
        slug (str): The fact's slug.
        theme (GetStatisticPngTheme | Unset): `light`, `dark` or `auto` (follows the reader's
            prefers-color-scheme). Default: GetStatisticPngTheme.AUTO.
        width (int | Unset): Width in CSS pixels the image is laid out at (280-1200; by default
            the image's own). An SVG scales with its container either way; a narrow layout
            (`width=375`) keeps its text readable on a phone. A PNG is `width` × `scale` pixels wide.
        scale (int | Unset): Device pixels per CSS pixel: 1, 2 or 3 (high-density screens, print).
            Default: 1.
        layout (GetStatisticPngLayout | Unset): `fit`: the content's own height. `social`: exactly
            1200×630 CSS pixels, the size link previews (Open Graph, Twitter) ask for; `width` is then
            ignored. Default: GetStatisticPngLayout.FIT.
        v (str | Unset): The dataset version (`X-Dataset-Version`) the image is of. The link
            previews' URLs carry it: when it is the version served, the PNG may be cached for a year
            (`immutable`); any other value gets the usual max-age.
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail
     """


    return (await asyncio_detailed(
        slug=slug,
client=client,
theme=theme,
width=width,
scale=scale,
layout=layout,
v=v,
lang=lang,

    )).parsed

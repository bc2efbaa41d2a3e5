from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.photo_fields import PhotoFields
from ...models.photo_public import PhotoPublic
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    slug: str,
    *,
    lang: str | Unset = UNSET,
    fields: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["lang"] = lang

    params["fields"] = fields


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/photos/{slug}".format(slug=quote(str(slug), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PhotoFields | PhotoPublic | ProblemDetail | None:
    if response.status_code == 200:
        def _parse_response_200(data: object) -> PhotoFields | PhotoPublic:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PhotoPublic.from_dict(data)



                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = PhotoFields.from_dict(data)



            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PhotoFields | PhotoPublic | ProblemDetail]:
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
    lang: str | Unset = UNSET,
    fields: str | Unset = UNSET,

) -> Response[PhotoFields | PhotoPublic | ProblemDetail]:
    """ One photo caption.

     One photo caption.

    404 with a problem document when no photo has the slug.

    Args:
        slug (str): The fact's slug.
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.
        fields (str | Unset): Only these top-level fields of each item, comma-separated
            (`slug,label,display`), in the model's order whatever the order asked; an unknown name is
            a 422 naming it. Without it, every field. The answer's schema is then the model's with
            every property optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PhotoFields | PhotoPublic | ProblemDetail]
     """


    kwargs = _get_kwargs(
        slug=slug,
lang=lang,
fields=fields,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,
    fields: str | Unset = UNSET,

) -> PhotoFields | PhotoPublic | ProblemDetail | None:
    """ One photo caption.

     One photo caption.

    404 with a problem document when no photo has the slug.

    Args:
        slug (str): The fact's slug.
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.
        fields (str | Unset): Only these top-level fields of each item, comma-separated
            (`slug,label,display`), in the model's order whatever the order asked; an unknown name is
            a 422 naming it. Without it, every field. The answer's schema is then the model's with
            every property optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhotoFields | PhotoPublic | ProblemDetail
     """


    return sync_detailed(
        slug=slug,
client=client,
lang=lang,
fields=fields,

    ).parsed

async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,
    fields: str | Unset = UNSET,

) -> Response[PhotoFields | PhotoPublic | ProblemDetail]:
    """ One photo caption.

     One photo caption.

    404 with a problem document when no photo has the slug.

    Args:
        slug (str): The fact's slug.
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.
        fields (str | Unset): Only these top-level fields of each item, comma-separated
            (`slug,label,display`), in the model's order whatever the order asked; an unknown name is
            a 422 naming it. Without it, every field. The answer's schema is then the model's with
            every property optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PhotoFields | PhotoPublic | ProblemDetail]
     """


    kwargs = _get_kwargs(
        slug=slug,
lang=lang,
fields=fields,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,
    fields: str | Unset = UNSET,

) -> PhotoFields | PhotoPublic | ProblemDetail | None:
    """ One photo caption.

     One photo caption.

    404 with a problem document when no photo has the slug.

    Args:
        slug (str): The fact's slug.
        lang (str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any case:
            `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-
            GB`...). A tag we cannot serve falls back to what Accept-Language prefers (default `zh`);
            `Content-Language` says which.
        fields (str | Unset): Only these top-level fields of each item, comma-separated
            (`slug,label,display`), in the model's order whatever the order asked; an unknown name is
            a 422 naming it. Without it, every field. The answer's schema is then the model's with
            every property optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhotoFields | PhotoPublic | ProblemDetail
     """


    return (await asyncio_detailed(
        slug=slug,
client=client,
lang=lang,
fields=fields,

    )).parsed

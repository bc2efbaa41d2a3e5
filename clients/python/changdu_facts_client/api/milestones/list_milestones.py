from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.list_milestones_precision_type_0 import ListMilestonesPrecisionType0
from ...models.list_milestones_section_type_0 import ListMilestonesSectionType0
from ...models.list_milestones_sort import ListMilestonesSort
from ...models.milestone_page import MilestonePage
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    lang: None | str | Unset = UNSET,
    from_: None | str | Unset = UNSET,
    to: None | str | Unset = UNSET,
    precision: ListMilestonesPrecisionType0 | None | Unset = UNSET,
    section: ListMilestonesSectionType0 | None | Unset = UNSET,
    sort: ListMilestonesSort | Unset = ListMilestonesSort.ARTICLE,
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

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    else:
        json_to = to
    params["to"] = json_to

    json_precision: None | str | Unset
    if isinstance(precision, Unset):
        json_precision = UNSET
    elif isinstance(precision, ListMilestonesPrecisionType0):
        json_precision = precision.value
    else:
        json_precision = precision
    params["precision"] = json_precision

    json_section: None | str | Unset
    if isinstance(section, Unset):
        json_section = UNSET
    elif isinstance(section, ListMilestonesSectionType0):
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
        "url": "/v1/milestones",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MilestonePage | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = MilestonePage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MilestonePage | ProblemDetail]:
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
    from_: None | str | Unset = UNSET,
    to: None | str | Unset = UNSET,
    precision: ListMilestonesPrecisionType0 | None | Unset = UNSET,
    section: ListMilestonesSectionType0 | None | Unset = UNSET,
    sort: ListMilestonesSort | Unset = ListMilestonesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[MilestonePage | ProblemDetail]:
    """ Every dated event, with the precision the article gives.

     Every dated event, with the precision the article gives.

    A date range keeps every event whose own span overlaps it: `from=2018-08-15` keeps an event
    dated only "2018-08", since it may have happened on or after the 15th.

    Args:
        lang (None | str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any
            case: `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also
            `EN`, `en-GB`...). A tag we cannot serve falls back to what Accept-Language prefers
            (default `zh`); `Content-Language` says which.
        from_ (None | str | Unset): Only events that may fall on or after this date.
        to (None | str | Unset): Only events that may fall on or before this date.
        precision (ListMilestonesPrecisionType0 | None | Unset): Only events dated to this
            precision.
        section (ListMilestonesSectionType0 | None | Unset): Only events from this section.
        sort (ListMilestonesSort | Unset): `article` (the default), `date` or `slug`; `-` sorts
            descending. Default: ListMilestonesSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MilestonePage | ProblemDetail]
     """


    kwargs = _get_kwargs(
        lang=lang,
from_=from_,
to=to,
precision=precision,
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
    from_: None | str | Unset = UNSET,
    to: None | str | Unset = UNSET,
    precision: ListMilestonesPrecisionType0 | None | Unset = UNSET,
    section: ListMilestonesSectionType0 | None | Unset = UNSET,
    sort: ListMilestonesSort | Unset = ListMilestonesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> MilestonePage | ProblemDetail | None:
    """ Every dated event, with the precision the article gives.

     Every dated event, with the precision the article gives.

    A date range keeps every event whose own span overlaps it: `from=2018-08-15` keeps an event
    dated only "2018-08", since it may have happened on or after the 15th.

    Args:
        lang (None | str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any
            case: `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also
            `EN`, `en-GB`...). A tag we cannot serve falls back to what Accept-Language prefers
            (default `zh`); `Content-Language` says which.
        from_ (None | str | Unset): Only events that may fall on or after this date.
        to (None | str | Unset): Only events that may fall on or before this date.
        precision (ListMilestonesPrecisionType0 | None | Unset): Only events dated to this
            precision.
        section (ListMilestonesSectionType0 | None | Unset): Only events from this section.
        sort (ListMilestonesSort | Unset): `article` (the default), `date` or `slug`; `-` sorts
            descending. Default: ListMilestonesSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MilestonePage | ProblemDetail
     """


    return sync_detailed(
        client=client,
lang=lang,
from_=from_,
to=to,
precision=precision,
section=section,
sort=sort,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    from_: None | str | Unset = UNSET,
    to: None | str | Unset = UNSET,
    precision: ListMilestonesPrecisionType0 | None | Unset = UNSET,
    section: ListMilestonesSectionType0 | None | Unset = UNSET,
    sort: ListMilestonesSort | Unset = ListMilestonesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[MilestonePage | ProblemDetail]:
    """ Every dated event, with the precision the article gives.

     Every dated event, with the precision the article gives.

    A date range keeps every event whose own span overlaps it: `from=2018-08-15` keeps an event
    dated only "2018-08", since it may have happened on or after the 15th.

    Args:
        lang (None | str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any
            case: `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also
            `EN`, `en-GB`...). A tag we cannot serve falls back to what Accept-Language prefers
            (default `zh`); `Content-Language` says which.
        from_ (None | str | Unset): Only events that may fall on or after this date.
        to (None | str | Unset): Only events that may fall on or before this date.
        precision (ListMilestonesPrecisionType0 | None | Unset): Only events dated to this
            precision.
        section (ListMilestonesSectionType0 | None | Unset): Only events from this section.
        sort (ListMilestonesSort | Unset): `article` (the default), `date` or `slug`; `-` sorts
            descending. Default: ListMilestonesSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MilestonePage | ProblemDetail]
     """


    kwargs = _get_kwargs(
        lang=lang,
from_=from_,
to=to,
precision=precision,
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
    from_: None | str | Unset = UNSET,
    to: None | str | Unset = UNSET,
    precision: ListMilestonesPrecisionType0 | None | Unset = UNSET,
    section: ListMilestonesSectionType0 | None | Unset = UNSET,
    sort: ListMilestonesSort | Unset = ListMilestonesSort.ARTICLE,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> MilestonePage | ProblemDetail | None:
    """ Every dated event, with the precision the article gives.

     Every dated event, with the precision the article gives.

    A date range keeps every event whose own span overlaps it: `from=2018-08-15` keeps an event
    dated only "2018-08", since it may have happened on or after the 15th.

    Args:
        lang (None | str | Unset): Language of labels, titles and captions, as a BCP 47 tag in any
            case: `zh` (the article's, also `zh-CN`, `zh-Hans`...) or `en` (our translation, also
            `EN`, `en-GB`...). A tag we cannot serve falls back to what Accept-Language prefers
            (default `zh`); `Content-Language` says which.
        from_ (None | str | Unset): Only events that may fall on or after this date.
        to (None | str | Unset): Only events that may fall on or before this date.
        precision (ListMilestonesPrecisionType0 | None | Unset): Only events dated to this
            precision.
        section (ListMilestonesSectionType0 | None | Unset): Only events from this section.
        sort (ListMilestonesSort | Unset): `article` (the default), `date` or `slug`; `-` sorts
            descending. Default: ListMilestonesSort.ARTICLE.
        limit (int | Unset): Items per page, 1 to 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's `next` URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MilestonePage | ProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
lang=lang,
from_=from_,
to=to,
precision=precision,
section=section,
sort=sort,
limit=limit,
cursor=cursor,

    )).parsed

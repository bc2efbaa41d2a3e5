"""Keyset pagination with opaque cursors, in the article's order or a chosen sort; lookups by slug.

A cursor holds the sort key of the last row served, so a page costs the same at any depth and
stays stable while the data does.
"""

import base64
import binascii
import json
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from fastapi import Request, Response
from sqlalchemy import ColumnElement, func, tuple_
from sqlmodel import Session, SQLModel, select

from app.api.problems import BadRequest, NotFound

Row = TypeVar("Row", bound=SQLModel)
ARTICLE_ORDER = "article"


def encode_cursor(resource: str, sort: str, values: Sequence[Any]) -> str:
    raw = json.dumps([resource, sort, *values], separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(resource: str, sort: str, cursor: str, width: int) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        kind, cursor_sort, *values = json.loads(raw)
        scalars = all(isinstance(v, str | int | float) and not isinstance(v, bool) for v in values)
        if kind != resource or cursor_sort != sort or len(values) != width or not scalars:
            raise ValueError
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError, RecursionError):
        raise BadRequest(
            "The cursor is not one this API issued for this list and sort; start again without it."
        ) from None
    return values


def paginate(
    session: Session,
    table: type[Row],
    *,
    request: Request,
    response: Response,
    limit: int,
    cursor: str | None,
    where: Sequence[ColumnElement[bool]] = (),
    sort: str = ARTICLE_ORDER,
    sort_columns: Mapping[str, Any] | None = None,
    tiebreak: Sequence[str] = ("position", "slug"),
) -> tuple[list[Row], int, str | None]:
    """One page of matching rows after `cursor`, how many match in all, and the next page's URL.

    `sort` is "article" or a key of `sort_columns`, "-" first for descending; ties keep the
    article's order. The next page's URL also goes in an RFC 8288 Link header.
    """
    resource = table.__tablename__  # type: ignore[attr-defined]
    descending = sort.startswith("-")
    name = sort.removeprefix("-")
    keys = [getattr(table, column) for column in tiebreak]
    if name != ARTICLE_ORDER:
        keys.insert(0, (sort_columns or {})[name])
    total = session.exec(select(func.count()).select_from(table).where(*where)).one()
    query = select(table, *keys).where(*where)
    if cursor is not None:
        after = tuple_(*decode_cursor(resource, sort, cursor, len(keys)))
        query = query.where(tuple_(*keys) < after if descending else tuple_(*keys) > after)
    query = query.order_by(*(key.desc() if descending else key.asc() for key in keys)).limit(limit + 1)
    found = session.exec(query).all()
    rows = [row[0] for row in found[:limit]]
    next_url = None
    if len(found) > limit:
        last_keys = list(found[limit - 1][1:])
        next_url = str(request.url.include_query_params(cursor=encode_cursor(resource, sort, last_keys)))
        response.headers["Link"] = f'<{next_url}>; rel="next"'
    return rows, total, next_url


def fetch_or_404(session: Session, table: type[Row], slug: str, kind: str) -> Row:
    row = session.get(table, slug)
    if row is None:
        raise NotFound(kind, slug)
    return row

"""Keyset pagination in the article's order, with opaque cursors; lookups by slug."""

import base64
import binascii
import json
from collections.abc import Sequence
from typing import Any, TypeVar

from fastapi import Request
from sqlalchemy import ColumnElement, func, tuple_
from sqlmodel import Session, SQLModel, select

from app.api.problems import BadRequest, NotFound

Row = TypeVar("Row", bound=SQLModel)


def encode_cursor(resource: str, position: int, key: str | int) -> str:
    raw = json.dumps([resource, position, key], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(resource: str, cursor: str) -> tuple[int, Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        kind, position, key = json.loads(raw)
        if kind != resource or not isinstance(position, int) or not isinstance(key, str | int):
            raise ValueError
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise BadRequest(
            "The cursor is not one this API issued for this list; start again without it."
        ) from None
    return position, key


def paginate(
    session: Session,
    table: type[Row],
    *,
    request: Request,
    limit: int,
    cursor: str | None,
    where: Sequence[ColumnElement[bool]] = (),
    order: tuple[str, str] = ("position", "slug"),
) -> tuple[Sequence[Row], int, str | None]:
    """One page of `table` rows after `cursor`, the total that match, and the next page's URL."""
    resource = table.__tablename__  # type: ignore[attr-defined]
    position_column, key_column = (getattr(table, name) for name in order)
    total = session.exec(select(func.count()).select_from(table).where(*where)).one()
    query = select(table).where(*where)
    if cursor is not None:
        position, key = decode_cursor(resource, cursor)
        query = query.where(tuple_(position_column, key_column) > tuple_(position, key))
    rows = session.exec(query.order_by(position_column, key_column).limit(limit + 1)).all()
    next_url = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_cursor = encode_cursor(resource, getattr(last, order[0]), getattr(last, order[1]))
        next_url = str(request.url.include_query_params(cursor=next_cursor))
    return rows, total, next_url


def fetch_or_404(session: Session, table: type[Row], slug: str, kind: str) -> Row:
    row = session.get(table, slug)
    if row is None:
        raise NotFound(kind, slug)
    return row

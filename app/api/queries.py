"""Keyset pagination with opaque cursors, in the article's order or a chosen sort; lookups by slug.

A cursor holds the sort key of the last row served, so a page costs the same at any depth and
stays stable while the data does: composite indexes (filter column, position, slug) let the database
find a page of a filtered list without sorting the matches (see the migration adding them).

`total` is exact. Counting the matches of a filter costs time in proportion to their number, even
as an index-only scan, so `keyset_page` counts once per dataset version and filters and remembers
it: the data cannot change within a version, so a remembered count stays true.
`keyset_page` reads plain rows through SQLAlchemy Core (no ORM identity map), for routes that
build their JSON directly.
"""

import base64
import binascii
import json
import math
import threading
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import anyio
from cachetools import LRUCache
from fastapi import Request, Response
from sqlalchemy import ColumnElement, Connection, Engine, Integer, Row, Table, bindparam, func, tuple_
from sqlalchemy import select as core_select
from sqlalchemy import types as sqltypes
from sqlmodel import Session, SQLModel, select

from app.api.deps import on_public_origin
from app.api.problems import BadRequest, NotFound

Model = TypeVar("Model", bound=SQLModel)
T = TypeVar("T")
ARTICLE_ORDER = "article"
COUNT_CACHE_SIZE = 4096


def encode_cursor(resource: str, sort: str, values: Sequence[Any]) -> str:
    raw = json.dumps([resource, sort, *values], separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


CURSOR_VALUE_TYPES: tuple[tuple[Any, type], ...] = (
    (sqltypes.Integer, int),
    ((sqltypes.Float, sqltypes.Numeric), float),  # unrelated classes in SQLAlchemy 2.1
    (sqltypes.String, str),
)


def _fits(value: Any, key: Any) -> bool:
    """Whether a cursor value can be compared with its sort key: a forged cursor must answer 400,
    not fail in the database (an int beyond 64 bits, text against a number, NaN, a NUL byte)."""
    column_type = getattr(key.type, "impl_instance", key.type)  # a TypeDecorator's own type
    expected = next((kind for sql, kind in CURSOR_VALUE_TYPES if isinstance(column_type, sql)), None)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return False
    if isinstance(value, str):
        return expected in (str, None) and "\x00" not in value
    if isinstance(value, int) and not -(2**63) <= value < 2**63:
        return False
    if expected is int:
        return isinstance(value, int)
    return expected in (float, None) and math.isfinite(value)


def decode_cursor(resource: str, sort: str, cursor: str, keys: Sequence[Any]) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        kind, cursor_sort, *values = json.loads(raw)
        if kind != resource or cursor_sort != sort or len(values) != len(keys):
            raise ValueError
        if not all(_fits(value, key) for value, key in zip(values, keys, strict=True)):
            raise ValueError
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError, RecursionError):
        raise BadRequest(
            "The cursor is not one this API issued for this list and sort; start again without it."
        ) from None
    return values


def paginate(
    session: Session,
    table: type[Model],
    *,
    request: Request,
    response: Response,
    limit: int,
    cursor: str | None,
    where: Sequence[ColumnElement[bool]] = (),
    sort: str = ARTICLE_ORDER,
    sort_columns: Mapping[str, Any] | None = None,
    tiebreak: Sequence[str] = ("position", "slug"),
) -> tuple[list[Model], int, str | None]:
    """One page of matching rows after `cursor`, how many match in all, and the next page's URL.

    `sort` is "article" or a key of `sort_columns` (by default the slug, which every list but the
    paragraphs may be sorted by), "-" first for descending; ties keep the article's order. The next
    page's URL also goes in an RFC 8288 Link header.
    """
    resource = table.__tablename__  # type: ignore[attr-defined]
    descending = sort.startswith("-")
    name = sort.removeprefix("-")
    keys = [getattr(table, column) for column in tiebreak]
    if name != ARTICLE_ORDER:
        keys.insert(0, (sort_columns or {"slug": table.slug})[name])  # type: ignore[attr-defined]
    total = session.exec(select(func.count()).select_from(table).where(*where)).one()
    query = select(table, *keys).where(*where)
    if cursor is not None:
        after = tuple_(*decode_cursor(resource, sort, cursor, keys))
        query = query.where(tuple_(*keys) < after if descending else tuple_(*keys) > after)
    query = query.order_by(*(key.desc() if descending else key.asc() for key in keys)).limit(limit + 1)
    found = session.exec(query).all()
    rows = [row[0] for row in found[:limit]]
    next_url = None
    if len(found) > limit:
        last_keys = list(found[limit - 1][1:])
        next_url = on_public_origin(
            request, request.url.include_query_params(cursor=encode_cursor(resource, sort, last_keys))
        )
        response.headers["Link"] = f'<{next_url}>; rel="next"'
    return rows, total, next_url


def fetch_or_404(session: Session, table: type[Model], slug: str, kind: str) -> Model:
    row = session.get(table, slug)
    if row is None:
        raise NotFound(kind, slug)
    return row


# Exact totals by (database, dataset version, table, filters), the least recently used forgotten first.
COUNTS: LRUCache[Hashable, int] = LRUCache(maxsize=COUNT_CACHE_SIZE)
COUNTS_LOCK = threading.Lock()  # routes on PostgreSQL run in worker threads


@dataclass(frozen=True)
class KeysetPage:
    rows: Sequence[Row[Any]]
    total: int
    next_url: str | None


# A filter of keyset_page: (column name, operator, value); "null" takes no value.
Filter = tuple[str, str, Any]
OPERATORS = {
    "=": lambda column, param: column == param,
    ">=": lambda column, param: column >= param,
    "<=": lambda column, param: column <= param,
}
_STATEMENTS: dict[Hashable, Any] = {}


def _statement(key: Hashable, build: Callable[[], Any]) -> Any:
    """A statement built once per shape: SQLAlchemy spends ~80 µs building and keying a select
    of twenty columns, more than SQLite spends running it. Values are bound at execution."""
    statement = _STATEMENTS.get(key)
    if statement is None:
        statement = _STATEMENTS[key] = build()
    return statement


def _conditions(table: Table, filters: Sequence[Filter]) -> tuple[list[ColumnElement[bool]], dict[str, Any]]:
    conditions: list[ColumnElement[bool]] = []
    params: dict[str, Any] = {}
    for index, (name, operator, value) in enumerate(filters):
        if operator == "null":
            conditions.append(table.c[name].is_(None))
        else:
            conditions.append(OPERATORS[operator](table.c[name], bindparam(f"f{index}")))
            params[f"f{index}"] = value
    return conditions, params


def keyset_page(
    connection: Connection,
    table: Table,
    *,
    request: Request,
    limit: int,
    cursor: str | None,
    filters: Sequence[Filter] = (),
    sort: str = ARTICLE_ORDER,
    sort_columns: Mapping[str, Any] | None = None,
    tiebreak: Sequence[str] = ("position", "slug"),
    columns: Sequence[ColumnElement[Any]] | None = None,
) -> KeysetPage:
    """As `paginate`, over Core rows of `columns` (all of `table`'s by default), sort keys after them.

    `filters` combine with AND. The total is counted once per dataset version and filters, and
    remembered (COUNTS).
    """
    resource = table.name
    descending = sort.startswith("-")
    name = sort.removeprefix("-")
    keys = [table.c[column] for column in tiebreak]
    if name != ARTICLE_ORDER:
        keys.insert(0, (sort_columns or {})[name])
    after = decode_cursor(resource, sort, cursor, keys) if cursor is not None else None
    selected = list(table.c) if columns is None else list(columns)
    shape = tuple((name, operator) for name, operator, _ in filters)

    def build() -> Any:
        conditions, _ = _conditions(table, filters)
        query = core_select(*selected, *keys).where(*conditions)
        if after is not None:
            bound = tuple_(*(bindparam(f"k{i}") for i in range(len(keys))))
            query = query.where(tuple_(*keys) < bound if descending else tuple_(*keys) > bound)
        ordered = query.order_by(*(key.desc() if descending else key.asc() for key in keys))
        return ordered.limit(bindparam("limit", type_=Integer))

    statement = _statement(("page", resource, id(columns), sort, shape, after is not None), build)
    _, params = _conditions(table, filters)
    params["limit"] = limit + 1
    for index, value in enumerate(after or ()):
        params[f"k{index}"] = value
    found = connection.execute(statement, params).all()
    total = _count(connection, table, filters, request)
    width = len(selected)
    next_url = None
    if len(found) > limit:
        last_keys = list(found[limit - 1][width:])
        next_url = on_public_origin(
            request, request.url.include_query_params(cursor=encode_cursor(resource, sort, last_keys))
        )
    return KeysetPage(found[:limit], total, next_url)


async def run_query(engine: Engine, work: Callable[[], T]) -> T:
    """Run `work` (database reads) on the event loop for SQLite, in the thread pool for a server.

    SQLite reads a local file: a page of the hot routes costs less than a hop to a worker thread
    (~0.1 ms; bench/serving.py). A database server may keep a request waiting on the network
    (up to connect_timeout when it is down), and the loop must go on answering cached requests.
    """
    if engine.dialect.name == "sqlite":
        return work()
    return await anyio.to_thread.run_sync(work)


def served_version(request: Request) -> str | None:
    """The dataset version the server is on (None if it does not know), for per-version caches."""
    dataset = getattr(request.app.state, "dataset", None)
    return dataset.version if dataset is not None else None


def _count(connection: Connection, table: Table, filters: Sequence[Filter], request: Request) -> int:
    version = served_version(request)
    key = (connection.engine.url, version, table.name, tuple(filters))
    if version is not None:
        with COUNTS_LOCK:
            known = COUNTS.get(key)
        if known is not None:
            return known
    shape = tuple((name, operator) for name, operator, _ in filters)
    conditions, params = _conditions(table, filters)
    statement = _statement(
        ("count", table.name, shape), lambda: core_select(func.count()).select_from(table).where(*conditions)
    )
    total = connection.execute(statement, params).scalar_one()
    if version is not None:
        with COUNTS_LOCK:
            COUNTS[key] = total
    return total

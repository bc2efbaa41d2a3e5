"""Keyset pagination with opaque cursors, in the article's order or a chosen sort.

A cursor holds the sort key of the last row served, so a page costs the same at any depth and
stays stable while the data does: composite indexes (filter column, position, slug) let the database
find a page of a filtered list without sorting the matches (see the migration adding them). A page
reads only its rows' keys; their JSON comes from the version's store (app/api/resources.py).

`total` is exact. Counting the matches of a filter costs time in proportion to their number, even
as an index-only scan, so it is counted once per dataset version and filters (DatasetVersion.counts).
"""

import base64
import binascii
import json
import math
import threading
from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

import anyio
from cachetools import LRUCache
from fastapi import Request
from sqlalchemy import ColumnElement, Connection, Engine, Integer, Table, bindparam, func, select, tuple_
from sqlalchemy import types as sqltypes

from app.api.dataset import DatasetVersion
from app.api.deps import on_public_origin
from app.api.problems import BadRequest

T = TypeVar("T")
ARTICLE_ORDER = "article"
# A filter: (column name, operator, value); "null" takes no value, "in" a tuple.
Filter = tuple[str, str, Any]
OPERATORS: dict[str, Callable[[Any, Any], ColumnElement[bool]]] = {
    "=": lambda column, param: column == param,
    ">=": lambda column, param: column >= param,
    "<=": lambda column, param: column <= param,
    "in": lambda column, param: column.in_(param),
}


# --- The cursor codec: keyset pages and search alike -----------------------------------------------


def encode_cursor(resource: str, sort: str, values: Sequence[Any]) -> str:
    raw = json.dumps([resource, sort, *values], separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _fits(value: Any, expected: type | None) -> bool:
    """Whether a cursor value can be compared with its sort key: a forged cursor must answer 400,
    not fail in the database (an int beyond 64 bits, text against a number, NaN, a NUL byte)."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return False
    if isinstance(value, str):
        return expected in (str, None) and "\x00" not in value
    if isinstance(value, int) and not -(2**63) <= value < 2**63:
        return False
    if expected is int:
        return isinstance(value, int)
    return expected in (float, None) and math.isfinite(value)


def decode_cursor(resource: str, sort: str, cursor: str, types: Sequence[type | None]) -> list[Any]:
    """The values a cursor holds, if this API issued it for this list and sort; else a 400."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        kind, cursor_sort, *values = json.loads(raw)
        if kind != resource or cursor_sort != sort or len(values) != len(types):
            raise ValueError
        if not all(_fits(value, expected) for value, expected in zip(values, types, strict=True)):
            raise ValueError
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError, RecursionError):
        raise BadRequest(
            "The cursor is not one this API issued for this list and sort; start again without it."
        ) from None
    return values


def python_type(key: ColumnElement[Any]) -> type | None:
    """The Python type a sort key's cursor value must have (None: a float or an int)."""
    column_type = getattr(key.type, "impl_instance", key.type)  # a TypeDecorator's own type
    if isinstance(column_type, sqltypes.Integer):
        return int
    if isinstance(column_type, sqltypes.String):
        return str
    return None


def next_page_url(request: Request, cursor: str) -> str:
    """The URL of the page after this one: the request's own with the cursor, on the public origin."""
    return on_public_origin(request, request.url.include_query_params(cursor=cursor))


# --- Keyset pages -----------------------------------------------------------------------------------


class Statements:
    """Statements by shape (table, sort, filters' columns and operators), values bound at execution:
    SQLAlchemy spends ~80 µs building and keying a select, more than SQLite spends running it.

    One per app (`app.state.statements`), not one per process: a module-level cache outlives the
    app that filled it, and a process forked after filling it (mutmut's workers, a pre-forking
    server) would run statements built by code that is no longer the code it runs. They depend on
    no dataset version; the shapes are few, and the cache is bounded all the same.
    """

    def __init__(self, size: int = 1024) -> None:
        self._built: LRUCache[Hashable, Any] = LRUCache(size)
        self._lock = threading.Lock()

    def get(self, key: Hashable, build: Callable[[], T]) -> T:
        with self._lock:
            statement = self._built.get(key)
        if statement is None:
            statement = build()
            with self._lock:
                self._built[key] = statement
        return statement


def _conditions(table: Table, filters: Sequence[Filter]) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    for index, (name, operator, _) in enumerate(filters):
        if operator == "null":
            conditions.append(table.c[name].is_(None))
        else:  # in_() makes its bindparam an expanding one, a value per item of the tuple bound
            conditions.append(OPERATORS[operator](table.c[name], bindparam(f"f{index}")))
    return conditions


def _page_statements(
    table: Table, key: str, keys: list[ColumnElement[Any]], filters: Sequence[Filter], descending: bool
) -> tuple[Any, Any, Any]:
    """The selects of a page (first, and after a cursor) and of the count, for filters of this shape."""
    conditions = _conditions(table, filters)
    query = select(table.c[key], *keys).where(*conditions)
    bound = tuple_(*(bindparam(f"k{i}") for i in range(len(keys))))
    order = [k.desc() if descending else k.asc() for k in keys]
    limit = bindparam("limit", type_=Integer)
    after = query.where(tuple_(*keys) < bound if descending else tuple_(*keys) > bound)
    count = select(func.count()).select_from(table).where(*conditions)
    return query.order_by(*order).limit(limit), after.order_by(*order).limit(limit), count


def keyset_page(
    connection: Connection,
    scope: DatasetVersion,
    statements: Statements,
    table: Table,
    *,
    key: str,
    limit: int,
    cursor: str | None,
    filters: Sequence[Filter] = (),
    sort: str = ARTICLE_ORDER,
    sort_columns: dict[str, ColumnElement[Any]],
    tiebreak: Sequence[str],
) -> tuple[list[Any], int, str | None]:
    """The keys (`key` column) of one page of matching rows after `cursor`, how many match in all
    (remembered per version), and the cursor of the next page (None on the last). `statements`
    keeps the selects built for each shape of query.

    `sort` is "article" or a key of `sort_columns`, "-" first for descending; ties keep the
    article's order. `filters` combine with AND.
    """
    shape = (table.name, sort, tuple((column, operator) for column, operator, _ in filters))

    def plan() -> tuple[list[type | None], tuple[Any, Any, Any]]:
        name = sort.removeprefix("-")
        keys = [table.c[column] for column in tiebreak]
        if name != ARTICLE_ORDER:
            keys.insert(0, sort_columns[name])
        types = [python_type(k) for k in keys]
        return types, _page_statements(table, key, keys, filters, sort.startswith("-"))

    types, (first, after, count) = statements.get(shape, plan)
    params: dict[str, Any] = {
        f"f{index}": value for index, (_, operator, value) in enumerate(filters) if operator != "null"
    }
    total = scope.count((table.name, tuple(filters)), lambda: connection.execute(count, params).scalar_one())
    params["limit"] = limit + 1
    if cursor is not None:
        for index, value in enumerate(decode_cursor(table.name, sort, cursor, types)):
            params[f"k{index}"] = value
    found = connection.execute(first if cursor is None else after, params).all()
    next_cursor = encode_cursor(table.name, sort, list(found[limit - 1][1:])) if len(found) > limit else None
    return [row[0] for row in found[:limit]], total, next_cursor


def where(table: Table, filters: Sequence[Filter]) -> list[ColumnElement[bool]]:
    """`filters` as conditions with their values bound: for a one-off select, not a cached statement."""
    return [
        table.c[name].is_(None) if operator == "null" else OPERATORS[operator](table.c[name], value)
        for name, operator, value in filters
    ]


def matching_keys(connection: Connection, table: Table, key: str, filters: Sequence[Filter]) -> set[Any]:
    """The keys of every row that `filters` keep: the lists' filters, for a download of them all."""
    return set(connection.execute(select(table.c[key]).where(*where(table, filters))).scalars())


async def run_query(engine: Engine, work: Callable[[], T]) -> T:
    """Run `work` (database reads) on the event loop for SQLite, in the thread pool for a server.

    SQLite reads a local file: a page of the hot routes costs less than a hop to a worker thread
    (~0.1 ms, field notes and bench/). A database server may keep a request waiting on the network
    (up to connect_timeout when it is down), and the loop must go on answering cached requests.
    """
    if engine.dialect.name == "sqlite":
        return work()
    return await anyio.to_thread.run_sync(work)

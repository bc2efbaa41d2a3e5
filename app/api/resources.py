"""One read path for every resource: a `Resource` declares its table, public model and sorts, and
`read_list` / `read_item` serve each list and item from that declaration.

A fact's JSON cannot change within a dataset version, so it is made once per version and language
from its response model (`Model.from_row`, or the resource's `build` where a model embeds other
rows) and kept in the version's store (app/api/dataset.py). A list that misses the HTTP cache reads
only its page's keys from the index (app/api/queries.py) and joins the stored bytes; a lookup by
slug whose JSON is stored touches no database at all. The first time a version needs a resource in
a language, it stores the resource's first PRELOAD_ROWS facts with one query (the start-up warm-up
asks for them, so a first request joins stored bytes like any later one); later facts are read by
key when a page first needs them.

The routes keep their `response_model` for the OpenAPI document, and return the bytes as they are:
they were made by that very model, and validating them again would cost more than the query.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import orjson
from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel
from sqlalchemy import ColumnElement, Connection, Table
from sqlmodel import Session, SQLModel, col, select

from app.api.dataset import DatasetVersion
from app.api.deps import MAX_PAGE, request_lang
from app.api.problems import NotFound, ServiceUnavailable
from app.api.queries import ARTICLE_ORDER, Filter, keyset_page, next_page_url, run_query
from app.schemas import Cite, Lang

T = TypeVar("T")
PRELOAD_ROWS = 500  # per resource and language: the whole seed, the first pages of a large dataset
# How a resource's rows become its public models, when `Model.from_row(row, lang, cite)` is not enough.
Builder = Callable[[Session, Sequence[Any], Lang, Cite], list[BaseModel]]


@dataclass(frozen=True, eq=False)
class Resource:
    """A kind of fact as the API serves it."""

    kind: str  # "statistic": what a 404 says was not found
    table: type[SQLModel]
    model: type[BaseModel]
    sorts: dict[str, ColumnElement[Any]] = field(
        default_factory=dict
    )  # `sort` values but article and the key
    build: Builder | None = None
    key: str = "slug"
    tiebreak: tuple[str, ...] = ("position", "slug")
    localized: bool = True  # False: texts in Chinese only, whatever the request's language

    @property
    def columns(self) -> Table:
        return self.table.__table__  # type: ignore[attr-defined,no-any-return]

    @property
    def sort_columns(self) -> dict[str, ColumnElement[Any]]:
        return {self.key: self.columns.c[self.key], **self.sorts}

    def public(self, session: Session, rows: Sequence[Any], lang: Lang, cite: Cite) -> list[BaseModel]:
        if self.build is not None:
            return self.build(session, rows, lang, cite)
        return [self.model.from_row(row, lang, cite) for row in rows]  # type: ignore[attr-defined]


class UnknownKey(LookupError):
    """A key that names no fact of the resource."""


def _serialise(
    connection: Connection, scope: DatasetVersion, resource: Resource, lang: Lang, rows: Sequence[Any]
) -> dict[tuple[str, str, Any], bytes]:
    cite = scope.citations(connection)
    with Session(bind=connection) as session:
        made = resource.public(session, rows, lang, cite)
    name = resource.columns.name
    return {(name, lang, getattr(item, resource.key)): item.model_dump_json().encode() for item in made}


def stored_json(
    connection: Connection, scope: DatasetVersion, resource: Resource, lang: Lang, keys: Sequence[Any]
) -> list[bytes]:
    """The JSON of each fact named, in order, from the store or (those missing) from one query.

    Raises UnknownKey if a key names no fact."""
    table, name = resource.table, resource.columns.name

    def leading() -> dict[tuple[str, str, Any], bytes]:
        with Session(bind=connection) as session:
            order = getattr(table, resource.tiebreak[0])
            rows = session.exec(select(table).order_by(order).limit(PRELOAD_ROWS)).all()
        return _serialise(connection, scope, resource, lang, rows)

    scope.preload_once(name, lang, leading)
    wanted = [(name, lang, key) for key in keys]
    found = scope.stored(wanted)
    missing = [key for key, body in zip(keys, found, strict=True) if body is None]
    if not missing:
        return found  # type: ignore[return-value]
    with Session(bind=connection) as session:
        rows = session.exec(select(table).where(col(getattr(table, resource.key)).in_(missing))).all()
    made = _serialise(connection, scope, resource, lang, rows)
    scope.store(made)
    try:
        return [body if body is not None else made[key] for key, body in zip(wanted, found, strict=True)]
    except KeyError as error:
        raise UnknownKey(error.args[0][2]) from None


def json_response(body: bytes, lang: Lang | None = None, next_url: str | None = None) -> Response:
    """A 200 of JSON bytes, with the headers the language dependency and a page's Link would set."""
    headers = {}
    if lang is not None:
        headers["Content-Language"] = lang
        headers["Vary"] = "Accept-Language"
    if next_url is not None:
        headers["Link"] = f'<{next_url}>; rel="next"'
    return Response(body, media_type="application/json", headers=headers)


def invalid(name: str, reason: str) -> RequestValidationError:
    """A 422 for query parameter `name`, as FastAPI's own validation answers it."""
    return RequestValidationError([{"loc": ("query", name), "msg": reason, "type": "value_error"}])


def chosen_fields(resource: Resource, fields: str | None) -> list[str] | None:
    """The fields `?fields=` keeps, in the model's order; None for all. An unknown or empty name is
    a 422 naming it and the names there are."""
    if fields is None:
        return None
    asked = fields.split(",")
    known = list(resource.model.model_fields)
    unknown = sorted({name for name in asked if name not in known})
    if unknown:
        named = ", ".join(repr(name) for name in unknown)
        raise invalid("fields", f"not a field of a {resource.kind}: {named} (fields: {', '.join(known)})")
    return [name for name in known if name in asked]


def sparse(body: bytes, fields: list[str] | None) -> bytes:
    """A fact's stored JSON cut down to `fields` (all of it for None): the stored bytes, re-read."""
    if fields is None:
        return body
    whole = orjson.loads(body)
    return orjson.dumps({name: whole[name] for name in fields})


def slug_filter(slugs: str | None) -> list[Filter]:
    """`?slug=a,b,c` as a filter on the key (none without it); more than a page's worth is a 422."""
    if slugs is None:
        return []
    wanted = tuple(sorted(set(slugs.split(","))))
    if len(wanted) > MAX_PAGE:
        raise invalid("slug", f"at most {MAX_PAGE} slugs at once, not {len(wanted)}")
    return [("slug", "in", wanted)]


def page_body(items: Sequence[bytes], total: int, next_url: str | None) -> bytes:
    """Page's JSON, `{"items": [...], "total": n, "next": url}`, around items already serialised."""
    return b'{"items":[%b],"total":%d,"next":%b}' % (b",".join(items), total, orjson.dumps(next_url))


async def read_list(
    request: Request,
    resource: Resource,
    lang: Lang | None = None,
    *,
    filters: Sequence[Filter] = (),
    sort: str = ARTICLE_ORDER,
    limit: int,
    cursor: str | None,
    fields: str | None = None,
    slugs: str | None = None,
) -> Response:
    """A page of `resource`'s facts in `lang` (`?lang=`; None: as Accept-Language prefers), only
    those named in `slugs` if given (`?slug=`), each cut to `fields` if given (`?fields=`).

    A fact that is gone when its JSON is read, its key just read from the same database, means a
    new dataset was loaded in between: a passing condition, answered 503 with a short Retry-After."""
    engine, scope = request.app.state.engine, request.app.state.dataset.scope()
    statements = request.app.state.statements
    chosen = request_lang(request, lang) if resource.localized else None
    kept = chosen_fields(resource, fields)
    filters = [*filters, *slug_filter(slugs)]

    def answer() -> Response:
        with engine.connect() as connection:
            keys, total, next_cursor = keyset_page(
                connection, scope, statements, resource.columns, key=resource.key, limit=limit,
                cursor=cursor, filters=filters, sort=sort, sort_columns=resource.sort_columns,
                tiebreak=resource.tiebreak,
            )  # fmt: skip
            try:
                items = stored_json(connection, scope, resource, chosen or "zh", keys)
            except UnknownKey:
                raise ServiceUnavailable(
                    "The dataset changed while this page was read; try again.", 1
                ) from None
        next_url = next_page_url(request, next_cursor) if next_cursor else None
        items = [sparse(item, kept) for item in items] if kept is not None else items
        return json_response(page_body(items, total, next_url), chosen, next_url)

    return await run_query(engine, answer)


async def read_item(
    request: Request, resource: Resource, key: Any, lang: Lang | None = None, fields: str | None = None
) -> Response:
    """One fact: stored, on the spot (no connection, no worker thread), else read; 404 if none.
    Cut to `fields` if given (`?fields=`)."""
    engine, scope = request.app.state.engine, request.app.state.dataset.scope()
    lang = request_lang(request, lang)
    kept = chosen_fields(resource, fields)
    body = scope.stored([(resource.columns.name, lang, key)])[0]
    if body is None:

        def read() -> bytes:
            with engine.connect() as connection:
                try:
                    return stored_json(connection, scope, resource, lang, [key])[0]
                except UnknownKey:
                    raise NotFound(resource.kind, key, resource.key) from None

        body = await run_query(engine, read)
    return json_response(sparse(body, kept), lang)


def equal(**values: Any) -> list[Filter]:
    """Filters `column = value` for each value given (None: not filtered)."""
    return [(name, "=", value) for name, value in values.items() if value is not None]


async def read_with_session(request: Request, work: Callable[[Session], T]) -> T:
    """`work` run with a session of its own, as `run_query` runs database work (filters that need
    a lookup first: a place and everything inside it, say)."""
    engine = request.app.state.engine

    def run() -> T:
        with Session(engine) as session:
            return work(session)

    return await run_query(engine, run)

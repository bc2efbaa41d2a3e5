"""Each fact's public JSON, serialised once per dataset version and language.

A list that misses the HTTP cache still needs the database to say which facts make its page (and
its cursor and total), but not their twenty columns each: turning those into Python objects,
building the dicts and encoding them cost ~0.7 ms for a page of 60 statistics, three times the
query that finds the page (bench/serving.py). Facts change only with the dataset version, so each
fact's JSON is kept here, per version and language, within a byte budget (the least recently used
go first); a page reads only its keys from the index and joins the stored bytes.

The first time a version needs a resource's facts in a language, it also stores the resource's
leading facts in that language (PRELOAD_ROWS, in the article's order) with one query: the app's
start-up warm-up requests those pages, so the first request after a cold start joins stored bytes
like any later miss rather than paying for every row it shows. Only the version the server is on
is kept for a database: when it sees a new one, the store starts afresh, as the HTTP cache does.
"""

import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any

import orjson
from sqlalchemy import ColumnElement, Connection, Engine, Table, bindparam
from sqlalchemy import select as core_select

from app.api.problems import NotFound, ServiceUnavailable
from app.api.queries import run_query
from app.citations import CitationContext, citation_context

PRELOAD_ROWS = 500  # per resource and language: the whole seed, the first pages of a large dataset
MAX_BYTES = 32 * 1024 * 1024  # of JSON, per database; ~1-2 KB a statistic
MAX_DATABASES = 8  # stores kept, one per database URL (tests use many databases)


class UnknownSlug(LookupError):
    """A slug that names no fact of the resource."""


class Serialiser:
    """How one resource's facts become JSON: the columns read in each language (the slug first), the
    builder from such a row (app/api/public.py), and the two selects they make, built once."""

    def __init__(
        self,
        table: Table,
        kind: str,
        columns: Mapping[str, Sequence[ColumnElement[Any]]],
        build: Callable[[Sequence[Any], str, CitationContext], dict[str, Any]],
    ) -> None:
        self.table = table
        self.kind = kind  # for a 404's message: "statistic"
        self.build = build
        slugs = bindparam("slugs", expanding=True)
        self.by_slug = {
            lang: core_select(*chosen).where(table.c.slug.in_(slugs)) for lang, chosen in columns.items()
        }
        self.leading = {
            lang: core_select(*chosen).order_by(table.c.position).limit(PRELOAD_ROWS)
            for lang, chosen in columns.items()
        }


class FragmentStore:
    """The serialised facts of one dataset version: (table, lang, slug) -> JSON bytes, LRU-bounded.

    An OrderedDict rather than cachetools' LRUCache: a page's 60 lookups cost about twice as much
    through LRUCache's layers (bench/fragment_store.py), on the path every list miss takes.

    Routes on PostgreSQL run in worker threads, so the store changes under a lock, and a preload
    runs once however many threads want it at the same time."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self.entries: OrderedDict[tuple[str, str, str], bytes] = OrderedDict()
        self.preloaded: set[tuple[str, str]] = set()
        self._lock = threading.Lock()
        self._preload_lock = threading.Lock()

    def preload_once(self, table: str, lang: str, load: Callable[[], Mapping[str, bytes]]) -> None:
        """Store what `load` gives for (table, lang), the first time only."""
        if (table, lang) in self.preloaded:
            return
        with self._preload_lock:
            if (table, lang) not in self.preloaded:
                self.put_many(table, lang, load())
                self.preloaded.add((table, lang))

    def get_many(self, table: str, lang: str, slugs: Sequence[str]) -> list[bytes | None]:
        with self._lock:
            found = []
            for slug in slugs:
                key = (table, lang, slug)
                fragment = self.entries.get(key)
                if fragment is not None:
                    self.entries.move_to_end(key)
                found.append(fragment)
            return found

    def put_many(self, table: str, lang: str, fragments: Mapping[str, bytes]) -> None:
        with self._lock:
            for slug, fragment in fragments.items():
                key = (table, lang, slug)
                earlier = self.entries.pop(key, None)
                if earlier is not None:
                    self.size -= len(earlier)
                self.entries[key] = fragment
                self.size += len(fragment)
            while self.entries and self.size > self.max_bytes:
                _, gone = self.entries.popitem(last=False)
                self.size -= len(gone)


_STORES: dict[Any, tuple[str, FragmentStore]] = {}  # database URL -> (version, its store)
_STORES_LOCK = threading.Lock()


def store_for(engine: Engine, version: str) -> FragmentStore:
    """The store of `version` for the engine's database; another version's store is dropped."""
    current = _STORES.get(engine.url)
    if current is not None and current[0] == version:
        return current[1]
    with _STORES_LOCK:
        current = _STORES.get(engine.url)
        if current is None or current[0] != version:
            current = _STORES[engine.url] = (version, FragmentStore())
            while len(_STORES) > MAX_DATABASES:
                del _STORES[next(iter(_STORES))]
    return current[1]


def read_fragments(
    connection: Connection, serialiser: Serialiser, lang: str, slugs: Sequence[str], version: str | None
) -> list[bytes]:
    """The JSON of each fact named, in order, from the store or (those missing) from one query.

    With no version known nothing is stored: the facts are read and serialised every time.
    Raises UnknownSlug if a slug names no fact.
    """
    store = store_for(connection.engine, version) if version is not None else FragmentStore()
    table = serialiser.table.name
    if version is not None:
        store.preload_once(table, lang, lambda: _leading(connection, serialiser, lang, version))
    found = store.get_many(table, lang, slugs)
    missing = [slug for slug, fragment in zip(slugs, found, strict=True) if fragment is None]
    if not missing:
        return found  # type: ignore[return-value]
    context = citation_context(connection, version)
    rows = connection.execute(serialiser.by_slug[lang], {"slugs": missing})
    made = {row[0]: orjson.dumps(serialiser.build(row, lang, context)) for row in rows}
    store.put_many(table, lang, made)
    try:
        return [
            fragment if fragment is not None else made[slug]
            for slug, fragment in zip(slugs, found, strict=True)
        ]
    except KeyError as error:
        raise UnknownSlug(error.args[0]) from None


def page_fragments(
    connection: Connection, serialiser: Serialiser, lang: str, slugs: Sequence[str], version: str | None
) -> list[bytes]:
    """The JSON of a page's facts, whose slugs were just read from the same database.

    A slug that names no fact any more means a new dataset was loaded between the two reads: a
    passing condition, answered 503 with a short Retry-After rather than a 500."""
    try:
        return read_fragments(connection, serialiser, lang, slugs, version)
    except UnknownSlug:
        raise ServiceUnavailable("The dataset changed while this page was read; try again.", 1) from None


async def item_fragment(
    engine: Engine, serialiser: Serialiser, lang: str, slug: str, version: str | None
) -> bytes:
    """One fact's JSON for a lookup by slug: a stored one on the spot (no database connection, no
    worker thread), else read as `run_query` runs database work; NotFound if no fact has the slug."""
    if version is not None:
        stored = store_for(engine, version).get_many(serialiser.table.name, lang, [slug])[0]
        if stored is not None:
            return stored
    return await run_query(engine, partial(fragment_or_404, engine, serialiser, lang, slug, version))


def fragment_or_404(
    engine: Engine, serialiser: Serialiser, lang: str, slug: str, version: str | None
) -> bytes:
    """One fact's JSON, stored or read; NotFound if no fact of the kind has the slug."""
    with engine.connect() as connection:
        try:
            return read_fragments(connection, serialiser, lang, [slug], version)[0]
        except UnknownSlug:
            raise NotFound(serialiser.kind, slug) from None


def _leading(connection: Connection, serialiser: Serialiser, lang: str, version: str) -> dict[str, bytes]:
    context = citation_context(connection, version)
    rows = connection.execute(serialiser.leading[lang])
    return {row[0]: orjson.dumps(serialiser.build(row, lang, context)) for row in rows}


def page_body(items: Sequence[bytes], total: int, next_url: str | None) -> bytes:
    """A list's JSON, `{"items": [...], "total": n, "next": url}`, around items already serialised."""
    return b"".join(
        (
            b'{"items":[',
            b",".join(items),
            b'],"total":',
            str(total).encode(),
            b',"next":',
            orjson.dumps(next_url),
            b"}",
        )
    )

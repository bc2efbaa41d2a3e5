"""The dataset version the server is on, and everything derived from it, owned in one place.

`DatasetState` reads the version from the database (at most once per `ttl` seconds; the HTTP
cache asks it before answering). The first time it sees a version it makes a `DatasetVersion`
for it and swaps `current` to it: the facts' stored JSON, the remembered totals, the citation
context and the OpenAPI document of the version before go with the old object, at once. Nothing
else holds state per version or per database.
"""

import asyncio
import threading
import time
from collections.abc import Callable, Hashable
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import anyio
from cachetools import LRUCache
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from app.citations import CitationContext

JSON_BUDGET = 32 * 1024 * 1024  # bytes of facts' JSON per version: ~1-2 KB a statistic
COUNTS_KEPT = 4096  # totals of distinct filters


class DatasetVersion:
    """Everything derived from one dataset version, made when the version is first seen.

    - `json`: each fact's JSON by (resource, lang, key), the least recently used going first past
      JSON_BUDGET bytes; `preloaded` the (resource, lang) whose leading facts were stored at once.
    - `counts`: a list's exact total by (resource, filters): the data cannot change within a
      version, so a count stays true.
    - `citations(connection)`: what every citation names, loaded once.
    - `openapi`: the OpenAPI document, whose examples are this version's facts.

    Routes on PostgreSQL run in worker threads, so the caches change under a lock.
    """

    def __init__(self, version: str | None, json_budget: int = JSON_BUDGET) -> None:
        self.version = version
        self.json: LRUCache[tuple[str, str, Any], bytes] = LRUCache(json_budget, getsizeof=len)
        self.preloaded: set[tuple[str, str]] = set()
        self.counts: LRUCache[Hashable, int] = LRUCache(COUNTS_KEPT)
        self.openapi: dict[str, Any] | None = None
        self._citations: CitationContext | None = None
        self.lock = threading.RLock()

    def citations(self, connection: Connection) -> CitationContext:
        if self._citations is None:
            with Session(bind=connection) as session:
                self._citations = CitationContext.load(session)
        return self._citations

    def stored(self, keys: list[tuple[str, str, Any]]) -> list[bytes | None]:
        with self.lock:
            return [self.json.get(key) for key in keys]

    def store(self, made: dict[tuple[str, str, Any], bytes]) -> None:
        with self.lock:
            for key, body in made.items():
                if len(body) <= self.json.maxsize:
                    self.json[key] = body

    def preload_once(
        self, resource: str, lang: str, load: Callable[[], dict[tuple[str, str, Any], bytes]]
    ) -> None:
        """Store what `load` gives, the first time (resource, lang) is asked for only."""
        if (resource, lang) in self.preloaded:
            return
        with self.lock:
            if (resource, lang) not in self.preloaded:
                self.store(load())
                self.preloaded.add((resource, lang))

    def count(self, key: Hashable, counted: Callable[[], int]) -> int:
        with self.lock:
            known = self.counts.get(key)
        if known is None:
            known = counted()
            with self.lock:
                self.counts[key] = known
        return known


class DatasetState:
    """Which dataset version the database serves, read at most once per `ttl` seconds."""

    def __init__(self, engine: Engine, ttl: float = 1.0) -> None:
        self.engine = engine
        self.ttl = ttl
        self.version: str | None = None
        self.last_modified: str | None = None
        self.loaded_at: datetime | None = None
        self.checked = -float("inf")
        self.current: DatasetVersion | None = None
        self._lock = asyncio.Lock()

    def scope(self) -> DatasetVersion:
        """The current version's state; with no version known, a throwaway one (nothing outlives it)."""
        current = self.current
        return current if current is not None else DatasetVersion(None)

    def due(self) -> bool:
        return time.monotonic() - self.checked >= self.ttl

    async def refresh_if_due(self) -> None:
        if not self.due() or self._lock.locked():
            return
        async with self._lock:
            self.checked = time.monotonic()
            if self.engine.dialect.name == "sqlite":
                self.refresh()  # a local file: cheaper than a hop to a worker thread
            else:
                await anyio.to_thread.run_sync(self.refresh)

    def refresh(self) -> None:
        """Read the version; on a database failure keep serving the one already known."""
        self.checked = time.monotonic()
        try:
            with self.engine.connect() as connection:
                row = connection.execute(
                    text("SELECT dataset_version, loaded_at FROM article WHERE id = 1")
                ).first()
        except SQLAlchemyError:
            return
        if row is None:
            self.version = self.last_modified = self.loaded_at = self.current = None
            return
        loaded_at = row[1] if isinstance(row[1], datetime) else datetime.fromisoformat(str(row[1]))
        loaded_at = (loaded_at if loaded_at.tzinfo else loaded_at.replace(tzinfo=UTC)).astimezone(UTC)
        if self.current is None or self.current.version != row[0]:
            self.current = DatasetVersion(row[0])
        self.version, self.loaded_at = row[0], loaded_at
        self.last_modified = format_datetime(loaded_at, usegmt=True)

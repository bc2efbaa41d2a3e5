"""HTTP caching for a dataset that changes only with a new version.

Every GET of the API is answered once per (dataset version, URL, language) by the application and
then from memory: the body, its gzip (compressed once, not per request), a strong ETag derived
from the version and the request, and the headers that go with them. Revalidations answer 304
without running the application at all. When the version in the database changes, the cache
starts afresh; while the database is unreachable, cached answers go on being served.
"""

import asyncio
import gzip
import hashlib
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl

import anyio
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from app.api.deps import SUPPORTED_LANGS, negotiate_lang

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CACHEABLE_PREFIXES = ("/v1/", "/openapi.json")
GZIP_MIN_BYTES = 1024
VERSION_HEADER = b"x-dataset-version"
# Headers an entry keeps from the application's first answer; the rest are ours to set.
DROPPED = {b"content-length", b"date", b"server", b"etag", b"cache-control", b"vary", b"last-modified"}
NOT_MODIFIED_DROPS = {b"content-type", b"content-length", b"content-encoding"}


class DatasetState:
    """Which dataset version the database serves, read at most once per `ttl` seconds."""

    def __init__(self, engine: Engine, ttl: float = 1.0) -> None:
        self.engine = engine
        self.ttl = ttl
        self.version: str | None = None
        self.last_modified: str | None = None
        self.loaded_at: datetime | None = None
        self._checked = -float("inf")
        self._lock = asyncio.Lock()

    async def refresh_if_due(self) -> None:
        if time.monotonic() - self._checked < self.ttl or self._lock.locked():
            return
        async with self._lock:
            self._checked = time.monotonic()
            await anyio.to_thread.run_sync(self.refresh)

    def refresh(self) -> None:
        """Read the version; on a database failure keep serving the one already known."""
        try:
            with self.engine.connect() as connection:
                row = connection.execute(
                    text("SELECT dataset_version, loaded_at FROM article WHERE id = 1")
                ).first()
        except SQLAlchemyError:
            return
        if row is None:
            self.version = self.last_modified = self.loaded_at = None
            return
        loaded_at = row[1] if isinstance(row[1], datetime) else datetime.fromisoformat(str(row[1]))
        loaded_at = (loaded_at if loaded_at.tzinfo else loaded_at.replace(tzinfo=UTC)).astimezone(UTC)
        self.version, self.loaded_at = row[0], loaded_at
        self.last_modified = format_datetime(loaded_at, usegmt=True)


@dataclass
class Representation:
    body: bytes
    headers: list[tuple[bytes, bytes]]
    not_modified_headers: list[tuple[bytes, bytes]]
    etag: bytes


@dataclass
class Entry:
    identity: Representation
    gzip: Representation | None


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope["headers"]:
        if key == name:
            return value
    return None


def _accepts_gzip(accept_encoding: bytes | None) -> bool:
    if not accept_encoding:
        return False
    for part in accept_encoding.decode("latin-1").lower().split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip() in ("gzip", "*"):
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def _etag_matches(if_none_match: bytes, etag: bytes) -> bool:
    """Weak comparison, as RFC 9110 prescribes for If-None-Match."""
    if if_none_match.strip() == b"*":
        return True
    return any(tag.strip().removeprefix(b"W/") == etag for tag in if_none_match.split(b","))


def _not_modified_since(scope: Scope, loaded_at: datetime | None) -> bool:
    since = _header(scope, b"if-modified-since")
    if since is None or loaded_at is None or _header(scope, b"if-none-match") is not None:
        return False
    try:
        return parsedate_to_datetime(since.decode("latin-1")).timestamp() >= int(loaded_at.timestamp())
    except (TypeError, ValueError):
        return False


def request_lang(scope: Scope) -> str:
    """The language the route will answer in: ?lang= when valid, else Accept-Language."""
    query = scope.get("query_string", b"")
    if b"lang=" in query:
        for name, value in parse_qsl(query.decode("latin-1")):
            if name == "lang":
                return value if value in SUPPORTED_LANGS else "invalid"
    accept = _header(scope, b"accept-language")
    return negotiate_lang(accept.decode("latin-1") if accept else None)


class HttpCache:
    """ASGI middleware: answers repeated GETs from memory, with ETag, 304, gzip and cache headers."""

    def __init__(
        self,
        app: ASGIApp,
        state: DatasetState,
        max_age: int,
        stale_while_revalidate: int,
        max_entries: int = 4096,
    ) -> None:
        self.app = app
        self.state = state
        self.max_entries = max_entries
        self.cache_control = (
            f"public, max-age={max_age}, stale-while-revalidate={stale_while_revalidate}, "
            f"stale-if-error={stale_while_revalidate}"
        ).encode()
        self.entries: OrderedDict[tuple, Entry] = OrderedDict()
        self.filling: dict[tuple, asyncio.Future[Entry | None]] = {}
        self.entries_version: str | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, self._with_version(send, scope))
            return
        if scope["method"] == "HEAD":  # answered as a GET without its body
            scope = {**scope, "method": "GET"}
            send = self._without_body(send)
        await self.state.refresh_if_due()
        version = self.state.version
        path: str = scope["path"]
        if version is None or not path.startswith(CACHEABLE_PREFIXES):
            await self.app(scope, receive, self._with_version(send, scope))
            return
        if version != self.entries_version:
            self.entries.clear()
            self.entries_version = version
        key = (
            version,
            scope.get("scheme"),
            _header(scope, b"host"),
            path,
            scope.get("query_string", b""),
            request_lang(scope),
        )
        entry = self.entries.get(key)
        if entry is None:
            entry = await self._fill(key, scope, receive, send)
            if entry is None:
                return  # the application's own answer (an error) has been sent
        else:
            self.entries.move_to_end(key)
        await self._answer(entry, scope, send)

    async def _answer(self, entry: Entry, scope: Scope, send: Send) -> None:
        chosen = (
            entry.gzip if entry.gzip and _accepts_gzip(_header(scope, b"accept-encoding")) else entry.identity
        )
        if_none_match = _header(scope, b"if-none-match")
        if (if_none_match is not None and _etag_matches(if_none_match, chosen.etag)) or _not_modified_since(
            scope, self.state.loaded_at
        ):
            await send({"type": "http.response.start", "status": 304, "headers": chosen.not_modified_headers})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": 200, "headers": chosen.headers})
        await send({"type": "http.response.body", "body": chosen.body})

    async def _fill(self, key: tuple, scope: Scope, receive: Receive, send: Send) -> Entry | None:
        """Run the application once for `key`; concurrent misses for the same key wait for it."""
        pending = self.filling.get(key)
        if pending is not None:
            entry = await asyncio.shield(pending)
            if entry is not None:
                return entry
        future: asyncio.Future[Entry | None] = asyncio.get_running_loop().create_future()
        self.filling[key] = future
        entry = None
        try:
            status, headers, body = await self._capture(scope, receive)
            if status == 200:
                entry = self._entry(key, headers, body)
                self.entries[key] = entry
                while len(self.entries) > self.max_entries:
                    self.entries.popitem(last=False)
            else:
                await self._send_uncached(status, headers, body, send)
        finally:
            future.set_result(entry)
            del self.filling[key]
        return entry

    async def _capture(self, scope: Scope, receive: Receive) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        return start["status"], list(start.get("headers", [])), b"".join(chunks)

    def _entry(self, key: tuple, app_headers: list[tuple[bytes, bytes]], body: bytes) -> Entry:
        version = key[0]
        kept = [(name.lower(), value) for name, value in app_headers if name.lower() not in DROPPED]
        common = [
            (b"cache-control", self.cache_control),
            (b"vary", b"Accept-Language, Accept-Encoding"),
            (VERSION_HEADER, version.encode()),
        ]
        if self.state.last_modified:
            common.append((b"last-modified", self.state.last_modified.encode()))

        def representation(content: bytes, coding: str) -> Representation:
            digest = hashlib.sha256(repr((key, coding)).encode()).hexdigest()[:32]
            etag = f'"{digest}"'.encode()
            extra = [(b"content-encoding", b"gzip")] if coding == "gzip" else []
            headers = [
                *kept,
                *common,
                *extra,
                (b"etag", etag),
                (b"content-length", str(len(content)).encode()),
            ]
            not_modified = [(n, v) for n, v in headers if n not in NOT_MODIFIED_DROPS]
            return Representation(content, headers, not_modified, etag)

        compressed = gzip.compress(body, compresslevel=6, mtime=0) if len(body) >= GZIP_MIN_BYTES else None
        return Entry(
            identity=representation(body, "identity"),
            gzip=representation(compressed, "gzip") if compressed is not None else None,
        )

    async def _send_uncached(
        self, status: int, headers: list[tuple[bytes, bytes]], body: bytes, send: Send
    ) -> None:
        headers = [(n, v) for n, v in headers if n.lower() not in (b"cache-control", VERSION_HEADER)]
        headers.append((b"cache-control", b"no-store" if status >= 500 else b"public, max-age=60"))
        if self.state.version:
            headers.append((VERSION_HEADER, self.state.version.encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def _with_version(self, send: Send, scope: Scope) -> Send:
        """Uncached answers still say which dataset version the server is on."""

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start" and self.state.version:
                headers = [(n, v) for n, v in message.get("headers", []) if n.lower() != VERSION_HEADER]
                headers.append((VERSION_HEADER, self.state.version.encode()))
                message = {**message, "headers": headers}
            await send(message)

        return sending

    @staticmethod
    def _without_body(send: Send) -> Send:
        async def sending(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        return sending

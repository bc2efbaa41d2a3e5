"""HTTP caching for a dataset that changes only with a new version.

Every GET of the API is answered once per (dataset version, path, declared parameters, language)
by the application and then from memory: the body, its gzip (compressed once, on the first request
that accepts it), a strong ETag that is a digest of each one's bytes and the dataset version, and
the headers that go with them.
Revalidations answer 304 without running the application at all. When the version in the database
changes, the cache starts afresh (the version is re-read at most once a second, in the background);
while the database is unreachable, cached answers go on being served.

`HttpCache` is the outermost ASGI application (uvicorn serves it), so a hit costs no FastAPI
routing, middleware or validation: one pass over the request headers, a few dict lookups and two
`send` calls of messages built when the entry was stored (measured ~55 µs per
request for FastAPI's own machinery, more than a whole hit costs here). It stands in for the
application it wraps: attributes it does not have (`state`, `openapi()`, `router`, `get()`...) are
the application's.

What selects an answer is the key, and nothing else reaches the application: the path, the query
parameters the route declares in the OpenAPI document (the last of a repeated one, as FastAPI reads
it; parameters no route declares are dropped, so they can neither make new entries nor appear in a
`next` URL), percent-encoding and order normalised, and the negotiated language. The key is a
fixed-size digest; the Host is not in it (`EdgeGuard` checks it, and no URL is built from it). The
byte budget counts each entry's headers and bookkeeping, not only its bodies. Misses in flight are
bounded: `max_misses_in_flight` run at once, up to `max_misses_queued` more wait (costing nothing)
for a turn for at most 2 s, and any beyond answer 503 with Retry-After at once, so that hits,
`/healthz` and the misses already admitted stay fast under a flood.
"""

import asyncio
import gc
import gzip
import hashlib
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

from app.api.dataset import DatasetState
from app.api.languages import SUPPORTED_LANGS, lang_of_tag, negotiate_lang, well_formed_tag
from app.api.problems import send_problem

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CACHEABLE_PREFIXES = ("/v1/", "/openapi.json", "/embed", "/oembed")
GZIP_MIN_BYTES = 1024
GZIP_LEVEL = 6
# Bodies compressed already: gzip saved 2-5% of the embeds' PNGs (bench/png.py), not worth a second
# copy in memory and the CPU to make it, so they are only ever sent as they are.
COMPRESSED_TYPES = (b"image/png",)
VERSION_HEADER = b"x-dataset-version"
# Headers an entry keeps from the application's first answer; the rest are ours to set.
DROPPED = {b"content-length", b"date", b"server", b"etag", b"cache-control", b"vary", b"last-modified"}
NOT_MODIFIED_DROPS = {b"content-type", b"content-length", b"content-encoding"}
WARM_UP_ROUNDS = 5  # enough for CPython to specialise the hot code paths
MEMO_LIMIT = 1024  # distinct Accept-Language / Accept-Encoding values (and paths) remembered
MEMO_VALUE_BYTES = 128  # longer values are worked out each time, never remembered
ENTRY_OVERHEAD = 1024  # bytes an entry costs beyond its bodies and headers (objects, key, messages)
SHED_RETRY_AFTER = 1  # seconds a shed miss is told to wait
QUEUE_WAIT_SECONDS = 2.0  # longest a queued miss waits for its turn before it is shed
EMPTY_BODY: Message = {"type": "http.response.body", "body": b""}
logger = logging.getLogger("app.http_cache")


class Representation:
    """One encoding of an entry, with the ASGI messages that answer it built once."""

    __slots__ = ("etag", "not_modified", "ok", "ok_body")

    def __init__(self, body: bytes, headers: list[tuple[bytes, bytes]], etag: bytes) -> None:
        self.etag = etag
        self.ok: Message = {"type": "http.response.start", "status": 200, "headers": headers}
        self.ok_body: Message = {"type": "http.response.body", "body": body}
        not_modified = [(n, v) for n, v in headers if n not in NOT_MODIFIED_DROPS]
        self.not_modified: Message = {"type": "http.response.start", "status": 304, "headers": not_modified}

    @property
    def body(self) -> bytes:
        return self.ok_body["body"]

    @property
    def headers(self) -> list[tuple[bytes, bytes]]:
        return self.ok["headers"]


CacheKey = tuple[str, bytes]  # (dataset version, digest of path, declared parameters and language)


class Entry:
    """The answer to one key: identity now, gzip when first asked for."""

    __slots__ = ("common", "gzip", "identity", "key")

    def __init__(self, key: CacheKey, identity: Representation, common: list[tuple[bytes, bytes]]) -> None:
        self.key = key
        self.identity = identity
        self.common = common  # the identity headers but content-length and etag
        self.gzip: Representation | None = None


def _etag(version: bytes, body: bytes) -> bytes:
    """A strong validator of the stored representation: its bytes and the dataset version it is
    served under. Two different bodies never share one, the gzip representation (other bytes) has
    its own, and a new dataset version changes every ETag, even of a page whose bytes stayed the same.

    Why the version: a shared cache revalidating an unchanged page would otherwise get a 304 and keep
    the headers it stored (nginx does not take headers from a 304), so it went on saying
    `X-Dataset-Version: <old>` and the old Last-Modified for every such page: measured with
    bench/cluster.py, nginx answered 2,879 old-version pages in the 3.6 s after an update, 2,751 of
    them unchanged later pages revalidated with 304, and never converged (0 sheds, 0 upstream 503s)."""
    digest = hashlib.blake2b(body, digest_size=16, key=version[:64])
    return b'"' + digest.hexdigest().encode() + b'"'


def _cost(representation: Representation) -> int:
    return len(representation.body) + sum(len(n) + len(v) + 16 for n, v in representation.headers)


def _digest(path: str, query: bytes, lang: str) -> bytes:
    return hashlib.blake2b(
        b"\0".join((path.encode("utf-8", "surrogateescape"), query, lang.encode())), digest_size=16
    ).digest()


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
    if if_none_match == etag:
        return True
    if if_none_match.strip() == b"*":
        return True
    return any(tag.strip().removeprefix(b"W/") == etag for tag in if_none_match.split(b","))


def _not_modified_since(since: bytes, loaded_at: datetime | None) -> bool:
    if loaded_at is None:
        return False
    try:
        return parsedate_to_datetime(since.decode("latin-1")).timestamp() >= int(loaded_at.timestamp())
    except (TypeError, ValueError):
        return False


# Parameters that may come with any request and are dropped unread, so a link carrying them still
# works: campaign tags (`utm_source`...) that sites add to shared links (the embeds' especially),
# and `_`, the cache-buster that jQuery and some fetch wrappers append. No route reads them.
HARMLESS_PREFIXES = ("utm_",)
HARMLESS_NAMES = frozenset({"_"})
UNKNOWN_NAMED = 10  # unknown parameters a refusal names, each cut to NAME_SHOWN characters
NAME_SHOWN = 40


def harmless(name: str) -> bool:
    return name in HARMLESS_NAMES or name.startswith(HARMLESS_PREFIXES) or not name


class DeclaredParameters:
    """Which query parameters each path takes, from the application's OpenAPI document; `unlisted`
    paths (the docs, the document itself) are served but take none. None for a path no route serves."""

    def __init__(self, openapi: dict[str, Any], unlisted: Sequence[str] = ()) -> None:
        self.routes: list[tuple[re.Pattern[str], frozenset[str]]] = []
        templates = [
            *openapi.get("paths", {}).items(),
            *((path, {}) for path in unlisted if path not in openapi.get("paths", {})),
        ]
        for template, operations in templates:
            get = operations.get("get") or {}
            names = frozenset(p["name"] for p in get.get("parameters", []) if p.get("in") == "query")
            pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
            self.routes.append((re.compile(pattern), names))
        self._memo: dict[str, frozenset[str] | None] = {}

    def __call__(self, path: str) -> frozenset[str] | None:
        if path in self._memo:
            return self._memo[path]
        matched = [n for pattern, n in self.routes if pattern.fullmatch(path)]
        names = frozenset().union(*matched) if matched else None
        if len(self._memo) < MEMO_LIMIT and len(path) <= MEMO_VALUE_BYTES:
            self._memo[path] = names
        return names


NormalisedQuery = tuple[bytes, dict[str, str], tuple[str, ...]]


def normalised_query(query: bytes, declared: frozenset[str] | None) -> NormalisedQuery:
    """The declared parameters only, each once (the last, as FastAPI reads a single value), sorted
    and percent-encoded one way: the query string the application then sees, and its values; and
    the names of the parameters the path does not declare, but harmless ones, to be refused (none
    when no route serves the path: that is a 404, whatever its query).

    `lang` is written as the language it selects (`EN`, `en-GB` -> `en`; app/api/languages.py), and
    left out when it is a well-formed tag of a language not served (`fr`), which then falls back
    to Accept-Language: the cache keys on exactly what the application reads."""
    if not query:
        return b"", {}, ()
    values: dict[str, str] = {}
    unknown: dict[str, None] = {}
    for name, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
        if declared is not None and name in declared:
            values[name] = value
        elif declared is not None and not harmless(name):
            unknown[name] = None
    lang = values.get("lang")
    if lang is not None and well_formed_tag(lang):
        served = lang_of_tag(lang)
        if served is None:
            del values["lang"]
        else:
            values["lang"] = served
    ordered = sorted(values.items())
    return urlencode(ordered, quote_via=quote, safe="").encode("ascii"), dict(ordered), tuple(unknown)


def unknown_parameters_problem(
    unknown: Sequence[str], declared: frozenset[str]
) -> tuple[str, list[dict[str, str]]]:
    """The detail and `errors` of a 400 that names each unknown parameter (the first few, cut short)."""
    named = [name[:NAME_SHOWN] for name in unknown[:UNKNOWN_NAMED]]
    more = f" and {len(unknown) - len(named)} more" if len(unknown) > len(named) else ""
    takes = f"takes {', '.join(sorted(declared))}" if declared else "takes no query parameters"
    detail = (
        f"Unknown query parameter(s): {', '.join(named)}{more}. This operation {takes} "
        "(`utm_*` and `_` are also accepted, and ignored)."
    )
    reason = "not a parameter of this operation"
    return detail, [{"in": "query", "name": name, "reason": reason} for name in named]


class HttpCache:
    """ASGI app around the API: answers repeated GETs from memory, with ETag, 304, gzip and cache headers."""

    def __init__(
        self,
        app: ASGIApp,
        state: DatasetState,
        max_age: int,
        stale_while_revalidate: int,
        shared_max_age: int | None = None,
        max_entries: int = 4096,
        max_bytes: int = 64 * 1024 * 1024,
        warm_up: Sequence[str] = (),
        declared: Callable[[str], frozenset[str] | None] | None = None,
        max_misses_in_flight: int = 4,
        max_misses_queued: int = 32,
    ) -> None:
        self.app = app
        self.declared = declared or DeclaredParameters(getattr(app, "openapi", dict)(), _unlisted_paths(app))
        self.max_misses_in_flight = max_misses_in_flight
        self.max_misses_queued = max_misses_queued
        self.misses_in_flight = self.misses_queued = 0
        self._turns = asyncio.Semaphore(max_misses_in_flight)
        self.shed = 0  # misses refused since start, for the bench
        self.warm_up = warm_up
        self.dataset = state
        self.max_entries = max_entries
        self.max_bytes = max_bytes  # bodies, gzip, headers and overhead; the least recently used go first
        self.size = 0
        shared = f", s-maxage={shared_max_age}" if shared_max_age is not None else ""
        self.cache_control = (
            f"public, max-age={max_age}{shared}, stale-while-revalidate={stale_while_revalidate}, "
            f"stale-if-error={stale_while_revalidate}"
        ).encode()
        self.entries: OrderedDict[CacheKey, Entry] = OrderedDict()
        self.filling: dict[CacheKey, asyncio.Future[Entry | None]] = {}
        self.entries_version: str | None = None
        self._langs: dict[bytes | None, str] = {None: negotiate_lang(None)}
        self._gzip_ok: dict[bytes, bool] = {}
        self._queries: dict[tuple[frozenset[str] | None, bytes], NormalisedQuery] = {}
        self._refreshing: asyncio.Future[None] | None = None

    def __getattr__(self, name: str) -> Any:
        """Anything not the cache's is the wrapped application's (tests use `state`, `openapi()`...)."""
        if name == "app":
            raise AttributeError(name)
        return getattr(self.app, name)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                send = self._after_startup(send)
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        if method != "GET" and method != "HEAD":
            await self.app(scope, receive, self._with_version(send))
            return
        state = self.dataset
        if time.monotonic() - state.checked >= state.ttl:
            await self._refresh(state)
        version = state.version
        path: str = scope["path"]
        raw_query: bytes = scope["query_string"]
        declared = self.declared(path)
        normalised = self._queries.get((declared, raw_query))
        if normalised is None:  # parsing costs ~30 µs, more than the rest of a hit: remember it
            normalised = normalised_query(raw_query, declared)
            if len(self._queries) < 4 * MEMO_LIMIT and len(raw_query) <= MEMO_VALUE_BYTES:
                self._queries[(declared, raw_query)] = normalised
        query, params, unknown = normalised
        if unknown:  # strict parameters: one place, for every operation (docs and downloads too)
            detail, errors = unknown_parameters_problem(unknown, declared or frozenset())
            await send_problem(send, 400, detail, path, errors=errors)
            return
        if not path.startswith(CACHEABLE_PREFIXES):
            await self._uncached(scope, receive, send)
            return
        if query != scope["query_string"]:
            scope = {**scope, "query_string": query}  # the application sees what the key says
        if version is None:
            await self._uncached(scope, receive, send)
            return
        if version != self.entries_version:
            self.entries.clear()
            self.size = 0
            self.entries_version = version

        # EdgeGuard has combined repeated fields into one: each is read here once, as the app reads it.
        accept_language = accept_encoding = if_none_match = if_modified_since = None
        for name, value in scope["headers"]:
            if name == b"accept-encoding":
                accept_encoding = value
            elif name == b"accept-language":
                accept_language = value
            elif name == b"if-none-match":
                if_none_match = value
            elif name == b"if-modified-since":
                if_modified_since = value
        lang = params.get("lang")
        if lang is not None:
            lang = lang if lang in SUPPORTED_LANGS else "invalid"
        else:
            lang = self._langs.get(accept_language)
            if lang is None:
                lang = negotiate_lang(accept_language.decode("latin-1"))  # type: ignore[union-attr]
                if len(self._langs) < MEMO_LIMIT and len(accept_language) <= MEMO_VALUE_BYTES:  # type: ignore[arg-type]
                    self._langs[accept_language] = lang
        key = (version, _digest(path, query, lang))

        entry = self.entries.get(key)
        if entry is None:
            entry = await self._fill(key, scope, receive, send)
            if entry is None:
                return  # the application's own answer (an error) has been sent
        else:
            self.entries.move_to_end(key)

        chosen = entry.identity
        if accept_encoding is not None and entry.common:
            accepts = self._gzip_ok.get(accept_encoding)
            if accepts is None:
                accepts = _accepts_gzip(accept_encoding)
                if len(self._gzip_ok) < MEMO_LIMIT and len(accept_encoding) <= MEMO_VALUE_BYTES:
                    self._gzip_ok[accept_encoding] = accepts
            if accepts:
                chosen = entry.gzip or self._compress(entry)
        if if_none_match is not None:
            if _etag_matches(if_none_match, chosen.etag):
                await send(chosen.not_modified)
                await send(EMPTY_BODY)
                return
        elif if_modified_since is not None and _not_modified_since(if_modified_since, state.loaded_at):
            await send(chosen.not_modified)
            await send(EMPTY_BODY)
            return
        await send(chosen.ok)
        await send(chosen.ok_body if method == "GET" else EMPTY_BODY)

    def clear(self) -> None:
        """Forget every stored answer (the next request for each is a miss)."""
        self.entries.clear()
        self.size = 0

    async def _refresh(self, state: DatasetState) -> None:
        """Re-read the version: before answering while none is known, else in the background, so
        that no request waits for it (the one that found it due is answered from the version known)."""
        if state.version is None:
            await state.refresh_if_due()
        elif self._refreshing is None or self._refreshing.done():
            self._refreshing = asyncio.ensure_future(state.refresh_if_due())

    async def _uncached(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] == "HEAD":  # answered as a GET without its body
            scope = {**scope, "method": "GET"}
            send = _without_body(send)
        await self.app(scope, receive, self._with_version(send))

    async def _fill(self, key: CacheKey, scope: Scope, receive: Receive, send: Send) -> Entry | None:
        """Run the application once for `key`; concurrent misses for the same key wait for it.

        At most `max_misses_in_flight` run at once and `max_misses_queued` wait; others are shed."""
        pending = self.filling.get(key)
        if pending is not None:
            entry = await asyncio.shield(pending)
            if entry is not None:
                return entry
        if not await self._take_turn():
            # Closing the connection makes a client that ignores Retry-After reconnect first, so a
            # flood cannot keep a request ready on every connection in every turn of the event loop:
            # measured (bench/hostile.py), /healthz under 64 flooding connections went from ~95-150 ms
            # to ~15-25 ms on a kept-alive connection, and twice as many misses were answered.
            self.shed += 1
            detail = "The server is busy answering other requests; try again after Retry-After seconds."
            headers = {"Retry-After": str(SHED_RETRY_AFTER), "Connection": "close"}
            await send_problem(send, 503, detail, scope["path"], headers)
            return None
        future: asyncio.Future[Entry | None] = asyncio.get_running_loop().create_future()
        self.filling[key] = future
        entry = None
        try:
            if scope["method"] == "HEAD":  # filled as a GET; an error is sent without its body
                scope, send = {**scope, "method": "GET"}, _without_body(send)
            status, headers, body = await self._capture(scope, receive, send)
            if status == 200:
                entry = self._entry(key, headers, body)
                if key[0] == self.entries_version:  # not a version that went while it was filled
                    self.entries[key] = entry
                    self.size += _cost(entry.identity) + ENTRY_OVERHEAD
                    self._evict()
            else:
                await self._send_uncached(status, headers, body, send, scope)
        finally:
            self.misses_in_flight -= 1
            self._turns.release()
            future.set_result(entry)
            if self.filling.get(key) is future:  # waiters that refill after an error replace it
                del self.filling[key]
        return entry

    async def _take_turn(self) -> bool:
        """A turn to run the application: at once, after waiting in the bounded queue, or none."""
        if self.misses_in_flight >= self.max_misses_in_flight:
            if self.misses_queued >= self.max_misses_queued:
                return False
            self.misses_queued += 1
            try:
                await asyncio.wait_for(self._turns.acquire(), QUEUE_WAIT_SECONDS)
            except TimeoutError:
                return False
            finally:
                self.misses_queued -= 1
        else:
            await self._turns.acquire()  # free: returns at once
        self.misses_in_flight += 1
        return True

    async def _capture(
        self, scope: Scope, receive: Receive, send: Send
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        try:
            await self.app(scope, receive, capture)
        except Exception:
            # FastAPI's ServerErrorMiddleware answers a 500 and then re-raises for the server to log:
            # send that answer before the exception goes on up.
            if start:
                await self._send_uncached(
                    start["status"], list(start.get("headers", [])), b"".join(chunks), send, scope
                )
            raise
        return start["status"], list(start.get("headers", [])), b"".join(chunks)

    def _entry(self, key: CacheKey, app_headers: list[tuple[bytes, bytes]], body: bytes) -> Entry:
        version = key[0]
        kept = [(name.lower(), value) for name, value in app_headers if name.lower() not in DROPPED]
        # An answer that names its own caching keeps it (a versioned image: a year, immutable);
        # every other answer gets the cache's.
        own = (value for name, value in app_headers if name.lower() == b"cache-control")
        common = [
            *kept,
            (b"cache-control", next(own, self.cache_control)),
            (b"vary", b"Accept-Language, Accept-Encoding"),
            (VERSION_HEADER, version.encode()),
        ]
        if self.dataset.last_modified:
            common.append((b"last-modified", self.dataset.last_modified.encode()))
        identity = _representation(body, common)
        content_type = next((value for name, value in kept if name == b"content-type"), b"")
        compressible = len(body) >= GZIP_MIN_BYTES and not content_type.startswith(COMPRESSED_TYPES)
        return Entry(key, identity, common if compressible else [])

    def _compress(self, entry: Entry) -> Representation:
        """Gzip an entry once, on the first request that accepts it; later ones get the same bytes."""
        compressed = gzip.compress(entry.identity.body, compresslevel=GZIP_LEVEL, mtime=0)
        headers = [*entry.common, (b"content-encoding", b"gzip")]
        entry.gzip = _representation(compressed, headers)
        if self.entries.get(entry.key) is entry:
            self.size += _cost(entry.gzip)
            self._evict()
        return entry.gzip

    def _evict(self) -> None:
        while self.entries and (len(self.entries) > self.max_entries or self.size > self.max_bytes):
            _, gone = self.entries.popitem(last=False)
            self.size -= _cost(gone.identity) + ENTRY_OVERHEAD + (_cost(gone.gzip) if gone.gzip else 0)

    async def _send_uncached(
        self, status: int, headers: list[tuple[bytes, bytes]], body: bytes, send: Send, scope: Scope
    ) -> None:
        headers = [(n, v) for n, v in headers if n.lower() not in (b"cache-control", VERSION_HEADER)]
        headers.append((b"cache-control", b"no-store" if status >= 500 else b"public, max-age=60"))
        if self.dataset.version:
            headers.append((VERSION_HEADER, self.dataset.version.encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def _after_startup(self, send: Send) -> Send:
        """Once the application has started: warm up, then move every object made so far out of the
        collector's reach (periodic full collections over them gave ~37 ms p99 spikes when measured)."""

        async def sending(message: Message) -> None:
            if message["type"] == "lifespan.startup.complete":
                await self._warm_up()
                gc.collect()
                gc.freeze()
            await send(message)

        return sending

    async def _warm_up(self) -> None:
        """GET each `warm_up` path a few times through the whole stack, and forget the answers.

        Only with a dataset loaded: an empty or unreachable database starts as it is."""
        await self.dataset.refresh_if_due()
        if self.dataset.version is None:
            return

        async def receive() -> Message:
            return {"type": "http.request", "body": b"", "more_body": False}

        statuses: list[int] = []

        async def discard(message: Message) -> None:
            if message["type"] == "http.response.start":
                statuses.append(message["status"])

        try:
            for _ in range(WARM_UP_ROUNDS):
                for target in self.warm_up:
                    path, _, query = target.partition("?")
                    scope = {
                        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
                        "scheme": "http", "server": ("localhost", 80), "client": ("127.0.0.1", 0),
                        "root_path": "", "path": path, "raw_path": path.encode(),
                        "query_string": query.encode(), "headers": [(b"host", b"localhost")],
                    }  # fmt: skip
                    await self(scope, receive, discard)
                    self.clear()  # so that the next round is a miss again
                    if statuses[-1] >= 500:  # the database went away, say: no point waiting on it
                        raise RuntimeError(f"{target} answered {statuses[-1]}")
        except Exception as error:  # start-up must not depend on it: start as things are
            logger.warning("warm-up stopped: %s: %s", type(error).__name__, error)
        self.entries.clear()
        self.size = 0

    def _with_version(self, send: Send) -> Send:
        """Uncached answers still say which dataset version the server is on."""

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start" and self.dataset.version:
                headers = [(n, v) for n, v in message.get("headers", []) if n.lower() != VERSION_HEADER]
                headers.append((VERSION_HEADER, self.dataset.version.encode()))
                message = {**message, "headers": headers}
            await send(message)

        return sending


def _unlisted_paths(app: Any) -> list[str]:
    """Paths the application serves outside its OpenAPI document (the docs, the document itself)."""
    return [
        route.path
        for route in getattr(app, "routes", [])
        if getattr(route, "include_in_schema", True) is False
    ]


def _representation(body: bytes, common: list[tuple[bytes, bytes]]) -> Representation:
    version = next((value for name, value in common if name == VERSION_HEADER), b"")
    etag = _etag(version, body)
    headers = [*common, (b"etag", etag), (b"content-length", str(len(body)).encode())]
    return Representation(body, headers, etag)


def _without_body(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)

    return sending

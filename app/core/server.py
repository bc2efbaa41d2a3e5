"""uvicorn's httptools protocol with the limits it lacks: header size, header count, header time.

uvicorn bounds idle keep-alive connections (`timeout_keep_alive`) and requests at once
(`limit_concurrency`), and its h11 protocol bounds header size (`h11_max_incomplete_event_size`),
but h11 halves throughput here (measured with wrk) and its httptools protocol has no limit at all: a
10 MB header and 10,000 header fields were answered 200, and a connection that sends its headers
one byte at a time is held for ever. This subclass adds, per request:

- the request line and header fields together at most `MAX_HEADER_BYTES`, and at most
  `MAX_HEADER_COUNT` fields: beyond either, 431 problem+json and the connection closed;
- the headers received within `HEADER_TIMEOUT` seconds of the connection opening or the request's
  first byte: else the connection is closed (a slowloris client holds a connection that long).

uvicorn takes it by import string (`http="app.core.server:LimitedHttpToolsProtocol"`), so every
worker process builds its own.
"""

import asyncio
import json
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from app.core.config import get_settings

TOO_LARGE = json.dumps(
    {
        "type": "about:blank",
        "title": "Request Header Fields Too Large",
        "status": 431,
        "detail": "The request line and headers are larger, or more numerous, than this server reads.",
        "instance": "",
    }
).encode()


class HeadersTooLarge(Exception):
    """Raised inside the parser's callback to stop reading a request over the limits."""


class LimitedHttpToolsProtocol(HttpToolsProtocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        settings = get_settings()
        self.max_header_bytes = settings.max_header_bytes
        self.max_header_count = settings.max_header_count
        self.header_timeout = settings.header_timeout
        self.header_bytes = self.header_count = 0
        self.too_large = False
        self.header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_header_timer()
        super().connection_lost(exc)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self.header_bytes = self.header_count = 0
        self._start_header_timer()

    def on_url(self, url: bytes) -> None:
        self._count(len(url), 0)
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count(len(name) + len(value) + 4, 1)
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._stop_header_timer()
        super().on_headers_complete()

    def send_400_response(self, msg: str) -> None:
        """uvicorn answers any parser error 400; one we raised for size answers 431."""
        if not self.too_large:
            super().send_400_response(msg)
            return
        self.transport.write(
            b"HTTP/1.1 431 Request Header Fields Too Large\r\n"
            b"content-type: application/problem+json\r\n"
            b"content-length: " + str(len(TOO_LARGE)).encode() + b"\r\n"
            b"connection: close\r\n\r\n" + TOO_LARGE
        )
        self.transport.close()

    def _count(self, size: int, fields: int) -> None:
        self.header_bytes += size
        self.header_count += fields
        if self.header_bytes > self.max_header_bytes or self.header_count > self.max_header_count:
            self.too_large = True
            raise HeadersTooLarge

    def _start_header_timer(self) -> None:
        if self.header_timer is None and self.header_timeout > 0:
            self.header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _stop_header_timer(self) -> None:
        if self.header_timer is not None:
            self.header_timer.cancel()
            self.header_timer = None

    def _headers_too_slow(self) -> None:
        self.header_timer = None
        if not self.transport.is_closing():
            self.transport.close()

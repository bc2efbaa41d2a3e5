"""Headers every response carries: content sniffing off, CORS for any origin, framing refused, and
a Content-Security-Policy that is strict everywhere but on the documentation pages. Embed pages
(/embed and below) are made to be framed by any site: their own strict CSP says so.

Cross-Origin-Resource-Policy: `cross-origin` for the embed pages and their SVG images (other sites
frame and <img> them, also under COEP), `same-origin` for everything else. CORP governs only
`no-cors` loads (an <img>, <script> or <iframe> of another site), never a CORS-mode fetch, so the
JSON API stays readable by any origin's scripts (`Access-Control-Allow-Origin: *`) while no other
site can pull it in as a subresource."""

import base64
import hashlib
import re
from collections.abc import Awaitable, Callable
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]
ASGIApp = Callable[[Scope, Any, Any], Awaitable[None]]

EXPOSED = b"ETag, Link, Content-Language, X-Dataset-Version, Retry-After, Last-Modified"
API_CSP = b"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
DOCS_PATHS = ("/docs", "/redoc")
INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.S)
INLINE_STYLE = re.compile(rb"<style>(.*?)</style>", re.S)
EMBED_PREFIX = "/embed"


def docs_csp(html: bytes) -> bytes:
    """The docs pages load only our own assets; Swagger UI's inline start-up script is allowed by
    its hash, and ReDoc needs inline styles and a blob: worker."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(script).digest()).decode()}'"
        for script in INLINE_SCRIPT.findall(html)
    )
    return (
        f"default-src 'none'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    ).encode()


def _hashes(pattern: re.Pattern[bytes], body: bytes) -> str:
    found = {
        f"'sha256-{base64.b64encode(hashlib.sha256(inline).digest()).decode()}'"
        for inline in pattern.findall(body)
    }
    return " ".join(sorted(found)) or "'none'"


def embed_csp(body: bytes) -> bytes:
    """Embed pages load nothing from anywhere: inline script and style are allowed by hash, the
    gallery frames only our own pages, and any site may frame them (`frame-ancestors *`)."""
    return (
        f"default-src 'none'; script-src {_hashes(INLINE_SCRIPT, body)}; "
        f"style-src {_hashes(INLINE_STYLE, body)}; img-src 'self' data:; frame-src 'self'; "
        "frame-ancestors *; base-uri 'none'; form-action 'none'"
    ).encode()


def is_embed(path: str) -> bool:
    return path == EMBED_PREFIX or path.startswith(EMBED_PREFIX + "/")


class StandardHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Callable[[Message], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] in DOCS_PATHS:
            await self._buffered(scope, receive, send, docs_csp, deny_framing=True)
            return
        if is_embed(scope["path"]):
            await self._buffered(scope, receive, send, embed_csp, deny_framing=False)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": _with_standard(message.get("headers", []), API_CSP)}
            await send(message)

        await self.app(scope, receive, sending)

    async def _buffered(
        self,
        scope: Scope,
        receive: Any,
        send: Callable[[Message], Awaitable[None]],
        csp: Callable[[bytes], bytes],
        deny_framing: bool,
    ) -> None:
        """Buffer a (small) docs or embed page to hash its inline script and style into the CSP."""
        start: Message = {}
        body = bytearray()

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            else:
                body.extend(message.get("body", b""))

        await self.app(scope, receive, capture)
        corp = b"same-origin" if deny_framing else b"cross-origin"
        headers = _with_standard(start.get("headers", []), csp(bytes(body)), deny_framing, corp)
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": bytes(body)})


def _with_standard(
    headers: list[tuple[bytes, bytes]], csp: bytes, deny_framing: bool = True, corp: bytes = b"same-origin"
) -> list[tuple[bytes, bytes]]:
    own = {b"content-security-policy", b"x-content-type-options", b"x-frame-options", b"referrer-policy"}
    own.add(b"cross-origin-resource-policy")
    own |= {b"access-control-allow-origin", b"access-control-expose-headers"}
    kept = [(name, value) for name, value in headers if name.lower() not in own]
    return [
        *kept,
        (b"x-content-type-options", b"nosniff"),
        (b"content-security-policy", csp),
        *([(b"x-frame-options", b"DENY")] if deny_framing else []),
        (b"referrer-policy", b"no-referrer"),
        (b"cross-origin-resource-policy", corp),
        (b"access-control-allow-origin", b"*"),
        (b"access-control-expose-headers", EXPOSED),
    ]

"""The first thing every request meets: its Host checked, and its headers read once, one way.

Before anything answers, caches or builds a URL, `EdgeGuard`:

- refuses a request with no Host, or with more than one (RFC 9112 §3.2: a 400), and one whose
  Host is not among `ALLOWED_HOSTS` (the same rule as Starlette's `TrustedHostMiddleware`:
  an exact name, or `*.example.org` for its subdomains, the port ignored), with a 400 problem;
- combines a repeated list header (Accept-Language, Accept-Encoding, If-None-Match...) into one
  field, joined with ", " as RFC 9110 §5.3 says a recipient may, and refuses a repeated
  If-Modified-Since (a single date: there is nothing to combine).

It rewrites `scope["headers"]` once, so the HTTP cache keys on exactly what the application then
reads: Starlette's `request.headers[...]` takes the first of repeated fields and a dict built from
them the last, which is how two Accept-Language fields once filled the cache with an
answer in the wrong language. Absolute URLs never come from the Host (see `Settings.public_url`).
"""

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from app.api.problems import send_problem

Scope = dict[str, Any]
ASGIApp = Callable[[Scope, Any, Any], Awaitable[None]]

# Headers whose repeats are combined; every other repeated field is passed on as it came, unread.
COMBINED = frozenset({b"accept", b"accept-language", b"accept-encoding", b"if-none-match", b"cache-control"})
SINGLE = frozenset({b"host", b"if-modified-since"})


class EdgeGuard:
    """ASGI app around the HTTP cache: validates Host and normalises repeated headers."""

    def __init__(self, app: ASGIApp, allowed_hosts: Sequence[str]) -> None:
        self.app = app
        self.exact = frozenset(host.lower() for host in allowed_hosts if not host.startswith("*."))
        self.suffixes = tuple(host.lower()[1:] for host in allowed_hosts if host.startswith("*."))
        self.any_host = "*" in self.exact

    def __getattr__(self, name: str) -> Any:
        """Anything not the guard's is the wrapped application's (`state`, `openapi()`, the cache's)."""
        if name == "app":
            raise AttributeError(name)
        return getattr(self.app, name)

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers: list[tuple[bytes, bytes]] = scope["headers"]
        seen: dict[bytes, int] = {}
        repeated = False
        for name, _ in headers:
            if name in seen:
                repeated = True
            seen[name] = seen.get(name, 0) + 1
        refusal = self._refusal(headers, seen)
        if refusal:
            await send_problem(send, 400, refusal, scope.get("path", ""))
            return
        if repeated:
            scope["headers"] = _combined(headers, seen)
        await self.app(scope, receive, send)

    def _refusal(self, headers: list[tuple[bytes, bytes]], seen: dict[bytes, int]) -> str | None:
        for name in SINGLE:
            if seen.get(name, 0) > 1:
                return f"A request may carry one {name.decode().title()} field, not {seen[name]}."
        if b"host" not in seen:
            return "A request must name its Host."
        if self.any_host:
            return None
        host = next(value for name, value in headers if name == b"host").decode("latin-1").lower()
        hostname = host.rpartition(":")[0] if host.rpartition(":")[2].isdigit() else host
        if hostname in self.exact or (hostname.endswith(self.suffixes) and self.suffixes):
            return None
        return "This server does not answer for that Host."


def _combined(headers: list[tuple[bytes, bytes]], seen: dict[bytes, int]) -> list[tuple[bytes, bytes]]:
    """Each repeated list header as one field at its first place, its values joined in order."""
    joined: dict[bytes, list[bytes]] = {}
    for name, value in headers:
        if name in COMBINED and seen[name] > 1:
            joined.setdefault(name, []).append(value.strip())
    out: list[tuple[bytes, bytes]] = []
    for name, value in headers:
        if name in joined:
            out.append((name, b", ".join(v for v in joined.pop(name) if v)))
        elif name not in COMBINED or seen[name] == 1:
            out.append((name, value))
    return out

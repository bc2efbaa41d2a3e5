"""Every error is RFC 9457 application/problem+json, shaped here and nowhere else."""

import logging
import sqlite3
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from app.api.renames import redirect_renamed
from app.schemas import ProblemDetail

PROBLEM_MEDIA_TYPE = "application/problem+json"
# How long a client should wait before trying again while the database is unreachable.
RETRY_AFTER_SECONDS = 5
SQLITE_UNAVAILABLE = ("database is locked", "database table is locked", "unable to open", "disk I/O error")
logger = logging.getLogger("app.errors")


class Problem(Exception):
    """An error the API answers on purpose."""

    status = 400

    def __init__(self, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.headers = headers


class BadRequest(Problem):
    status = 400


class NotFound(Problem):
    status = 404

    def __init__(self, kind: str, slug: Any, key: str = "slug") -> None:
        super().__init__(f"No {kind} has the {key} {slug!r}.")


class ServiceUnavailable(Problem):
    """A 503 always tells clients when to come back, whoever raises it."""

    status = 503

    def __init__(self, detail: str, retry_after: int = RETRY_AFTER_SECONDS) -> None:
        super().__init__(detail, headers={"Retry-After": str(retry_after)})


def problem_response(
    request: Request, status: int, detail: str, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    body = ProblemDetail(
        title=HTTPStatus(status).phrase, status=status, detail=detail, instance=request.url.path, **extra
    )
    return JSONResponse(
        body.model_dump(exclude_none=True), status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE
    )


def _location(loc: tuple[Any, ...]) -> tuple[str, str]:
    """("query", "qualifier", "literal[...]") names the parameter `qualifier` in the query."""
    where = str(loc[0]) if loc else "request"
    name = str(loc[1]) if len(loc) > 1 else where
    return where, name


async def handle_problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Problem)
    if isinstance(exc, NotFound):
        redirect = await redirect_renamed(request)
        if redirect is not None:
            return redirect
    return problem_response(request, exc.status, exc.detail, exc.headers)


async def handle_http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).description
    if exc.status_code == 404 and exc.detail == "Not Found":
        detail = f"Nothing is served at {request.url.path}."
    elif exc.status_code == 405:
        detail = f"{request.method} is not allowed here: this API is read-only."
    return problem_response(request, exc.status_code, detail, getattr(exc, "headers", None))


async def handle_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    reasons: dict[tuple[str, str], list[str]] = {}
    for error in exc.errors():
        reason = error.get("msg", "invalid")
        found = reasons.setdefault(_location(tuple(error.get("loc", ()))), [])
        if reason not in found:
            found.append(reason)
    errors = [
        {"in": where, "name": name, "reason": "; or ".join(why)} for (where, name), why in reasons.items()
    ]
    names = ", ".join(sorted({e["name"] for e in errors}))
    return problem_response(request, 422, f"Invalid request parameter(s): {names}.", errors=errors)


async def handle_unexpected(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("unhandled error on %s", request.url.path, exc_info=exc)
    return problem_response(request, 500, "The server failed to answer this request; it has been logged.")


def database_unreachable(exc: BaseException) -> bool:
    """Whether `exc` says the database could not be reached or used (refused, dropped, timed out,
    shut down, busy, pool exhausted): a passing condition, unlike a query the database rejects.

    SQLite reports its query errors (an FTS syntax error, a missing table) as OperationalError too:
    for SQLite only a locked, busy or unopenable file counts, so a bug still answers 500."""
    if isinstance(exc, PoolTimeoutError | DisconnectionError):
        return True
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated or isinstance(exc, InterfaceError):
        return True
    if isinstance(exc.orig, sqlite3.Error):
        return any(sign in str(exc.orig) for sign in SQLITE_UNAVAILABLE)
    return isinstance(exc, OperationalError)


async def handle_database_error(request: Request, exc: Exception) -> JSONResponse:
    """503 with Retry-After while the database is unreachable; any other database error is a 500.

    Cached answers are still served meanwhile (app.api.http_cache); the engine's pre-ping replaces
    dead pooled connections once the database is back, so service resumes without a restart.
    """
    if not database_unreachable(exc):
        return await handle_unexpected(request, exc)
    cause = getattr(exc, "orig", None) or exc
    reason = " ".join(str(cause).split())
    logger.warning("database unreachable on %s: %s: %s", request.url.path, type(cause).__name__, reason)
    return problem_response(
        request,
        503,
        "The database cannot be reached right now; try again after Retry-After seconds.",
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


class ProblemCORSMiddleware(CORSMiddleware):
    """Starlette's CORS middleware, but a refused preflight is a problem document like every other
    error of the API (Starlette answers a plain-text 400 "Disallowed CORS method")."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "OPTIONS":
            headers = Headers(scope=scope)
            if "origin" in headers and "access-control-request-method" in headers:
                response = self.preflight_response(request_headers=headers)
                if response.status_code == 400:
                    response = self._refused(Request(scope), response)
                await response(scope, receive, send)
                return
        await super().__call__(scope, receive, send)

    def _refused(self, request: Request, refusal: Response) -> Response:
        reason = bytes(refusal.body).decode()  # "Disallowed CORS method, headers"
        failures = reason.removeprefix("Disallowed CORS ").split(", ")
        allowed = {
            "origin": "this origin may not read the API",
            "method": f"cross-origin requests may use {', '.join(sorted(self.allow_methods))}",
            "headers": f"cross-origin requests may send the headers {', '.join(sorted(self.allow_headers))}",
            "private-network": "requests from public sites to a private network are not allowed",
        }
        detail = f"{reason}: {'; '.join(allowed.get(failure, failure) for failure in failures)}."
        kept = {
            name: value
            for name, value in refusal.headers.items()
            if name.startswith("access-control-") or name == "vary"
        }
        return problem_response(request, 400, detail, kept)


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(Problem, handle_problem)
    app.add_exception_handler(StarletteHTTPException, handle_http_exception)
    app.add_exception_handler(RequestValidationError, handle_validation_error)
    # Handled inside FastAPI (not by its ServerErrorMiddleware), so these answers pass through the
    # app's middleware and are not re-raised to the server as crashes.
    for database_error in (DBAPIError, PoolTimeoutError, DisconnectionError):
        app.add_exception_handler(database_error, handle_database_error)
    app.add_exception_handler(Exception, handle_unexpected)


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {
        "model": ProblemDetail,
        "content": {PROBLEM_MEDIA_TYPE: {}},
        "description": description,
    }
    for status, description in {
        400: "A query parameter this operation does not take (named in `errors`), or a malformed one, "
        "such as a cursor this API did not issue.",
        404: "No such resource.",
        422: "A parameter failed validation; `errors` lists each one.",
        500: "An unexpected failure; no details are exposed.",
        503: "The database cannot be reached for now; `Retry-After` says when to try again.",
    }.items()
}
PROBLEM_RESPONSES[503]["headers"] = {
    "Retry-After": {
        "description": "Seconds to wait before trying again.",
        "schema": {"type": "integer", "minimum": 0},
    }
}


def problem_bytes(
    status: int, detail: str, instance: str = "", errors: list[dict[str, str]] | None = None
) -> bytes:
    """The RFC 9457 body of a problem answered before FastAPI runs (at the edge, by the cache)."""
    body = ProblemDetail(
        title=HTTPStatus(status).phrase, status=status, detail=detail, instance=instance, errors=errors
    )
    return body.model_dump_json(exclude_none=True).encode()


async def send_problem(
    send: Send,
    status: int,
    detail: str,
    instance: str = "",
    headers: dict[str, str] | None = None,
    errors: list[dict[str, str]] | None = None,
) -> None:
    """Answer a problem straight through ASGI: never stored, readable by any origin, not sniffed."""
    body = problem_bytes(status, detail, instance, errors)
    fields = [
        (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
        (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),
        (b"x-content-type-options", b"nosniff"),
        (b"access-control-allow-origin", b"*"),
        *((name.lower().encode(), value.encode()) for name, value in (headers or {}).items()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": fields})
    await send({"type": "http.response.body", "body": body})

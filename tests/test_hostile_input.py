"""Hostile input, through HTTP: every parameter of every operation in the OpenAPI document gets
injection text, control characters, huge and negative numbers, junk cursors and broken encodings.

Each answer must be a clear 4xx `application/problem+json` (or a 200 where the input is in fact
valid, such as a `utm_*` tag, which is ignored), never a 5xx, never a stack trace, and the data must
be exactly as it was at the end. Operations are read from the OpenAPI document at run time, so a new
endpoint is covered as soon as it is routed.
"""

import asyncio
import base64
import hashlib
import json
import math
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, unquote

import httpx
import pytest
from sqlalchemy import select
from sqlmodel import SQLModel

from app import models  # fills SQLModel.metadata with every table
from app.core.config import Settings
from app.core.db import engine_for

pytestmark = pytest.mark.anyio

XSS = "<script>alert(1)</script>"


class Raw(str):
    """Text placed in the URL verbatim: already percent-encoded, possibly not UTF-8."""


# Hostile values for every parameter: a str is sent percent-encoded, a `Raw` goes in the URL as is.
HOSTILE: dict[str, str] = {
    "sql-or": "' OR 1=1 --",
    "sql-drop": '"; DROP TABLE statistic; --',
    "sql-union": "x' UNION SELECT slug, label_en FROM statistic --",
    "nul": "\x00",
    "nul-inside": "social\x00insurance",
    "escape": "\x1b[31mred\x1b[0m",
    "crlf": "x\r\nSet-Cookie: pwned=1",
    "10kB": "a" * 10_240,
    "negative": "-1",
    "huge": "9" * 40,
    "exponent": "1e309",
    "nan": "NaN",
    "xss": XSS,
    "unicode": "\u202e\ufeff😀\U0010ffff",
    "fts-syntax": 'NEAR("a" "b") OR * AND ^x',
    "like-wildcards": "%_%\\",
    "format-string": "%s%n{0}{__class__}",
    "traversal": "../../etc/passwd",
    "empty": "",
    "non-utf8": Raw("%ff%fe"),
    "overlong-utf8": Raw("%c0%af%c0%ae"),
    "lone-surrogate": Raw("%ed%a0%80"),
    "encoded-slash": Raw("..%2F..%2Fetc"),
    "bare-percent": Raw("%"),
    "half-escape": Raw("%4"),
}
LEAK_MARKERS = (
    "Traceback (most recent call last)",
    'File "/',
    "[SQL:",
    "sqlalchemy.",
    "psycopg.",
    "sqlite3.",
)


def database_digest(url: str) -> dict[str, str]:
    """Every table's row count and a digest of its rows in key order."""
    digest = {}
    with engine_for(url).connect() as connection:
        for table in SQLModel.metadata.sorted_tables:
            rows = connection.execute(select(table).order_by(*table.primary_key.columns)).all()
            digest[table.name] = f"{len(rows)}:{hashlib.sha256(repr(rows).encode()).hexdigest()}"
    return digest


@pytest.fixture(scope="module")
def data_before(settings: Settings) -> dict[str, str]:
    """The data as the first test of this module found it; the last test compares."""
    return database_digest(settings.database_url)


@pytest.fixture(autouse=True)
def _take_the_digest_first(data_before: dict[str, str]) -> None:
    """Every test here depends on the digest, so it is taken before any hostile request."""


@pytest.fixture
async def document(client: httpx.AsyncClient) -> dict[str, Any]:
    response = await client.get("/openapi.json")
    assert response.status_code == 200
    return response.json()


def encode(value: str) -> str:
    return value if isinstance(value, Raw) else quote(value, safe="")


def get_operations(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        if "get" in item:
            yield path, item["get"]


def example_of(parameter: dict[str, Any], slugs: dict[str, str], path: str) -> str:
    """A valid value for a parameter: its example, a real slug, its first enum value, or "x"."""
    schema = parameter.get("schema", {})
    example = parameter.get("example", schema.get("examples", [None])[0])
    if example is None and parameter["name"] == "slug":
        example = next((slugs[part] for part in path.split("/") if part in slugs), None)
    if example is None:
        options = [schema, *schema.get("anyOf", [])]
        example = next((option["enum"][0] for option in options if option.get("enum")), "x")
    return str(example)


def real_slugs(document: dict[str, Any]) -> dict[str, str]:
    """The slug example of each /v1/<resource>/{slug}, keyed by <resource>."""
    slugs = {}
    for path, operation in get_operations(document):
        for parameter in operation.get("parameters", []):
            example = parameter.get("example")
            if parameter["name"] == "slug" and example:
                slugs[path.split("/")[-2]] = example
    return slugs


def url_with(
    document: dict[str, Any], path: str, operation: dict[str, Any], target: str | None, value: str
) -> str:
    """The operation's URL with `value` in parameter `target` and valid values in the required rest."""
    slugs = real_slugs(document)
    query = []
    for parameter in operation.get("parameters", []):
        name = parameter["name"]
        if name == target:
            chosen = encode(value)
        elif parameter["in"] == "path" or parameter.get("required"):
            chosen = quote(example_of(parameter, slugs, path), safe="")
        else:
            continue
        if parameter["in"] == "path":
            path = path.replace(f"{{{name}}}", chosen)
        elif parameter["in"] == "query":
            query.append(f"{quote(name, safe='')}={chosen}")
    return path + ("?" + "&".join(query) if query else "")


def allowed_statuses(operation: dict[str, Any]) -> set[int]:
    """Any 1xx-4xx, and a 5xx only where the document promises it for bad input (oEmbed's 501);
    never 500, and never 503: the database is up."""
    documented = {int(status) for status in operation.get("responses", {}) if status.isdigit()}
    return set(range(100, 500)) | {status for status in documented if status >= 501 and status != 503}


def problems_with(response: httpx.Response, allowed: set[int]) -> list[str]:
    """What is wrong with an answer to hostile input, if anything."""
    status, body = response.status_code, response.text
    found = []
    if status not in allowed:
        found.append(f"status {status}")
    if status == 404 and 'data-embed="missing"' in body:
        # An embed page of an unknown figure answers its reader with a small HTML card (documented
        # as text/html); it must not echo what it was given.
        if XSS in body or not response.headers.get("content-type", "").startswith("text/html"):
            found.append("the missing-figure card reflects its input or is not HTML")
    elif status >= 400:
        if response.headers.get("content-type") != "application/problem+json":
            found.append(f"{status} as {response.headers.get('content-type')}")
        elif response.request.method != "HEAD":
            problem = response.json()
            if problem.get("status") != status or not problem.get("title") or not problem.get("detail"):
                found.append(f"incomplete problem document {problem}")
    leaked = [marker for marker in LEAK_MARKERS if marker in body]
    if leaked:
        found.append(f"leaks {leaked}")
    content_type = response.headers.get("content-type", "")
    if status == 200 and ("html" in content_type or "svg" in content_type) and XSS in body:
        found.append("reflects markup unescaped")
    if "set-cookie" in response.headers:
        found.append("sets a cookie (header injection?)")
    return found


async def check_all(client: httpx.AsyncClient, requests: list[tuple[str, set[int]]]) -> list[str]:
    failures = []
    for url, allowed in requests:
        response = await client.get(url)
        failures += [f"GET {url[:160]}: {problem}" for problem in problems_with(response, allowed)]
    return failures


def report(failures: list[str]) -> str:
    return f"{len(failures)} bad answers:\n" + "\n".join(failures[:30])


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
async def test_every_parameter_of_every_operation_refuses_hostile_values(
    client: httpx.AsyncClient, document: dict[str, Any], value: str
) -> None:
    requests = []
    for path, operation in get_operations(document):
        allowed = allowed_statuses(operation)
        for parameter in operation.get("parameters", []):
            if parameter["in"] in ("path", "query"):
                requests.append((url_with(document, path, operation, parameter["name"], value), allowed))
    assert len(requests) >= 80, "the document lists fewer parameters than expected"
    failures = await check_all(client, requests)
    assert not failures, report(failures)


async def test_a_hostile_value_is_refused_with_the_parameter_named(client: httpx.AsyncClient) -> None:
    """The 422 says which parameter was wrong (for a value that is not in fact a valid one)."""
    for url, name in [
        (f"/v1/statistics?section={quote(HOSTILE['sql-or'])}", "section"),
        (f"/v1/statistics?limit={quote(HOSTILE['sql-drop'])}", "limit"),
        (f"/v1/milestones?from={quote(HOSTILE['crlf'])}", "from"),
        (f"/v1/search?q={HOSTILE['10kB']}", "q"),
        (f"/v1/statistics/{quote(HOSTILE['sql-or'])}", "slug"),
        ("/v1/stories?place=%00", "place"),
    ]:
        response = await client.get(url)
        assert response.status_code == 422, url
        assert name in {error["name"] for error in response.json()["errors"]}, url


@pytest.mark.parametrize(
    "limit", ["-1", "0", "101", "-99999999999999999999", "9" * 40, "1e3", "1.5", "abc", "0x10"]
)
async def test_every_limit_refuses_out_of_range_and_junk(
    client: httpx.AsyncClient, document: dict[str, Any], limit: str
) -> None:
    failures, checked = [], 0
    for path, operation in get_operations(document):
        if not any(p["name"] == "limit" for p in operation.get("parameters", [])):
            continue
        url = url_with(document, path, operation, "limit", limit)
        response = await client.get(url)
        checked += 1
        names = {error["name"] for error in response.json().get("errors", [])}
        if response.status_code != 422 or "limit" not in names:
            failures.append(f"{url}: {response.status_code} {response.text[:200]}")
    assert checked >= 10
    assert not failures, report(failures)


EMPTY_PAGE = {"items": [], "total": 0, "next": None}


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def forged_cursors(issued: str) -> dict[str, str]:
    """Cursors this API never issued: junk, and the issued one with each value swapped for one of
    the wrong type or range (the kind, the sort and the width kept, so only the values are wrong)."""
    decoded = json.loads(base64.urlsafe_b64decode(issued + "=" * (-len(issued) % 4)))
    forged = {
        "junk": "not-a-cursor",
        "bad-base64": "!!!***",
        "padding-only": "====",
        "not-json": b64(b"\xff\xfe garbage"),
        "json-object": b64(b'{"a": 1}'),
        "json-string": b64(b'"statistic"'),
        "empty-list": b64(b"[]"),
        "deep-nesting": b64(b"[" * 5000 + b"]" * 5000),
        "other-kind": b64(json.dumps(["elsewhere", *decoded[1:]]).encode()),
        "too-wide": b64(json.dumps([*decoded, 1]).encode()),
        "too-narrow": b64(json.dumps(decoded[:-1]).encode()),
    }
    for index, original in enumerate(decoded[1:], start=1):
        swapped = "1" if not isinstance(original, str) else 1
        for name, replacement in {
            "huge-int": 10**30,
            "negative-huge": -(10**30),
            "wrong-type": swapped,
            "nul": "\x00",
            "list": [1],
            "object": {"a": 1},
            "bool": True,
            "null": None,
        }.items():
            values = list(decoded)
            values[index] = replacement
            forged[f"{name}-at-{index}"] = b64(json.dumps(values).encode())
        values = list(decoded)
        values[index] = math.nan
        forged[f"nan-at-{index}"] = b64(json.dumps(values).encode())  # json writes NaN, and reads it
    return forged


async def test_every_cursor_refuses_junk_and_forgeries(
    client: httpx.AsyncClient, document: dict[str, Any]
) -> None:
    failures, checked = [], 0
    for path, operation in get_operations(document):
        if not any(p["name"] == "cursor" for p in operation.get("parameters", [])):
            continue
        first = await client.get(url_with(document, path, operation, "limit", "1"))
        assert first.status_code == 200, path
        next_url = first.json()["next"]
        if next_url is None:
            continue
        issued = httpx.URL(next_url).params["cursor"]
        assert (await client.get(next_url)).status_code == 200, f"{path}: its own cursor"
        for name, cursor in forged_cursors(issued).items():
            url = url_with(document, path, operation, "cursor", cursor)
            response = await client.get(url)
            checked += 1
            # 400 (or 422 past the length limit); a cursor past the end may be an empty last page.
            past_the_end = response.status_code == 200 and response.json() | {"total": 0} == EMPTY_PAGE
            if problems_with(response, {400, 422}) and not past_the_end:
                failures.append(f"{path} {name}: {response.status_code} {response.text[:200]}")
    assert checked >= 200, "too few lists with more than one page"
    assert not failures, report(failures)


async def test_a_cursor_of_another_list_or_sort_is_refused(client: httpx.AsyncClient) -> None:
    statistics = (await client.get("/v1/statistics?limit=1")).json()["next"]
    cursor = httpx.URL(statistics).params["cursor"]
    for url in [f"/v1/milestones?cursor={cursor}", f"/v1/statistics?sort=value&cursor={cursor}"]:
        response = await client.get(url)
        assert response.status_code == 400, url
        assert response.headers["content-type"] == "application/problem+json"


async def raw_get(
    app: Any, target: bytes, headers: list[tuple[bytes, bytes]] | None = None
) -> tuple[int, dict, bytes]:
    """GET `target` exactly as given, `..` segments and all, as uvicorn hands it to the app
    (httpx would resolve the dots first)."""
    raw_path, _, query = target.partition(b"?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": unquote(raw_path.decode("latin-1")),
        "raw_path": raw_path,
        "root_path": "",
        "query_string": query,
        "headers": [(b"host", b"testserver"), *(headers or [])],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    start: dict[str, Any] = {}
    body = bytearray()

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            start.update(message)
        elif message["type"] == "http.response.body":
            body.extend(message.get("body", b""))

    await app(scope, receive, send)
    found = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in start["headers"]}
    return start["status"], found, bytes(body)


TRAVERSALS = [
    "..%2F..%2Fetc%2Fpasswd",
    "..%2f..%2f",
    "%2e%2e",
    "%2e%2e%2f%2e%2e%2fetc",
    "..",
    "../../../etc/passwd",
    "./.",
    "%2F",
    "%252e%252e%252f",
    "..%5c..%5cwindows",
    "%c0%ae%c0%ae%c0%af",
    "%ff",
    "%00",
    "a%00.json",
    "%0d%0aSet-Cookie:%20x=1",
    "a" * 10_000,
    "a/" * 2_000,
]


async def test_slugs_refuse_traversal_and_broken_encodings(app: Any, document: dict[str, Any]) -> None:
    details = [path for path, _ in get_operations(document) if "{" in path]
    assert len(details) >= 10
    failures = []
    for path in details:
        prefix = path.split("{", 1)[0]
        for suffix in TRAVERSALS:
            target = (prefix + suffix).encode()
            status, headers, body = await raw_get(app, target)
            text = body.decode("utf-8", "replace")
            bad = []
            if status not in (400, 404, 405, 422) and not (300 <= status < 400 and status != 304):
                bad.append(f"status {status}")
            if status >= 400 and headers.get("content-type") != "application/problem+json":
                bad.append(f"content-type {headers.get('content-type')}")
            if any(marker in text for marker in (*LEAK_MARKERS, "root:x:0:0")):
                bad.append("leaks")
            if "set-cookie" in headers:
                bad.append("sets a cookie")
            failures += [f"{target[:120]!r}: {problem}" for problem in bad]
    assert not failures, report(failures)


async def test_very_long_paths_and_dot_segments_are_clean_404s(app: Any) -> None:
    for target in [
        b"/v1/../../etc/passwd",
        b"/v1/statistics/../../../../etc/passwd",
        b"/" + b"v1/" * 5_000,
        b"/v1/" + b"x" * 100_000,
        b"//v1//statistics",
        b"/v1/statistics/%2e%2e/%2e%2e/etc/passwd",
        b"/%ff%fe",
    ]:
        status, headers, body = await raw_get(app, target)
        assert status in (404, 422), (target[:80], status)
        assert headers["content-type"] == "application/problem+json"
        assert not any(marker in body.decode("utf-8", "replace") for marker in LEAK_MARKERS)


async def test_unknown_parameters_are_refused_naming_them(client: httpx.AsyncClient) -> None:
    plain = await client.get("/v1/statistics?limit=3")
    for extra, named in [
        ("nonsense=1", "nonsense"),
        (f"nonsense={quote(HOSTILE['sql-drop'])}", "nonsense"),
        (f"z={'a' * 10_240}", "z"),
        ("%00=%00", "\x00"),
        ("a[b]=1&a[c]=2", "a[b]"),
        ("%ff=%ff", "\ufffd"),
        ("flag", "flag"),
        ("__proto__=1&constructor=1", "__proto__"),
        (f"{'n' * 10_240}=1", "n" * 40),
    ]:
        response = await client.get(f"/v1/statistics?limit=3&{extra}")
        assert response.status_code == 400, extra
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["errors"][0]["name"] == named, extra
        assert len(response.content) < 1_000, extra
    for nameless in ("&&&=&", "=1", "utm_source=x&_=1"):
        response = await client.get(f"/v1/statistics?limit=3&{nameless}")
        assert response.status_code == 200, nameless
        assert response.json()["items"] == plain.json()["items"], nameless


async def test_a_10kb_query_string_and_thousands_of_parameters(client: httpx.AsyncClient) -> None:
    many = "&".join(f"p{i}=v" for i in range(2_500))
    for url in [
        f"/v1/statistics?{many}",
        f"/v1/search?q={'医' * 3_000}",
        f"/v1/statistics?cursor={'A' * 10_240}",
        f"/v1/statistics?section={'b' * 10_240}",
        f"/v1/statistics?{'limit=5&' * 1_500}",
    ]:
        response = await client.get(url)
        assert response.status_code in (200, 400, 422), (url[:60], response.status_code)
        assert not problems_with(response, set(range(100, 500))), url[:60]


@pytest.mark.parametrize(
    "query",
    [
        "limit=5&limit=500",
        "limit=500&limit=5",
        "lang=zh&lang=en",
        "lang=en&lang=xx",
        "section=social-insurance&section=nowhere",
        "sort=value&sort=-value",
        "cursor=a&cursor=b",
        "limit=&limit=",
        "limit",
    ],
)
async def test_repeated_and_valueless_parameters(client: httpx.AsyncClient, query: str) -> None:
    response = await client.get(f"/v1/statistics?{query}")
    assert response.status_code in (200, 400, 422), response.text
    assert not problems_with(response, set(range(100, 500)))


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("Accept-Language", "x" * 10_240),
        ("Accept-Language", "en;q=" + "9" * 400),
        ("Accept-Language", "en;q=nan, zh;q=inf, *;q=-1"),
        ("Accept-Language", "\x1b[31m, \x00"),
        ("Accept-Encoding", "gzip;q=abc, " * 500),
        ("If-None-Match", '"' * 5_000),
        ("If-None-Match", "W/" * 3_000),
        ("If-Modified-Since", "Mon, 99 Foo 99999 99:99:99 GMT"),
        ("If-Modified-Since", "\x00" * 100),
        ("Range", "bytes=0-1,2-3," * 500),
        ("Host", "evil.example"),
        ("Content-Type", "application/json; charset=x-unknown"),
        ("X-Forwarded-For", "' OR 1=1 --"),
    ],
    ids=lambda v: v if len(v) < 20 else v[:12].encode("unicode_escape").decode() + "...",
)
async def test_hostile_headers(app: Any, name: str, value: str) -> None:
    for target in [b"/v1/statistics?limit=2", b"/v1/statistics/does-not-exist", b"/v1/search?q=%E5%8C%BB"]:
        status, headers, body = await raw_get(app, target, [(name.lower().encode(), value.encode("latin-1"))])
        # A second Host (raw_get sends testserver's) is refused (RFC 9112 §3.2), before any cache.
        assert status in ((400,) if name == "Host" else (200, 304, 404)), (name, target, status)
        if status >= 400:
            assert headers["content-type"] == "application/problem+json"
        assert not any(marker in body.decode("utf-8", "replace") for marker in LEAK_MARKERS)
        assert "set-cookie" not in headers


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "TRACE", "CONNECT", "PROPFIND"])
async def test_writes_are_refused_everywhere(
    client: httpx.AsyncClient, document: dict[str, Any], method: str
) -> None:
    failures = []
    for path, operation in get_operations(document):
        url = url_with(document, path, operation, None, "")
        response = await client.request(
            method,
            url,
            content=b'{"slug": "x", "value": 1}' * 100,
            headers={"Content-Type": "application/json"},
        )
        failures += [f"{method} {url}: {problem}" for problem in problems_with(response, {405})]
    assert not failures, report(failures)


async def test_the_data_did_not_change(
    client: httpx.AsyncClient, settings: Settings, data_before: dict[str, str]
) -> None:
    """Last in this module: after everything above, every row is as it was."""
    assert database_digest(settings.database_url) == data_before
    article = (await client.get("/v1/article")).json()
    with engine_for(settings.database_url).connect() as connection:
        stored = connection.execute(select(models.Article.dataset_version)).scalar_one()
    assert article["dataset_version"] == stored
    assert data_before["statistic"].split(":")[0] == str((await client.get("/v1/statistics")).json()["total"])


async def test_a_burst_of_identical_misses_is_answered_cleanly(app: Any, document: dict[str, Any]) -> None:
    """Many clients asking at once for what the cache cannot keep (a 404, a 422), on every detail
    operation: each gets its answer, and nothing is raised to the server afterwards."""
    urls = [
        (path.replace("{slug}", "no-such-thing-in-a-burst"), 404)
        for path in document["paths"]
        if path.endswith("/{slug}")
    ]
    urls += [("/v1/statistics?limit=0", 422), ("/v1/search?q=", 422)]
    transport = httpx.ASGITransport(app=app)  # raises whatever the app raises
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as burst:
        for url, status in urls:
            responses = await asyncio.gather(*(burst.get(url) for _ in range(32)))
            assert {response.status_code for response in responses} == {status}, url

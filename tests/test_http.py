"""HTTP behaviour of every answer: languages, caching, gzip, CORS and security headers."""

import gzip
from datetime import timedelta
from email.utils import format_datetime, parsedate_to_datetime

import httpx
import pytest

from app.api.http_cache import HttpCache
from app.seed.files import read_seed
from app.seed.text import SEED_DIR

pytestmark = pytest.mark.anyio
VERSION = read_seed(SEED_DIR).version
API_PATHS = ["/v1/article", "/v1/statistics", "/v1/milestones?limit=3", "/v1/stories/{story}", "/v1/photos"]


@pytest.fixture
def story() -> str:
    return read_seed(SEED_DIR).stories[0].slug


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        (None, "zh"),
        ("en", "en"),
        ("en-GB,en;q=0.9", "en"),
        ("zh-CN,zh;q=0.9,en;q=0.8", "zh"),
        ("fr-FR,fr;q=0.9,en;q=0.5", "en"),
        ("en;q=0.2,zh;q=0.8", "zh"),
        ("de", "zh"),
        ("en;q=0, zh", "zh"),
        ("*", "zh"),
        ("en;q=abc", "zh"),
        ("EN-us", "en"),
        ("zh;q=0.5, en;q=0.5", "zh"),  # a tie goes to the one listed first
        ("en;q=0.5, zh;q=0.5", "en"),
        ("en;q=0.3,zh;q=0.2", "en"),
        ("fr, en ; q=0.9", "en"),
        ("zh;q=0, en;q=0.1", "en"),
        ("en;q=-1", "zh"),
        ("en-GB;q=0.8, de;q=0.9", "en"),
    ],
)
async def test_accept_language_is_negotiated(
    client: httpx.AsyncClient, accept_language: str | None, expected: str
) -> None:
    headers = {"Accept-Language": accept_language} if accept_language else {}
    response = await client.get("/v1/article", headers=headers)
    assert response.status_code == 200
    assert response.headers["content-language"] == expected
    assert "Accept-Language" in response.headers["vary"]
    assert response.json()["author"] == ("Zhou Tingting" if expected == "en" else "周婷婷")


async def test_lang_parameter_wins_over_accept_language(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/article?lang=zh", headers={"Accept-Language": "en"})
    assert response.headers["content-language"] == "zh" and response.json()["author"] == "周婷婷"


@pytest.mark.parametrize("path", API_PATHS)
async def test_every_answer_has_a_strong_etag_and_cache_headers(
    client: httpx.AsyncClient, path: str, story: str
) -> None:
    response = await client.get(path.format(story=story))
    assert response.status_code == 200
    etag = response.headers["etag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    cache_control = response.headers["cache-control"]
    assert (
        "public" in cache_control
        and "max-age=" in cache_control
        and "stale-while-revalidate=" in cache_control
    )
    assert response.headers["last-modified"].endswith("GMT")
    assert response.headers["x-dataset-version"] == VERSION


@pytest.mark.parametrize("path", API_PATHS)
async def test_if_none_match_answers_304(client: httpx.AsyncClient, path: str, story: str) -> None:
    url = path.format(story=story)
    first = await client.get(url)
    etag = first.headers["etag"]
    again = await client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag
    assert again.headers["cache-control"] == first.headers["cache-control"]
    assert again.headers["x-dataset-version"] == VERSION
    listed = await client.get(url, headers={"If-None-Match": f'"other", W/{etag}'})
    assert listed.status_code == 304
    stale = await client.get(url, headers={"If-None-Match": '"not-this-one"'})
    assert stale.status_code == 200 and stale.content == first.content


async def test_etags_differ_by_representation(client: httpx.AsyncClient) -> None:
    zh = await client.get("/v1/statistics", headers={"Accept-Encoding": "identity"})
    en = await client.get("/v1/statistics?lang=en", headers={"Accept-Encoding": "identity"})
    zipped = await client.get("/v1/statistics", headers={"Accept-Encoding": "gzip"})
    page = await client.get("/v1/statistics?limit=5", headers={"Accept-Encoding": "identity"})
    etags = {r.headers["etag"] for r in (zh, en, zipped, page)}
    assert len(etags) == 4
    assert (
        await client.get("/v1/statistics?lang=en", headers={"If-None-Match": zh.headers["etag"]})
    ).status_code == 200


@pytest.mark.parametrize(
    ("accept_encoding", "encoding"),
    [
        ("gzip", "gzip"),
        ("GZIP", "gzip"),
        ("deflate, gzip;q=0.5", "gzip"),
        ("br, *", "gzip"),
        ("gzip;q=0.001", "gzip"),
        ("gzip; q=1", "gzip"),
        ("gzip;q=0", None),
        ("gzip; q=0", None),
        ("gzip;q=0.0", None),
        ("gzip;q=0.00", None),
        ("gzip;q=0.000", None),
        ("*;q=0", None),
        ("br, deflate", None),
        ("identity", None),
        ("xgzip", None),
        ("", None),
    ],
)
async def test_accept_encoding_is_read_as_rfc_9110_says(
    client: httpx.AsyncClient, accept_encoding: str, encoding: str | None
) -> None:
    response = await client.get("/v1/statistics?limit=100", headers={"Accept-Encoding": accept_encoding})
    assert response.status_code == 200
    assert response.headers.get("content-encoding") == encoding


async def test_if_none_match_star_and_spacing(client: httpx.AsyncClient) -> None:
    etag = (await client.get("/v1/photos", headers={"Accept-Encoding": "identity"})).headers["etag"]
    for header in ("*", " * ", f" {etag} ", f'"a",{etag}', f'W/"a" , W/{etag}'):
        response = await client.get(
            "/v1/photos", headers={"If-None-Match": header, "Accept-Encoding": "identity"}
        )
        assert response.status_code == 304, header
    for header in ('"a", "b"', etag[:-2] + '"', f"X/{etag}"):
        response = await client.get(
            "/v1/photos", headers={"If-None-Match": header, "Accept-Encoding": "identity"}
        )
        assert response.status_code == 200, header


async def test_if_modified_since_is_compared_to_the_second(client: httpx.AsyncClient) -> None:
    since = parsedate_to_datetime((await client.get("/v1/photos")).headers["last-modified"])
    for seconds, status in ((-1, 200), (0, 304), (1, 304), (86400, 304)):
        date = format_datetime(since + timedelta(seconds=seconds), usegmt=True)
        response = await client.get("/v1/photos", headers={"If-Modified-Since": date})
        assert response.status_code == status, (seconds, date)
    # An If-None-Match that does not match decides, whatever the date says.
    date = format_datetime(since, usegmt=True)
    both = await client.get("/v1/photos", headers={"If-Modified-Since": date, "If-None-Match": '"x"'})
    assert both.status_code == 200


async def test_if_modified_since_answers_304(client: httpx.AsyncClient) -> None:
    first = await client.get("/v1/photos")
    since = first.headers["last-modified"]
    assert (await client.get("/v1/photos", headers={"If-Modified-Since": since})).status_code == 304
    old = "Mon, 01 Jan 2001 00:00:00 GMT"
    assert (await client.get("/v1/photos", headers={"If-Modified-Since": old})).status_code == 200
    assert (await client.get("/v1/photos", headers={"If-Modified-Since": "garbage"})).status_code == 200


async def test_large_bodies_are_gzipped_small_ones_not(client: httpx.AsyncClient) -> None:
    plain = await client.get("/v1/statistics?limit=100", headers={"Accept-Encoding": "identity"})
    zipped = await client.get("/v1/statistics?limit=100", headers={"Accept-Encoding": "gzip, deflate"})
    assert "content-encoding" not in plain.headers
    assert zipped.headers["content-encoding"] == "gzip"
    assert "Accept-Encoding" in zipped.headers["vary"]
    assert int(zipped.headers["content-length"]) < len(plain.content) / 3
    assert zipped.json() == plain.json()  # httpx decodes gzip
    refused = await client.get("/v1/statistics?limit=100", headers={"Accept-Encoding": "gzip;q=0"})
    assert "content-encoding" not in refused.headers
    small = await client.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers


@pytest.mark.parametrize(("size", "encoding"), [(1023, None), (1024, "gzip")])
async def test_cached_answers_are_gzipped_from_1024_bytes(app, size: int, encoding: str | None) -> None:  # type: ignore[no-untyped-def]
    """The threshold on answers the cache serves. No route of the API answers a body of a chosen
    length, so the real cache wraps a route that does, on the test database's dataset version."""

    async def sized(scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        length = int(scope["query_string"].decode().removeprefix("size="))
        headers = [(b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"x" * length})

    cache = HttpCache(
        sized, state=app.state.dataset, max_age=60, stale_while_revalidate=60,
        declared=lambda path: frozenset({"size"}),
    )  # fmt: skip
    transport = httpx.ASGITransport(app=cache)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        url = f"/v1/sized?size={size}"
        plain = await client.get(url, headers={"Accept-Encoding": "identity"})
        assert len(plain.content) == size and "content-encoding" not in plain.headers
        for _ in range(2):  # the miss that fills the cache, then the hit
            offered = await client.get(url, headers={"Accept-Encoding": "gzip"})
            assert offered.headers.get("content-encoding") == encoding
            assert offered.content == plain.content  # httpx decodes gzip


async def test_gzip_body_is_real_gzip(app) -> None:  # type: ignore[no-untyped-def]
    transport = httpx.ASGITransport(app=app)
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://testserver") as raw,
        raw.stream("GET", "/v1/statistics?limit=100", headers={"Accept-Encoding": "gzip"}) as response,
    ):
        body = b"".join([chunk async for chunk in response.aiter_raw()])
    assert gzip.decompress(body).startswith(b'{"')


async def test_head_answers_headers_only(client: httpx.AsyncClient) -> None:
    get = await client.get("/v1/statistics")
    head = await client.head("/v1/statistics")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["etag"] == get.headers["etag"]
    assert head.headers["content-length"] == get.headers["content-length"]


async def test_cors_lets_any_origin_read_and_exposes_headers(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/statistics", headers={"Origin": "https://news.example"})
    assert response.headers["access-control-allow-origin"] == "*"
    exposed = {h.strip().lower() for h in response.headers["access-control-expose-headers"].split(",")}
    assert {"etag", "link", "x-dataset-version"} <= exposed
    preflight = await client.options(
        "/v1/statistics",
        headers={
            "Origin": "https://news.example",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "If-None-Match, Accept-Language",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert "GET" in preflight.headers["access-control-allow-methods"]


@pytest.mark.parametrize(
    ("asked", "refused_for"),
    [
        ({"Access-Control-Request-Method": "DELETE"}, "method: cross-origin requests may use GET, HEAD"),
        (
            {"Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "X-Token"},
            "headers: cross-origin requests may send the headers accept, accept-language",
        ),
        (
            {"Access-Control-Request-Method": "PUT", "Access-Control-Request-Private-Network": "true"},
            "method, private-network: cross-origin requests may use GET, HEAD, OPTIONS; requests from",
        ),
    ],
)
async def test_a_refused_cors_preflight_is_a_problem(
    client: httpx.AsyncClient, asked: dict[str, str], refused_for: str
) -> None:
    refused = await client.options("/v1/statistics", headers={"Origin": "https://news.example", **asked})
    assert refused.status_code == 400
    assert refused.headers["content-type"] == "application/problem+json"
    problem = refused.json()
    assert problem["status"] == 400 and problem["instance"] == "/v1/statistics"
    assert problem["detail"].startswith(f"Disallowed CORS {refused_for}")
    assert refused.headers["access-control-allow-origin"] == "*"  # the browser can read why


@pytest.mark.parametrize(
    "path", ["/v1/statistics", "/v1/statistics/nope", "/healthz", "/openapi.json", "/nowhere"]
)
async def test_security_headers_on_api_answers(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert response.headers["x-content-type-options"] == "nosniff"
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert response.headers["x-frame-options"] == "DENY"


async def test_errors_carry_the_dataset_version_and_are_not_cached_long(client: httpx.AsyncClient) -> None:
    missing = await client.get("/v1/statistics/no-such-thing")
    assert missing.status_code == 404 and missing.headers["x-dataset-version"] == VERSION
    assert "etag" not in missing.headers
    invalid = await client.get("/v1/statistics?limit=0")
    assert invalid.status_code == 422 and invalid.headers["x-dataset-version"] == VERSION


async def test_cached_answers_still_reflect_the_request(client: httpx.AsyncClient) -> None:
    """The cache keys on what shapes the answer (query and language); the Host shapes nothing:
    a foreign one is refused, an allowed one never appears in a URL (issue 10)."""
    foreign = await client.get("/v1/statistics?limit=2", headers={"Host": "a.example"})
    assert foreign.status_code == 400 and foreign.headers["content-type"] == "application/problem+json"
    local = (await client.get("/v1/statistics?limit=2", headers={"Host": "localhost:8000"})).json()
    assert local["next"].startswith("http://testserver/v1/statistics?")
    zh = (await client.get("/v1/photos", headers={"Accept-Language": "zh"})).json()
    en = (await client.get("/v1/photos", headers={"Accept-Language": "en"})).json()
    assert zh["items"][0]["caption"] != en["items"][0]["caption"]

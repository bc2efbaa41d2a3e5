"""The HTTP cache's pure helpers, with literal values: the validator it sends and the one query
string it keys on. (tests/test_http.py checks what they do to real answers.)"""

import pytest

from app.api.http_cache import _accepts_gzip, _etag, normalised_query
from app.api.languages import negotiate_lang, well_formed_tag


def test_an_etag_is_a_quoted_128_bit_digest_keyed_by_the_version() -> None:
    assert _etag(b"v1", b"{}") == b'"c25cbf29f22534098a4f61827a2b149d"'
    assert _etag(b"v2", b"{}") == b'"88aa108d62b874d17abb62428e28dd18"'  # same bytes, new version
    # a version longer than a BLAKE2b key (64 bytes) is cut to one, not refused
    assert _etag(b"v" * 100, b"{}") == _etag(b"v" * 64, b"{}") == b'"a723f45d1076fb9daac05ab14203533f"'


SEARCH = frozenset({"q", "lang", "limit"})


@pytest.mark.parametrize(
    ("query", "declared", "normalised"),
    [
        # declared only, sorted, lang as served, each value percent-encoded one way (/ and + too);
        # a blank value is kept (the application reads it), a blank unknown one is still refused
        (
            b"q=a/b%2Bc d&lang=EN&utm_source=z&_=1&bogus=&limit=",
            SEARCH,
            (b"lang=en&limit=&q=a%2Fb%2Bc%20d", {"lang": "en", "limit": "", "q": "a/b+c d"}, ("bogus",)),
        ),
        (b"q=1&q=2", SEARCH, (b"q=2", {"q": "2"}, ())),  # the last, as FastAPI reads one value
        (b"q=%E6%98%8C%E9%83%BD&lang=fr", SEARCH, (b"q=%E6%98%8C%E9%83%BD", {"q": "昌都"}, ())),
        (b"", SEARCH, (b"", {}, ())),
        (b"a=1&b=", frozenset(), (b"", {}, ("a", "b"))),  # a path that takes no parameters
        (b"a=1&b=", None, (b"", {}, ())),  # no route: a 404 whatever the query
    ],
)
def test_one_query_string_per_meaning(
    query: bytes, declared: frozenset[str] | None, normalised: tuple[bytes, dict[str, str], tuple[str, ...]]
) -> None:
    assert normalised_query(query, declared) == normalised


@pytest.mark.parametrize(
    ("header", "accepts"),
    [
        (None, False),
        (b"", False),
        (b"gzip", True),
        (b"GZIP", True),
        (b"br, gzip;q=0.5", True),
        (b"*", True),
        (b"gzip;q=0", False),
        (b"gzip; q=0.000", False),
        (b"identity", False),
        (b"gzip;q=0, *", False),  # the first that names gzip decides
    ],
)
def test_gzip_is_sent_when_the_request_accepts_it(header: bytes | None, accepts: bool) -> None:
    assert _accepts_gzip(header) is accepts


@pytest.mark.parametrize(
    ("accept_language", "lang"),
    [
        ("en;q=1, zh", "en"),  # no q is q=1, not more: the first of equals wins
        ("zh;q=x, en", "en"),  # a malformed q drops that language, not the rest
        ("en;q=0", "zh"),  # q=0 means "not this one"
        ("fr, en;q=0.5", "en"),
        (None, "zh"),
    ],
)
def test_accept_language_is_read_as_rfc_9110_says(accept_language: str | None, lang: str) -> None:
    assert negotiate_lang(accept_language) == lang


def test_a_language_tag_is_at_most_35_characters() -> None:
    assert well_formed_tag("en-aaaaaaaa-bbbbbbbb-cccccccc-ddddd")  # 35
    assert not well_formed_tag("en-aaaaaaaa-bbbbbbbb-cccccccc-dddddd")  # 36

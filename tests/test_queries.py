"""The keyset cursor codec, the statement cache and where reads run: what a page depends on.

The codec is checked as pure functions with literal values (a cursor issued before a deploy must
still be read after it, so its spelling is fixed), and a junk cursor through HTTP.
"""

import math
import threading
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine

from app import models
from app.api.problems import BadRequest
from app.api.queries import Statements, _fits, decode_cursor, encode_cursor, python_type, run_query

ISSUED = "WyJwbGFjZXMiLCJuYW1lIiwi5piM6YO9IiwzLCJxYW1kbyJd"  # ["places","name","昌都",3,"qamdo"]


def test_a_cursor_is_spelled_one_way() -> None:
    """Compact JSON, UTF-8 as is (not \\u-escaped), URL-safe base64 without padding."""
    assert encode_cursor("places", "name", ["昌都", 3, "qamdo"]) == ISSUED
    assert encode_cursor("statistics", "article", [1, "a"]) == "WyJzdGF0aXN0aWNzIiwiYXJ0aWNsZSIsMSwiYSJd"
    assert encode_cursor("x", "y", [1]) == "WyJ4IiwieSIsMV0"  # its "=" of padding stripped


def test_a_cursor_reads_back_what_was_issued() -> None:
    assert decode_cursor("places", "name", ISSUED, [str, int, str]) == ["昌都", 3, "qamdo"]
    assert decode_cursor("x", "y", "WyJ4IiwieSIsMV0", [int]) == [1]
    assert decode_cursor("x", "y", "WyJ4IiwieSIsMV0=", [int]) == [1]  # padded as base64 allows


@pytest.mark.parametrize(
    ("cursor", "types"),
    [
        (ISSUED, [int, int, str]),  # text where the sort key is a number
        (ISSUED, [str, str, str]),  # a number where it is text
        (ISSUED, [str, int]),  # wider than the sort key
        (encode_cursor("places", "name", [1.5]), [int]),  # a fraction where it is an integer
    ],
)
def test_a_cursor_of_the_wrong_shape_is_refused(cursor: str, types: list[type | None]) -> None:
    with pytest.raises(BadRequest):
        decode_cursor("places", "name", cursor, types)


@pytest.mark.parametrize(
    ("value", "expected", "fits"),
    [
        (2**63 - 1, int, True),  # the largest BIGINT
        (2**63, int, False),
        (-(2**63), int, True),  # the smallest
        (-(2**63) - 1, int, False),
        (127, int, True),
        (-127, None, True),
        (True, int, False),  # a bool is an int to Python, not to a sort key
        (None, str, False),
        ([1], int, False),
        ({"a": 1}, None, False),
        ("abc", str, True),
        ("abc", None, True),
        ("abc", int, False),
        ("a\x00b", str, False),  # PostgreSQL text holds no NUL
        ("X", str, True),
        (1.5, None, True),
        (1.5, float, True),
        (1.5, str, False),
        (1.5, int, False),
        (math.nan, None, False),
        (math.inf, float, False),
    ],
)
def test_which_values_fit_a_sort_key(value: object, expected: type | None, fits: bool) -> None:
    assert _fits(value, expected) is fits


def test_sort_keys_say_what_their_cursor_values_are() -> None:
    """SQLModel's text columns are a TypeDecorator (AutoString) over String: still text."""
    table = models.Statistic.__table__
    assert python_type(table.c.slug) is str
    assert python_type(table.c.position) is int
    assert python_type(table.c.value) is None  # a float column: an int or a float


@pytest.mark.anyio
async def test_a_junk_cursor_is_a_400_that_says_what_to_do(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/statistics?cursor=not-a-cursor")
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"] == (
        "The cursor is not one this API issued for this list and sort; start again without it."
    )


def test_a_statement_is_built_once_per_shape() -> None:
    statements = Statements(size=2)
    built: list[str] = []

    def build(name: str) -> object:
        built.append(name)
        return object()

    first = statements.get("a", lambda: build("a"))
    assert statements.get("a", lambda: build("a")) is first
    statements.get("b", lambda: build("b"))
    statements.get("c", lambda: build("c"))  # past its size: "a", used least recently, goes
    statements.get("a", lambda: build("a"))
    assert built == ["a", "b", "c", "a"]


@pytest.mark.anyio
async def test_sqlite_reads_run_on_the_loop_and_a_servers_in_a_worker_thread(tmp_path: Path) -> None:
    """A local file costs less than the hop to a thread; a server may keep a read waiting."""
    here = threading.get_ident()
    sqlite = create_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    server = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")  # never connected
    assert await run_query(sqlite, threading.get_ident) == here
    assert await run_query(server, threading.get_ident) != here
    assert await run_query(server, lambda: 42) == 42

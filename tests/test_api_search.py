"""GET /v1/search through HTTP, the index behind it on the engine under test, and the loader's rows."""

import html
import random
import re
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import yaml
from sqlalchemy import Connection, Engine, insert, text
from sqlmodel import Session, select

from app import models
from app.cli import migrate
from app.core.config import Settings
from app.core.db import engine_for
from app.core.migrations import upgrade
from app.search import (
    FTS_TABLE,
    TSVECTOR_INDEX,
    SearchQuery,
    rebuild_search_index,
    refresh_fts,
    search,
    search_sql,
    snippet,
    spaced,
)

pytestmark = pytest.mark.anyio

PLURALS = {
    "statistic": "statistics",
    "milestone": "milestones",
    "story": "stories",
    "quote": "quotes",
    "photo": "photos",
}
MARKED = re.compile(r"<mark>(.*?)</mark>")


async def all_hits(client: httpx.AsyncClient, url: str) -> list[dict]:
    hits: list[dict] = []
    while url:
        response = await client.get(url)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["total"] >= len(body["items"])
        hits += body["items"]
        url = body["next"]
    return hits


def assert_well_formed(hit: dict, paragraphs: tuple[str, ...]) -> None:
    source = hit["source"]
    assert paragraphs[source["paragraph"]][source["start"] : source["end"]] == source["quote"]
    assert len(MARKED.findall(hit["snippet"])) == 1
    if hit["kind"] == "paragraph":
        assert hit["url"] is None and hit["lang"] == "zh"
        assert source["quote"] == paragraphs[int(hit["slug"])] and source["start"] == 0
    else:
        assert hit["url"] == f"/v1/{PLURALS[hit['kind']]}/{hit['slug']}"


def key(hit: dict) -> tuple[str, str, str, str]:
    return hit["kind"], hit["slug"], hit["field"], hit["lang"]


@pytest.mark.parametrize(
    ("q", "kinds"),
    [
        ("医保", {"paragraph", "statistic", "quote", "story"}),
        ("唐卡", {"paragraph", "statistic", "story"}),
        ("脱贫", {"paragraph", "statistic", "story", "milestone"}),
    ],
)
async def test_two_chinese_characters_find_every_kind_that_says_them(
    client: httpx.AsyncClient, paragraphs: tuple[str, ...], q: str, kinds: set[str]
) -> None:
    response = await client.get("/v1/search", params={"q": q})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["total"] == len(body["items"]) and body["next"] is None
    assert {hit["kind"] for hit in body["items"]} == kinds
    for hit in body["items"]:
        assert_well_formed(hit, paragraphs)
        assert MARKED.findall(hit["snippet"]) == [q]
        assert hit["lang"] == "zh"
    # Every paragraph that has the words is found, and no other.
    found = {int(hit["slug"]) for hit in body["items"] if hit["kind"] == "paragraph"}
    assert found == {i for i, paragraph in enumerate(paragraphs) if q in paragraph}


async def test_every_hit_links_to_an_item_that_exists(client: httpx.AsyncClient) -> None:
    for hit in await all_hits(client, "/v1/search?q=脱贫&limit=100"):
        if hit["url"]:
            response = await client.get(hit["url"])
            assert response.status_code == 200, hit["url"]
            assert response.json()["slug"] == hit["slug"]


async def test_a_single_character_is_found_in_every_paragraph_that_has_it(
    client: httpx.AsyncClient, paragraphs: tuple[str, ...]
) -> None:
    hits = await all_hits(client, "/v1/search?q=医&limit=100")
    assert {hit["kind"] for hit in hits} >= {"paragraph", "milestone", "statistic", "story", "quote"}
    for hit in hits:
        assert_well_formed(hit, paragraphs)
        assert MARKED.findall(hit["snippet"]) == ["医"]
    found = {int(hit["slug"]) for hit in hits if hit["kind"] == "paragraph"}
    assert found == {i for i, paragraph in enumerate(paragraphs) if "医" in paragraph}


async def test_a_figure_with_a_decimal_point_is_a_phrase(client: httpx.AsyncClient) -> None:
    body = (await client.get("/v1/search", params={"q": "66.32亿"})).json()
    by_kind = {hit["kind"]: hit for hit in body["items"]}
    assert set(by_kind) == {"statistic", "paragraph"}
    assert by_kind["statistic"]["field"] == "value_text"
    assert by_kind["statistic"]["snippet"] == "<mark>66.32亿</mark>元"
    assert (
        by_kind["paragraph"]["slug"] == "27" and "<mark>66.32亿</mark>元" in by_kind["paragraph"]["snippet"]
    )


async def test_a_longer_phrase_must_appear_as_written(client: httpx.AsyncClient) -> None:
    phrase = (await client.get("/v1/search", params={"q": "累计完成投资66.32亿元"})).json()
    assert {hit["kind"] for hit in phrase["items"]} == {"paragraph"}
    shuffled = (await client.get("/v1/search", params={"q": "投资累计"})).json()
    assert shuffled["total"] == 0


async def test_english_words_match_case_insensitively_and_the_last_word_as_a_prefix(
    client: httpx.AsyncClient, paragraphs: tuple[str, ...]
) -> None:
    lower = await all_hits(client, "/v1/search?q=poverty&limit=100")
    upper = await all_hits(client, "/v1/search?q=Poverty&limit=100")
    prefix = await all_hits(client, "/v1/search?q=pover&limit=100")
    assert len(lower) >= 5 and lower == upper
    assert {key(hit) for hit in prefix} >= {key(hit) for hit in lower}
    assert {hit["lang"] for hit in prefix} == {"en"}
    for hit in prefix:
        assert_well_formed(hit, paragraphs)
        assert MARKED.findall(hit["snippet"])[0].lower().startswith("pover")
    two_words = (await client.get("/v1/search", params={"q": "POVERTY INCID"})).json()
    assert two_words["total"] >= 1
    assert all(
        MARKED.findall(hit["snippet"])[0].lower().startswith("poverty incid") for hit in two_words["items"]
    )
    # A whole number is not a prefix: 60 does not find 606 or 60.6.
    numbers = await all_hits(client, "/v1/search?q=60&limit=100")
    assert all(MARKED.findall(hit["snippet"]) == ["60"] for hit in numbers)


@pytest.mark.parametrize(
    "q",
    [
        '" OR 1=1 --',
        "a AND b",
        "*",
        "NEAR(",
        '"',
        "'",
        "'; DROP TABLE search_entry; --",
        "poverty OR NOT",
        "^医保",
        "医保:*",
        "a <-> b & !c | d",
        "(",
        "\\",
        "-",
        "%_",
        "{col}: x",
        "\x00",
    ],
)
async def test_query_syntax_in_the_input_is_just_text(client: httpx.AsyncClient, q: str) -> None:
    response = await client.get("/v1/search", params={"q": q})
    assert response.status_code in (200, 422), response.text
    if response.status_code == 200:
        body = response.json()
        # A first page of the default 20: full, with a next page, exactly when more than 20 match.
        assert len(body["items"]) == min(body["total"], 20)
        assert (body["next"] is not None) == (body["total"] > 20)


async def test_punctuation_around_the_words_is_ignored(client: httpx.AsyncClient) -> None:
    plain = (await client.get("/v1/search", params={"q": "医保"})).json()
    for q in ['"医保"', "医保*", "(医保)", "“医保”", " 医保 "]:
        assert (await client.get("/v1/search", params={"q": q})).json() == plain, q


@pytest.mark.parametrize("q", ["", "医" * 201])
async def test_an_empty_or_too_long_query_is_a_422_problem(client: httpx.AsyncClient, q: str) -> None:
    response = await client.get("/v1/search", params={"q": q})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["name"] == "q"


@pytest.mark.parametrize("q", [" ", "\u3000\t", "\x0b", "!!!", "，。", "\x1c"])
async def test_spaces_or_punctuation_alone_find_nothing(client: httpx.AsyncClient, q: str) -> None:
    """The schema takes any 1-200 characters; what the search ignores leaves nothing to find."""
    response = await client.get("/v1/search", params={"q": q})
    assert response.status_code == 200
    assert response.json() == {"items": [], "total": 0, "next": None}


async def test_q_is_required(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/search")
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


async def test_kind_filter(client: httpx.AsyncClient) -> None:
    everything = await all_hits(client, "/v1/search?q=脱贫&limit=100")
    for kind in ("statistic", "milestone", "story", "paragraph", "quote", "photo"):
        body = (await client.get("/v1/search", params={"q": "脱贫", "kind": kind, "limit": 100})).json()
        assert [key(hit) for hit in body["items"]] == [key(hit) for hit in everything if hit["kind"] == kind]
        assert body["total"] == len(body["items"])
    response = await client.get("/v1/search", params={"q": "脱贫", "kind": "person"})
    assert response.status_code == 422 and response.json()["errors"][0]["name"] == "kind"


async def test_lang_filter(client: httpx.AsyncClient) -> None:
    zh = await client.get("/v1/search", params={"q": "昌都", "lang": "zh", "limit": 100})
    assert zh.headers["content-language"] == "zh"
    assert zh.json()["items"] and {hit["lang"] for hit in zh.json()["items"]} == {"zh"}
    assert (await client.get("/v1/search", params={"q": "昌都", "lang": "en"})).json()["total"] == 0
    assert (await client.get("/v1/search", params={"q": "Qamdo", "lang": "zh"})).json()["total"] == 0
    en = (await client.get("/v1/search", params={"q": "Qamdo", "lang": "en"})).json()
    assert en["total"] > 0 and {hit["lang"] for hit in en["items"]} == {"en"}
    both = await client.get("/v1/search", params={"q": "Qamdo"})
    assert both.headers["content-language"] == "zh, en"
    assert (await client.get("/v1/search", params={"q": "Qamdo", "lang": "EN"})).json() == en
    unservable = await client.get("/v1/search", params={"q": "Qamdo", "lang": "fr"})  # as if absent
    assert unservable.status_code == 200 and unservable.json() == both.json()
    bad = await client.get("/v1/search", params={"q": "Qamdo", "lang": "en_GB"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["name"] == "lang"


async def test_pages_follow_next_through_every_hit_once(
    client: httpx.AsyncClient, paragraphs: tuple[str, ...]
) -> None:
    response = await client.get("/v1/search", params={"q": "的", "limit": 7})
    first = response.json()
    assert first["total"] > 40 and len(first["items"]) == 7 and first["next"]
    assert response.headers["link"] == f'<{first["next"]}>; rel="next"'
    paged = await all_hits(client, "/v1/search?q=的&limit=7")
    assert len(paged) == first["total"]
    assert len({key(hit) for hit in paged}) == len(paged)
    assert paged[:7] == first["items"]
    in_one = await all_hits(client, "/v1/search?q=的&limit=100")
    assert paged == in_one
    for hit in paged:
        assert_well_formed(hit, paragraphs)


async def test_a_last_page_that_is_exactly_full_has_no_next(client: httpx.AsyncClient) -> None:
    everything = (await client.get("/v1/search", params={"q": "医保", "limit": 100})).json()
    total = everything["total"]
    assert total > 2 and len(everything["items"]) == total and everything["next"] is None
    whole = await client.get("/v1/search", params={"q": "医保", "limit": total})
    assert len(whole.json()["items"]) == total
    assert whole.json()["next"] is None and "link" not in whole.headers
    first = (await client.get("/v1/search", params={"q": "医保", "limit": total - 2})).json()
    assert len(first["items"]) == total - 2 and first["next"] is not None
    last = await client.get(httpx.URL(first["next"]).copy_set_param("limit", 2))
    assert last.json()["items"] == everything["items"][-2:]
    assert last.json()["next"] is None and "link" not in last.headers


@pytest.mark.parametrize(
    "cursor",
    [
        "garbage",
        "%00%01",
        "e30",
        "WyJzdGF0aXN0aWMiLDAsIngiXQ",  # ["statistic",0,"x"]: another list's cursor
        "WyJzZWFyY2giLC0xLCJ4Il0",  # ["search",-1,"x"]
    ],
)
async def test_a_cursor_it_did_not_issue_is_a_400_problem(client: httpx.AsyncClient, cursor: str) -> None:
    response = await client.get(f"/v1/search?q=的&cursor={cursor}")
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert "cursor" in response.json()["detail"]


async def test_a_cursor_serves_only_the_search_it_came_from(client: httpx.AsyncClient) -> None:
    next_url = (await client.get("/v1/search", params={"q": "的", "limit": 2})).json()["next"]
    cursor = httpx.URL(next_url).params["cursor"]
    same = await client.get("/v1/search", params={"q": "的", "limit": 5, "cursor": cursor})
    assert same.status_code == 200
    for other in ({"q": "昌都"}, {"q": "的", "kind": "story"}, {"q": "的", "lang": "zh"}):
        response = await client.get("/v1/search", params={**other, "cursor": cursor})
        assert response.status_code == 400, other


async def test_search_is_documented(client: httpx.AsyncClient) -> None:
    operation = (await client.get("/openapi.json")).json()["paths"]["/v1/search"]["get"]
    assert operation["summary"] and operation["description"]
    parameters = {parameter["name"]: parameter for parameter in operation["parameters"]}
    assert set(parameters) >= {"q", "kind", "lang", "limit", "cursor"}
    assert all(parameter.get("description") for parameter in parameters.values())
    assert parameters["q"]["required"] is True


# --- the tokeniser and the snippet, without a database ---


def test_spaced_splits_cjk_into_characters_and_folds_words() -> None:
    assert (
        spaced("医保局60.6万人次 Riwoqê’s POVERTY-stricken")
        == "医 保 局 60 6 万 人 次 riwoqe s poverty stricken"
    )
    assert spaced("ＡＢＣ１２３,“唐卡”") == "abc123 唐 卡"
    assert spaced("!?。,") == ""


def test_queries_are_bound_as_quoted_phrases() -> None:
    query = SearchQuery.parse('a" OR "b pover')
    assert query.tokens == ("a", "or", "b", "pover") and query.prefix
    assert query.fts5() == '"a or b pover"*'
    assert query.tsquery() == "'a' <-> 'or' <-> 'b' <-> 'pover':*"
    assert not SearchQuery.parse("66.32亿").prefix and not SearchQuery.parse("2019").prefix
    assert SearchQuery.parse("*").tokens == ()


def test_snippet_escapes_marks_and_cuts() -> None:
    query = SearchQuery.parse("医保")
    assert snippet("a<b> 医保 & c", query) == "a&lt;b&gt; <mark>医保</mark> &amp; c"
    long = "甲" * 100 + "医保" + "乙" * 100
    cut = snippet(long, query)
    assert cut.startswith("…") and cut.endswith("…") and "<mark>医保</mark>" in cut
    assert 55 <= len(html.unescape(MARKED.sub(r"\1", cut))) - 2 <= 65
    assert snippet("Riwoqê County", SearchQuery.parse("riwoqe")) == "<mark>Riwoqê</mark> County"
    english = (
        "Between 2016 and 2019 the city lifted 170,500 people out of poverty and took 1,127 villages off it"
    )
    assert snippet(english, SearchQuery.parse("pover")) == (
        "…170,500 people out of <mark>poverty</mark> and took 1,127 villages off it"
    )


# --- the index behind it ---


def plan(connection: Connection, sql: str, params: dict) -> str:
    if connection.dialect.name == "sqlite":
        rows = connection.execute(text(f"EXPLAIN QUERY PLAN {sql}"), params).all()
        return "\n".join(row[-1] for row in rows)
    return "\n".join(row[0] for row in connection.execute(text(f"EXPLAIN {sql}"), params))


def assert_uses_the_index(connection: Connection, query: SearchQuery, **filters: str) -> None:
    dialect = connection.dialect.name
    for count in (False, True):
        sql, params = search_sql(dialect, query, limit=20, count=count, **filters)
        explained = plan(connection, sql, params)
        if dialect == "sqlite":
            assert f"SCAN {FTS_TABLE} VIRTUAL TABLE" in explained, explained
            assert not re.search(r"SCAN (e|search_entry)\b", explained), explained
        else:
            assert TSVECTOR_INDEX in explained, explained
            assert "Seq Scan" not in explained, explained


def test_the_seeded_search_uses_the_index(settings: Settings) -> None:
    engine = engine_for(settings.database_url)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # The seeded table is small enough for a scan to be cheaper; forbid it to see the index.
            connection.execute(text("SET LOCAL enable_seqscan = off"))
        for q in ("医保", "pover", "66.32亿"):
            assert_uses_the_index(connection, SearchQuery.parse(q))
        assert_uses_the_index(connection, SearchQuery.parse("脱贫"), kind="statistic", lang="zh")


def synthetic_rows(count: int, planted: set[int], twice: int) -> list[dict]:
    """`count` texts of 42 random ideographs; only the `planted` ones contain 唐卡, `twice` two times."""
    rng = random.Random(20201)
    pool = [chr(code) for code in range(0x4E00, 0x4E00 + 3000) if chr(code) not in "唐卡"]
    rows = []
    for i in range(count):
        value = "".join(rng.choices(pool, k=42))
        if i == twice:
            value = value[:10] + "唐卡" + value[10:20] + "唐卡" + value[20:38]
        elif i in planted:
            value = value[:10] + "唐卡" + value[10:40]
        rows.append(
            {
                "kind": "paragraph",
                "slug": str(i),
                "field": "text",
                "lang": "zh",
                "text": value,
                "spaced": spaced(value),
                "source_paragraph": i,
                "source_start": 0,
                "source_end": len(value),
                "source_quote": value,
                "position": i,
            }
        )
    return rows


def test_the_index_is_chosen_over_twenty_thousand_rows(new_database: Callable[[], str]) -> None:
    engine: Engine = engine_for(new_database())
    planted, twice = {17, 4_000, 12_345, 19_999}, 15_000
    with engine.begin() as connection:
        upgrade(connection)
        connection.execute(insert(models.SearchEntry.__table__), synthetic_rows(20_000, planted, twice))
        refresh_fts(connection)
    with engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    with engine.connect() as connection:  # nothing forced: the planner picks the index on its own
        query = SearchQuery.parse("唐卡")
        assert_uses_the_index(connection, query)
        assert_uses_the_index(connection, query, kind="paragraph", lang="zh")
        hits, total = search(connection, query, limit=100)
        # The best match first (two occurrences), then the equally good ones in the article's order.
        assert total == len(planted) + 1
        assert [int(hit.slug) for hit in hits] == [twice, *sorted(planted)]


# --- the loader's rows ---


def search_entries(url: str) -> list[tuple]:
    with Session(engine_for(url)) as session:
        rows = session.exec(select(models.SearchEntry).order_by(models.SearchEntry.position))
        return [tuple(row.model_dump().values()) for row in rows]


def test_loading_twice_leaves_the_search_rows_alone(new_database: Callable[[], str]) -> None:
    settings = Settings(database_url=new_database())
    migrate(settings)
    before = search_entries(settings.database_url)
    assert len(before) > 200
    _, changes = migrate(settings)
    assert sum(changes.values()) == 0
    assert search_entries(settings.database_url) == before
    with Session(engine_for(settings.database_url)) as session:
        assert rebuild_search_index(session) is False


def test_a_changed_seed_is_searchable_at_once(new_database: Callable[[], str], seed_copy: Path) -> None:
    settings = Settings(database_url=new_database(), seed_dir=seed_copy)
    migrate(settings)
    path = seed_copy / "statistics.yaml"
    records = yaml.safe_load(path.read_text(encoding="utf-8"))
    slug, old_label = records[0]["slug"], records[0]["label"]["en"]
    records[0]["label"]["en"] = "Zyzzyvas counted in Qamdo"
    path.write_text(yaml.safe_dump(records, allow_unicode=True, sort_keys=False), encoding="utf-8")
    migrate(settings)

    with engine_for(settings.database_url).connect() as connection:
        hits, total = search(connection, SearchQuery.parse("zyzzyva"))
        assert total == 1 and (hits[0].kind, hits[0].slug, hits[0].field) == ("statistic", slug, "label")
        old_words = SearchQuery.parse(old_label)
        assert all(hit.slug != slug for hit in search(connection, old_words, limit=100)[0])

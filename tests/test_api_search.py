"""GET /v1/search through HTTP, the index behind it on the engine under test, and the loader's rows."""

import itertools
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from sqlalchemy import Connection, Engine, event, insert, text
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
    Token,
    is_word,
    rebuild_search_index,
    refresh_fts,
    search,
    search_sql,
    spaced,
    tokenize,
)

pytestmark = pytest.mark.anyio

PLURALS = {
    "statistic": "statistics",
    "milestone": "milestones",
    "story": "stories",
    "quote": "quotes",
    "photo": "photos",
}
# The facts about lifting people out of poverty (扶贫/脱贫, "poverty alleviation"): the translation
# says "lifted out of poverty", "eliminated absolute poverty", "poverty relief", never "alleviation".
POVERTY_FACTS = {
    ("statistic", "households-out-of-poverty-2016-2019"),
    ("statistic", "people-out-of-poverty-2016-2019"),
    ("statistic", "people-out-of-poverty-industry-projects-2019"),
    ("statistic", "counties-absolute-poverty-eliminated-2016-2019"),
    ("milestone", "absolute-poverty-eliminated-all-counties"),
}


async def all_hits(client: httpx.AsyncClient, url: str, **headers: str) -> list[dict]:
    hits: list[dict] = []
    while url:
        response = await client.get(url, headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["total"] >= len(body["items"])
        hits += body["items"]
        url = body["next"]
    return hits


def marked(hit: dict) -> list[str]:
    """The text of each highlight, sliced out of the matched text by its code-point offsets."""
    text = hit["match"]["text"]
    return [text[h["start"] : h["end"]] for h in hit["match"]["highlights"]]


def assert_well_formed(hit: dict, paragraphs: tuple[str, ...]) -> None:
    source = hit["source"]
    assert paragraphs[source["paragraph"]][source["start"] : source["end"]] == source["quote"]
    highlights = [(h["start"], h["end"]) for h in hit["match"]["highlights"]]
    assert highlights and highlights == sorted(highlights) and all(start < end for start, end in highlights)
    assert all(start < end <= next_start for (start, end), (next_start, _) in itertools.pairwise(highlights))
    assert highlights[-1][1] <= len(hit["match"]["text"])
    if hit["kind"] == "paragraph":
        assert hit["url"] == f"/v1/article/paragraphs/{hit['slug']}" and hit["title"] is None
        assert hit["match"] == {
            **hit["match"],
            "field": "text",
            "lang": "zh",
            "text": paragraphs[int(hit["slug"])],
        }
        assert source["quote"] == paragraphs[int(hit["slug"])] and source["start"] == 0
    else:
        assert hit["url"] == f"/v1/{PLURALS[hit['kind']]}/{hit['slug']}" and hit["title"]
    if hit["kind"] != "statistic":
        assert hit["value"] is None and hit["unit"] is None and hit["display"] is None


def key(hit: dict) -> tuple[str, str]:
    return hit["kind"], hit["slug"]


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
    response = await client.get("/v1/search", params={"q": q, "lang": "zh"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["total"] == len(body["items"]) and body["next"] is None
    assert {hit["kind"] for hit in body["items"]} == kinds
    assert len({key(hit) for hit in body["items"]}) == body["total"]  # each item once
    for hit in body["items"]:
        assert_well_formed(hit, paragraphs)
        assert set(marked(hit)) == {q}
        assert hit["match"]["lang"] == "zh"
    # Every paragraph that has the words is found, and no other.
    found = {int(hit["slug"]) for hit in body["items"] if hit["kind"] == "paragraph"}
    assert found == {i for i, paragraph in enumerate(paragraphs) if q in paragraph}


async def test_a_phrase_is_every_occurrence_highlighted(
    client: httpx.AsyncClient, paragraphs: tuple[str, ...]
) -> None:
    hits = await all_hits(client, "/v1/search?q=医保&kind=paragraph")
    assert [hit["slug"] for hit in hits] == ["8"]
    starts = [h["start"] for h in hits[0]["match"]["highlights"]]
    assert starts == [i for i in range(len(paragraphs[8])) if paragraphs[8].startswith("医保", i)]
    assert len(starts) == 5


@pytest.mark.parametrize("q", ["脱贫", "poverty", "医保 poverty", "thangka", "的"])
async def test_every_hit_links_to_an_item_that_answers(client: httpx.AsyncClient, q: str) -> None:
    hits = await all_hits(client, f"/v1/search?q={q}&limit=100&lang=en")
    for hit in hits:
        response = await client.get(hit["url"])
        assert response.status_code == 200, hit["url"]
        body = response.json()
        assert str(body.get("slug", body.get("index"))) == hit["slug"]


async def test_a_paragraph_is_served_by_its_index(
    client: httpx.AsyncClient, paragraphs: tuple[str, ...]
) -> None:
    for index in (0, 8, len(paragraphs) - 1):
        response = await client.get(f"/v1/article/paragraphs/{index}")
        assert response.status_code == 200
        assert response.headers["content-language"] == "zh"
        assert response.json() == {
            "index": index,
            "section": response.json()["section"],
            "text": paragraphs[index],
        }
    listed = (await client.get("/v1/article/paragraphs", params={"limit": 100})).json()["items"]
    assert listed[8] == (await client.get("/v1/article/paragraphs/8")).json()
    missing = await client.get(f"/v1/article/paragraphs/{len(paragraphs)}")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    assert missing.json()["detail"] == f"No paragraph has the index {len(paragraphs)}."
    for bad in ("-1", "x", "1.5", "100001"):
        response = await client.get(f"/v1/article/paragraphs/{bad}")
        assert response.status_code == 422, bad
        assert response.headers["content-type"] == "application/problem+json"


async def test_a_single_character_is_found_in_every_paragraph_that_has_it(
    client: httpx.AsyncClient, paragraphs: tuple[str, ...]
) -> None:
    hits = await all_hits(client, "/v1/search?q=医&limit=100")
    assert {hit["kind"] for hit in hits} >= {"paragraph", "milestone", "statistic", "story", "quote"}
    for hit in hits:
        assert_well_formed(hit, paragraphs)
        assert set(marked(hit)) == {"医"}
    found = {int(hit["slug"]) for hit in hits if hit["kind"] == "paragraph"}
    assert found == {i for i, paragraph in enumerate(paragraphs) if "医" in paragraph}


async def test_a_figure_with_a_decimal_point_is_a_phrase(client: httpx.AsyncClient) -> None:
    body = (await client.get("/v1/search", params={"q": "66.32亿"})).json()
    by_kind = {hit["kind"]: hit for hit in body["items"]}
    assert set(by_kind) == {"statistic", "paragraph"}
    assert by_kind["statistic"]["match"]["field"] == "value_text"
    assert by_kind["statistic"]["match"]["text"] == "66.32亿元"
    assert by_kind["statistic"]["match"]["highlights"] == [{"start": 0, "end": 6}]
    assert by_kind["paragraph"]["slug"] == "27" and marked(by_kind["paragraph"]) == ["66.32亿"]


async def test_chinese_characters_are_a_phrase_and_spaces_separate_phrases(client: httpx.AsyncClient) -> None:
    phrase = (await client.get("/v1/search", params={"q": "累计完成投资66.32亿元"})).json()
    assert {hit["kind"] for hit in phrase["items"]} == {"paragraph"}
    assert (await client.get("/v1/search", params={"q": "投资累计"})).json()["total"] == 0
    apart = (await client.get("/v1/search", params={"q": "投资 累计"})).json()
    assert apart["total"] >= 1 and {hit["slug"] for hit in apart["items"]} >= {"27"}
    assert set(marked(apart["items"][0])) == {"投资", "累计"}
    # 医保 is not 医疗保障: the two characters must be next to each other.
    assert all(
        "医保" in hit["match"]["text"] for hit in await all_hits(client, "/v1/search?q=医保&limit=100")
    )


@pytest.mark.parametrize(
    "q",
    [
        "alleviation",
        "poverty alleviation",
        "alleviating poverty",
        "Poverty  ALLEVIATION",
        "alleviat",
        "poverty reduction",
    ],
)
async def test_english_words_find_the_poverty_facts_in_any_order_by_stem(
    client: httpx.AsyncClient, paragraphs: tuple[str, ...], q: str
) -> None:
    hits = await all_hits(client, f"/v1/search?q={q}&lang=en&limit=100")
    assert {key(hit) for hit in hits} >= POVERTY_FACTS
    for hit in hits:
        assert_well_formed(hit, paragraphs)
        assert hit["match"]["lang"] == "en"
        words = {word.lower() for word in marked(hit)}
        assert words & {"lifted", "eliminated", "relief", "eliminate"}, words
        if "poverty" in q.lower():
            assert "poverty" in words
    people = next(hit for hit in hits if hit["slug"] == "people-out-of-poverty-2016-2019")
    assert (
        people["match"]["text"]
        == "People lifted out of poverty in Qamdo over the four years to end-2019 (2016-2019)"
    )
    expected = ["lifted", "poverty"] if "poverty" in q.lower() else ["lifted"]
    assert marked(people) == expected


async def test_word_order_and_inflection_do_not_matter(client: httpx.AsyncClient) -> None:
    async def found(q: str) -> set[tuple[str, str]]:
        return {key(hit) for hit in await all_hits(client, f"/v1/search?q={q}&limit=100")}

    assert (
        await found("poverty alleviation")
        == await found("alleviating poverty")
        == await found("alleviation poverties")
    )
    enrolments = await found("enrolments")
    assert ("statistic", "social-insurance-enrolments-2019") in enrolments
    assert await found("enrolment") == enrolments == await found("Enrolment ")
    assert await found("lifted out of poverty") == await found("poverty out of lifted")
    # Every word must be in the same text: one that is nowhere finds nothing.
    assert await found("poverty zyzzyva") == set()


async def test_the_last_word_is_a_prefix_and_numbers_are_whole(
    client: httpx.AsyncClient, paragraphs: tuple[str, ...]
) -> None:
    lower = await all_hits(client, "/v1/search?q=poverty&limit=100")
    upper = await all_hits(client, "/v1/search?q=Poverty&limit=100")
    prefix = await all_hits(client, "/v1/search?q=pover&limit=100")
    assert len(lower) >= 5 and lower == upper
    assert {key(hit) for hit in prefix} >= {key(hit) for hit in lower}
    for hit in prefix:
        assert_well_formed(hit, paragraphs)
        assert all(word.lower().startswith("pover") for word in marked(hit))
    # Only the last word: "pover incidence" needs the whole word pover, which no text has.
    assert (await client.get("/v1/search", params={"q": "pover incidence"})).json()["total"] == 0
    assert (await client.get("/v1/search", params={"q": "incidence pover"})).json()["total"] >= 1
    # A whole number is not a prefix: 60 does not find 606 or 60.6.
    numbers = await all_hits(client, "/v1/search?q=60&limit=100")
    assert numbers and all(set(marked(hit)) == {"60"} for hit in numbers)


async def test_a_chinese_query_answers_in_english(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/search", params={"q": "医保", "lang": "en"})
    assert response.headers["content-language"] == "en"
    hits = response.json()["items"]
    chinese = (await client.get("/v1/search", params={"q": "医保", "lang": "zh"})).json()["items"]
    assert [key(hit) for hit in hits] == [key(hit) for hit in chinese]  # the same items, the same order
    by_slug = {hit["slug"]: hit for hit in hits}
    insurance = by_slug["medical-insurance-settlement-time-limit"]
    assert insurance["match"]["lang"] == "zh" and marked(insurance) == ["医保"]
    assert insurance["title"].startswith("Longest committed time for Qamdo's medical insurance")
    assert insurance["unit"] == "个工作日"
    assert insurance["display"]["value"] == "at most 30 working days"
    quote = by_slug["xu-wei-document-implementation"]
    assert quote["title"].startswith("Since the document took effect, medical insurance")


async def test_an_english_query_answers_in_chinese(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/search", params={"q": "lifted out of poverty", "lang": "zh"})
    assert response.headers["content-language"] == "zh"
    by_slug = {hit["slug"]: hit for hit in response.json()["items"]}
    people = by_slug["people-out-of-poverty-2016-2019"]
    assert people["match"]["lang"] == "en"
    assert marked(people) == ["lifted", "out", "of", "poverty"]
    assert people["title"] == "4年来(2016—2019年)昌都市累计减贫人数"
    assert (
        people["display"] == {"value": "19.46万人", "when": "2016–2019 (derived)"}
        or people["display"]["value"] == "19.46万人"
    )


async def test_statistic_hits_carry_their_items_value_unit_and_display(client: httpx.AsyncClient) -> None:
    for lang in ("zh", "en"):
        hits = await all_hits(client, f"/v1/search?q=poverty&kind=statistic&limit=100&lang={lang}")
        assert len(hits) >= 5
        for hit in hits:
            item = (await client.get(hit["url"], params={"lang": lang})).json()
            assert (hit["title"], hit["value"], hit["unit"], hit["display"]) == (
                item["label"],
                item["value"],
                item["unit"],
                item["display"],
            )
    enrolments = (await client.get("/v1/search", params={"q": "enrolments", "lang": "en"})).json()["items"][0]
    assert enrolments["slug"] == "social-insurance-enrolments-2019"
    assert (enrolments["value"], enrolments["unit"]) == (606000, "人次")
    assert enrolments["display"] == {"value": "606,000 enrolments", "when": "as of 31 Dec 2019"}
    chinese = (await client.get("/v1/search", params={"q": "enrolments", "lang": "zh"})).json()["items"][0]
    assert chinese["display"]["value"] == "60.6万人次"


@pytest.mark.parametrize(
    ("tag", "served"),
    [("en", "en"), ("EN", "en"), ("en-GB", "en"), ("zh", "zh"), ("zh-CN", "zh"), ("zh-Hans", "zh")],
)
async def test_lang_is_a_bcp47_tag(client: httpx.AsyncClient, tag: str, served: str) -> None:
    canonical = await client.get("/v1/search", params={"q": "医保", "lang": served})
    response = await client.get("/v1/search", params={"q": "医保", "lang": tag})
    assert response.status_code == 200
    assert response.headers["content-language"] == served
    assert response.json() == canonical.json()


async def test_without_lang_accept_language_decides(client: httpx.AsyncClient) -> None:
    english = await client.get(
        "/v1/search", params={"q": "医保"}, headers={"Accept-Language": "en-US,en;q=0.9"}
    )
    assert english.headers["content-language"] == "en" and "Accept-Language" in english.headers["vary"]
    assert english.json() == (await client.get("/v1/search", params={"q": "医保", "lang": "en"})).json()
    default = await client.get("/v1/search", params={"q": "医保"})
    assert default.headers["content-language"] == "zh"
    unservable = await client.get(
        "/v1/search", params={"q": "医保", "lang": "fr"}, headers={"Accept-Language": "en"}
    )
    assert unservable.status_code == 200 and unservable.json() == english.json()
    bad = await client.get("/v1/search", params={"q": "Qamdo", "lang": "en_GB"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["name"] == "lang"


@pytest.mark.parametrize(
    "q",
    [
        '" OR 1=1 --',
        "a AND b",
        "poverty AND",
        "poverty OR NOT",
        "*",
        "pover*",
        "NEAR(",
        '"',
        "'",
        "'; DROP TABLE search_entry; --",
        "^医保",
        "医保:*",
        "label: poverty",
        "text:医保",
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


@pytest.mark.parametrize(
    ("q", "words"), [("poverty AND", "poverty and"), ("label: poverty", "label poverty"), ("pover*", "pover")]
)
async def test_operators_and_column_names_are_searched_as_words(
    client: httpx.AsyncClient, q: str, words: str
) -> None:
    assert (await client.get("/v1/search", params={"q": q})).json() == (
        await client.get("/v1/search", params={"q": words})
    ).json()


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


@pytest.mark.parametrize("q", [" ", "\u3000\t", "\x0b", "!!!", "，。", "\x1c", "* : ( ) \" '"])
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


async def test_total_counts_items_not_texts(client: httpx.AsyncClient) -> None:
    """Qamdo is in most English texts, 昌都 in most Chinese ones: each item is one hit either way."""
    english = await all_hits(client, "/v1/search?q=Qamdo&limit=100")
    both = await all_hits(client, "/v1/search?q=Qamdo 昌都&limit=100")  # no one text has both
    assert both == []
    chinese = await all_hits(client, "/v1/search?q=昌都&limit=100")
    assert len({key(hit) for hit in english}) == len(english)
    assert {hit["match"]["lang"] for hit in english} == {"en"}
    assert {hit["match"]["lang"] for hit in chinese} == {"zh"}
    # A statistic's label and its value_text are two texts; 万 in both finds the statistic once.
    wan = (await client.get("/v1/search", params={"q": "万人", "kind": "statistic", "limit": 100})).json()
    assert wan["total"] == len(wan["items"]) == len({key(hit) for hit in wan["items"]})


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
    lengths = [len(hit["match"]["text"]) for hit in paged]
    assert lengths == sorted(lengths)  # the shortest matching text first, on either engine
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
    for other in ({"q": "昌都"}, {"q": "的", "kind": "story"}):
        response = await client.get("/v1/search", params={**other, "cursor": cursor})
        assert response.status_code == 400, other
    # The order does not depend on the answer's language: the cursor goes on in English too.
    english = await client.get("/v1/search", params={"q": "的", "limit": 5, "cursor": cursor, "lang": "en"})
    assert [key(hit) for hit in english.json()["items"]] == [key(hit) for hit in same.json()["items"]]


async def test_search_is_documented_with_a_live_example(client: httpx.AsyncClient) -> None:
    operation = (await client.get("/openapi.json")).json()["paths"]["/v1/search"]["get"]
    assert operation["summary"] and operation["description"]
    parameters = {parameter["name"]: parameter for parameter in operation["parameters"]}
    assert set(parameters) >= {"q", "kind", "lang", "limit", "cursor"}
    assert all(parameter.get("description") for parameter in parameters.values())
    assert parameters["q"]["required"] is True
    examples = parameters["q"]["examples"]
    first = next(iter(examples.values()))["value"]
    assert first == "thangka" and {example["value"] for example in examples.values()} >= {"医保"}
    documented = operation["responses"]["200"]["content"]["application/json"]["examples"]["live"]["value"]
    live = await client.get("/v1/search", params={"q": first})  # what Try it out sends
    assert live.json() == documented and documented["total"] == 3
    assert {hit["match"]["lang"] for hit in documented["items"]} == {"en"}  # answered in Chinese
    assert all("唐卡" in hit["title"] for hit in documented["items"])


async def test_the_paragraph_route_is_documented_with_a_live_example(client: httpx.AsyncClient) -> None:
    operation = (await client.get("/openapi.json")).json()["paths"]["/v1/article/paragraphs/{index}"]["get"]
    assert operation["operationId"] == "getParagraph" and "404" in operation["responses"]
    example = operation["responses"]["200"]["content"]["application/json"]["examples"]["live"]
    assert example["summary"] == "GET /v1/article/paragraphs/27"
    assert (await client.get("/v1/article/paragraphs/27")).json() == example["value"]


# --- the tokeniser, the query and the highlights, without a database ---


def test_spaced_splits_cjk_into_characters_and_indexes_words_by_stem() -> None:
    assert (
        spaced("医保局60.6万人次 Riwoqê’s POVERTY-stricken")
        == "医 保 局 60 6 万 人 次 riwoq riwoqe s poverti poverty stricken"
    )
    assert spaced("ＡＢＣ１２３,“唐卡”") == "abc123 唐 卡"
    assert spaced("alleviation alleviating enrolments enrolment") == (
        "allevi alleviation allevi alleviating enrol enrolments enrol enrolment"
    )
    assert spaced("!?。,") == ""


def test_queries_are_bound_as_quoted_terms() -> None:
    query = SearchQuery.parse('a" OR "b pover')
    assert query.fts5() == '"a" AND "or" AND "b" AND "pover"*'
    assert query.tsquery() == "('a') & ('or') & ('b') & ('pover':*)"
    assert SearchQuery.parse("医保 66.32亿").fts5() == '"医 保" AND "66 32 亿"'
    assert SearchQuery.parse("医保 66.32亿").tsquery() == "('医' <-> '保') & ('66' <-> '32' <-> '亿')"
    alleviation = SearchQuery.parse("alleviation poverty")
    assert alleviation.fts5() == '("allevi" OR "lift" OR "relief" OR "elimin") AND ("poverti"* OR "poverty"*)'
    assert alleviation.tsquery() == "('allevi' | 'lift' | 'relief' | 'elimin') & ('poverti':* | 'poverty':*)"
    assert SearchQuery.parse("it's").tsquery() == "('it') & ('s':*)"
    assert SearchQuery.parse("2019").tsquery() == "('2019')"  # a number is never a prefix
    assert SearchQuery.parse("*").terms == ()
    assert SearchQuery.parse("\\'").terms == ()


def test_highlights_are_every_matched_word_in_code_points() -> None:
    text = "𠀀 People lifted out of poverty; poverty 医保, 医 保"
    query = SearchQuery.parse("poverty alleviation 医保")
    ranges = query.highlights(text)
    assert [text[start:end] for start, end in ranges] == ["lifted", "poverty", "poverty", "医保", "医 保"]
    assert ranges[0] == (9, 15)  # the astral character before counts one
    assert SearchQuery.parse("poverty zyzzyva").highlights(text) == []
    assert SearchQuery.parse("Riwoqe").highlights("Riwoqê County") == [(0, 6)]
    assert SearchQuery.parse("pover").highlights("Poverty, poverties") == [(0, 7), (9, 18)]


@pytest.mark.parametrize(
    ("code", "word"),
    [
        (0x2E7F, True),  # the last code point before the CJK radicals
        (0x2E80, False),
        (0x9FFF, False),  # the last unified ideograph
        (0xA000, True),  # Yi: written with spaces, a word like any other
        (0xABFF, True),
        (0xAC00, False),  # the first Hangul syllable
        (0xD7AF, False),
        (0xD7B0, True),
        (0xF8FF, True),
        (0xF900, False),  # the first compatibility ideograph
        (0xFAFF, False),
        (0xFB00, True),
        (0x1FFFF, True),
        (0x20000, False),  # the first ideograph of extension B
        (0x3FFFF, False),
        (0x40000, True),
    ],
)
def test_cjk_characters_are_tokens_of_their_own_up_to_each_block_edge(code: int, word: bool) -> None:
    assert is_word(chr(code)) is word


def test_a_token_spans_its_combining_marks_and_unfolded_ligatures() -> None:
    # "e" + COMBINING ACUTE ACCENT: the accent is dropped from the token but belongs to its range.
    assert tokenize("Cafe\u0301 bar") == [Token("cafe", 0, 5), Token("bar", 6, 9)]
    assert tokenize("\ufb01sh") == [Token("fish", 0, 3)]  # the ligature fi is one code point


def test_only_english_words_are_stemmed() -> None:
    # Snowball would make these "straße" and "covid19": a word with ß or a digit is not English.
    assert spaced("Straßes COVID19s") == "straßes covid19s"


def test_a_word_inside_a_chinese_phrase_splits_it_in_two() -> None:
    assert SearchQuery.parse("医保insurance唐卡").fts5() == '"医 保" AND "insur" AND "唐 卡"'


def test_highlights_merge_overlaps_but_not_neighbours() -> None:
    assert SearchQuery.parse("脱贫 户").highlights("脱贫户") == [(0, 2), (2, 3)]
    assert SearchQuery.parse("医保 唐卡 脱贫 贫户").highlights("医保，唐卡，脱贫户") == [
        (0, 2),
        (3, 5),
        (6, 9),
    ]
    assert SearchQuery.parse("脱贫户 贫").highlights("脱贫户") == [(0, 3)]


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
        assert_uses_the_index(connection, SearchQuery.parse("脱贫"), kind="statistic")
        assert_uses_the_index(connection, SearchQuery.parse("alleviating poverty"))


def test_search_defaults_to_the_first_twenty_items(settings: Settings) -> None:
    query = SearchQuery.parse("的")
    with engine_for(settings.database_url).connect() as connection:
        hits, total = search(connection, query)
        assert len(hits) == 20 and total > 40
        assert hits[:3] == search(connection, query, limit=3, offset=0)[0]
        # The SQL alone, with a limit and no offset, is the first page too.
        sql, params = search_sql(connection.dialect.name, query, limit=2)
        assert [row.slug for row in connection.execute(text(sql), params)] == [hit.slug for hit in hits[:2]]


def test_search_refuses_an_engine_it_has_no_index_for() -> None:
    with pytest.raises(ValueError, match="search is not implemented for mysql"):
        search_sql("mysql", SearchQuery.parse("医保"))


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
        assert_uses_the_index(connection, query, kind="paragraph")
        hits, total = search(connection, query, limit=100)
        # Shorter texts first; these are all 42 characters (唐卡 once or twice), so the article's order.
        assert total == len(planted) + 1
        assert [int(hit.slug) for hit in hits] == sorted([*planted, twice])


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


async def test_a_repeated_word_is_matched_once(app: Any, client: httpx.AsyncClient) -> None:
    """200 characters of one word are one term: the index matched each copy again (at 100,000
    statistics, 28 times "sample" cost 0.80 s against 0.56 s for the word alone)."""
    matches: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if (
            "MATCH" in statement or "@@" in statement
        ):  # FTS5 or tsquery: the parameters as the driver has them
            matches.append(str(parameters))

    engine = app.state.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        once = await client.get("/v1/search", params={"q": "social insurance"})
        repeated = await client.get("/v1/search", params={"q": "social social social insurance"})
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert once.json()["items"] == repeated.json()["items"] != []
    assert len(matches) == 4 and matches[:2] == matches[2:]  # a count and a page each, the same

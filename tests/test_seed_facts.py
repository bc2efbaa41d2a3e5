"""Every fact in seed/ proven against the article text, independently of the loader's own checks."""

import dataclasses
import hashlib
import re
from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel

from app.numbers import parse_figure
from app.seed.files import Seed, read_seed
from app.seed.provenance import check_seed
from app.seed.schema import IgnoredFigure, Span, Text
from app.seed.text import SEED_DIR
from tools.seed_figures import find_figures

SEED = read_seed(SEED_DIR)


def walk(value: Any, path: str) -> list[tuple[str, Any]]:
    """Every (path, object) inside a record, depth first."""
    found = [(path, value)]
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            found += walk(getattr(value, name), f"{path}.{name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += walk(item, f"{path}[{index}]")
    return found


def all_records(seed: Seed) -> list[tuple[str, BaseModel]]:
    records: list[tuple[str, BaseModel]] = [("article", seed.article)]
    for name in (
        "places",
        "organisations",
        "people",
        "statistics",
        "milestones",
        "quotes",
        "stories",
        "photos",
        "documents",
        "honours",
    ):
        records += [(f"{name}/{record.slug}", record) for record in getattr(seed, name)]
    return records


SPANS = [
    (f"{where}{path}", span)
    for where, record in all_records(SEED)
    for path, span in walk(record, "")
    if isinstance(span, Span)
]
TEXTS = [
    (f"{where}{path}", text)
    for where, record in all_records(SEED)
    for path, text in walk(record, "")
    if isinstance(text, Text)
]


def test_seed_passes_the_loaders_provenance_checks() -> None:
    check_seed(SEED)


# The sha256 of the newspaper's text as it was handed to the project (000_a04a22648fa8aa7e.txt),
# kept here so that the check needs nothing outside the repository.
SOURCE_SHA256 = "f0e1f0623f00f73e1934e8c30b0af2a1ceaf9c1927ee42b2a915c37e21ca552a"


def test_seed_article_is_the_source_unchanged() -> None:
    assert hashlib.sha256((SEED_DIR / "article.txt").read_bytes()).hexdigest() == SOURCE_SHA256


@pytest.mark.parametrize(("where", "span"), SPANS, ids=[where for where, _ in SPANS])
def test_every_quote_is_the_article_text_at_its_offsets(
    where: str, span: Span, paragraphs: tuple[str, ...]
) -> None:
    assert paragraphs[span.paragraph][span.start : span.end] == span.quote


@pytest.mark.parametrize("stat", SEED.statistics, ids=[s.slug for s in SEED.statistics])
def test_every_statistic_is_what_its_words_say(stat) -> None:  # type: ignore[no-untyped-def]
    assert stat.source.quote.count(stat.value_text) == 1
    figure = parse_figure(stat.value_text)
    assert figure.value == Decimal(repr(stat.value))
    assert figure.value_max == (None if stat.value_max is None else Decimal(repr(stat.value_max)))
    assert (figure.unit, figure.qualifier) == (stat.unit, stat.qualifier)
    assert (figure.qualifier == "range") == (stat.value_max is not None)
    for words in (stat.as_of_text, stat.period_text):
        assert words is None or words in stat.source.quote


@pytest.mark.parametrize("milestone", SEED.milestones, ids=[m.slug for m in SEED.milestones])
def test_every_milestone_date_is_written_or_derived(milestone) -> None:  # type: ignore[no-untyped-def]
    assert milestone.date_text in milestone.source.quote
    written = milestone.date[:4] in milestone.date_text
    derived = {d.field for d in milestone.derived}
    assert written or "date" in derived, "a date the article does not write must say how it was derived"
    if milestone.precision != "year":
        month = int(milestone.date[5:7])
        assert f"{month}月" in milestone.date_text or "date" in derived


@pytest.mark.parametrize(("where", "text"), TEXTS, ids=[where for where, _ in TEXTS])
def test_every_text_has_english(where: str, text: Text) -> None:
    assert re.search(r"[A-Za-z]{2}", text.en), f"{where}: English text {text.en!r} has no English words"
    # English may cite the Chinese it explains (今年 'this year'), but must be mostly English.
    chinese = len(re.findall(r"[\u4e00-\u9fff]", text.en))
    latin = len(re.findall(r"[A-Za-z]", text.en))
    assert chinese * 4 < latin, f"{where}: English text {text.en!r} is mostly untranslated Chinese"


def covered_ranges(seed: Seed) -> dict[int, list[tuple[int, int]]]:
    """Where, in each paragraph, a statistic's or milestone's words stand."""
    ranges: dict[int, list[tuple[int, int]]] = {}

    def cover(span: Span, words: str | None) -> None:
        if words:
            start = span.start + span.quote.index(words)
            ranges.setdefault(span.paragraph, []).append((start, start + len(words)))

    for stat in seed.statistics:
        for words in (stat.value_text, stat.as_of_text, stat.period_text):
            cover(stat.source, words)
    for milestone in seed.milestones:
        cover(milestone.source, milestone.date_text)
    for document in seed.documents:
        cover(document.source, document.date_text if document.date_text in document.source.quote else None)
    return ranges


def uncovered_figures(seed: Seed, paragraphs: tuple[str, ...]) -> tuple[list[str], set[tuple[int, str]]]:
    """The article's figures that are neither a fact's words nor reviewed, and the reviewed figures
    that the article no longer has."""
    ranges = covered_ranges(seed)
    ignored = {(item.paragraph, item.text) for item in seed.ignored_figures}
    used: set[tuple[int, str]] = set()
    missing = []
    for index, paragraph in enumerate(paragraphs):
        for start, end, text in find_figures(paragraph):
            if any(low <= start and end <= high for low, high in ranges.get(index, [])):
                continue
            if (index, text) in ignored:
                used.add((index, text))
                continue
            missing.append(f"paragraph {index} [{start}:{end}] {text!r}")
    return missing, ignored - used


def test_every_figure_in_the_article_is_a_fact_or_reviewed(paragraphs: tuple[str, ...]) -> None:
    missing, stale = uncovered_figures(SEED, paragraphs)
    assert not missing, "figures that are neither a fact nor reviewed:\n" + "\n".join(missing)
    assert not stale, f"ignored figures that the article no longer has: {stale}"


def test_coverage_check_reports_a_figure_no_fact_covers(paragraphs: tuple[str, ...]) -> None:
    """Without the statistic of 60.6万人次, its figure is reported; with a stale review, that too."""
    statistics = [s for s in SEED.statistics if s.slug != "social-insurance-enrolments-2019"]
    stale = IgnoredFigure(paragraph=0, text="99万", reason="a figure the article does not have at all")
    broken = dataclasses.replace(SEED, statistics=statistics, ignored_figures=[*SEED.ignored_figures, stale])
    missing, unused = uncovered_figures(broken, paragraphs)
    assert missing == ["paragraph 15 [58:63] '60.6万'"]
    assert unused == {(0, "99万")}


def test_find_figures_sees_every_kind_of_figure() -> None:
    texts = [
        text for _, _, text in find_figures("截至2019年底达60.6万人次,五到六年,第一位,一张表格,一直一些")
    ]
    assert texts == ["2019", "60.6万", "五到六年", "第一位", "一张"]


# Every measure word the finder knows, spelled out here: each must make a Chinese numeral a figure.
MEASURE_WORDS = [
    *("小时", "个", "名", "种", "位", "张", "次", "级", "户", "人", "元", "岁", "项", "件", "趟"),
    *("份", "年", "月", "日", "路", "周", "季", "市", "县", "批", "家"),
]


@pytest.mark.parametrize("word", MEASURE_WORDS)
def test_find_figures_counts_with_each_measure_word(word: str) -> None:
    assert find_figures(f"全区有三{word}在此") == [(3, 4 + len(word), f"三{word}")]
    assert find_figures(f"二十五{word}") == [(0, 3 + len(word), f"二十五{word}")]


def test_find_figures_ignores_a_numeral_without_a_measure_word() -> None:
    assert find_figures("三山四水,一直一些,一体化") == []


def test_the_ignore_list_stays_short() -> None:
    assert len(SEED.ignored_figures) <= 25
    for item in SEED.ignored_figures:
        assert len(item.reason) >= 20, f"{item.text!r} in paragraph {item.paragraph} needs a real reason"

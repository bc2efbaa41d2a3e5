"""Every fact in seed/ proven against the article text, independently of the loader's own checks."""

import re
from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel

from app.numbers import parse_figure
from app.seed.files import Seed, read_seed
from app.seed.provenance import check_seed
from app.seed.schema import Span, Text
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


def test_seed_article_is_the_source_unchanged() -> None:
    source = SEED_DIR.parent.parent / "shared" / "source" / "000_a04a22648fa8aa7e.txt"
    if not source.exists():
        pytest.skip("the shared source is not beside this checkout")
    assert (SEED_DIR / "article.txt").read_bytes() == source.read_bytes()


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


def test_every_figure_in_the_article_is_a_fact_or_reviewed(paragraphs: tuple[str, ...]) -> None:
    ranges = covered_ranges(SEED)
    ignored = {(item.paragraph, item.text) for item in SEED.ignored_figures}
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
    assert not missing, "figures that are neither a fact nor reviewed:\n" + "\n".join(missing)
    assert ignored == used, f"ignored figures that the article no longer has: {ignored - used}"


def test_find_figures_sees_every_kind_of_figure() -> None:
    texts = [
        text for _, _, text in find_figures("截至2019年底达60.6万人次,五到六年,第一位,一张表格,一直一些")
    ]
    assert texts == ["2019", "60.6万", "五到六年", "第一位", "一张"]


def test_the_ignore_list_stays_short() -> None:
    assert len(SEED.ignored_figures) <= 25
    for item in SEED.ignored_figures:
        assert len(item.reason) >= 20, f"{item.text!r} in paragraph {item.paragraph} needs a real reason"

"""Figures and dates as each language writes them, and SVG line breaking (no HTTP needed)."""

import re

import pytest

from app.embed.render import figure_text, format_date, format_number, ordinal, unit_for
from app.embed.svg import text_width, wrap
from app.schemas import Citation, Localized, SourceSpan, StatisticPublic
from app.seed.files import read_seed
from app.seed.text import SEED_DIR

SEED = read_seed(SEED_DIR)
NO_CITATION = Citation(short=Localized(zh="", en=""), long=Localized(zh="", en=""))


def public(record, lang: str) -> StatisticPublic:  # type: ignore[no-untyped-def]
    """A seed record as the API would serve it, without a database (and without the `display` that
    the formatter under test writes)."""
    period = record.period
    return StatisticPublic.model_construct(
        slug=record.slug,
        kind=record.kind,
        section=record.section,
        label=getattr(record.label, lang),
        value=int(record.value) if float(record.value).is_integer() else record.value,
        value_max=record.value_max,
        unit=record.unit,
        unit_label=record.unit if lang == "zh" else record.unit_en,
        value_text=record.value_text,
        qualifier=record.qualifier,
        as_of=record.as_of,
        as_of_text=record.as_of_text,
        period={"start": period.start, "end": period.end} if period else None,
        period_text=record.period_text,
        derived=[],
        source=SourceSpan(paragraph=0, start=0, end=1, quote="x"),
        citation=NO_CITATION,
    )


@pytest.mark.parametrize(
    ("value", "written"),
    [(606000, "606,000"), (6632000000, "6,632,000,000"), (562.33, "562.33"), (24.95, "24.95"), (13.5, "13.5"),
     (7, "7"), (18874, "18,874"), (0.1, "0.1"), (1234567.25, "1,234,567.25"), (-0.5, "-0.5"),
     (-1234.5, "-1,234.5")],
)  # fmt: skip
def test_numbers_keep_every_digit(value: float, written: str) -> None:
    assert format_number(value) == written


@pytest.mark.parametrize(
    ("n", "written"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (21, "21st")],
)
def test_ordinals(n: int, written: str) -> None:
    assert ordinal(n) == written


@pytest.mark.parametrize(
    ("value", "unit", "written"),
    [
        (1, "forms", "form"),
        (1, "meetings", "meeting"),
        (1, "types of training", "type of training"),
        (1, "video feeds", "video feed"),
        (1, "working days", "working day"),
        (1, "people", "person"),
        (1, "years old", "year old"),
        (1, "%", "%"),
        (1, "yuan", "yuan"),
        (2, "forms", "forms"),
    ],
)
def test_units_agree_with_their_number(value: int, unit: str, written: str) -> None:
    assert unit_for(value, unit) == written


@pytest.mark.parametrize("record", SEED.statistics, ids=lambda record: record.slug)
def test_every_figure_reads_right_in_both_languages(record) -> None:  # type: ignore[no-untyped-def]
    assert figure_text(public(record, "zh"), "zh") == record.value_text
    english = figure_text(public(record, "en"), "en")
    assert not re.search(r"[\u4e00-\u9fff]", english), english  # no 万 or 余 left in English
    assert not re.search(r"\b1 \w+s\b", english), english  # 1 form, not 1 forms
    if record.kind != "rank":
        assert format_number(record.value) in english
    hedge = {
        "more_than": "more than ",
        "at_least": "at least ",
        "at_most": "at most ",
        "approximately": "about ",
    }
    if record.qualifier in hedge:
        assert english.startswith(hedge[record.qualifier])
    if record.qualifier == "range":
        assert "–" in english


@pytest.mark.parametrize(
    ("date", "zh", "en"),
    [
        ("2018", "2018年", "2018"),
        ("2018-08", "2018年8月", "Aug 2018"),
        ("2019-12-31", "2019年12月31日", "31 Dec 2019"),
        ("2020-09-08", "2020年9月8日", "8 Sep 2020"),
    ],
)
def test_dates_keep_their_precision(date: str, zh: str, en: str) -> None:
    assert format_date(date, "zh") == zh and format_date(date, "en") == en


@pytest.mark.parametrize(
    "text",
    [
        "截至2019年底昌都市各类社会保险参保总人数，这是一句很长很长的中文句子，需要在合适的地方断开。",
        "Households covered by Qamdo's double-linked household units, at the time of writing (2020)",
        "http://127.0.0.1:8000/v1/statistics/counties-absolute-poverty-eliminated-2016-2019?lang=en",
        "",
    ],
)
def test_wrapped_lines_fit_and_lose_nothing(text: str) -> None:
    lines = wrap(text, 14, 200)
    assert all(text_width(line, 14) <= 200 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert not any(line[:1] in "，。、" for line in lines if line)  # closing punctuation never starts a line

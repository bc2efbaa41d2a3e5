from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from app.numbers import FigureError, ParsedFigure, Qualifier, parse_figure, parse_number

ARTICLE = (Path(__file__).resolve().parents[1] / "seed" / "article.txt").read_text(encoding="utf-8")


def fig(
    value: str, unit: str, qualifier: Qualifier | None = None, value_max: str | None = None
) -> ParsedFigure:
    return ParsedFigure(Decimal(value), Decimal(value_max) if value_max else None, unit, qualifier)


# Every figure phrase the article uses, exactly as written.
ARTICLE_FIGURES = [
    ("60.6万人次", fig("606000", "人次")),
    ("70.08万人", fig("700800", "人")),
    ("56.21万张", fig("562100", "张")),
    ("18874个", fig("18874", "个")),
    ("18874名", fig("18874", "名")),
    ("14.98万余户", fig("149800", "户", "more_than")),
    ("72.47万余人", fig("724700", "人", "more_than")),
    ("3650万元", fig("36500000", "元")),
    ("11县(区)", fig("11", "县(区)")),
    ("1万路以上", fig("10000", "路", "at_least")),
    ("3.46万户", fig("34600", "户")),
    ("17.05万人", fig("170500", "人")),
    ("24.95%", fig("24.95", "%")),
    ("80多岁", fig("80", "岁", "more_than")),
    ("3000多元", fig("3000", "元", "more_than")),
    ("20多名", fig("20", "名", "more_than")),
    ("20余种", fig("20", "种", "more_than")),
    ("17种", fig("17", "种")),
    ("776个", fig("776", "个")),
    ("66.32亿元", fig("6632000000", "元")),
    ("81046人", fig("81046", "人")),
    ("五到六年", fig("5", "年", "range", "6")),
    ("25名", fig("25", "名")),
    ("581个", fig("581", "个")),
    ("6639.75万元", fig("66397500", "元")),
    ("70660人", fig("70660", "人")),
    ("562.33元", fig("562.33", "元")),
    ("3.84万户", fig("38400", "户")),
    ("19.46万人", fig("194600", "人")),
    ("1127个", fig("1127", "个")),
    ("11559元", fig("11559", "元")),
    ("13.5%", fig("13.5", "%")),
    ("13%以上", fig("13", "%", "at_least")),
    ("七市地", fig("7", "市地")),
    ("不超过30个工作日", fig("30", "个工作日", "at_most")),
    ("最长不超过30个工作日", fig("30", "个工作日", "at_most")),
    ("一张", fig("1", "张")),
    ("一次", fig("1", "次")),
    ("24小时", fig("24", "小时")),
]

OTHER_FIGURES = [
    ("1.23456万", fig("12345.6", "")),
    ("1.2万亿元", fig("1200000000000", "元")),
    ("-5个", fig("-5", "个")),
    ("负五个", fig("-5", "个")),
    ("1,234人", fig("1234", "人")),
    ("  12 人 ", fig("12", "人")),
    ("约500人", fig("500", "人", "approximately")),
    ("大约500人", fig("500", "人", "approximately")),
    ("近3万元", fig("30000", "元", "approximately")),
    ("200人左右", fig("200", "人", "approximately")),
    ("最多5次", fig("5", "次", "at_most")),
    ("不到10%", fig("10", "%", "at_most")),  # 不到 is read as at_most (no separate less_than)
    ("不足10%", fig("10", "%", "at_most")),
    ("30人以下", fig("30", "人", "at_most")),
    ("30天以内", fig("30", "天", "at_most")),
    ("5至6年", fig("5", "年", "range", "6")),
    ("5到6年", fig("5", "年", "range", "6")),
    ("5-6年", fig("5", "年", "range", "6")),
    ("5~6年", fig("5", "年", "range", "6")),
    ("5～6年", fig("5", "年", "range", "6")),
    ("5到5年", fig("5", "年", "range", "5")),
    ("1万至1.5万人", fig("10000", "人", "range", "15000")),
    ("-5-3度", fig("-5", "度", "range", "3")),
    ("十", fig("10", "")),
    ("二十余人", fig("20", "人", "more_than")),
    ("3个百分点", fig("3", "个百分点")),
    ("3千瓦时", fig("3", "千瓦时")),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_FIGURES + OTHER_FIGURES)
def test_parse_figure(text: str, expected: ParsedFigure) -> None:
    assert parse_figure(text) == expected


@pytest.mark.parametrize("text", [text for text, _ in ARTICLE_FIGURES] + ["第一位"])
def test_article_figures_are_quoted_exactly(text: str) -> None:
    assert text in ARTICLE


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("第一位", "1", "位"), ("第1名", "1", "名"), ("第十一", "11", "")],
)
def test_ordinal(text: str, value: str, unit: str) -> None:
    assert parse_figure(text) == ParsedFigure(Decimal(value), None, unit, None, ordinal=True)


@pytest.mark.parametrize("text", ["18874个", "五到六年", "第一位"])
def test_ordinal_flag_only_for_di(text: str) -> None:
    assert parse_figure(text).ordinal is text.startswith("第")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("60.6万", "606000"),
        ("3.46万", "34600"),
        ("66.32亿", "6632000000"),
        ("1.23456万", "12345.6"),
        ("1.2万亿", "1200000000000"),
        ("-5", "-5"),
        ("1,234", "1234"),
        ("1,234.5", "1234.5"),
        ("0.5", "0.5"),
        ("24.95", "24.95"),
        ("1234567890123456789012345678901234567890", "1234567890123456789012345678901234567890"),
        ("十", "10"),
        ("十一", "11"),
        ("二十", "20"),
        ("七十", "70"),
        ("一百零五", "105"),
        ("一百一十", "110"),
        ("一千零五十", "1050"),
        ("两千", "2000"),
        ("三万五千", "35000"),
        ("一万零一", "10001"),
        ("十万", "100000"),
        ("一亿三千万", "130000000"),
        ("一万亿", "1000000000000"),
        ("一万二千亿", "1200000000000"),  # 万 and 千 both count towards the 亿
        ("0.001万", "10"),  # a shift that leaves one power of ten to write out
        ("〇", "0"),
        ("零", "0"),
        ("负五", "-5"),
        ("负一百零五", "-105"),
    ],
)
def test_parse_number(text: str, expected: str) -> None:
    value = parse_number(text)
    assert value == Decimal(expected)
    assert str(value) == expected  # exact, no float residue, no "606000.0" or exponent form


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("60.6万人次", "60.6万"),
        ("14.98万余户", "14.98万"),
        ("66.32亿元", "66.32亿"),
        ("不超过30个工作日", "30"),
        ("七市地", "七"),
        ("负五个", "负五"),
        ("1万路以上", "1万"),
    ],
)
def test_figure_value_matches_parse_number(text: str, number: str) -> None:
    assert parse_figure(text).value == parse_number(number)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("人次", "no number"),
        ("abc", "no number"),
        ("人次5", "no number"),
        ("约", "no number"),
        ("1.2.3万", "malformed number '1.2.3'"),
        ("1.", "malformed"),
        ("1,23", "malformed"),
        ("六到五年", "backwards"),
        ("6-5年", "backwards"),
        ("5到年", "no number"),
        ("5个6个", "second number"),
        ("五个六个", "second number"),
        ("3万5千", "second number"),
        ("5到6万人", "ambiguous range"),
        ("约5到6年", "conflicting hedges"),
        ("约500余人", "conflicting hedges"),
        ("5到6余年", "conflicting hedges"),
        ("20余人以上", "conflicting hedges"),
        ("第一名以上", "ordinal"),
        ("三万五", "ambiguous"),
        ("一百五", "ambiguous"),
        ("一二", "two digits"),
        ("百", "no digit"),
        ("十十", "no digit"),
        ("一十二十", "out of order"),
        ("一百二千", "out of order"),
        ("零五", "零 must follow"),
        ("一百零", "零 must be followed"),
        ("万", "no number before"),
        ("一万二万", "万 twice"),
        ("一亿二亿", "亿 twice"),
        ("一零", "零 must follow"),
        ("零十", "零 must follow"),
        ("五到六万人", "ambiguous range"),  # as 5到6万人, in Chinese numerals
    ],
)
def test_parse_figure_rejects(text: str, reason: str) -> None:
    with pytest.raises(FigureError, match=reason) as caught:
        parse_figure(text)
    assert repr(text) in str(caught.value)  # the message names the text


@pytest.mark.parametrize("text", ["", "5个", "3万5千", "60.6万余", "abc", "5到6", "1.2.3"])
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(FigureError):
        parse_number(text)


@pytest.mark.parametrize(
    ("read", "text", "message"),
    [
        (parse_number, "", "empty number text ''"),
        (parse_number, " 5个 ", "unexpected '个' after the number in ' 5个 '"),
        (parse_number, "1.2.3", "malformed number '1.2.3' in '1.2.3'"),
        (parse_figure, "约500余人", "conflicting hedges in '约500余人': 约, 余"),
        (
            parse_figure,
            "约三万五人",
            "cannot read the Chinese numeral '三万五' in '约三万五人': "
            "a digit after 百/千/万/亿 without 零 is ambiguous (一百五 may mean 150 or 105)",
        ),
        (
            parse_number,
            "零五",
            "cannot read the Chinese numeral '零五' in '零五': 零 must follow 十, 百, 千, 万 or 亿",
        ),
        (
            parse_number,
            "一百零",
            "cannot read the Chinese numeral '一百零' in '一百零': 零 must be followed by a digit",
        ),
        (parse_number, "一二", "cannot read the Chinese numeral '一二' in '一二': two digits in a row"),
        (parse_number, "一万二万", "cannot read the Chinese numeral '一万二万' in '一万二万': 万 twice"),
        (parse_number, "一亿二亿", "cannot read the Chinese numeral '一亿二亿' in '一亿二亿': 亿 twice"),
        (parse_number, "万", "cannot read the Chinese numeral '万' in '万': 万 has no number before it"),
        (parse_number, "亿", "cannot read the Chinese numeral '亿' in '亿': 亿 has no number before it"),
    ],
)
def test_figure_errors_say_what_and_where(read: Callable[[str], object], text: str, message: str) -> None:
    """The message is what a seed author reads when the load stops: the text, the numeral, why."""
    with pytest.raises(FigureError) as caught:
        read(text)
    assert str(caught.value) == message


def test_figure_error_is_value_error() -> None:
    assert issubclass(FigureError, ValueError)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("60.6万", "606000"),  # a whole number, not 606000.0
        ("10.0万", "100000"),
        ("1.2万亿", "1200000000000"),
        ("24.95", "24.95"),
        ("1.50", "1.5"),  # trailing fractional zeros dropped
        ("0.05", "0.05"),
        ("1.23456万", "12345.6"),
        ("0.0", "0"),
        ("0.00", "0"),
        ("0.50", "0.5"),
        ("0.01", "0.01"),
        ("-0.0", "0"),  # no negative zero
        ("0万", "0"),
        ("-1.5万", "-15000"),
        ("100", "100"),
    ],
)
def test_parse_number_is_written_plainly(text: str, written: str) -> None:
    assert str(parse_number(text)) == written

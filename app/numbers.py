"""Read the article's number phrases ("14.98万余户", "不超过30个工作日") into value, unit and hedge.

A figure is: [hedge] [第] number [range-word number] [余|多] unit [以上|左右|以下|以内].

Why not cn2an (or jieba)? They return floats, so "1.23456万" stops being exactly 12345.6; they do not
know the article's hedges (余, 多, 以上, 不超过) or ranges; and they guess at forms we would rather reject
(colloquial "一百五", numbers glued to units). The grammar we need is small, so it is written out here,
with Decimal throughout and a FigureError, naming the text, for anything it cannot read with certainty.

Decisions:
- 不到/不足 read as at_most, the same as 不超过; the Literal has no separate "less_than" (strictness is
  lost, which no figure in the article needs).
- After Arabic digits only 万, 亿 and 万亿 are multipliers, so "千瓦时" or "千克" stay units.
- Mixed forms such as "3万5千" and colloquial "一百五"/"三万五" are rejected, not guessed.
- A range whose high end has 万/亿 and whose low end does not ("5到6万") is rejected as ambiguous.
"""

import re
from dataclasses import dataclass
from decimal import Decimal

from app.vocabulary import Qualifier

__all__ = ["FigureError", "ParsedFigure", "Qualifier", "parse_figure", "parse_number"]


@dataclass(frozen=True)
class ParsedFigure:
    value: Decimal  # the number; the low end of a range
    value_max: Decimal | None  # the high end of a range, else None
    unit: str  # as written after the number: "人次", "户", "%", "个工作日", "" if none
    qualifier: Qualifier | None
    ordinal: bool = False  # 第N: unit is the measure word after the number (第一位 -> 1, "位")


class FigureError(ValueError):
    """A number phrase that cannot be read; the message names the text and the reason."""


# Hedges before the number, longest first so that 最长不超过 wins over 不超过.
_PREFIXES: tuple[tuple[str, Qualifier], ...] = (
    ("最长不超过", "at_most"),
    ("不超过", "at_most"),
    ("最多", "at_most"),
    ("不到", "at_most"),
    ("不足", "at_most"),
    ("大约", "approximately"),
    ("约", "approximately"),
    ("近", "approximately"),
)
_AFTER_NUMBER: dict[str, Qualifier] = {"余": "more_than", "多": "more_than"}
_SUFFIXES: tuple[tuple[str, Qualifier], ...] = (
    ("以上", "at_least"),
    ("左右", "approximately"),
    ("以下", "at_most"),
    ("以内", "at_most"),
)
_RANGE_WORDS = ("到", "至", "-", "~", "～")

_ARABIC = re.compile(r"(-?)([0-9][0-9,.]*)(万亿|万|亿)?")
_ARABIC_BODY = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
_SCALES = {"万": 4, "亿": 8, "万亿": 12}

_CN_DIGITS = {"零": 0, "〇": 0, "两": 2} | {ch: i for i, ch in enumerate("一二三四五六七八九", start=1)}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10**4, "亿": 10**8}
_CHINESE = re.compile(r"(负?)([零〇一二两三四五六七八九十百千万亿]+)")
_STRAY_NUMBER = re.compile(r"\d|[零〇一二两三四五六七八九]")


def _exact(value: Decimal, shift: int) -> Decimal:
    """value * 10**shift without rounding, trailing fractional zeros dropped (606000, not 606000.0)."""
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    exponent += shift
    kept = list(digits)
    while exponent < 0 and kept[-1] == 0:
        if len(kept) > 1:
            kept.pop()
        exponent += 1
    if exponent > 0:
        kept += [0] * exponent
        exponent = 0
    if not any(kept):
        sign = 0
    return Decimal((sign, tuple(kept), exponent))


def _chinese_int(numeral: str, text: str) -> int:
    """Integer value of a Chinese numeral such as 一百零五, 三万五千, 一万亿."""

    def fail(why: str) -> FigureError:
        return FigureError(f"cannot read the Chinese numeral {numeral!r} in {text!r}: {why}")

    if numeral in ("零", "〇"):
        return 0
    total = section = group = 0  # 亿 part, 万 part (+ below) since the last 亿, 十百千 part
    digit: int | None = None
    last_small = 10**4  # 十百千 must come in falling order within a group
    last_unit = 0  # magnitude of the most recent unit character
    after_zero = seen_wan = seen_yi = False
    for i, ch in enumerate(numeral):
        if ch in _CN_DIGITS and _CN_DIGITS[ch] == 0:
            if i == 0 or numeral[i - 1] not in "十百千万亿":
                raise fail("零 must follow 十, 百, 千, 万 or 亿")
            after_zero = True
        elif ch in _CN_DIGITS:
            if digit is not None:
                raise fail("two digits in a row")
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            unit = _CN_SMALL[ch]
            if digit is None and ch == "十" and i == 0:
                digit = 1  # 十一 = 11
            if digit is None:
                raise fail(f"{ch} has no digit before it")
            if unit >= last_small:
                raise fail(f"{ch} out of order")
            group += digit * unit
            digit, last_small, last_unit, after_zero = None, unit, unit, False
        else:  # 万 or 亿
            big = _CN_BIG[ch]
            if big == 10**4:
                if seen_wan:
                    raise fail("万 twice")
                part = group + (digit or 0)
                if part == 0:
                    raise fail("万 has no number before it")
                section += part * big
                seen_wan = True
            else:
                if seen_yi:
                    raise fail("亿 twice")
                part = section + group + (digit or 0)
                if part == 0:
                    raise fail("亿 has no number before it")
                total = part * big
                section, seen_wan, seen_yi = 0, False, True
            group, digit, last_small, last_unit, after_zero = 0, None, 10**4, big, False
    if after_zero and digit is None:
        raise fail("零 must be followed by a digit")
    if digit is not None and last_unit > 10 and not after_zero:
        raise fail("a digit after 百/千/万/亿 without 零 is ambiguous (一百五 may mean 150 or 105)")
    return total + section + group + (digit or 0)


def _read_number(s: str, text: str) -> tuple[Decimal, bool, str]:
    """Read one number at the start of s: (value, has 万/亿 multiplier, the rest of s)."""
    match = _ARABIC.match(s)
    if match:
        sign, body, scale = match.groups()
        if not _ARABIC_BODY.fullmatch(body):
            raise FigureError(f"malformed number {body!r} in {text!r}")
        value = _exact(Decimal(body.replace(",", "")), _SCALES.get(scale or "", 0))
        return (value.copy_negate() if sign and value else value), scale is not None, s[match.end() :]
    match = _CHINESE.match(s)
    if match:
        sign, numeral = match.groups()
        value = Decimal(_chinese_int(numeral, text))
        return (value.copy_negate() if sign and value else value), numeral[-1] in _CN_BIG, s[match.end() :]
    raise FigureError(f"no number where one was expected, at {s!r} in {text!r}")


def parse_number(text: str) -> Decimal:
    """A bare number: "60.6万", "66.32亿", "1.2万亿", "七十", "一百零五", "两千", "-5", "1,234"."""
    s = text.strip()
    if not s:
        raise FigureError(f"empty number text {text!r}")
    value, _, rest = _read_number(s, text)
    if rest:
        raise FigureError(f"unexpected {rest!r} after the number in {text!r}")
    return value


def parse_figure(text: str) -> ParsedFigure:
    """A number phrase with hedge and unit: "14.98万余户", "1万路以上", "五到六年", "第一位"."""
    s = text.strip()
    if not s:
        raise FigureError(f"empty figure text {text!r}")
    hedges: list[tuple[str, Qualifier]] = []
    for word, qualifier in _PREFIXES:
        if s.startswith(word):
            hedges.append((word, qualifier))
            s = s[len(word) :]
            break
    ordinal = s.startswith("第")
    if ordinal:
        s = s[1:]
    value, low_scaled, rest = _read_number(s, text)

    value_max: Decimal | None = None
    for word in _RANGE_WORDS:
        if rest.startswith(word):
            value_max, high_scaled, rest = _read_number(rest[len(word) :], text)
            if high_scaled and not low_scaled:
                raise FigureError(f"ambiguous range in {text!r}: write 万/亿 on both ends")
            if value > value_max:
                raise FigureError(f"range in {text!r} runs backwards: {value} > {value_max}")
            hedges.append((word, "range"))
            break

    if rest[:1] in _AFTER_NUMBER:
        hedges.append((rest[0], _AFTER_NUMBER[rest[0]]))
        rest = rest[1:]
    for word, qualifier in _SUFFIXES:
        if rest.endswith(word):
            hedges.append((word, qualifier))
            rest = rest[: -len(word)]
            break
    unit = rest.strip()

    stray = _STRAY_NUMBER.search(unit)
    if stray:
        raise FigureError(
            f"a second number {stray.group()!r} in {text!r}; two numbers need a range word (到, 至, -, ~)"
        )
    if len(hedges) > 1:
        words = ", ".join(word for word, _ in hedges)
        raise FigureError(f"conflicting hedges in {text!r}: {words}")
    if ordinal and hedges:
        raise FigureError(f"an ordinal (第N) cannot carry a hedge or range: {text!r}")
    return ParsedFigure(
        value=value,
        value_max=value_max,
        unit=unit,
        qualifier=hedges[0][1] if hedges else None,
        ordinal=ordinal,
    )

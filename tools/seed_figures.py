"""Find the figures in a paragraph, so a test can prove each one is accounted for in the seed.

A figure is either
- a run of ASCII digits, with an optional decimal part and a directly following 万 or 亿
  (``60.6万``, ``24.95``, ``2019``), or
- a run of Chinese numerals that is preceded by 第 or followed by a measure word; the hit then
  includes the 第 and the measure word (``第一位``, ``一张``, ``七市``, ``七十载``: 载 is a literary
  measure word of years; a range such as ``五到六年`` is one figure).

A Chinese numeral run directly after a digit (the 万 of ``3650万元``) belongs to that digit
figure, so it is never reported twice. Hits never overlap and come in text order.
"""

import re

CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万亿"

# Measure words: written right after a Chinese numeral, they make it a count, a date or a rank
# rather than part of an ordinary word (一些, 一直, 一体化 and 一应俱全 must not match). The regex
# tries longer words first, so 小时 wins over any one-character word.
MEASURE_WORDS: tuple[str, ...] = ("小时", *"个名种位张次级户人元岁项件趟份年载月日路周季市县批家")

_MEASURE = "|".join(re.escape(word) for word in sorted(MEASURE_WORDS, key=len, reverse=True))
_NUMERAL_RUN = f"[{CHINESE_NUMERALS}]+"

DIGIT_FIGURE = r"[0-9]+(?:\.[0-9]+)?[万亿]?"
# A Chinese run must start a run: not after a digit, a decimal point or another numeral.
CHINESE_FIGURE = (
    rf"(?<![0-9.{CHINESE_NUMERALS}])"
    rf"(?:第{_NUMERAL_RUN}(?:{_MEASURE})?|{_NUMERAL_RUN}(?:[到至]{_NUMERAL_RUN})?(?:{_MEASURE}))"
)
FIGURE = re.compile(rf"{DIGIT_FIGURE}|{CHINESE_FIGURE}")


def find_figures(paragraph: str) -> list[tuple[int, int, str]]:
    """Return (start, end, text) for every figure in the paragraph, in order, without overlaps."""
    return [(match.start(), match.end(), match.group()) for match in FIGURE.finditer(paragraph)]

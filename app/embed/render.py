"""Figures and dates as each language writes them.

Chinese is the article's language: a figure is shown in the article's own words (`value_text`,
60.6万人次, keeping 万/亿 and the hedge 余/多/以上). English has no 万, so the figure is written from
the plain `value` with thousands separators and the unit's English label, and the hedge in words
(606,000 enrolments; more than 20 types of training; 5–6 years). Nothing here rounds: every digit
the article gives is shown. Dates keep the article's precision, and the attribution lines (byline,
citation of the article) are written here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from app.embed.texts import t
from app.vocabulary import HEDGES_EN, Lang

if TYPE_CHECKING:  # the response models fill their `display` from here: no import back at run time
    from app.citations import CitationContext
    from app.embed.links import Links
    from app.schemas import Derivation, MilestonePublic, Number, StatisticPublic

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
IRREGULAR_SINGULARS = {"people": "person"}
NO_SPACE_UNITS = {"%"}


def format_number(value: Number) -> str:
    """606000 gives 606,000 and 562.33 stays 562.33: thousands separators, every digit kept."""
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    exact = Decimal(repr(float(value)))
    whole, _, fraction = f"{abs(exact):f}".partition(".")
    return f"{'-' if exact < 0 else ''}{int(whole):,}.{fraction}"


def ordinal(value: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st ..."""
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def unit_for(value: Number, unit_label: str) -> str:
    """The English unit label agrees with its number: 1 form, 2 forms; 1 type of training."""
    if value != 1:
        return unit_label
    if unit_label in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[unit_label]
    words = unit_label.split(" ")
    plural = [i for i, word in enumerate(words) if word.endswith("s") and not word.endswith("ss")]
    if "of" in words and words.index("of") - 1 in plural:
        index = words.index("of") - 1  # types of training
    elif plural:
        index = plural[-1]  # video feeds, years old
    else:
        return unit_label
    words[index] = words[index][:-1]
    return " ".join(words)


@dataclass(frozen=True)
class FigureParts:
    """A figure split for typesetting: the hedge, the number, the unit (joined, the whole text)."""

    hedge: str
    number: str
    unit: str

    @property
    def text(self) -> str:
        return " ".join(part for part in (self.hedge, self.number) if part) + self.unit


def figure_parts(statistic: StatisticPublic, lang: Lang) -> FigureParts:
    """The figure as the reader's language writes it: 60.6万人次, or (more than, 149,800, households)."""
    if lang == "zh":
        return FigureParts("", statistic.value_text, "")
    value, unit = statistic.value, statistic.unit_label
    if statistic.kind == "rank" and isinstance(value, int) and statistic.qualifier is None:
        return FigureParts("", ordinal(value), f" {unit}")
    if statistic.qualifier == "range" and statistic.value_max is not None:
        number = f"{format_number(value)}–{format_number(statistic.value_max)}"
        unit = unit_for(statistic.value_max, unit)
    else:
        number, unit = format_number(value), unit_for(value, unit)
    hedge = HEDGES_EN.get(statistic.qualifier or "", "")
    if unit in NO_SPACE_UNITS:
        return FigureParts(hedge, number + unit, "")
    return FigureParts(hedge, number, f" {unit}")


# The article's figure split where its number ends: 60.6万 | 人次, 20 | 余种, 13% | 以上, 11 | 县(区).
WRITTEN_NUMBER = re.compile(r"^([\d.,]+(?:万|亿)?%?)(.*)$")


def typeset_parts(statistic: StatisticPublic, lang: Lang) -> FigureParts:
    """The figure split for a large number and a smaller unit, in both languages.

    English comes split already; Chinese is the article's words, cut after the number (and its
    万/亿, which are part of the number): 60.6万 and 人次. Words with no leading digits (五到六年)
    stay whole.
    """
    parts = figure_parts(statistic, lang)
    if lang != "zh":
        return parts
    match = WRITTEN_NUMBER.match(statistic.value_text)
    return FigureParts("", match[1], match[2]) if match and match[2] else parts


def figure_text(statistic: StatisticPublic, lang: Lang) -> str:
    """The figure as one string: 60.6万人次, or 606,000 enrolments, or more than 20 types of training."""
    return figure_parts(statistic, lang).text


def format_date(date: str, lang: Lang) -> str:
    """A partial date at its own precision: 2018 / 2018-08 / 2019-12-31 as 2018年8月 or Aug 2018."""
    year, *rest = (int(part) for part in date.split("-"))
    if lang == "zh":
        return f"{year}年" + "".join(f"{n}{u}" for n, u in zip(rest, ("月", "日"), strict=False))
    if not rest:
        return str(year)
    if len(rest) == 1:
        return f"{MONTHS_EN[rest[0] - 1]} {year}"
    return f"{rest[1]} {MONTHS_EN[rest[0] - 1]} {year}"


@dataclass(frozen=True)
class When:
    """When a fact holds, as shown to a reader; `derived_reason` says why a derived date is what it is."""

    text: str
    derived_reason: str | None = None


def _derived_mark(text: str, lang: Lang) -> str:
    return f"{text}（{t('derived', lang)}）" if lang == "zh" else f"{text} ({t('derived', lang)})"


def _reason(derived: list[Derivation], field: str) -> str | None:
    return next((d.reason for d in derived if d.field == field), None)


def statistic_when(statistic: StatisticPublic, lang: Lang) -> When:
    """The period or date a figure holds for; a derived one is marked: 2020 (derived)."""
    if statistic.period is not None:
        start, end = statistic.period.start, statistic.period.end
        text = f"{start}—{end}年" if lang == "zh" else f"{start}–{end}"
        reason = _reason(statistic.derived, "period")
        return When(_derived_mark(text, lang), reason) if reason else When(text)
    if statistic.as_of is not None:
        reason = _reason(statistic.derived, "as_of")
        if reason:
            return When(_derived_mark(format_date(statistic.as_of, lang), lang), reason)
        if lang == "zh" and statistic.as_of_text:
            return When(statistic.as_of_text)  # the article's words: 截至2019年底
        cumulative = (statistic.as_of_text or "").startswith("截至")
        if lang == "zh":
            return When(("截至" if cumulative else "") + format_date(statistic.as_of, lang))
        return When(("as of " if cumulative else "") + format_date(statistic.as_of, lang))
    return When(t("undated", lang))


def milestone_when(milestone: MilestonePublic, lang: Lang) -> When:
    """A milestone's date at the article's precision; a derived one is marked."""
    text = format_date(milestone.date, lang)
    reason = _reason(milestone.derived, "date")
    return When(_derived_mark(text, lang), reason) if reason else When(text)


def byline(article: CitationContext, lang: Lang) -> str:
    """《砥砺奋进七十载 乘风扬帆谱新篇》 文／周婷婷, or the English title by Zhou Tingting (周婷婷)."""
    if lang == "zh":
        return f"《{article.title.zh}》 {t('by', lang)}{article.author.zh}"
    return f"“{article.title.en}” (《{article.title.zh}》) by {article.author.en} ({article.author.zh})"


def article_citation(article: CitationContext, lang: Lang) -> str:
    """The article as a whole, for the embeds that show more than one fact (timeline, charts)."""
    if lang == "zh":
        return f"{article.author.zh}《{article.title.zh}——{article.subtitle.zh}》"
    return f"{article.author.en}, “{article.title.en}: {article.subtitle.en}”"


def bar_value_label(statistic: StatisticPublic, lang: Lang) -> str:
    """The bar's figure in the article's words (and, in English, our rendering of them first)."""
    written = figure_text(statistic, lang)
    if lang == "zh" or written == statistic.value_text:
        return statistic.value_text
    return f"{written} ({statistic.value_text})"


NOTE_CHARACTERS = {"zh": 24, "en": 56}  # one short line (the full note is its title, and in the API)


@dataclass(frozen=True)
class EditorialLine:
    """The one short line under a fact, in the HTML embeds and the images alike: its first editor's
    note, cut short, and "Corrected on DATE" for the latest correction that changed it."""

    note: str | None  # the whole note (the HTML shows it on hover; the API has it too)
    note_label: str | None  # "Editor's note: " and the note's first characters
    correction: str | None  # "Corrected on 2026-12-01"
    correction_url: str | None  # that entry of the corrections log

    @property
    def text(self) -> str:
        """The line as the HTML shows it: the note label, a space, the correction."""
        return " ".join(part for part in (self.note_label, self.correction) if part)


def editorial_line(fact: StatisticPublic | MilestonePublic, lang: Lang, links: Links) -> EditorialLine | None:
    """The fact's editorial line; None when it has neither a note nor a correction."""
    note = note_label = correction = correction_url = None
    if fact.notes:
        note = fact.notes[0].text
        limit = NOTE_CHARACTERS[lang]
        short = note if len(note) <= limit else note[: limit - 1].rstrip() + "…"
        separator = "：" if lang == "zh" else ": "
        note_label = f"{t('editor_note', lang)}{separator}{short}"
    if fact.corrections:
        latest = fact.corrections[-1]
        correction_url = links.correction(latest.slug, lang)
        correction = t("corrected_on", lang).format(date=latest.date)
    if note is None and correction is None:
        return None
    return EditorialLine(note, note_label, correction, correction_url)


def readable_url(url: str) -> str:
    """A URL as a reader can copy it off an image: no scheme, commas left as commas."""
    return url.split("://", 1)[-1].replace("%2C", ",")

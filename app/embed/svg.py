"""Static SVG images of a card, the timeline and a chart, and the bars the chart pages draw inline.

SVG has no text flow, so lines are broken here from an estimate of each glyph's width (a CJK
character is 1 em wide; Latin letters about half that). Everything is text with a CJK-capable
font-family list, no external reference of any kind (no image, font or stylesheet), and every text
that comes from data is escaped.
"""

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from app.citations import CitationContext
from app.embed.charts import ChartDefinition
from app.embed.links import Links
from app.embed.render import (
    EditorialLine,
    FigureParts,
    article_citation,
    bar_value_label,
    byline,
    editorial_line,
    figure_text,
    format_number,
    milestone_when,
    readable_url,
    statistic_when,
    typeset_parts,
)
from app.embed.texts import t
from app.embed.theme import Theme, font_stack, svg_rules
from app.schemas import Lang, MilestonePublic, StatisticPublic

CARD_WIDTH = 480
TIMELINE_WIDTH = 640
CHART_WIDTH = 640
SOCIAL_FRAME = (1200, 630)  # the size link previews ask for (Open Graph, Twitter's large card)
SOCIAL_LAYOUT_WIDTH = 600  # laid out this wide, then scaled up to fill the frame: text a preview can read
SOCIAL_TIMELINE_HEIGHT = 480  # the timeline's preview keeps the milestones that fit this height
PADDING = 20
BAR_HEIGHT = 22
OPEN_ENDED = {"more_than", "at_least"}
BOLD = 1.1  # bold glyphs are about a tenth wider

# Classes shared by the standalone images and the inline chart (whose page styles them by CSS).
SVG_CLASSES: dict[str, dict[str, str]] = {
    ".bg": {"fill": "var(bg)", "stroke": "var(rule)"},
    ".fg": {"fill": "var(fg)"},
    ".muted": {"fill": "var(muted)"},
    ".accent": {"fill": "var(accent)"},
    ".bar": {"fill": "var(bar)"},
    ".bar-soft": {"fill": "var(bar-soft)"},
    ".rule": {"stroke": "var(rule)"},
    ".open": {"stroke": "var(bar)", "fill": "none"},
    ".arrow": {"fill": "var(bar)"},
    ".dot": {"fill": "var(accent)"},
    ".grid": {"stroke": "var(rule)", "stroke-width": "1"},
    "a": {"text-decoration": "underline"},
}

CJK = r"\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
# A line-breaking unit: a short bracketed note, a run of Latin, a run of spaces, or one character.
WORD = re.compile(rf"[（(][^（）()\s]{{1,8}}[）)]\s*|[^\s{CJK}]+\s*|\s+|.", re.S)
NO_LINE_START = set("，。、；：！？）》」』”’,.;:!?)")


def char_width(char: str) -> float:
    """A glyph's width in em, estimated a little wide: CJK 1, Latin about 0.3-0.9 (regular weight)."""
    if unicodedata.east_asian_width(char) in ("W", "F") or char in "“”‘’…":
        return 1.0  # curly quotes and the ellipsis are full width in the CJK font that draws them
    if char in "il.,:;'|!()[]/ ":
        return 0.3
    if char in "mwMW%@—":
        return 0.9
    if char.isupper() or char == "–":
        return 0.7
    return 0.56


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    return sum(char_width(char) for char in text) * size * (BOLD if bold else 1.0)


def wrap(text: str, size: float, width: float, *, bold: bool = False) -> list[str]:
    """Break `text` into lines no wider than `width` at font size `size`.

    Latin words and short bracketed notes (（推算）, (derived)) stay whole; Chinese breaks between
    any two characters, but closing punctuation never starts a line (the character before it moves
    down with it); a word too long for any line, such as a URL, breaks after / ? & = or -.
    """

    def fits(candidate: str) -> bool:
        return text_width(candidate.rstrip(), size, bold=bold) <= width

    lines: list[str] = []
    line = ""
    for token in WORD.findall(text):
        if fits(line + token) or not line.strip():
            line += token
        elif token in NO_LINE_START and len(line.rstrip()) > 1:
            lines.append(line[:-1].rstrip())
            line = line[-1] + token
        else:
            lines.append(line.rstrip())
            line = token.lstrip()
        while not fits(line) and len(line) > 1:  # a word too long for any line
            cut = next((i for i in range(len(line), 1, -1) if fits(line[:i])), 1)
            cut = next((i + 1 for i in range(cut - 1, cut // 2, -1) if line[i] in "/?&-="), cut)
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


def one_line(text: str, size: float, width: float, *, bold: bool = False) -> str:
    """`text` cut to one line of `width` with an ellipsis, by the same estimate `wrap` uses."""
    if text_width(text, size, bold=bold) <= width:
        return text
    end = len(text)
    while end > 1 and text_width(text[:end].rstrip() + "…", size, bold=bold) > width:
        end -= 1
    return text[:end].rstrip(" ，、,;；") + "…"


@dataclass
class Canvas:
    """Elements laid out top to bottom; `y` is the next free baseline area."""

    width: int
    y: float = PADDING
    parts: list[str] = field(default_factory=list)

    def text(
        self,
        text: str,
        size: float,
        *,
        cls: str = "fg",
        x: float = PADDING,
        width: float | None = None,
        bold: bool = False,
        line_height: float = 1.45,
        href: str | None = None,
        lang: str | None = None,
        data: str | None = None,
    ) -> None:
        """Wrapped text starting at the current y; advances y past it."""
        width = width if width is not None else self.width - x - PADDING
        weight = ' font-weight="700"' if bold else ""
        lang_attr = f' xml:lang="{lang}"' if lang else ""
        data_attr = f' data-role="{data}"' if data else ""
        for line in wrap(text, size, width, bold=bold):
            self.y += size * line_height
            element = (
                f'<text x="{x:g}" y="{self.y - size * (line_height - 1) / 2 - size * 0.12:.1f}" '
                f'font-size="{size:g}" class="{cls}"{weight}{lang_attr}{data_attr}>{escape(line)}</text>'
            )
            if href:
                element = f'<a href="{escape(href)}" target="_blank">{element}</a>'
            self.parts.append(element)

    def gap(self, height: float) -> None:
        self.y += height

    def rule(self) -> None:
        self.parts.append(
            f'<line x1="{PADDING}" x2="{self.width - PADDING}" y1="{self.y:.1f}" y2="{self.y:.1f}" '
            'class="rule"/>'
        )

    def height(self) -> int:
        return int(self.y + PADDING + 0.5)


def standalone(
    canvas: Canvas,
    *,
    lang: Lang,
    theme: Theme,
    title: str,
    description: str,
    frame: tuple[int, int] | None = None,
) -> str:
    """A complete SVG document around the canvas: background, fonts, colours, title and desc.

    With a `frame` (width, height), the canvas is scaled to fit it and centred on its background:
    the fixed size of a link preview image.
    """
    height = canvas.height()
    css = f"svg{{font-family:{font_stack(lang)}}}" + svg_rules(theme, SVG_CLASSES)
    outer_width, outer_height = frame or (canvas.width, height)
    card = f'<rect class="bg" x="0.5" y="0.5" width="{canvas.width - 1}" height="{height - 1}" rx="10"/>'
    body = card + "".join(canvas.parts)
    if frame:
        zoom = min(outer_width / canvas.width, outer_height / height)
        dx, dy = (outer_width - canvas.width * zoom) / 2, (outer_height - height * zoom) / 2
        backdrop = f'<rect class="bg" x="0" y="0" width="{outer_width}" height="{outer_height}"/>'
        body = backdrop + f'<g transform="translate({dx:.1f} {dy:.1f}) scale({zoom:.4f})">{body}</g>'
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{outer_width}" height="{outer_height}" '
        f'viewBox="0 0 {outer_width} {outer_height}" role="img" aria-labelledby="title desc" '
        f'xml:lang="{"zh-Hans" if lang == "zh" else "en"}" data-theme="{theme}">'
        f'<title id="title">{escape(title)}</title><desc id="desc">{escape(description)}</desc>'
        f"<style>{css}</style>" + body + "</svg>"
    )


def attribution(
    canvas: Canvas,
    article: CitationContext,
    lang: Lang,
    citation: str,
    href: str,
    data_url: str | None = None,
) -> None:
    """The footer every image carries: the byline, the citation (linked to `href`, the embed's own
    page) and a line a reader can type from a printed or WeChat image: the CSV of the figures shown
    (`data_url`), or else the page's address. Never the JSON API: it would mean nothing to a reader."""
    separator = "：" if lang == "zh" else ": "
    canvas.gap(10)
    canvas.rule()
    canvas.gap(4)
    canvas.text(byline(article, lang), 12, cls="muted", data="byline")
    canvas.text(f"{t('cite', lang)}{separator}{citation}", 12, cls="muted", href=href, data="source")
    if data_url:
        line = f"{t('get_data', lang)}{separator}{readable_url(data_url)}"
        canvas.text(line, 11, cls="muted", href=data_url, data="data")
    else:
        canvas.text(readable_url(href), 11, cls="muted", href=href, data="page")


def editorial(canvas: Canvas, line: EditorialLine | None, *, x: float = PADDING, size: float = 12) -> None:
    """The fact's editor's note and correction, the same line the HTML embeds show under it: a
    reader of an image must see that a figure was corrected too."""
    if line is not None:
        canvas.text(line.text, size, cls="muted", x=x, href=line.correction_url, data="editorial")


UNIT_SIZE = 0.55  # the unit and hedge beside a figure, as a share of its size (the HTML card's .55em)
FIGURE_SIZES = (40, 36, 32, 28, 24, 22)


def figure_width(parts: FigureParts, size: float) -> float:
    small = size * UNIT_SIZE
    hedge = text_width(f"{parts.hedge} ", small, bold=True) if parts.hedge else 0.0
    return hedge + text_width(parts.number, size, bold=True) + text_width(parts.unit, small, bold=True)


def figure_size(parts: FigureParts, width: float) -> float:
    """The largest size from 40 px down at which the figure fits on one line."""
    return next((size for size in FIGURE_SIZES if figure_width(parts, size) <= width), FIGURE_SIZES[-1])


def figure(canvas: Canvas, parts: FigureParts) -> None:
    """The figure large and its hedge and unit about half that size, on one line where they fit;
    else the number alone, the unit wrapped on the lines under it."""
    inner = canvas.width - 2 * PADDING
    size = figure_size(parts, inner)
    small = size * UNIT_SIZE
    if figure_width(parts, size) > inner:
        canvas.text(parts.number, size, cls="accent", bold=True, line_height=1.2, data="figure")
        canvas.text(parts.unit.strip(), small, cls="accent", bold=True, line_height=1.3, data="unit")
        return
    canvas.y += size * 1.2
    spans = []
    if parts.hedge:
        spans.append(f'<tspan font-size="{small:g}" data-role="unit">{escape(parts.hedge)} </tspan>')
    spans.append(escape(parts.number))
    if parts.unit:
        spans.append(f'<tspan font-size="{small:g}" data-role="unit">{escape(parts.unit)}</tspan>')
    canvas.parts.append(
        f'<text x="{PADDING}" y="{canvas.y - size * 0.22:.1f}" font-size="{size:g}" class="accent" '
        f'font-weight="700" xml:space="preserve" data-role="figure">{"".join(spans)}</text>'
    )


def card_canvas(
    statistic: StatisticPublic, article: CitationContext, links: Links, lang: Lang, width: int = CARD_WIDTH
) -> Canvas:
    """Label, the figure large with its unit smaller, the article's words (in English), when it
    holds, the editorial line, then the footer: byline, source, the CSV of this one figure."""
    canvas = Canvas(width)
    canvas.text(statistic.label, 15, data="label")
    canvas.gap(4)
    figure(canvas, typeset_parts(statistic, lang))
    if lang == "en":
        canvas.text(f"{t('in_article', lang)}: {statistic.value_text}", 13, cls="muted")
    when = statistic_when(statistic, lang)
    canvas.text(when.text, 14, cls="muted", data="when")
    editorial(canvas, editorial_line(statistic, lang, links))
    citation = statistic.citation.short.zh if lang == "zh" else statistic.citation.short.en
    page = links.card(statistic.slug, lang)
    attribution(canvas, article, lang, citation, page, links.statistics_csv([statistic.slug]))
    return canvas


def card_svg(
    statistic: StatisticPublic,
    article: CitationContext,
    links: Links,
    lang: Lang,
    theme: Theme,
    width: int = CARD_WIDTH,
    *,
    social: bool = False,
) -> str:
    """The card `width` wide, or, `social`, fitted to the 1200x630 frame of a link preview."""
    return standalone(
        card_canvas(statistic, article, links, lang, SOCIAL_LAYOUT_WIDTH if social else width),
        lang=lang,
        theme=theme,
        title=f"{statistic.label}: {figure_text(statistic, lang)}",
        description=statistic_when(statistic, lang).text,
        frame=SOCIAL_FRAME if social else None,
    )


def timeline_canvas(
    milestones: Sequence[MilestonePublic],
    article: CitationContext,
    links: Links,
    lang: Lang,
    width: int = TIMELINE_WIDTH,
) -> Canvas:
    canvas = Canvas(width)
    canvas.text(t("timeline_title", lang), 20, bold=True)
    canvas.text(t("timeline_intro", lang), 12, cls="muted")
    canvas.gap(6)
    date_column = 150
    x_text = PADDING + date_column
    dots = []
    for milestone in milestones:
        canvas.gap(8)
        top = canvas.y
        when = milestone_when(milestone, lang)
        date_canvas = Canvas(width, y=top)
        date_canvas.text(when.text, 14, cls="accent", bold=True, width=date_column - 24, data="date")
        canvas.text(milestone.title, 14, x=x_text)
        paragraph = t("paragraph", lang).format(n=milestone.source.paragraph)  # the article: cited once below
        canvas.text(paragraph, 11, cls="muted", x=x_text, href=links.timeline(lang))
        editorial(canvas, editorial_line(milestone, lang, links), x=x_text, size=11)
        canvas.parts.extend(date_canvas.parts)
        canvas.y = max(canvas.y, date_canvas.y)
        dots.append(top + 14)
    line_x = PADDING + date_column - 12
    if dots:
        canvas.parts.insert(
            0, f'<line x1="{line_x}" x2="{line_x}" y1="{dots[0]:.1f}" y2="{dots[-1]:.1f}" class="rule"/>'
        )
        canvas.parts[1:1] = [f'<circle cx="{line_x}" cy="{y:.1f}" r="4" class="dot"/>' for y in dots]
    attribution(canvas, article, lang, article_citation(article, lang), links.timeline(lang))
    return canvas


def timeline_svg(
    milestones: Sequence[MilestonePublic],
    article: CitationContext,
    links: Links,
    lang: Lang,
    theme: Theme,
    width: int = TIMELINE_WIDTH,
    *,
    social: bool = False,
) -> str:
    """The timeline `width` wide, or, `social`, its first milestones fitted to a link preview's frame."""
    if social:
        shown = len(milestones)
        canvas = timeline_canvas(milestones, article, links, lang, SOCIAL_LAYOUT_WIDTH)
        while shown > 1 and canvas.height() > SOCIAL_TIMELINE_HEIGHT:
            shown -= 1
            canvas = timeline_canvas(milestones[:shown], article, links, lang, SOCIAL_LAYOUT_WIDTH)
    else:
        canvas = timeline_canvas(milestones, article, links, lang, width)
    return standalone(
        canvas,
        lang=lang,
        theme=theme,
        title=t("timeline_title", lang),
        description=t("timeline_intro", lang),
        frame=SOCIAL_FRAME if social else None,
    )


def bars(
    statistics: Sequence[StatisticPublic],
    lang: Lang,
    width: int,
    *,
    x0: float = PADDING,
    notes: Sequence[int] = (),
    lines: Sequence[EditorialLine | None] = (),
) -> Canvas:
    """Horizontal bars on one zero-based axis, each labelled with the article's words and the number
    of its footnote (`notes`, else its place), over light gridlines at round values written under
    the last bar, as the HTML chart's axis is (`axis_ticks`, `tick_text`). `lines`: each bar's
    editorial line, if any.

    An open-ended figure (more than, at least) ends in a dashed arrow; a range shows its upper end
    as a lighter bar.
    """
    canvas = Canvas(width, y=0)
    area = width - x0 - PADDING - 40  # room for the open-ended arrow
    top = axis_top(statistics) or 1.0
    ticks = axis_ticks(top)
    places = [x0 + area * tick / top for tick in ticks]
    first_bar = None
    for index, statistic in enumerate(statistics):
        number = notes[index] if index < len(notes) else index + 1
        canvas.gap(6)
        canvas.text(f"{statistic.label} [{number}]", 13, x=x0, width=width - x0 - PADDING, data="bar-label")
        canvas.text(bar_value_label(statistic, lang), 15, cls="accent", bold=True, x=x0, data="bar-value")
        canvas.gap(4)
        y = canvas.y
        first_bar = y if first_bar is None else first_bar
        canvas.parts.extend(
            f'<line class="grid" x1="{x:.1f}" x2="{x:.1f}" y1="{y:.1f}" y2="{y + BAR_HEIGHT:.1f}"/>'
            for x in places[1:]
        )
        length = area * float(statistic.value) / top
        canvas.parts.append(
            f'<rect class="bar" x="{x0:g}" y="{y:.1f}" width="{length:.1f}" height="{BAR_HEIGHT}" '
            f'data-slug="{escape(statistic.slug)}"/>'
        )
        end = x0 + length
        if statistic.qualifier == "range" and statistic.value_max is not None:
            high = area * float(statistic.value_max) / top
            canvas.parts.append(
                f'<rect class="bar-soft" x="{end:.1f}" y="{y:.1f}" width="{high - length:.1f}" '
                f'height="{BAR_HEIGHT}"/>'
            )
        if statistic.qualifier in OPEN_ENDED:
            canvas.parts.append(f'<g transform="translate({end:.1f} {y:.1f})">{open_arrow()}</g>')
        canvas.gap(BAR_HEIGHT + 6)
        if index < len(lines):
            editorial(canvas, lines[index], x=x0)
    if first_bar is not None:  # the zero line: every bar starts at 0; the tick values under it
        canvas.parts.append(
            f'<line class="rule" x1="{x0:g}" x2="{x0:g}" y1="{first_bar - 4:.1f}" y2="{canvas.y - 2:.1f}" '
            'stroke-width="2"/>'
        )
        percent = statistics[0].unit == "%"
        for tick, x in zip(ticks, places, strict=True):
            anchor = "start" if tick == 0 else "middle"
            canvas.parts.append(
                f'<text class="muted" x="{x:.1f}" y="{canvas.y + 12:.1f}" font-size="11" '
                f'text-anchor="{anchor}" data-role="tick">{escape(tick_text(tick, top, percent, lang))}'
                "</text>"
            )
        canvas.gap(16)
    return canvas


def open_arrow() -> str:
    """A dashed line and an arrowhead past a bar's end: the figure is a floor, not the value."""
    mid = BAR_HEIGHT / 2
    return (
        f'<path class="open" d="M1 {mid:g}H26" stroke-width="2" stroke-dasharray="4 3"/>'
        f'<path class="arrow" d="M26 {mid - 6:g}L34 {mid:g}L26 {mid + 6:g}Z"/>'
    )


TRACK_SPAN = 88  # percent of a track the largest figure takes, leaving room for the open-ended arrow


def axis_ticks(top: float, count: int = 4) -> list[float]:
    """Round values from 0 to about `top`, about `count` steps of 1, 2, 2.5 or 5 times a power of ten."""
    raw = (top or 1.0) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [round(i * step, 12) for i in range(int(top / step + 1e-9) + 1)]


# Round axis values in the reader's own large units: 5万 and 1.5亿 in Chinese, 50k and 2M in English.
TICK_UNITS: dict[Lang, tuple[tuple[float, float, str], ...]] = {
    "zh": ((1e8, 1e8, "亿"), (1e4, 1e4, "万")),
    "en": ((1e6, 1e6, "M"), (1e4, 1e3, "k")),
}


def tick_text(tick: float, top: float, percent: bool, lang: Lang) -> str:
    """An axis value as the embed's language writes a round number: 0, 5, 10%, 5万 or 50k.

    The axis's largest value picks the unit for every tick, so one axis never mixes 5,000 and 1万.
    """
    _, divisor, suffix = next((unit for unit in TICK_UNITS[lang] if top >= unit[0]), (0, 1, ""))
    if tick == 0:
        suffix = ""  # 0, not 0万
    return f"{format_number(round(tick / divisor, 6))}{suffix}{'%' if percent else ''}"


def _tick_x(value: float, top: float) -> float:
    return value * TRACK_SPAN / (top or 1.0)


def tick_labels(top: float, ticks: Sequence[float], statistics: Sequence[StatisticPublic], lang: Lang) -> str:
    """The axis under the HTML chart's bars: each tick's value at its place (percent of the track)."""
    percent = bool(statistics) and statistics[0].unit == "%"
    labels = []
    for tick in ticks:
        x = _tick_x(tick, top)
        anchor = "start" if tick == 0 else "middle"
        label = escape(tick_text(tick, top, percent, lang))
        labels.append(f'<text x="{x:.2f}%" y="12" text-anchor="{anchor}">{label}</text>')
    return f'<svg class="ticks" width="100%" height="16" aria-hidden="true">{"".join(labels)}</svg>'


def bar_track(statistic: StatisticPublic, top: float, ticks: Sequence[float] = ()) -> str:
    """One bar as an inline SVG that stretches with its container, for the HTML chart page, over
    light gridlines at the axis ticks.

    Lengths are percentages of the track (88% is the largest figure, leaving room for the arrow).
    """
    scale = TRACK_SPAN / (top or 1.0)
    length = float(statistic.value) * scale
    places = [_tick_x(tick, top) for tick in ticks if tick > 0]
    grid = [f'<line class="grid" x1="{x:.2f}%" x2="{x:.2f}%" y1="0" y2="{BAR_HEIGHT}"/>' for x in places]
    parts = [*grid, f'<rect class="bar" x="0" y="0" width="{length:.2f}%" height="{BAR_HEIGHT}"/>']
    if statistic.qualifier == "range" and statistic.value_max is not None:
        high = float(statistic.value_max) * scale
        parts.append(
            f'<rect class="bar-soft" x="{length:.2f}%" y="0" width="{high - length:.2f}%" '
            f'height="{BAR_HEIGHT}"/>'
        )
    if statistic.qualifier in OPEN_ENDED:
        parts.append(
            f'<svg x="{length:.2f}%" y="0" width="36" height="{BAR_HEIGHT}" overflow="visible">'
            f"{open_arrow()}</svg>"
        )
    return (
        f'<svg class="track" width="100%" height="{BAR_HEIGHT}" aria-hidden="true" '
        f'data-slug="{escape(statistic.slug)}">{"".join(parts)}</svg>'
    )


def axis_top(statistics: Sequence[StatisticPublic]) -> float:
    """The axis runs from 0 to the largest figure (a range's upper end included)."""
    return max(float(s.value_max if s.value_max is not None else s.value) for s in statistics)


def chart_notes(statistics: Sequence[StatisticPublic], lang: Lang) -> list[str]:
    """What the marks mean, for the marks this chart uses."""
    notes = []
    if any(s.qualifier in OPEN_ENDED for s in statistics):
        notes.append(t("open_ended", lang))
    if any(s.qualifier == "range" for s in statistics):
        notes.append(t("range_note", lang))
    return notes


@dataclass(frozen=True)
class Footnotes:
    """A chart's citations, each once (two figures from one sentence share it), and each bar's number."""

    citations: list[tuple[str, str]]  # the citation, and the slug of the first figure citing it
    numbers: list[int]  # the footnote number of each figure, in the chart's order


def chart_footnotes(statistics: Sequence[StatisticPublic], lang: Lang) -> Footnotes:
    """One footnote per citation, numbered in the order the bars first cite them (HTML and image alike)."""
    first: dict[str, str] = {}
    for statistic in statistics:
        first.setdefault(
            statistic.citation.short.zh if lang == "zh" else statistic.citation.short.en, statistic.slug
        )
    numbers = {citation: number for number, citation in enumerate(first, start=1)}
    return Footnotes(
        citations=list(first.items()),
        numbers=[numbers[s.citation.short.zh if lang == "zh" else s.citation.short.en] for s in statistics],
    )


def chart_canvas(
    chart: ChartDefinition,
    statistics: Sequence[StatisticPublic],
    article: CitationContext,
    links: Links,
    lang: Lang,
    width: int = CHART_WIDTH,
    *,
    whole_caption: bool = False,
) -> Canvas:
    """Title, the caption cut to one line (the page has all of it), the bars over their axis, what
    the marks mean, each footnote once, then the footer with the CSV of exactly these figures.

    `whole_caption`: the caption wrapped whole, as the HTML page shows it (oEmbed estimates the
    page's height from this layout)."""
    canvas = Canvas(width)
    page = links.chart(chart.name, lang)
    canvas.text(chart.title.zh if lang == "zh" else chart.title.en, 18, bold=True, data="title")
    caption = chart.caption.zh if lang == "zh" else chart.caption.en
    shown = caption if whole_caption else one_line(caption, 12, width - 2 * PADDING)
    canvas.text(shown, 12, cls="muted", data="caption")
    canvas.gap(6)
    footnotes = chart_footnotes(statistics, lang)
    lines = [editorial_line(statistic, lang, links) for statistic in statistics]
    drawn = bars(statistics, lang, width, notes=footnotes.numbers, lines=lines)
    canvas.parts.append(f'<g transform="translate(0 {canvas.y:.1f})">{"".join(drawn.parts)}</g>')
    canvas.y += drawn.y
    for note in chart_notes(statistics, lang):
        canvas.text(note, 11, cls="muted", data="note")
    canvas.gap(4)
    for number, (citation, _) in enumerate(footnotes.citations, start=1):
        canvas.text(f"[{number}] {citation}", 11, cls="muted", href=page, data="footnote")
    data_url = links.statistics_csv([statistic.slug for statistic in statistics])
    attribution(canvas, article, lang, article_citation(article, lang), page, data_url)
    return canvas


def chart_svg(
    chart: ChartDefinition,
    statistics: Sequence[StatisticPublic],
    article: CitationContext,
    links: Links,
    lang: Lang,
    theme: Theme,
    width: int = CHART_WIDTH,
    *,
    social: bool = False,
) -> str:
    """The chart `width` wide, or, `social`, fitted to the 1200x630 frame of a link preview."""
    return standalone(
        chart_canvas(chart, statistics, article, links, lang, SOCIAL_LAYOUT_WIDTH if social else width),
        lang=lang,
        theme=theme,
        title=chart.title.zh if lang == "zh" else chart.title.en,
        description=chart.caption.zh if lang == "zh" else chart.caption.en,
        frame=SOCIAL_FRAME if social else None,
    )

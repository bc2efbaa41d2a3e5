"""The embed pages, rendered from the Jinja2 templates in `templates/` with autoescape on.

Every page is self-contained: its style sheet and scripts (`static/`) are inlined, nothing is
fetched, and the CSP (app/api/headers.py) allows exactly those inline blocks by hash. An embed's
one script reports the page's height to the host (`changdu-facts:resize`), so a responsive iframe
can fit it; the gallery adds the host side, which fits its previews. The attribution (the
article's title, its author, the fact's citation and a link to it in the API) is part of every
page and has no switch.

What a template shows is computed here; the templates only lay it out.
"""

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from app.citations import CitationContext
from app.embed.charts import CHARTS, ChartDefinition
from app.embed.links import Links
from app.embed.render import (
    EditorialLine,
    article_citation,
    bar_value_label,
    byline,
    editorial_line,
    figure_parts,
    milestone_when,
    statistic_when,
)
from app.embed.svg import (
    CARD_WIDTH,
    CHART_WIDTH,
    SOCIAL_FRAME,
    TIMELINE_WIDTH,
    axis_ticks,
    axis_top,
    bar_track,
    chart_footnotes,
    chart_notes,
    tick_labels,
)
from app.embed.texts import t
from app.embed.theme import Theme, css_variables, font_stack
from app.schemas import Lang, Localized, MilestonePublic, StatisticPublic

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"

TEMPLATES = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"], default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


@cache
def static_text(name: str) -> Markup:
    """A style sheet or script of `static/`, ours and trusted, to inline as it is."""
    return Markup((STATIC / name).read_text(encoding="utf-8"))


def host_script(origin: str) -> str:
    """What a host page runs to fit our iframes to the heights they report; `origin` is a JavaScript
    expression for the only origin whose messages count."""
    return TEMPLATES.get_template("host.js").render(origin=origin)


def iframe_html(src: str, title: str, width: int | str, height: int, max_width: str) -> str:
    """An iframe of an embed page, as source text for a host to paste (the gallery's snippets, oEmbed).

    It is text, not part of our page: `quoteattr` quotes each attribute value as HTML needs it, so
    the source reads as a person would write it (Qamdo's, not Qamdo&#x27;s).
    """
    return (
        f"<iframe src={quoteattr(src)} title={quoteattr(title)} width={quoteattr(str(width))} "
        f'height="{height}" style="border:0;max-width:{max_width}" loading="lazy"></iframe>'
    )


def url_attribute(url: str) -> str:
    """A URL quoted as an attribute the way a person writes it: `&width=` stays bare (HTML reads an
    `&` followed by a name and `=` inside an attribute as text), only quotes and brackets escaped."""
    return '"' + url.replace('"', "%22").replace("<", "%3C").replace(">", "%3E") + '"'


@dataclass(frozen=True)
class Preview:
    """What a link preview shows (Open Graph and Twitter meta): a sentence and a 1200x630 PNG."""

    description: str
    image_url: str
    image_width: int = SOCIAL_FRAME[0]
    image_height: int = SOCIAL_FRAME[1]


@dataclass(frozen=True)
class EmbedContext:
    """What every embed page needs besides its facts."""

    lang: Lang
    theme: Theme
    links: Links
    article: CitationContext


def _localized(text: Localized, lang: Lang) -> str:
    return text.zh if lang == "zh" else text.en


def editorial(context: EmbedContext, fact: StatisticPublic | MilestonePublic) -> EditorialLine | None:
    """The one short line under a fact (app/embed/render.py); the images show the same line."""
    return editorial_line(fact, context.lang, context.links)


def _render(
    template: str,
    context: EmbedContext,
    *,
    title: str,
    css: str,
    embed_id: str,
    canonical: str,
    oembed: bool = True,
    preview: Preview | None = None,
    **values: Any,
) -> str:
    lang = context.lang
    return TEMPLATES.get_template(template).render(
        lang=lang,
        theme=context.theme,
        title=title,
        canonical=canonical,
        preview=preview,
        oembed_url=context.links.oembed(canonical) if oembed else None,
        variables=Markup(f"{css_variables(context.theme)}:root{{--font:{font_stack(lang)}}}"),
        css=css,
        embed_id=embed_id,
        static=static_text,
        t=lambda key: t(key, lang),
        byline=byline(context.article, lang),
        separator="：" if lang == "zh" else ": ",
        **values,
    )


def _sentence(lang: Lang, text: str, citation: str) -> str:
    """A preview's description: what it shows, then how to cite it."""
    if lang == "zh":
        return f"{text}。{t('cite', lang)}：{citation}"
    return f"{text}. {t('cite', lang)}: {citation}"


def card_page(context: EmbedContext, statistic: StatisticPublic) -> str:
    lang, links = context.lang, context.links
    figure = figure_parts(statistic, lang)
    moment = statistic_when(statistic, lang)
    citation = _localized(statistic.citation.short, lang)
    held = f"（{moment.text}）" if lang == "zh" else f" ({moment.text})"
    preview = Preview(
        description=_sentence(lang, f"{statistic.label}: {figure.text}{held}", citation),
        image_url=links.card(statistic.slug, lang, context.theme, "social"),
    )
    return _render(
        "card.html",
        context,
        title=f"{statistic.label}: {figure.text}",
        css="card.css",
        embed_id=statistic.slug,
        canonical=links.card(statistic.slug, lang, context.theme),
        preview=preview,
        statistic=statistic,
        figure=figure,
        moment=moment,
        editorial=editorial(context, statistic),
        citation=citation,
        citation_url=links.statistic_api(statistic.slug, lang),
    )


def timeline_page(context: EmbedContext, milestones: Sequence[MilestonePublic]) -> str:
    lang, links = context.lang, context.links
    events = [
        {
            "slug": m.slug,
            "date": m.date,
            "when": milestone_when(m, lang),
            "title": m.title,
            # The article is cited once, in the attribution: each milestone names only its paragraph.
            "citation": t("paragraph", lang).format(n=m.source.paragraph),
            "citation_url": links.milestone_api(m.slug, lang),
            "editorial": editorial(context, m),
        }
        for m in milestones
    ]
    return _render(
        "timeline.html",
        context,
        title=t("timeline_title", lang),
        css="timeline.css",
        embed_id="timeline",
        canonical=links.timeline(lang, context.theme),
        preview=Preview(
            description=_sentence(
                lang,
                t("milestones", lang).format(
                    first=events[0]["when"].text, last=events[-1]["when"].text, count=len(events)
                )
                if events
                else t("timeline_intro", lang),
                article_citation(context.article, lang),
            ),
            image_url=links.timeline(lang, context.theme, "social"),
        ),
        events=events,
        citation=article_citation(context.article, lang),
        citation_url=links.article_api(lang),
    )


def chart_page(context: EmbedContext, chart: ChartDefinition, statistics: Sequence[StatisticPublic]) -> str:
    lang, links = context.lang, context.links
    top = axis_top(statistics)
    ticks = axis_ticks(top)
    footnotes = chart_footnotes(statistics, lang)
    bars = [
        {
            "slug": s.slug,
            "label": s.label,
            "value": bar_value_label(s, lang),
            "track": Markup(bar_track(s, top, ticks)),  # SVG drawn in code (svg.py), its texts escaped there
            "note": number,
            "editorial": editorial(context, s),
        }
        for s, number in zip(statistics, footnotes.numbers, strict=True)
    ]
    return _render(
        "chart.html",
        context,
        title=_localized(chart.title, lang),
        css="chart.css",
        embed_id=chart.name,
        canonical=links.chart(chart.name, lang, context.theme),
        preview=Preview(
            description=_sentence(
                lang,
                "; ".join(f"{bar['label']}: {bar['value']}" for bar in bars),
                article_citation(context.article, lang),
            ),
            image_url=links.chart(chart.name, lang, context.theme, "social"),
        ),
        chart_name=chart.name,
        caption=_localized(chart.caption, lang),
        bars=bars,
        axis=Markup(tick_labels(top, ticks, statistics, lang)),  # SVG drawn in code, numbers only
        footnotes=[(citation, links.statistic_api(slug, lang)) for citation, slug in footnotes.citations],
        data_url=links.statistics_csv([s.slug for s in statistics]),
        notes=chart_notes(statistics, lang),
        citation=article_citation(context.article, lang),
        citation_url=links.article_api(lang),
    )


def missing_page(context: EmbedContext) -> str:
    """What an embed of a figure or chart that does not exist shows inside the host's page."""
    lang = context.lang
    return _render(
        "missing.html",
        context,
        title=t("missing_title", lang),
        css="card.css",
        embed_id="missing",
        canonical=context.links.gallery(lang),
        oembed=False,
        gallery_url=context.links.gallery(lang),
    )


PHONE_WIDTH = 375  # the images' phone layout, which the gallery's image snippets offer narrow screens


@dataclass(frozen=True)
class GalleryItem:
    title: str
    page_url: str
    svg_url: str
    phone_svg_url: str  # laid out PHONE_WIDTH wide: its text stays readable on a phone
    png_urls: tuple[str, str]  # at scale 1 and 2
    height: int  # what the iframe needs on the narrowest phone (320 px)
    image_width: int  # the SVG's own width: the largest it is shown, never wider than its container
    note: str = ""


def _gallery_entry(context: EmbedContext, item: GalleryItem) -> dict[str, Any]:
    """An item of the gallery with its three copy-paste snippets (source text, escaped once on the page)."""
    lang = context.lang
    # Narrower than the image's own width, the browser takes the phone layout: an image laid out
    # 640 wide and shown 375 wide would shrink its 11 px text to 6 px.
    image = (
        f'<picture><source media="(max-width: {item.image_width}px)" '
        f"srcset={url_attribute(item.phone_svg_url)}>"
        f"<img src={url_attribute(item.svg_url)} alt={quoteattr(item.title)} "
        f'style="width:100%;max-width:{item.image_width}px;height:auto"></picture>'
    )
    return {
        "title": item.title,
        "note": item.note,
        "page_url": item.page_url,
        "png_urls": item.png_urls,
        "snippets": (
            (t("iframe_snippet", lang), iframe_html(item.page_url, item.title, "100%", item.height, "680px")),
            (t("svg_snippet", lang), image),
            (t("oembed_snippet", lang), context.links.oembed(item.page_url)),
        ),
    }


def gallery_page(
    context: EmbedContext,
    statistics: Sequence[StatisticPublic],
    origin: str,
    heights: Callable[[str, str | None], int],
) -> str:
    """Every embeddable thing with a live preview and copy-paste snippets."""
    lang, links, theme = context.lang, context.links, context.theme
    other: Lang = "en" if lang == "zh" else "zh"
    charts = [
        GalleryItem(
            title=_localized(chart.title, lang),
            page_url=links.chart(chart.name, lang, theme),
            svg_url=links.chart(chart.name, lang, theme, "svg"),
            phone_svg_url=links.chart(chart.name, lang, theme, "svg", width=PHONE_WIDTH),
            png_urls=(
                links.chart(chart.name, lang, theme, "png"),
                links.chart(chart.name, lang, theme, "png", 2),
            ),
            height=heights("chart", chart.name),
            image_width=CHART_WIDTH,
            note=f"{t('chart_name', lang)}: {chart.name}",
        )
        for chart in CHARTS.values()
    ]
    timeline = GalleryItem(
        title=t("timeline_title", lang),
        page_url=links.timeline(lang, theme),
        svg_url=links.timeline(lang, theme, "svg"),
        phone_svg_url=links.timeline(lang, theme, "svg", width=PHONE_WIDTH),
        png_urls=(links.timeline(lang, theme, "png"), links.timeline(lang, theme, "png", 2)),
        height=heights("timeline", None),
        image_width=TIMELINE_WIDTH,
    )
    cards = [
        GalleryItem(
            title=s.label,
            page_url=links.card(s.slug, lang, theme),
            svg_url=links.card(s.slug, lang, theme, "svg"),
            phone_svg_url=links.card(s.slug, lang, theme, "svg", width=PHONE_WIDTH),
            png_urls=(links.card(s.slug, lang, theme, "png"), links.card(s.slug, lang, theme, "png", 2)),
            height=heights("statistic", s.slug),
            image_width=CARD_WIDTH,
            note=f"slug: {s.slug}",
        )
        for s in statistics
    ]
    return _render(
        "gallery.html",
        context,
        title=t("gallery_title", lang),
        css="gallery.css",
        embed_id="gallery",
        canonical=links.gallery(lang),
        oembed=False,
        host_script=Markup(host_script("window.location.origin")),
        host_snippet=f"<script>{host_script(json.dumps(origin))}</script>",
        other_lang=other,
        other_lang_url=links.gallery(other),
        charts=[_gallery_entry(context, item) for item in charts],
        timeline=_gallery_entry(context, timeline),
        cards=[_gallery_entry(context, item) for item in cards],
    )

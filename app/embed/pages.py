"""The embed pages as self-contained HTML: one inline style sheet, inline scripts, nothing fetched.

An embed's one script reports the page's height to the host (`changdu-facts:resize`), so a
responsive iframe can fit it; the gallery adds the host side, which fits its previews. The CSP
allows exactly these scripts and the style sheet, by hash. Every text from the data is
escaped. The attribution (the article's title, its author, the fact's citation and a link to it
in the API) is part of every page and has no switch.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from app.citations import CitationContext
from app.embed.charts import CHARTS, ChartDefinition
from app.embed.links import Links
from app.embed.render import (
    FigureParts,
    When,
    article_citation,
    bar_value_label,
    byline,
    figure_parts,
    milestone_when,
    statistic_when,
)
from app.embed.svg import axis_top, bar_track, chart_notes
from app.embed.texts import t
from app.embed.theme import Theme, css_variables, font_stack
from app.schemas import Lang, Localized, MilestonePublic, StatisticPublic

RESIZE_SCRIPT = """(function () {
  var root = document.querySelector("[data-embed]");
  var slug = root ? root.getAttribute("data-embed") : "";
  var last = -1;
  function report(again) {
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last && again !== true) return;
    last = height;
    window.parent.postMessage({type: "changdu-facts:resize", height: height, slug: slug}, "*");
  }
  window.addEventListener("load", function () { report(true); });
  if (window.ResizeObserver) new ResizeObserver(report).observe(document.body);
  report();
})();"""


def host_script(origin: str) -> str:
    """What a host page runs to fit our iframes to the heights they report (only from `origin`)."""
    return """window.addEventListener("message", function (event) {
  var data = event.data;
  if (event.origin !== ORIGIN || !data || data.type !== "changdu-facts:resize") return;
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === event.source) frames[i].style.height = data.height + "px";
  }
});""".replace("ORIGIN", origin)


GALLERY_HOST_SCRIPT = host_script("window.location.origin")

BASE_CSS = """*{box-sizing:border-box}
html{background:var(--bg)}
body{margin:0;font-family:FONTS;color:var(--fg);background:var(--bg);line-height:1.5;
-webkit-text-size-adjust:100%;text-size-adjust:100%}
a{color:inherit}
a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.embed{padding:16px 20px 14px;border:1px solid var(--rule);border-radius:10px;background:var(--bg)}
.intro,.caption,.notes{font-size:13px;color:var(--muted);margin:2px 0}
.editorial{font-size:12px;color:var(--muted);margin:4px 0 0}
.derived{text-decoration:underline dotted;text-underline-offset:3px;cursor:help}
.attribution{margin-top:12px;padding-top:8px;border-top:1px solid var(--rule);font-size:12px;
color:var(--muted)}
.attribution p{margin:2px 0}
h1.title{font-size:19px;line-height:1.35;margin:0 0 4px}
"""
CARD_CSS = """.label{font-size:15px;font-weight:600;line-height:1.45;margin:0 0 4px}
.figure{font-size:clamp(28px,10vw,40px);font-weight:700;line-height:1.15;margin:6px 0 4px;color:var(--accent);
overflow-wrap:anywhere}
.figure .hedge,.figure .unit{font-size:.55em;font-weight:600}
.original,.when{font-size:13px;color:var(--muted);margin:2px 0}
.when{font-size:14px}
"""
TIMELINE_CSS = """.events{list-style:none;margin:10px 0 0;padding:0}
.events li{display:grid;grid-template-columns:minmax(7em,11em) 1fr;gap:2px 14px;padding:9px 0;
border-top:1px solid var(--rule)}
.events time{font-weight:700;color:var(--accent)}
.event-title{margin:0;font-size:15px}
.event-cite{margin:2px 0 0;font-size:12px;color:var(--muted)}
"""
CHART_CSS = """.bars{list-style:none;margin:12px 0 0;padding:0;border-left:2px solid var(--rule)}
.bars li{padding:6px 0 8px 10px}
.bar-label{margin:0;font-size:14px}
.bar-value{margin:2px 0 4px;font-size:17px;font-weight:700;color:var(--accent)}
.track{display:block;overflow:visible}
.axis{font-size:11px;color:var(--muted);margin:0 0 6px}
.citations{font-size:12px;color:var(--muted);margin:8px 0 0;padding-left:2.2em}
.bar{fill:var(--bar)}
.bar-soft{fill:var(--bar-soft)}
.open{stroke:var(--bar);fill:none}
.arrow{fill:var(--bar)}
"""
GALLERY_CSS = """.gallery{max-width:1120px;margin:0 auto;padding:20px}
.gallery h1{font-size:24px;margin:0 0 8px}
.gallery h2{font-size:20px;margin:28px 0 10px;border-bottom:2px solid var(--rule)}
.gallery h3{font-size:15px;margin:0 0 8px;line-height:1.4}
.lang-switch{float:right;font-size:14px}
.items{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:18px}
.items.wide{grid-template-columns:1fr}
.item{border:1px solid var(--rule);border-radius:10px;padding:14px;background:var(--panel)}
.preview{display:block;width:100%;height:320px;border:0;border-radius:10px;background:var(--bg)}
.wide .preview{max-width:680px;height:560px}
.snippet{margin:10px 0 0;font-size:12px}
.snippet h4{font-size:12px;margin:0 0 2px;color:var(--muted);font-weight:600}
pre{margin:0;padding:8px;overflow-x:auto;white-space:pre-wrap;word-break:break-all;
background:var(--bg);border:1px solid var(--rule);border-radius:6px;user-select:all;
font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12px}
"""


def style(lang: Lang, theme: Theme, css: str) -> str:
    """The page's one style sheet: colours of the theme, base rules, the page's own rules."""
    return css_variables(theme) + "\n" + BASE_CSS.replace("FONTS", font_stack(lang)) + css


@dataclass(frozen=True)
class Page:
    """What every embed page needs besides its body."""

    lang: Lang
    theme: Theme
    links: Links
    article: CitationContext


def document(
    page: Page,
    *,
    title: str,
    body: str,
    css: str,
    embed_id: str,
    canonical: str,
    oembed: bool = True,
    head_scripts: Sequence[str] = (),
) -> str:
    """A complete page: head with the oEmbed discovery link, inline style (and `head_scripts`, which
    must run before the body's frames load), then the body and the resize script."""
    discovery = (
        f'<link rel="alternate" type="application/json+oembed" href="{escape(page.links.oembed(canonical))}" '
        f'title="{escape(title)}">'
        if oembed
        else ""
    )
    head = "".join(f"<script>{script}</script>" for script in head_scripts)
    return (
        "<!doctype html>\n"
        f'<html lang="{"zh-Hans" if page.lang == "zh" else "en"}" data-theme="{page.theme}">'
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<title>{escape(title)}</title><link rel="canonical" href="{escape(canonical)}">{discovery}'
        f"<style>{style(page.lang, page.theme, css)}</style>{head}</head>"
        f'<body data-embed="{escape(embed_id)}">{body}<script>{RESIZE_SCRIPT}</script></body></html>'
    )


def _when(when: When, tag: str = "span", datetime: str | None = None) -> str:
    attributes = f' datetime="{escape(datetime)}"' if datetime else ""
    if when.derived_reason:
        attributes += f' class="derived" title="{escape(when.derived_reason)}"'
    return f"<{tag}{attributes}>{escape(when.text)}</{tag}>"


def _link(href: str, text: str) -> str:
    return f'<a href="{escape(href)}" target="_blank" rel="noopener">{escape(text)}</a>'


def _short(citation_short: Localized, lang: Lang) -> str:
    return citation_short.zh if lang == "zh" else citation_short.en


def _cite_link(href: str, citation_short: Localized, lang: Lang) -> str:
    return _link(href, _short(citation_short, lang))


def attribution(page: Page, citation: str, href: str) -> str:
    """The footer no option removes: title and byline, then the linked short citation."""
    separator = "：" if page.lang == "zh" else ": "
    return (
        '<footer class="attribution">'
        f'<p class="byline">{escape(byline(page.article, page.lang))}</p>'
        f'<p class="cite">{escape(t("cite", page.lang))}{separator}{_link(href, citation)}</p>'
        "</footer>"
    )


NOTE_CHARACTERS = {"zh": 24, "en": 56}  # one short line (the full note is its title, and in the API)
EDITORIAL_LINE_PX = 22  # its height: 12 px text, line height 1.45, 4 px above (oEmbed counts it)


def editorial_line(page: Page, fact: StatisticPublic | MilestonePublic) -> str:
    """One short line under a fact: its first editor's note, and "Corrected on DATE" linking to the
    latest correction that changed it; nothing when it has neither."""
    lang, parts = page.lang, []
    if fact.notes:
        text = fact.notes[0].text
        limit = NOTE_CHARACTERS[lang]
        short = text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
        separator = "：" if lang == "zh" else ": "
        label = f"{t('editor_note', lang)}{separator}{short}"
        parts.append(f'<span class="note" title="{escape(text)}">{escape(label)}</span>')
    if fact.corrections:
        latest = fact.corrections[-1]
        parts.append(
            _link(page.links.correction(latest.slug, lang), t("corrected_on", lang).format(date=latest.date))
        )
    return f'<p class="editorial">{" ".join(parts)}</p>' if parts else ""


def _figure_html(figure: FigureParts) -> str:
    hedge = f'<span class="hedge">{escape(figure.hedge)}</span> ' if figure.hedge else ""
    unit = f'<span class="unit">{escape(figure.unit)}</span>' if figure.unit else ""
    return f"{hedge}{escape(figure.number)}{unit}"


def card_page(page: Page, statistic: StatisticPublic) -> str:
    lang = page.lang
    figure = figure_parts(statistic, lang)
    original = (
        f'<p class="original">{escape(t("in_article", lang))}: '
        f'<span lang="zh-Hans">{escape(statistic.value_text)}</span></p>'
        if lang == "en"
        else ""
    )
    body = (
        f'<main class="embed card" data-embed="{escape(statistic.slug)}">'
        f'<h1 class="label">{escape(statistic.label)}</h1>'
        f'<p class="figure" data-figure>{_figure_html(figure)}</p>{original}'
        f'<p class="when">{_when(statistic_when(statistic, lang))}</p>{editorial_line(page, statistic)}'
        + attribution(
            page, _short(statistic.citation.short, lang), page.links.statistic_api(statistic.slug, lang)
        )
        + "</main>"
    )
    return document(
        page,
        title=f"{statistic.label}: {figure.text}",
        body=body,
        css=CARD_CSS,
        embed_id=statistic.slug,
        canonical=page.links.card(statistic.slug, lang, page.theme),
    )


def timeline_page(page: Page, milestones: Sequence[MilestonePublic]) -> str:
    lang = page.lang
    events = "".join(
        f'<li data-slug="{escape(m.slug)}">{_when(milestone_when(m, lang), "time", m.date)}'
        f'<div><p class="event-title">{escape(m.title)}</p>'
        f'<p class="event-cite">{_cite_link(page.links.milestone_api(m.slug, lang), m.citation.short, lang)}'
        f"</p>{editorial_line(page, m)}</div></li>"
        for m in milestones
    )
    body = (
        '<main class="embed timeline" data-embed="timeline">'
        f'<h1 class="title">{escape(t("timeline_title", lang))}</h1>'
        f'<p class="intro">{escape(t("timeline_intro", lang))}</p>'
        f'<ol class="events">{events}</ol>'
        + attribution(page, article_citation(page.article, lang), page.links.article_api(lang))
        + "</main>"
    )
    return document(
        page,
        title=t("timeline_title", lang),
        body=body,
        css=TIMELINE_CSS,
        embed_id="timeline",
        canonical=page.links.timeline(lang, page.theme),
    )


def chart_page(page: Page, chart: ChartDefinition, statistics: Sequence[StatisticPublic]) -> str:
    lang = page.lang
    top = axis_top(statistics)
    rows = "".join(
        f'<li data-slug="{escape(s.slug)}">'
        f'<p class="bar-label">{escape(s.label)} <a href="#cite-{n}">[{n}]</a></p>'
        f'<p class="bar-value" data-figure>{escape(bar_value_label(s, lang))}</p>'
        f"{bar_track(s, top)}{editorial_line(page, s)}</li>"
        for n, s in enumerate(statistics, start=1)
    )
    notes = "".join(f'<p class="notes">{escape(note)}</p>' for note in chart_notes(statistics, lang))
    citations = "".join(
        f'<li id="cite-{n}">{_cite_link(page.links.statistic_api(s.slug, lang), s.citation.short, lang)}</li>'
        for n, s in enumerate(statistics, start=1)
    )
    title = chart.title.zh if lang == "zh" else chart.title.en
    caption = chart.caption.zh if lang == "zh" else chart.caption.en
    body = (
        f'<main class="embed chart" data-embed="{escape(chart.name)}">'
        f'<h1 class="title">{escape(title)}</h1><p class="caption">{escape(caption)}</p>'
        f'<ol class="bars">{rows}</ol><p class="axis">0</p>{notes}'
        f'<ol class="citations">{citations}</ol>'
        + attribution(page, article_citation(page.article, lang), page.links.article_api(lang))
        + "</main>"
    )
    return document(
        page,
        title=title,
        body=body,
        css=CHART_CSS,
        embed_id=chart.name,
        canonical=page.links.chart(chart.name, lang, page.theme),
    )


@dataclass(frozen=True)
class GalleryItem:
    title: str
    page_url: str
    svg_url: str
    height: int
    note: str = ""


def _iframe_snippet(item: GalleryItem) -> str:
    return (
        f'<iframe src="{escape(item.page_url)}" title="{escape(item.title)}" width="100%" '
        f'height="{item.height}" style="border:0;max-width:680px" loading="lazy"></iframe>'
    )


def _item(page: Page, item: GalleryItem) -> str:
    lang = page.lang
    snippets = (
        (t("iframe_snippet", lang), _iframe_snippet(item)),
        (t("svg_snippet", lang), f'<img src="{escape(item.svg_url)}" alt="{escape(item.title)}">'),
        (t("oembed_snippet", lang), page.links.oembed(item.page_url)),
    )
    note = f'<p class="notes">{escape(item.note)}</p>' if item.note else ""
    return (
        f'<article class="item"><h3>{escape(item.title)}</h3>{note}'
        f'<iframe class="preview" src="{escape(item.page_url)}" title="{escape(t("preview", lang))}: '
        f'{escape(item.title)}" loading="lazy"></iframe>'
        + "".join(
            f'<div class="snippet"><h4>{escape(name)}</h4><pre><code>{escape(code)}</code></pre></div>'
            for name, code in snippets
        )
        + "</article>"
    )


def gallery_page(page: Page, statistics: Sequence[StatisticPublic], origin: str) -> str:
    """Every embeddable thing with a live preview and copy-paste snippets."""
    lang, links = page.lang, page.links
    other: Lang = "en" if lang == "zh" else "zh"
    charts = [
        GalleryItem(
            title=chart.title.zh if lang == "zh" else chart.title.en,
            page_url=links.chart(chart.name, lang, page.theme),
            svg_url=links.chart(chart.name, lang, page.theme, svg=True),
            height=560,
            note=f"{t('chart_name', lang)}: {chart.name}",
        )
        for chart in CHARTS.values()
    ]
    timeline = GalleryItem(
        title=t("timeline_title", lang),
        page_url=links.timeline(lang, page.theme),
        svg_url=links.timeline(lang, page.theme, svg=True),
        height=1200,
    )
    cards = [
        GalleryItem(
            title=s.label,
            page_url=links.card(s.slug, lang, page.theme),
            svg_url=links.card(s.slug, lang, page.theme, svg=True),
            height=300,
            note=f"slug: {s.slug}",
        )
        for s in statistics
    ]
    body = (
        '<main class="gallery" data-embed="gallery">'
        f'<a class="lang-switch" href="{escape(links.gallery(other))}" hreflang="{other}">'
        f"{escape(t('switch_lang', lang))}</a>"
        f"<h1>{escape(t('gallery_title', lang))}</h1>"
        f'<p class="intro">{escape(t("gallery_intro", lang))}</p>'
        f'<p class="intro">{escape(t("gallery_options", lang))}</p>'
        f'<p class="intro">{escape(t("gallery_resize", lang))}</p>'
        f"<pre><code>{escape(f'<script>{host_script(json.dumps(origin))}</script>')}</code></pre>"
        f"<h2>{escape(t('charts', lang))}</h2>"
        f'<div class="items wide">{"".join(_item(page, item) for item in charts)}</div>'
        f"<h2>{escape(t('timeline', lang))}</h2>"
        f'<div class="items wide">{_item(page, timeline)}</div>'
        f"<h2>{escape(t('cards', lang))}</h2>"
        f'<div class="items">{"".join(_item(page, item) for item in cards)}</div>'
        "</main>"
    )
    return document(
        page,
        title=t("gallery_title", lang),
        body=body,
        css=GALLERY_CSS,
        embed_id="gallery",
        canonical=links.gallery(lang),
        oembed=False,
        head_scripts=(GALLERY_HOST_SCRIPT,),
    )

"""oEmbed (https://oembed.com): which of our URLs are embeddable, and the `rich` answer for one.

A URL is ours when its host is the host this request came to and its path is an embed page that
exists; its `lang` and `theme` must be values the page accepts. Anything else is not found (404).
"""

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qs, urlsplit

from pydantic import BaseModel, Field

from app.api.problems import Problem
from app.embed import svg
from app.embed.charts import CHARTS
from app.embed.data import Facts
from app.embed.links import Links
from app.embed.render import figure_text
from app.embed.svg import CARD_WIDTH, CHART_WIDTH, TIMELINE_WIDTH
from app.embed.texts import t
from app.embed.theme import THEMES, Theme
from app.schemas import Lang
from app.vocabulary import SLUG

EmbedKind = Literal["statistic", "timeline", "chart"]
# The width an embed is given when the consumer sets no limit. Its height is estimated from the
# SVG layout of the same content at that width, times a room factor: the HTML page sets its text
# more loosely than the image (measured in Chromium for every embed: cards need 0.88-1.18 times the
# estimate, charts 1.1, the timeline 1.25-1.34; tests/browser checks it). The page also reports
# its real height to hosts that listen (changdu-facts:resize).
DEFAULT_WIDTHS: dict[EmbedKind, int] = {
    "statistic": CARD_WIDTH,
    "timeline": TIMELINE_WIDTH,
    "chart": CHART_WIDTH,
}
HEIGHT_ROOM: dict[EmbedKind, float] = {"statistic": 1.3, "timeline": 1.5, "chart": 1.25}
NARROWEST_LAYOUT = 240  # below this, estimate as if 240 px wide: lines of one character help no one
PATHS: tuple[tuple[EmbedKind, re.Pattern[str]], ...] = (
    ("statistic", re.compile(rf"/embed/statistics/(?P<name>{SLUG})")),
    ("timeline", re.compile(r"/embed/timeline")),
    ("chart", re.compile(rf"/embed/charts/(?P<name>{SLUG})")),
)
DEFAULT_PORTS = {"http": 80, "https": 443}


class FormatNotImplemented(Problem):
    """oEmbed asks for 501 when the consumer wants a format we do not offer (we offer json)."""

    status = 501


class NotAnEmbed(Problem):
    """oEmbed's 404: the URL is not one of this host's embed pages."""

    status = 404

    def __init__(self, url: str) -> None:
        super().__init__(f"{url!r} is not an embed page of this host.")


class OEmbedRich(BaseModel):
    """An oEmbed 1.0 `rich` response: an iframe of the embed page."""

    type: Literal["rich"] = "rich"
    version: Literal["1.0"] = "1.0"
    title: str = Field(description="The embed's title in its language.")
    author_name: str = Field(examples=["周婷婷"])
    author_url: str = Field(description="The article in this API.")
    provider_name: str = Field(examples=["changdu-facts"])
    provider_url: str
    cache_age: int = Field(description="Seconds a consumer may cache this answer.")
    html: str = Field(description="An iframe of the embed page; no script.")
    width: int = Field(description="Pixels; never more than maxwidth.")
    height: int = Field(description="Pixels; never more than maxheight.")
    thumbnail_url: str | None = Field(
        default=None,
        description="The embed's 1200×630 PNG (`layout=social`), for link previews; left out, with its "
        "width and height, when that does not fit maxwidth and maxheight.",
    )
    thumbnail_width: int | None = None
    thumbnail_height: int | None = None


@dataclass(frozen=True)
class Target:
    """The embed page a URL names."""

    kind: EmbedKind
    name: str | None  # the statistic's slug or the chart's name
    lang: Lang | None
    theme: Theme


def _netloc(scheme: str, hostname: str | None, port: int | None) -> str:
    host = (hostname or "").lower()
    return host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"


def parse_embed_url(url: str, origin: str) -> Target | None:
    """The embed page `url` names on our public `origin`, or None when it names none of ours.

    Existence of a statistic's slug is left to the caller (it needs the database).
    """
    try:
        split = urlsplit(url.strip())
        port = split.port
        ours = urlsplit(origin)
        our_port = ours.port
    except ValueError:
        return None
    if split.scheme not in DEFAULT_PORTS:
        return None
    if _netloc(split.scheme, split.hostname, port) != _netloc(ours.scheme, ours.hostname, our_port):
        return None
    found = next(((kind, m) for kind, pattern in PATHS if (m := pattern.fullmatch(split.path))), None)
    if found is None:
        return None
    kind, match = found
    name = match.groupdict().get("name")
    if kind == "chart" and name not in CHARTS:
        return None
    query = parse_qs(split.query, keep_blank_values=True)
    langs, themes = query.get("lang", []), query.get("theme", ["auto"])
    if (
        len(langs) > 1
        or len(themes) > 1
        or any(v not in ("zh", "en") for v in langs)
        or themes[0] not in THEMES
    ):
        return None
    return Target(kind=kind, name=name, lang=langs[0] if langs else None, theme=themes[0])  # type: ignore[arg-type]


@dataclass(frozen=True)
class Embedded:
    """What an oEmbed answer says about the page a URL names."""

    title: str
    page_url: str
    image_url: str  # the PNG sized for link previews (SOCIAL_FRAME)
    height_at: Callable[[int], int]  # the content's estimated height at a width


def describe(target: Target, facts: Facts, links: Links) -> Embedded:
    """Title, canonical page URL and height estimate of the embed `target` names, in `facts.lang`.

    Raises NotFound for a statistic's slug that does not exist.
    """
    lang, article = facts.lang, facts.article
    if target.kind == "statistic":
        statistic = facts.statistic(target.name or "")
        return Embedded(
            title=f"{statistic.label}: {figure_text(statistic, lang)}",
            page_url=links.card(statistic.slug, lang, target.theme),
            image_url=links.card(statistic.slug, lang, target.theme, "social"),
            height_at=lambda width: svg.card_canvas(statistic, article, links, lang, width).height(),
        )
    if target.kind == "chart":
        chart = CHARTS[target.name or ""]
        statistics = facts.chart_statistics(chart)
        return Embedded(
            title=chart.title.zh if lang == "zh" else chart.title.en,
            page_url=links.chart(chart.name, lang, target.theme),
            image_url=links.chart(chart.name, lang, target.theme, "social"),
            height_at=lambda width: svg.chart_canvas(
                chart, statistics, article, links, lang, width, whole_caption=True
            ).height(),
        )
    milestones = facts.milestones_by_date()
    return Embedded(
        title=t("timeline_title", lang),
        page_url=links.timeline(lang, target.theme),
        image_url=links.timeline(lang, target.theme, "social"),
        height_at=lambda width: svg.timeline_canvas(milestones, article, links, lang, width).height(),
    )


def fit(
    kind: EmbedKind, maxwidth: int | None, maxheight: int | None, height_at: Callable[[int], int]
) -> tuple[int, int]:
    """The embed's size: its default width and the height its content needs at the width it gets,
    both within the consumer's limits. `height_at(width)` estimates the content's height."""
    width = min(DEFAULT_WIDTHS[kind], maxwidth or DEFAULT_WIDTHS[kind])
    height = math.ceil(height_at(max(width, NARROWEST_LAYOUT)) * HEIGHT_ROOM[kind])
    return width, min(height, maxheight or height)


PHONE_WIDTH = 320  # the width a pasted snippet's height is chosen for: the narrowest phone


def snippet_height(kind: EmbedKind, name: str | None, facts: Facts, links: Links) -> int:
    """The height a copy-paste iframe states: enough for the content on a 320 px phone, where it is
    tallest, so nothing is clipped on any phone even on a host without the resize script."""
    embedded = describe(Target(kind, name, facts.lang, "auto"), facts, links)
    return math.ceil(embedded.height_at(PHONE_WIDTH) * HEIGHT_ROOM[kind])

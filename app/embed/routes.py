"""The embed kit's endpoints: `/embed/...` pages and images, and `/oembed`.

Sessions are opened inside the endpoints, like the API's routes (see app/api/deps.py).
"""

from functools import partial
from typing import Annotated, Literal

from fastapi import APIRouter, FastAPI, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlmodel import Session

from app.api.deps import EngineDep, LangDep, SlugPath, public_base
from app.api.problems import PROBLEM_RESPONSES, NotFound
from app.api.renames import redirect_renamed
from app.embed import pages, png, svg
from app.embed.charts import (
    CHARTS,
    ChartDefinition,
    check_seed_charts,
)
from app.embed.data import Facts
from app.embed.links import Links
from app.embed.oembed import (
    FormatNotImplemented,
    NotAnEmbed,
    OEmbedRich,
    describe,
    fit,
    parse_embed_url,
    snippet_height,
)
from app.embed.theme import Theme
from app.schemas import Lang
from app.vocabulary import SLUG_PATTERN

TAGS = [
    {
        "name": "embed",
        "description": "Self-contained HTML cards, a timeline and charts any site may frame, "
        "and the same as static SVG images.",
    },
    {"name": "oembed", "description": "oEmbed 1.0 discovery for the embed pages."},
]
PROVIDER_NAME = "changdu-facts"


class SVGResponse(Response):
    media_type = "image/svg+xml"


class PNGResponse(Response):
    media_type = "image/png"


ThemeQuery = Annotated[
    Theme, Query(description="`light`, `dark` or `auto` (follows the reader's prefers-color-scheme).")
]
ChartName = Annotated[
    str,
    Path(
        pattern=SLUG_PATTERN,
        max_length=80,
        description="One of: " + ", ".join(f"`{name}`" for name in CHARTS) + ".",
        examples=list(CHARTS)[:1],
    ),
]
ScaleQuery = Annotated[
    int,
    Query(ge=1, le=3, description="Device pixels per CSS pixel: 1, 2 or 3 (high-density screens, print)."),
]
WidthQuery = Annotated[
    int | None,
    Query(
        ge=280,
        le=1200,
        description="Width in CSS pixels the image is laid out at (280-1200; by default the image's "
        "own). An SVG scales with its container either way; a narrow layout (`width=375`) keeps its "
        "text readable on a phone. A PNG is `width` × `scale` pixels wide.",
    ),
]
VersionQuery = Annotated[
    str | None,
    Query(
        max_length=80,
        description="The dataset version (`X-Dataset-Version`) the image is of. The link previews' URLs "
        "carry it: when it is the version served, the PNG may be cached for a year (`immutable`); any "
        "other value gets the usual max-age.",
    ),
]
LayoutQuery = Annotated[
    Literal["fit", "social"],
    Query(
        description="`fit`: the content's own height. `social`: exactly 1200×630 CSS pixels, the size "
        "link previews (Open Graph, Twitter) ask for; `width` is then ignored."
    ),
]
EMBED_RESPONSES = {status: PROBLEM_RESPONSES[status] for status in (404, 422, 500)}
MISSING_PAGE = {
    404: {
        "description": "No such figure or chart: a small HTML card saying so, with a link to the gallery, "
        "in the page's language and theme (the reader sees it inside the host's page).",
        "content": {"text/html": {"schema": {"type": "string"}}},
    }
}
router = APIRouter(prefix="/embed", tags=["embed"], responses=EMBED_RESPONSES)
oembed_router = APIRouter(tags=["oembed"])


def _headers(lang: Lang) -> dict[str, str]:
    return {"Content-Language": lang, "Vary": "Accept-Language"}


def _html(content: str, lang: Lang) -> HTMLResponse:
    return HTMLResponse(content, headers=_headers(lang))


class EmbedGone(NotFound):
    """An embed page of a slug or chart name that does not exist, answered as a page, not a problem.

    Images (.svg, .png) answer a 404 problem instead: an <img> shows nothing either way, and the
    problem tells the developer why."""

    def __init__(self, kind: str, name: str, page: pages.EmbedContext) -> None:
        super().__init__(kind, name)
        self.page = page


async def answer_embed_gone(request: Request, exc: Exception) -> Response:
    """A renamed fact's old URL still moves to the new one (301); anything else gets a small card
    for the reader, 404, in the embed's language and theme, with a link to the gallery."""
    assert isinstance(exc, EmbedGone)
    redirect = await redirect_renamed(request)
    if redirect is not None:
        return redirect
    return HTMLResponse(pages.missing_page(exc.page), status_code=404, headers=_headers(exc.page.lang))


def _svg(content: str, lang: Lang) -> SVGResponse:
    return SVGResponse('<?xml version="1.0" encoding="UTF-8"?>\n' + content, headers=_headers(lang))


IMMUTABLE = f"public, max-age={365 * 24 * 3600}, immutable"


def _png(request: Request, content: str, lang: Lang, scale: int, version: str | None) -> PNGResponse:
    """The PNG; cached for a year, never revalidated, when its URL names the dataset version served
    (the link previews' URLs do), else for the usual max-age (the HTTP cache sets it)."""
    headers = _headers(lang)
    if version is not None and version == request.app.state.dataset.version:
        headers["Cache-Control"] = IMMUTABLE
    return PNGResponse(
        png.svg_to_png(content, request.app.state.settings.embed_fonts, scale), headers=headers
    )


def _links(request: Request) -> Links:
    return Links(public_base(request), version=request.app.state.dataset.version)


def _chart(name: str) -> ChartDefinition:
    chart = CHARTS.get(name)
    if chart is None:
        raise NotFound("chart", name)
    return chart


@router.get("", response_class=HTMLResponse)
def read_gallery(
    request: Request, engine: EngineDep, lang: LangDep, theme: ThemeQuery = "auto"
) -> HTMLResponse:
    """Every embeddable thing, with a live preview and copy-paste iframe, SVG and oEmbed snippets.

    Lists every statistic card, the timeline and each chart (`/embed/charts/{name}`).
    """
    links = _links(request)
    with Session(engine) as session:
        facts = Facts.open(session, lang)
        page = pages.EmbedContext(lang=lang, theme=theme, links=links, article=facts.article)
        origin = links.base.rstrip("/")
        heights = partial(snippet_height, facts=facts, links=links)
        return _html(pages.gallery_page(page, facts.statistics(), origin, heights), lang)


@router.get("/statistics/{slug}.svg", response_class=SVGResponse)
def read_statistic_svg(
    request: Request,
    slug: SlugPath,
    engine: EngineDep,
    lang: LangDep,
    theme: ThemeQuery = "auto",
    width: WidthQuery = None,
) -> SVGResponse:
    """A statistic card as a static SVG image, for pages that cannot frame an iframe.

    The same content as the HTML card, attribution included; text only, no external reference.
    """
    with Session(engine) as session:
        facts = Facts.open(session, lang)
        statistic = facts.statistic(slug)
        return _svg(
            svg.card_svg(statistic, facts.article, _links(request), lang, theme, width or svg.CARD_WIDTH),
            lang,
        )


@router.get("/statistics/{slug}.png", response_class=PNGResponse)
def read_statistic_png(
    request: Request,
    slug: SlugPath,
    engine: EngineDep,
    lang: LangDep,
    theme: ThemeQuery = "auto",
    width: WidthQuery = None,
    scale: ScaleQuery = 1,
    layout: LayoutQuery = "fit",
    v: VersionQuery = None,
) -> PNGResponse:
    """A statistic card as a PNG image, for WeChat articles, print and social posts.

    Rendered on the server from the same SVG with resvg and Noto Sans CJK, so Chinese always draws;
    `theme=auto` is drawn light (an image cannot follow the reader's setting). Rendered once per
    dataset version and parameters, then served from memory with an ETag.
    """
    with Session(engine) as session:
        facts = Facts.open(session, lang)
        statistic = facts.statistic(slug)
        content = svg.card_svg(
            statistic,
            facts.article,
            _links(request),
            lang,
            png.png_theme(theme),
            width or svg.CARD_WIDTH,
            social=layout == "social",
        )
    return _png(request, content, lang, scale, v)


@router.get("/statistics/{slug}", response_class=HTMLResponse, responses=MISSING_PAGE)
def read_statistic_card(
    request: Request, slug: SlugPath, engine: EngineDep, lang: LangDep, theme: ThemeQuery = "auto"
) -> HTMLResponse:
    """A statistic card: the figure as the reader's language writes it, when it holds, and its source.

    Chinese keeps the article's words (60.6万人次); English writes the plain number with its unit and
    the hedge in words (606,000 enrolments; more than 20 types of training). The attribution (the
    article's title, Zhou Tingting's byline, the short citation linked to `/v1/statistics/{slug}`)
    cannot be switched off. Frameable by any site; reports its height with `postMessage`.
    An unknown slug answers 404 with a small HTML card that says so and links to the gallery.
    """
    with Session(engine) as session:
        facts = Facts.open(session, lang)
        page = pages.EmbedContext(lang=lang, theme=theme, links=_links(request), article=facts.article)
        try:
            statistic = facts.statistic(slug)
        except NotFound:
            raise EmbedGone("statistic", slug, page) from None
        return _html(pages.card_page(page, statistic), lang)


@router.get("/timeline.svg", response_class=SVGResponse)
def read_timeline_svg(
    request: Request,
    engine: EngineDep,
    lang: LangDep,
    theme: ThemeQuery = "auto",
    width: WidthQuery = None,
) -> SVGResponse:
    """The timeline as a static SVG image.

    Every milestone in date order, at the article's precision; derived dates are marked.
    """
    with Session(engine) as session:
        facts = Facts.open(session, lang)
        return _svg(
            svg.timeline_svg(
                facts.milestones_by_date(),
                facts.article,
                _links(request),
                lang,
                theme,
                width or svg.TIMELINE_WIDTH,
            ),
            lang,
        )


@router.get("/timeline.png", response_class=PNGResponse)
def read_timeline_png(
    request: Request,
    engine: EngineDep,
    lang: LangDep,
    theme: ThemeQuery = "auto",
    width: WidthQuery = None,
    scale: ScaleQuery = 1,
    layout: LayoutQuery = "fit",
    v: VersionQuery = None,
) -> PNGResponse:
    """The timeline as a PNG image; its `social` layout shows the first milestones that fit.

    Rendered on the server from the same SVG with resvg and Noto Sans CJK, so Chinese always draws;
    `theme=auto` is drawn light (an image cannot follow the reader's setting). Rendered once per
    dataset version and parameters, then served from memory with an ETag.
    """
    with Session(engine) as session:
        facts = Facts.open(session, lang)
        content = svg.timeline_svg(
            facts.milestones_by_date(),
            facts.article,
            _links(request),
            lang,
            png.png_theme(theme),
            width or svg.TIMELINE_WIDTH,
            social=layout == "social",
        )
    return _png(request, content, lang, scale, v)


@router.get("/timeline", response_class=HTMLResponse)
def read_timeline(
    request: Request, engine: EngineDep, lang: LangDep, theme: ThemeQuery = "auto"
) -> HTMLResponse:
    """The article's milestones in date order, each with its date's precision and its citation.

    2018年8月 / Aug 2018; a date the article does not state outright is marked as derived.
    """
    with Session(engine) as session:
        facts = Facts.open(session, lang)
        page = pages.EmbedContext(lang=lang, theme=theme, links=_links(request), article=facts.article)
        return _html(pages.timeline_page(page, facts.milestones_by_date()), lang)


@router.get("/charts/{name}.svg", response_class=SVGResponse)
def read_chart_svg(
    request: Request,
    name: ChartName,
    engine: EngineDep,
    lang: LangDep,
    theme: ThemeQuery = "auto",
    width: WidthQuery = None,
) -> SVGResponse:
    """A chart as a static SVG image.

    The same bars, labels, caption and citations as the HTML chart.
    """
    chart = _chart(name)
    with Session(engine) as session:
        facts = Facts.open(session, lang)
        statistics = facts.chart_statistics(chart)
        return _svg(
            svg.chart_svg(
                chart, statistics, facts.article, _links(request), lang, theme, width or svg.CHART_WIDTH
            ),
            lang,
        )


@router.get("/charts/{name}.png", response_class=PNGResponse)
def read_chart_png(
    request: Request,
    name: ChartName,
    engine: EngineDep,
    lang: LangDep,
    theme: ThemeQuery = "auto",
    width: WidthQuery = None,
    scale: ScaleQuery = 1,
    layout: LayoutQuery = "fit",
    v: VersionQuery = None,
) -> PNGResponse:
    """A chart as a PNG image.

    Rendered on the server from the same SVG with resvg and Noto Sans CJK, so Chinese always draws;
    `theme=auto` is drawn light (an image cannot follow the reader's setting). Rendered once per
    dataset version and parameters, then served from memory with an ETag.
    """
    chart = _chart(name)
    with Session(engine) as session:
        facts = Facts.open(session, lang)
        content = svg.chart_svg(
            chart,
            facts.chart_statistics(chart),
            facts.article,
            _links(request),
            lang,
            png.png_theme(theme),
            width or svg.CHART_WIDTH,
            social=layout == "social",
        )
    return _png(request, content, lang, scale, v)


@router.get("/charts/{name}", response_class=HTMLResponse, responses=MISSING_PAGE)
def read_chart(
    request: Request, name: ChartName, engine: EngineDep, lang: LangDep, theme: ThemeQuery = "auto"
) -> HTMLResponse:
    """A bar chart of figures that really are comparable: same unit, same kind, same time.

    Each bar is labelled with the article's words and cited; the caption says why the figures
    may share an axis. Charts: `rural-income-growth-2019` (13.5% growth against the 13%以上
    target) and `training-types` (20余种 and 17种 kinds of training, from one sentence).
    An unknown name answers 404 with a small HTML card that says so and links to the gallery.
    """
    with Session(engine) as session:
        facts = Facts.open(session, lang)
        page = pages.EmbedContext(lang=lang, theme=theme, links=_links(request), article=facts.article)
        chart = CHARTS.get(name)
        if chart is None:
            raise EmbedGone("chart", name, page)
        return _html(pages.chart_page(page, chart, facts.chart_statistics(chart)), lang)


@oembed_router.get(
    "/oembed",
    response_model=OEmbedRich,
    response_model_exclude_none=True,
    responses={
        **EMBED_RESPONSES,
        404: {**PROBLEM_RESPONSES[404], "description": "The URL is not one of our embed pages."},
        501: {**PROBLEM_RESPONSES[500], "description": "A format other than json (oEmbed asks for 501)."},
    },
)
def read_oembed(
    request: Request,
    engine: EngineDep,
    lang: LangDep,
    url: Annotated[str, Query(max_length=2000, description="An embed page of this host, e.g. a card's URL.")],
    format: Annotated[
        str, Query(max_length=20, description="Only `json` is offered; others answer 501.")
    ] = "json",
    maxwidth: Annotated[int | None, Query(ge=1, le=10_000, description="Largest width, in pixels.")] = None,
    maxheight: Annotated[int | None, Query(ge=1, le=10_000, description="Largest height, in pixels.")] = None,
) -> OEmbedRich:
    """oEmbed for an embed page: a `rich` answer whose `html` is an iframe of it.

    `url` must be one of this host's embed pages (a statistic card, the timeline or a chart);
    anything else answers 404. `width` and `height` never exceed `maxwidth` and `maxheight`.
    Only the json format exists: `format=xml` answers 501, as the oEmbed spec asks.
    """
    if format != "json":
        raise FormatNotImplemented(f"Only format=json is offered, not {format!r}.")
    target = parse_embed_url(url, request.app.state.settings.public_url)
    if target is None:
        raise NotAnEmbed(url)
    chosen: Lang = target.lang or lang
    links = _links(request)
    with Session(engine) as session:
        facts = Facts.open(session, chosen)
        try:
            embedded = describe(target, facts, links)
        except NotFound:
            raise NotAnEmbed(url) from None
        width, height = fit(target.kind, maxwidth, maxheight, embedded.height_at)
    author = facts.article.author.zh if chosen == "zh" else facts.article.author.en
    html = pages.iframe_html(embedded.page_url, embedded.title, width, height, "100%")
    # oEmbed: a thumbnail must respect maxwidth and maxheight; ours has one size, so it fits or is left out.
    thumb_width, thumb_height = svg.SOCIAL_FRAME
    thumbnail = (maxwidth or thumb_width) >= thumb_width and (maxheight or thumb_height) >= thumb_height
    return OEmbedRich(
        title=embedded.title,
        author_name=author,
        author_url=links.article_api(chosen),
        provider_name=PROVIDER_NAME,
        provider_url=links.base,
        cache_age=request.app.state.settings.cache_max_age,
        html=html,
        width=width,
        height=height,
        thumbnail_url=embedded.image_url if thumbnail else None,
        thumbnail_width=thumb_width if thumbnail else None,
        thumbnail_height=thumb_height if thumbnail else None,
    )


def install_embed(app: FastAPI) -> None:
    """Serve the embed kit; refuse to start when a chart would put incomparable figures on one axis."""
    check_seed_charts(app.state.settings.seed_dir)
    app.include_router(router)
    app.include_router(oembed_router)
    app.add_exception_handler(EmbedGone, answer_embed_gone)
    known = {tag["name"] for tag in app.openapi_tags or []}
    app.openapi_tags = [*(app.openapi_tags or []), *(tag for tag in TAGS if tag["name"] not in known)]

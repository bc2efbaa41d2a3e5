"""The embeds in a real browser: Debian's headless Chromium, driven by Playwright.

The application is served by uvicorn on 127.0.0.1 (a subprocess, against the test database). Each
test fails on a console error, an uncaught page error, a request to any host but that server, or
a figure that is not visible; it checks that Chinese is drawn with a CJK font, and keeps a
screenshot under test-artifacts/screenshots/ to look at.

Playwright drives the system's browser (`executable_path`); it never downloads one. Without a
browser (or without the playwright package) these tests skip and say why; `python3 tasks.py test`
installs chromium-headless-shell and fonts-noto-cjk with apt-get where it can.
"""

import html
import os
import re
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from app.core.config import PROJECT_ROOT, Settings
from app.embed.charts import CHARTS
from app.embed.theme import CJK_FONTS, PALETTES
from app.seed.files import read_seed
from app.seed.text import SEED_DIR

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

BROWSERS = (
    "/usr/lib/chromium/chromium-headless-shell",  # Debian's chromium-headless-shell (the binary)
    "/usr/bin/chromium-headless-shell",  # its wrapper script
    "/usr/lib/chromium/chromium",  # Debian's chromium
    "/usr/bin/chromium",
)
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # The framing test's host page is a stand-in on another origin that Playwright answers itself;
    # Chromium's Local Network Access would otherwise block its frames to 127.0.0.1.
    "--disable-features=LocalNetworkAccessChecks",
]
SCREENSHOTS = PROJECT_ROOT / "test-artifacts" / "screenshots"
PARTNER = "http://partner.example"  # answered by page.route: never leaves the browser
SEED = read_seed(SEED_DIR)
CARD_SLUG = "social-insurance-enrolments-2019"
CJK_FAMILIES = {name.strip().strip('"').lower() for name in CJK_FONTS.split(",")}


def rgb(hex_colour: str) -> str:
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def browser_path() -> str:
    for path in BROWSERS:
        if os.access(path, os.X_OK):
            return path
    pytest.skip(
        "no Chromium found (looked for "
        + ", ".join(BROWSERS)
        + "): `apt-get install chromium-headless-shell "
        "fonts-noto-cjk`, or run `python3 tasks.py test`, which does so where apt-get exists"
    )


@pytest.fixture(scope="module")
def server(settings: Settings) -> Iterator[str]:
    """The application on 127.0.0.1 and a free port, serving the shared test database."""
    port = free_port()
    # Its public origin is its own address (issue 10: URLs come from PUBLIC_URL, not the request).
    env = {**os.environ, "DATABASE_URL": settings.database_url, "PUBLIC_URL": f"http://127.0.0.1:{port}"}
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port),
         "--no-access-log", "--log-level", "warning"],
        env=env, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            pytest.fail(f"the server did not start: {process.communicate(timeout=10)[0]}")
        yield base
    finally:
        process.terminate()
        try:
            output = process.communicate(timeout=20)[0]
        except subprocess.TimeoutExpired:
            process.kill()
            output = process.communicate()[0]
    assert "Traceback" not in output, output


@pytest.fixture(scope="module")
def browser(browser_path: str) -> Iterator[Any]:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=browser_path, args=LAUNCH_ARGS)
        yield launched
        launched.close()


@dataclass
class Record:
    """What a page did: every request, console errors and uncaught errors."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def check(
        self, server: str, *, also: tuple[str, ...] = (), expected_errors: tuple[str, ...] = ()
    ) -> None:
        ours = {urlsplit(server).netloc, *(urlsplit(other).netloc for other in also)}
        elsewhere = [url for url in self.requests if urlsplit(url).netloc not in ours]
        assert elsewhere == [], f"requests to other hosts: {elsewhere}"
        unexpected = [e for e in self.console_errors if not any(x in e for x in expected_errors)]
        assert unexpected == [], f"console errors: {unexpected}"
        assert self.page_errors == [], f"page errors: {self.page_errors}"


@contextmanager
def visit(browser: Any, *, width: int = 640, color_scheme: str = "light") -> Iterator[tuple[Any, Record]]:
    """A fresh page in a fresh context, recording what it does."""
    context = browser.new_context(
        viewport={"width": width, "height": 600}, color_scheme=color_scheme, device_scale_factor=1
    )
    context.set_default_timeout(20_000)
    record = Record()
    context.on("request", lambda request: record.requests.append(request.url))
    page = context.new_page()
    page.on(
        "console",
        lambda message: record.console_errors.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: record.page_errors.append(str(error)))
    try:
        yield page, record
    finally:
        context.close()


def open_embed(page: Any, url: str, *, settle: bool = False) -> None:
    """Load `url`; `settle` also waits for the network to go quiet (a page with frames)."""
    page.goto(url, wait_until="load")
    if settle:
        page.wait_for_load_state("networkidle")


def assert_visible(locator: Any, page: Any) -> dict[str, float]:
    """Visible, with a real size, and not cut off at the page's right edge."""
    assert locator.is_visible()
    box = locator.bounding_box()
    assert box and box["width"] > 0 and box["height"] > 0, box
    assert box["x"] >= 0 and box["x"] + box["width"] <= page.viewport_size["width"] + 0.5, box
    return box


def assert_no_horizontal_overflow(page: Any) -> None:
    scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert scroll <= inner, f"the page is {scroll}px wide in a {inner}px frame"


def assert_chinese_is_drawn(page: Any, selector: str) -> None:
    """Chinese comes out in a CJK font at about 1 em a character (missing-glyph boxes are narrower),
    and Chromium reports a CJK-capable family among the fonts it drew that text with.

    Looks at the first element matching `selector` that holds a run of four Chinese characters.
    """
    found = page.evaluate(
        """(selector) => {
            const elements = [...document.querySelectorAll(selector)];
            for (const [index, element] of elements.entries()) {
                const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const run = /[\\u4e00-\\u9fff]{4}/.exec(node.textContent);
                    if (!run) continue;
                    const range = document.createRange();
                    range.setStart(node, run.index);
                    range.setEnd(node, run.index + 4);
                    if (range.getClientRects().length !== 1) continue;
                    const size = parseFloat(getComputedStyle(node.parentElement).fontSize);
                    return {index, ratio: range.getBoundingClientRect().width / (4 * size)};
                }
            }
            return null;
        }""",
        selector,
    )
    assert found is not None, f"no run of Chinese in {selector}"
    ratio = found["ratio"]
    assert 0.9 <= ratio <= 1.1, f"Chinese characters are {ratio:.2f} em wide in {selector}: glyphs missing?"
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    nodes = cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": nodes[found["index"]]})["fonts"]
    families = {font["familyName"].lower() for font in fonts if font["glyphCount"] > 0}
    assert families & CJK_FAMILIES or any("cjk" in family for family in families), fonts
    cdp.detach()


def svg_text_outside(page: Any) -> list[str]:
    """Texts of an SVG document that stick out of the image (the line breaking misjudged them)."""
    return page.evaluate(
        """() => {
            const frame = document.querySelector("svg").getBoundingClientRect();
            return [...document.querySelectorAll("svg text")].filter(text => {
                const box = text.getBoundingClientRect();
                return box.left < frame.left || box.right > frame.right - 4 || box.bottom > frame.bottom;
            }).map(text => text.textContent);
        }"""
    )


def screenshot(page: Any, name: str) -> None:
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize(("lang", "figure"), [("zh", "60.6万人次"), ("en", "606,000 enrolments")])
def test_statistic_card(browser: Any, server: str, lang: str, theme: str, figure: str) -> None:
    with visit(browser, width=480) as (page, record):
        open_embed(page, f"{server}/embed/statistics/{CARD_SLUG}?lang={lang}&theme={theme}")
        shown = page.locator("[data-figure]")
        assert_visible(shown, page)
        assert shown.inner_text() == figure
        assert_visible(page.locator(".attribution a"), page)
        assert page.locator(".attribution").inner_text().count("周婷婷" if lang == "zh" else "Zhou Tingting")
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background == rgb(PALETTES[theme]["bg"])
        colour = shown.evaluate("element => getComputedStyle(element).color")
        assert colour == rgb(PALETTES[theme]["accent"])  # the inline style sheet was allowed
        assert_chinese_is_drawn(page, ".label" if lang == "zh" else ".attribution p")
        assert_no_horizontal_overflow(page)
        screenshot(page, f"card-{CARD_SLUG}-{lang}-{theme}")
        record.check(server)


@pytest.mark.parametrize("slug", ["household-liaison-households-covered", "thangka-training-duration"])
def test_hedged_and_derived_cards_fit_a_narrow_frame(browser: Any, server: str, slug: str) -> None:
    with visit(browser, width=320) as (page, record):
        open_embed(page, f"{server}/embed/statistics/{slug}?lang=en")
        assert_visible(page.locator("[data-figure]"), page)
        assert_visible(page.locator(".when"), page)
        assert_no_horizontal_overflow(page)
        screenshot(page, f"card-{slug}-en-auto-320px")
        record.check(server)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_auto_theme_follows_the_reader_s_colour_scheme(browser: Any, server: str, scheme: str) -> None:
    with visit(browser, width=480, color_scheme=scheme) as (page, record):
        open_embed(page, f"{server}/embed/statistics/{CARD_SLUG}")
        assert page.evaluate("getComputedStyle(document.body).backgroundColor") == rgb(PALETTES[scheme]["bg"])
        record.check(server)


@pytest.mark.parametrize(("lang", "theme"), [("zh", "light"), ("en", "dark")])
def test_timeline(browser: Any, server: str, lang: str, theme: str) -> None:
    with visit(browser, width=640) as (page, record):
        open_embed(page, f"{server}/embed/timeline?lang={lang}&theme={theme}")
        events = page.locator(".events li")
        assert events.count() == len(SEED.milestones)
        first = events.first.locator("time")
        assert_visible(first, page)
        assert first.inner_text() == ("1950年10月（推算）" if lang == "zh" else "Oct 1950 (derived)")
        assert_visible(events.last.locator(".event-title"), page)
        dates = page.locator(".events time").evaluate_all(
            "times => times.map(t => t.getAttribute('datetime'))"
        )
        assert dates == sorted(dates)
        assert_chinese_is_drawn(page, ".event-title" if lang == "zh" else ".attribution p")
        assert_no_horizontal_overflow(page)
        screenshot(page, f"timeline-{lang}-{theme}")
        record.check(server)


@pytest.mark.parametrize(("lang", "theme"), [("zh", "light"), ("en", "dark")])
@pytest.mark.parametrize("name", list(CHARTS))
def test_chart(browser: Any, server: str, name: str, lang: str, theme: str) -> None:
    with visit(browser, width=640) as (page, record):
        open_embed(page, f"{server}/embed/charts/{name}?lang={lang}&theme={theme}")
        bars = page.locator("svg.track rect.bar")
        assert bars.count() == len(CHARTS[name].slugs)
        widths = [assert_visible(bars.nth(i), page)["width"] for i in range(bars.count())]
        values = [next(s.value for s in SEED.statistics if s.slug == slug) for slug in CHARTS[name].slugs]
        for width, value in zip(widths, values, strict=True):  # every bar from zero, to scale
            assert width / widths[0] == pytest.approx(value / values[0], rel=0.02)
        for i in range(bars.count()):
            assert_visible(page.locator(".bar-value").nth(i), page)
        assert_chinese_is_drawn(page, ".bar-label" if lang == "zh" else ".attribution p")
        assert_no_horizontal_overflow(page)
        screenshot(page, f"chart-{name}-{lang}-{theme}")
        record.check(server)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_gallery(browser: Any, server: str, lang: str) -> None:
    with visit(browser, width=1200) as (page, record):
        open_embed(page, f"{server}/embed?lang={lang}", settle=True)
        previews = page.locator("iframe.preview")
        assert previews.count() == len(CHARTS) + 1 + len(SEED.statistics)
        assert_visible(page.locator("h1"), page)
        # The first preview reports its height and the gallery's own host script fits the frame to it.
        page.wait_for_function("() => document.querySelector('iframe.preview').style.height !== ''")
        frame = page.frame_locator("iframe.preview").first
        assert_visible(frame.locator(".bar-value").first, page)
        assert_chinese_is_drawn(page, ".intro")
        screenshot(page, f"gallery-{lang}")
        record.check(server)


def test_any_site_may_frame_an_embed_and_fit_it_but_not_the_api(browser: Any, server: str) -> None:
    """A partner's page on another origin frames a card (allowed; it reports its height) and an API
    answer (refused: frame-ancestors 'none'), and shows the card as an SVG image."""
    card = f"{server}/embed/statistics/{CARD_SLUG}?lang=en"
    host = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body><h1>A partner's article</h1>
<iframe id="card" src="{card}" width="480" height="100" style="border:0"></iframe>
<iframe id="api" src="{server}/v1/statistics/{CARD_SLUG}" width="480" height="60"></iframe>
<img id="image" src="{server}/embed/statistics/{CARD_SLUG}.svg?lang=zh" alt="card">
<script>
window.resizes = [];
window.addEventListener("message", function (event) {{
  if (event.origin !== "{server}" || !event.data || event.data.type !== "changdu-facts:resize") return;
  window.resizes.push(event.data);
  document.getElementById("card").style.height = event.data.height + "px";
}});
</script></body></html>"""
    with visit(browser, width=800) as (page, record):
        page.route(
            f"{PARTNER}/**", lambda route: route.fulfill(status=200, content_type="text/html", body=host)
        )
        page.goto(f"{PARTNER}/article")
        page.wait_for_load_state("networkidle")
        page.wait_for_function("() => window.resizes.length > 0")
        message = page.evaluate("window.resizes[window.resizes.length - 1]")
        assert message["type"] == "changdu-facts:resize" and message["slug"] == CARD_SLUG
        framed = page.frame_locator("#card")
        assert framed.locator("[data-figure]").inner_text() == "606,000 enrolments"
        inner_height = page.frame(url=card).evaluate(
            "Math.ceil(document.body.getBoundingClientRect().height)"
        )
        assert message["height"] == inner_height
        assert page.locator("#card").bounding_box()["height"] == pytest.approx(inner_height, abs=1)
        api_frame = next(
            frame for frame in page.frames if frame.name == "api" or "v1/statistics" in frame.url
        )
        assert not api_frame.url.startswith(server), "the API answer was framed"
        assert page.evaluate("document.getElementById('image').naturalWidth") > 0
        screenshot(page, "partner-page-framing-a-card")
        refused = [error for error in record.console_errors if "frame-ancestors 'none'" in error]
        assert refused, record.console_errors
        record.check(server, also=(PARTNER,), expected_errors=("frame-ancestors 'none'",))


@pytest.mark.parametrize(("path", "name"), [
    (f"/embed/statistics/{CARD_SLUG}.svg?lang=zh&theme=dark", "svg-card-zh-dark"),
    (f"/embed/statistics/{CARD_SLUG}.svg?lang=en&theme=light", "svg-card-en-light"),
    ("/embed/timeline.svg?lang=zh&theme=light", "svg-timeline-zh-light"),
    *((f"/embed/charts/{chart}.svg?lang=en&theme=dark", f"svg-chart-{chart}-en-dark") for chart in CHARTS),
])  # fmt: skip
def test_svg_images(browser: Any, server: str, path: str, name: str) -> None:
    theme = "dark" if "theme=dark" in path else "light"
    with visit(browser, width=700) as (page, record):
        open_embed(page, f"{server}{path}")
        accent = page.locator("svg text.accent").first
        assert_visible(accent, page)
        # The SVG's own <style> applied (allowed by its hash): themed colours, a CJK-capable font.
        assert accent.evaluate("element => getComputedStyle(element).fill") == rgb(PALETTES[theme]["accent"])
        assert_chinese_is_drawn(page, "svg text")
        assert svg_text_outside(page) == []
        page.locator("svg").first.screenshot(path=SCREENSHOTS / f"{name}.png")  # an SVG has no full page
        record.check(server)


def test_every_card_fits_a_narrow_frame_and_its_image(browser: Any, server: str) -> None:
    """Every statistic, both languages: the HTML card in a 320 px frame has no sideways scroll and
    its figure shows; the SVG card has no text outside the image."""
    with visit(browser, width=320) as (page, record):
        for statistic in SEED.statistics:
            for lang in ("zh", "en"):
                where = f"{statistic.slug} ({lang})"
                open_embed(page, f"{server}/embed/statistics/{statistic.slug}?lang={lang}")
                assert_visible(page.locator("[data-figure]"), page)
                assert_no_horizontal_overflow(page)
                open_embed(page, f"{server}/embed/statistics/{statistic.slug}.svg?lang={lang}")
                assert svg_text_outside(page) == [], where
        record.check(server)


def test_oembed_heights_hold_what_the_browser_draws(browser: Any, server: str) -> None:
    """The height an oEmbed answer gives each embed (for hosts that do not listen for resize
    messages) is at least what the page really needs at that width, and not far more."""
    urls = [
        *(
            f"{server}/embed/statistics/{s.slug}?lang={lang}"
            for s in SEED.statistics
            for lang in ("zh", "en")
        ),
        *(f"{server}/embed/charts/{name}?lang={lang}" for name in CHARTS for lang in ("zh", "en")),
        *(f"{server}/embed/timeline?lang={lang}" for lang in ("zh", "en")),
    ]
    too_small, too_large = [], []
    for url in urls:
        answer = httpx.get(f"{server}/oembed", params={"url": url}, timeout=10).json()
        with visit(browser, width=answer["width"]) as (page, record):
            open_embed(page, url)
            needed = page.evaluate("Math.ceil(document.body.getBoundingClientRect().height)")
            record.check(server)
        if answer["height"] < needed:
            too_small.append((url, answer["height"], needed))
        elif answer["height"] > needed * 1.6:
            too_large.append((url, answer["height"], needed))
    assert too_small == [] and too_large == [], (too_small, too_large)


def test_gallery_copy_button_copies_the_snippet(browser: Any, server: str) -> None:
    """The copy button (shown by the gallery's own script, allowed by its CSP hash) puts exactly the
    snippet's text on the clipboard and says so."""
    with visit(browser, width=1200) as (page, record):
        page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
        open_embed(page, f"{server}/embed?lang=en")
        snippet = page.locator(".item .snippet").first
        button = snippet.locator("button[data-copy]")
        assert_visible(button, page)
        button.click()
        page.wait_for_function(
            "() => document.querySelector('.item button[data-copy]').textContent === 'Copied'"
        )
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied == snippet.locator("code").inner_text()
        assert copied.startswith("<iframe src=")
        record.check(server)


WIDTHS = (320, 375, 768, 1280)
FIT_EMBEDS = {
    "card": f"/embed/statistics/{CARD_SLUG}",
    "timeline": "/embed/timeline",
    **{f"chart-{name}": f"/embed/charts/{name}" for name in CHARTS},
}
KEPT_SCREENSHOTS = {"card", "chart-training-types"}  # at 375 and 1280 px


def text_problems(page: Any) -> list[str]:
    """Text smaller than 11 px, or sticking out of the viewport sideways, or cut off by an ancestor
    that hides its overflow: each as a line naming the element."""
    return page.evaluate(
        """() => {
            const problems = [];
            const width = window.innerWidth;
            for (const element of document.body.querySelectorAll("*")) {
                const own = [...element.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
                if (!own || !element.getClientRects().length) continue;
                const style = getComputedStyle(element);
                if (style.visibility === "hidden" || style.display === "none") continue;
                const name = `${element.tagName}.${element.className} ${element.textContent.slice(0, 30)}`;
                const size = parseFloat(style.fontSize);
                if (size < 11) problems.push(`${size}px: ${name}`);
                const box = element.getBoundingClientRect();
                if (box.left < -0.5 || box.right > width + 0.5) problems.push(`outside: ${name}`);
                for (let up = element.parentElement; up; up = up.parentElement) {
                    const overflow = getComputedStyle(up).overflow;
                    if (overflow === "visible") continue;
                    const frame = up.getBoundingClientRect();
                    if (box.right > frame.right + 0.5 || box.bottom > frame.bottom + 0.5) {
                        problems.push(`clipped by ${up.tagName}: ${name}`);
                    }
                }
            }
            return problems;
        }"""
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
def test_embeds_fit_every_width(browser: Any, server: str, width: int, theme: str) -> None:
    """Phones to desktops: no sideways scroll, no text clipped, none under 11 px, in both languages."""
    with visit(browser, width=width) as (page, record):
        for name, path in FIT_EMBEDS.items():
            for lang in ("zh", "en"):
                open_embed(page, f"{server}{path}?lang={lang}&theme={theme}")
                assert_no_horizontal_overflow(page)
                assert text_problems(page) == [], (name, lang)
                if name in KEPT_SCREENSHOTS and width in (375, 1280) and lang == "zh":
                    screenshot(page, f"fit-{name}-{lang}-{theme}-{width}px")
        record.check(server)


@pytest.mark.parametrize("width", WIDTHS)
def test_svg_images_scale_with_their_container(browser: Any, server: str, width: int) -> None:
    """The gallery's <img> snippet: as wide as the column up to the image's own width, never wider,
    with its proportions kept (viewBox)."""
    with visit(browser, width=width) as (page, record):
        for path, own in (
            (f"/embed/statistics/{CARD_SLUG}.svg", 480),
            ("/embed/charts/training-types.svg", 640),
        ):
            page.set_content(
                f'<body style="margin:0"><img src="{server}{path}?lang=zh" alt="" '
                f'style="width:100%;max-width:{own}px;height:auto"></body>'
            )
            page.wait_for_function("() => document.images[0].complete && document.images[0].naturalWidth")
            box = page.locator("img").bounding_box()
            natural = page.evaluate("[document.images[0].naturalWidth, document.images[0].naturalHeight]")
            assert box["width"] == pytest.approx(min(width, own), abs=0.5)
            assert box["height"] == pytest.approx(box["width"] * natural[1] / natural[0], abs=1)
            assert_no_horizontal_overflow(page)
        record.check(server)


def test_snippet_heights_hold_the_content_on_a_phone(browser: Any, server: str) -> None:
    """Every iframe snippet of the gallery states a height that holds its embed at 320 and 375 px
    without the resize script, and not far more."""
    short, too_tall = [], []
    for lang in ("zh", "en"):
        gallery = html.unescape(httpx.get(f"{server}/embed?lang={lang}", timeout=20).text)
        snippets = re.findall(r'<iframe src="([^"]+)"[^>]*height="(\d+)"', gallery)
        assert len(snippets) == len(CHARTS) + 1 + len(SEED.statistics)
        for width in (375, 320):
            with visit(browser, width=width) as (page, record):
                for url, height in snippets:
                    open_embed(page, url)
                    needed = page.evaluate("Math.ceil(document.body.getBoundingClientRect().height)")
                    if needed > int(height):
                        short.append((url, width, int(height), needed))
                    elif width == 320 and int(height) > needed * 1.75:  # estimated from the SVG's layout
                        too_tall.append((url, int(height), needed))
                record.check(server)
    assert short == [] and too_tall == [], (short, too_tall)


IMAGE_SNIPPETS = {  # what the gallery's image snippet offers, and the image's own width
    "card": (f"/embed/statistics/{CARD_SLUG}.svg", 480),
    "chart": ("/embed/charts/training-types.svg", 640),
    "timeline": ("/embed/timeline.svg", 640),
}


@pytest.mark.parametrize("width", WIDTHS)
def test_image_snippets_take_the_phone_layout_on_a_phone(browser: Any, server: str, width: int) -> None:
    """The gallery's <picture> snippet, pasted in a page as wide as the screen: narrower than the
    image, the browser takes the 375 px layout, whose smallest text is then 11 px or more from
    375 px up; wider, the image's own layout. The text of either stays inside the image."""
    gallery = html.unescape(httpx.get(f"{server}/embed?lang=zh", timeout=20).text)
    with visit(browser, width=width) as (page, record):
        for name, (path, own) in IMAGE_SNIPPETS.items():
            snippet = re.search(
                rf'<picture><source [^>]*srcset="{re.escape(server + path)}[^"]*">.*?</picture>', gallery
            )
            assert snippet, name
            page.goto("about:blank")  # set_content needs an HTML document, not the last SVG
            page.set_content(f'<body style="margin:0">{snippet.group(0)}</body>')
            page.wait_for_function("() => document.images[0].complete && document.images[0].naturalWidth")
            chosen = page.evaluate("document.images[0].currentSrc")
            natural = page.evaluate("document.images[0].naturalWidth")
            shown = page.locator("img").bounding_box()["width"]
            assert natural == (375 if width <= own else own), (name, chosen)
            root = ET.fromstring(httpx.get(chosen, timeout=20).content)
            smallest = min(
                float(text.get("font-size")) for text in root.iter("{http://www.w3.org/2000/svg}text")
            )
            if width >= 375:
                assert smallest * shown / natural >= 11, (name, smallest, shown, natural)
            if width in (375, 1280) and name != "timeline":
                page.locator("img").screenshot(path=SCREENSHOTS / f"image-{name}-zh-{width}px.png")
            open_embed(page, chosen)
            assert svg_text_outside(page) == [], (name, chosen)
        record.check(server)

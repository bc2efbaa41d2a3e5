"""The SVG (and so PNG) images as a reader of a printed page or a WeChat article sees them: every
text inside the image at every allowed width, readable on a phone, a chart with an axis a reader
can trust, a card whose unit is smaller than its figure, and the corrections the HTML shows."""

import html as html_text
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import httpx
import pytest
from PIL import Image

from app.embed.charts import CHARTS
from app.embed.svg import text_width, tick_text
from app.seed.files import read_seed
from app.seed.text import SEED_DIR

pytestmark = pytest.mark.anyio
SEED = read_seed(SEED_DIR)
SLUGS = [statistic.slug for statistic in SEED.statistics]
SVG = "{http://www.w3.org/2000/svg}"
CORRECTED = "households-out-of-poverty-2016-2019"  # an editor's note and a logged correction
PLAIN = "social-insurance-enrolments-2019"  # neither
WIDTHS = (280, 1200)  # the least and the most the `width` parameter allows


@dataclass(frozen=True)
class Line:
    """One <text> element: its words, where it starts and ends, its baseline and font size."""

    text: str
    left: float
    right: float
    baseline: float
    size: float
    role: str | None


def lines(svg: str) -> tuple[float, float, list[Line]]:
    """The image's viewBox width and height and every text in it, each measured with the width
    estimate the layout uses (a tspan at its own size: a card's unit)."""
    root = ET.fromstring(svg)
    _, _, width, height = (float(n) for n in root.attrib["viewBox"].split())
    found = []
    for element in root.iter(f"{SVG}text"):
        size = float(element.attrib["font-size"])
        bold = element.attrib.get("font-weight") == "700"
        runs = [(element.text or "", size)]
        for span in element.iter(f"{SVG}tspan"):
            runs.append((span.text or "", float(span.attrib.get("font-size", size))))
            runs.append((span.tail or "", size))
        extent = sum(text_width(text, run_size, bold=bold) for text, run_size in runs)
        x = float(element.attrib["x"])
        anchor = element.attrib.get("text-anchor", "start")
        left = x - extent / 2 if anchor == "middle" else x - extent if anchor == "end" else x
        found.append(
            Line(
                text="".join(element.itertext()),
                left=left,
                right=left + extent,
                baseline=float(element.attrib["y"]),
                size=size,
                role=element.attrib.get("data-role"),
            )
        )
    return width, height, found


def overflowing(svg: str) -> list[str]:
    width, height, found = lines(svg)
    return [
        f"{line.text!r} spans {line.left:.0f}-{line.right:.0f} of {width:.0f}, baseline {line.baseline}"
        for line in found
        if line.left < 0 or line.right > width or not 0 < line.baseline <= height
    ]


def image_paths(width: int, lang: str) -> list[str]:
    query = f"lang={lang}&width={width}"
    return [
        *(f"/embed/statistics/{slug}.svg?{query}" for slug in SLUGS),
        *(f"/embed/charts/{name}.svg?{query}" for name in CHARTS),
        f"/embed/timeline.svg?{query}",
    ]


async def get_svg(client: httpx.AsyncClient, path: str) -> str:
    response = await client.get(path)
    assert response.status_code == 200, (path, response.text)
    assert response.headers["content-type"] == "image/svg+xml"
    return response.text


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", WIDTHS)
async def test_no_text_overflows_any_image_at_any_allowed_width(
    client: httpx.AsyncClient, width: int, lang: str
) -> None:
    """Every card, chart and the timeline, at the narrowest and widest layout: each text element,
    measured by the layout's own estimate, lies inside the viewBox."""
    faults = {}
    for path in image_paths(width, lang):
        svg = await get_svg(client, path)
        assert lines(svg)[0] == width, path  # laid out at the width asked for
        if bad := overflowing(svg):
            faults[path] = bad
    assert faults == {}


def test_the_overflow_check_finds_a_line_too_long() -> None:
    """The check above is not vacuous: a line wider than its image is reported."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 280 100">'
        '<text x="20" y="40" font-size="15">昌都市各类社会保险参保人次昌都市各类社会保险参保人次</text></svg>'
    )
    assert len(overflowing(svg)) == 1


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_no_text_under_11_px_on_a_375_px_phone(client: httpx.AsyncClient, lang: str) -> None:
    """The gallery's image snippet gives phones the 375 px layout; shown 375 px wide, its smallest
    text is 11 px or more."""
    page = (await client.get(f"/embed?lang={lang}")).text
    gallery = html_text.unescape(page)  # the snippets as a reader sees and copies them
    for path in image_paths(375, lang):
        if "/statistics/" in path and PLAIN not in path and CORRECTED not in path:
            continue  # every card is laid out alike: two of them stand for the rest
        width, _, found = lines(await get_svg(client, path))
        smallest = min(line.size for line in found) * 375 / width
        assert smallest >= 11, (path, smallest)
        if "/statistics/" not in path or PLAIN in path:
            assert f'srcset="http://testserver{path}"' in gallery, path


@pytest.mark.parametrize(
    ("name", "ticks"),
    [("training-types", ["0", "5", "10", "15", "20"]), ("rural-income-growth-2019", ["0%", "5%", "10%"])],
)
@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_chart_image_has_tick_values_gridlines_and_each_footnote_once(
    client: httpx.AsyncClient, name: str, ticks: list[str], lang: str
) -> None:
    svg = await get_svg(client, f"/embed/charts/{name}.svg?lang={lang}")
    _, _, found = lines(svg)
    assert [line.text for line in found if line.role == "tick"] == ticks
    assert svg.count('class="grid"') == (len(ticks) - 1) * len(CHARTS[name].slugs)
    # Both figures of each chart come from one sentence: one footnote, [1] on both bars.
    footnotes = [line.text for line in found if line.role == "footnote" and re.match(r"\[\d+\] ", line.text)]
    assert len(footnotes) == 1 and footnotes[0].startswith("[1] ")  # its wrapped lines aside
    assert [line.text[-4:] for line in found if line.role == "bar-label" and "[" in line.text] == [" [1]"] * 2
    assert ".grid{stroke:#" in svg.replace(" ", "")  # light: the theme's rule colour


def test_ticks_are_written_in_the_reader_s_units() -> None:
    assert [tick_text(v, 200_000, False, "zh") for v in (0, 50_000, 150_000)] == ["0", "5万", "15万"]
    assert [tick_text(v, 200_000, False, "en") for v in (0, 50_000, 150_000)] == ["0", "50k", "150k"]
    assert [tick_text(v, 3e8, False, "zh") for v in (1e8, 2.5e8)] == ["1亿", "2.5亿"]
    assert [tick_text(v, 3e6, False, "en") for v in (1e6, 2.5e6)] == ["1M", "2.5M"]
    assert [tick_text(v, 20, False, "zh") for v in (5, 7.5)] == ["5", "7.5"]
    assert tick_text(5, 13.5, True, "en") == "5%"


@pytest.mark.parametrize("width", [*WIDTHS, 640])
@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_chart_caption_is_one_line_cut_with_an_ellipsis(
    client: httpx.AsyncClient, lang: str, width: int
) -> None:
    for name, chart in CHARTS.items():
        _, _, found = lines(await get_svg(client, f"/embed/charts/{name}.svg?lang={lang}&width={width}"))
        captions = [line for line in found if line.role == "caption"]
        full = chart.caption.zh if lang == "zh" else chart.caption.en
        assert len(captions) == 1
        shown = captions[0].text
        assert shown == full or (shown.endswith("…") and full.startswith(shown[:-1]))
        if width < 1200:
            assert shown != full  # every caption is longer than a line of 640
        assert captions[0].right <= width - 20  # inside the padding


@pytest.mark.parametrize(
    ("slug", "lang", "number", "unit"),
    [
        ("social-insurance-enrolments-2019", "zh", "60.6万", "人次"),
        ("social-insurance-enrolments-2019", "en", "606,000", " enrolments"),
        ("job-transfer-skills-training-types", "zh", "20", "余种"),
        ("rural-income-growth-2019", "zh", "13.5%", ""),
    ],
)
async def test_card_image_draws_the_unit_about_half_the_figure_s_size(
    client: httpx.AsyncClient, slug: str, lang: str, number: str, unit: str
) -> None:
    root = ET.fromstring(await get_svg(client, f"/embed/statistics/{slug}.svg?lang={lang}"))
    figure = next(e for e in root.iter(f"{SVG}text") if e.attrib.get("data-role") == "figure")
    size = float(figure.attrib["font-size"])
    assert size >= 28 and figure.text == number
    spans = [(span.text, float(span.attrib["font-size"])) for span in figure.iter(f"{SVG}tspan")]
    if unit:
        assert [text for text, _ in spans] == [unit]
        assert 0.45 <= spans[0][1] / size <= 0.6
    else:
        assert spans == []
    # Above it, smaller: the label; below it, smaller still: when it holds.
    _, _, found = lines(ET.tostring(root, encoding="unicode"))
    sizes = {line.role: line.size for line in found}
    assert sizes["figure"] > sizes["label"] > sizes["byline"] and sizes["when"] < sizes["label"]


def editorial_text(html: str) -> str:
    found = re.search(r'<p class="editorial">(.*?)</p>', html, re.S)
    assert found, "no editorial line in the HTML"
    return html_text.unescape(re.sub(r"<[^>]+>", "", found.group(1)))


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_images_show_the_editorial_line_the_html_card_shows(
    client: httpx.AsyncClient, lang: str
) -> None:
    """A reader of a WeChat image sees the correction too: the same note and "Corrected on" line."""
    html = (await client.get(f"/embed/statistics/{CORRECTED}?lang={lang}")).text
    svg = await get_svg(client, f"/embed/statistics/{CORRECTED}.svg?lang={lang}")
    shown = "".join(line.text for line in lines(svg)[2] if line.role == "editorial")
    said = "Corrected on 2026-12-01" if lang == "en" else "2026-12-01 更正"
    assert said in shown
    assert shown.replace(" ", "") == editorial_text(html).replace(" ", "")  # wrapped, else the same
    assert f'href="http://testserver/v1/corrections/poverty-four-years-are-2016-2019?lang={lang}"' in svg
    plain = await get_svg(client, f"/embed/statistics/{PLAIN}.svg?lang={lang}")
    assert 'data-role="editorial"' not in plain
    timeline = await get_svg(client, f"/embed/timeline.svg?lang={lang}")
    assert said in "".join(line.text for line in lines(timeline)[2] if line.role == "editorial")


def ink_columns(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    """How many pixel columns of `box` have a pixel darker than the light background's text threshold."""
    grey = image.convert("L").crop(box)
    return sum(1 for x in range(grey.width) if min(grey.getpixel((x, y)) for y in range(grey.height)) < 200)


@pytest.mark.parametrize("name", list(CHARTS))
async def test_chart_png_draws_its_tick_labels(client: httpx.AsyncClient, name: str) -> None:
    """Each tick <text> of the SVG is drawn in the PNG: ink where the label stands, at scale 2."""
    svg = await get_svg(client, f"/embed/charts/{name}.svg?lang=en&theme=light")
    root = ET.fromstring(svg)
    response = await client.get(f"/embed/charts/{name}.png?lang=en&theme=light&scale=2")
    assert response.status_code == 200
    image = Image.open(io.BytesIO(response.content))
    assert image.width == 2 * 640
    group_y = {  # the bars are drawn in a group moved down by the header's height
        id(text): float(re.search(r"translate\(0 ([\d.]+)\)", group.attrib["transform"]).group(1))  # type: ignore[union-attr]
        for group in root.iter(f"{SVG}g")
        if "translate(0 " in group.attrib.get("transform", "")
        for text in group.iter(f"{SVG}text")
    }
    ticks = [e for e in root.iter(f"{SVG}text") if e.attrib.get("data-role") == "tick"]
    assert len(ticks) >= 3
    for tick in ticks:
        x, y = float(tick.attrib["x"]), float(tick.attrib["y"]) + group_y[id(tick)]
        left = x if tick.attrib["text-anchor"] == "start" else x - 12
        box = (int(2 * left), int(2 * (y - 10)), int(2 * (left + 24)), int(2 * (y + 2)))
        assert ink_columns(image, box) >= 6, (tick.text, box)

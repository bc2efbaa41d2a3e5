"""The embed kit through HTTP: cards, SVG images, the timeline, charts, the gallery and oEmbed."""

import base64
import hashlib
import html as html_text
import re
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, quote, urlsplit

import httpx
import pytest

from app.embed.charts import CHARTS
from app.seed.files import read_seed
from app.seed.text import SEED_DIR

pytestmark = pytest.mark.anyio
SEED = read_seed(SEED_DIR)
SLUGS = [statistic.slug for statistic in SEED.statistics]
OURS = "http://testserver/"
CARD = "/embed/statistics/social-insurance-enrolments-2019"
TITLE_ZH = "砥砺奋进七十载 乘风扬帆谱新篇"
TITLE_EN = "Seventy Years of Forging Ahead"
EMBED_PAGES = [CARD, "/embed/timeline", *(f"/embed/charts/{name}" for name in CHARTS), "/embed"]
EMBED_IMAGES = [f"{CARD}.svg", "/embed/timeline.svg", *(f"/embed/charts/{name}.svg" for name in CHARTS)]
LINKS = re.compile(r"""\b(?:src|href)\s*=\s*["']([^"']*)["']""", re.I)


def figure(html: str) -> str:
    """The card's figure as a reader sees it (tags dropped)."""
    found = re.search(r"<p class=\"figure\" data-figure>(.*?)</p>", html, re.S)
    assert found, html[:500]
    return re.sub(r"<[^>]+>", "", found.group(1)).replace("&nbsp;", " ")


def external_references(body: str) -> list[str]:
    """Every src/href that is neither ours nor a fragment, and any CSS url() or @import at all."""
    bad = [link for link in LINKS.findall(body) if not (link.startswith(OURS) or link.startswith("#"))]
    bad += re.findall(r"url\(|@import", body)
    bad += re.findall(r"<script[^>]*\bsrc=|<link[^>]*stylesheet", body)
    return bad


def inline_hashes(body: str, tag: str) -> set[str]:
    return {
        f"'sha256-{base64.b64encode(hashlib.sha256(inline.encode()).digest()).decode()}'"
        for inline in re.findall(rf"<{tag}>(.*?)</{tag}>", body, re.S)
    }


# --- statistic cards ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "lang", "expected"),
    [
        ("social-insurance-enrolments-2019", "zh", "60.6万人次"),
        ("social-insurance-enrolments-2019", "en", "606,000 enrolments"),
        ("household-liaison-households-covered", "zh", "14.98万余户"),
        ("household-liaison-households-covered", "en", "more than 149,800 households"),
        ("sharp-eyes-camera-feeds", "en", "at least 10,000 video feeds"),
        ("medical-insurance-settlement-time-limit", "en", "at most 30 working days"),
        ("thangka-training-duration", "zh", "五到六年"),
        ("thangka-training-duration", "en", "5–6 years"),
        ("rural-income-growth-rank-2019", "en", "1st place"),
        ("zengwangmu-reimbursement-forms", "en", "1 form"),
        ("industry-investment-2019", "en", "6,632,000,000 yuan"),
        ("benefit-linkage-income-per-person", "en", "562.33 yuan"),
        ("poverty-incidence-2015", "en", "24.95%"),
        ("job-transfer-skills-training-types", "en", "more than 20 types of training"),
    ],
)
async def test_card_writes_the_figure_as_the_language_does(
    client: httpx.AsyncClient, slug: str, lang: str, expected: str
) -> None:
    response = await client.get(f"/embed/statistics/{slug}?lang={lang}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["content-language"] == lang
    assert figure(response.text) == expected
    if lang == "en":  # the article's own words are shown too
        value_text = next(s.value_text for s in SEED.statistics if s.slug == slug)
        assert f'<span lang="zh-Hans">{value_text}</span>' in response.text


@pytest.mark.parametrize(
    ("slug", "lang", "expected"),
    [
        ("social-insurance-enrolments-2019", "zh", "截至2019年底"),
        ("social-insurance-enrolments-2019", "en", "as of 31 Dec 2019"),
        ("household-liaison-units", "en", "2020 (derived)"),
        ("household-liaison-units", "zh", "2020年（推算）"),
        ("zengwangmu-reimbursement-forms", "en", "Sep 2020 (derived)"),
        ("households-out-of-poverty-2016-2019", "en", "2016–2019 (derived)"),
        ("households-out-of-poverty-2016-2019", "zh", "2016—2019年（推算）"),
        ("rural-disposable-income-2019", "en", ">2019<"),
        ("sharp-eyes-investment", "en", "Not dated in the article"),
    ],
)
async def test_card_says_when_the_figure_holds(
    client: httpx.AsyncClient, slug: str, lang: str, expected: str
) -> None:
    response = await client.get(f"/embed/statistics/{slug}?lang={lang}")
    when = re.search(r'<p class="when">(.*?)</p>', response.text, re.S)
    assert when and expected.strip("<>") in when.group(1), when
    if "derived" in expected or "推算" in expected:
        assert 'class="derived" title="' in when.group(1)  # the reason, on hover


async def test_every_card_answers_in_both_languages_without_outside_references(
    client: httpx.AsyncClient,
) -> None:
    for slug in SLUGS:
        for lang in ("zh", "en"):
            for path in (
                f"/embed/statistics/{slug}?lang={lang}",
                f"/embed/statistics/{slug}.svg?lang={lang}",
            ):
                response = await client.get(path)
                assert response.status_code == 200, path
                assert external_references(response.text) == [], path
                assert (TITLE_ZH if lang == "zh" else TITLE_EN) in response.text, path
                assert ("周婷婷" if lang == "zh" else "Zhou Tingting") in response.text, path


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_card_attribution_links_the_citation_the_api_serves(
    client: httpx.AsyncClient, lang: str
) -> None:
    html = (await client.get(f"{CARD}?lang={lang}")).text
    footer = re.search(r'<footer class="attribution">(.*?)</footer>', html, re.S)
    assert footer
    link = re.search(r'<a href="([^"]+)" target="_blank" rel="noopener">([^<]+)</a>', footer.group(1))
    assert link and link.group(1) == f"{OURS}v1/statistics/social-insurance-enrolments-2019?lang={lang}"
    api = (await client.get(link.group(1).removeprefix(OURS[:-1]))).json()
    assert link.group(2) == api["citation"]["short"][lang]
    byline = "《砥砺奋进七十载 乘风扬帆谱新篇》 文／周婷婷" if lang == "zh" else "by Zhou Tingting (周婷婷)"
    assert byline in footer.group(1)


async def test_the_attribution_cannot_be_switched_off(client: httpx.AsyncClient) -> None:
    for query in ("attribution=0", "credit=false", "citation=none", "minimal=1"):
        response = await client.get(f"{CARD}?{query}")  # not a parameter of the card: refused, named
        assert response.status_code == 400, query
        assert response.json()["errors"][0]["name"] == query.partition("=")[0]


@pytest.mark.parametrize(
    ("headers", "query", "expected"),
    [
        ({}, "", "zh"),
        ({"Accept-Language": "en-GB,en;q=0.9"}, "", "en"),
        ({"Accept-Language": "fr, en;q=0.5"}, "", "en"),
        ({"Accept-Language": "en"}, "?lang=zh", "zh"),
        ({"Accept-Language": "zh"}, "?lang=en", "en"),
    ],
)
async def test_card_language_follows_lang_then_accept_language(
    client: httpx.AsyncClient, headers: dict[str, str], query: str, expected: str
) -> None:
    response = await client.get(f"{CARD}{query}", headers=headers)
    assert response.headers["content-language"] == expected
    assert f'<html lang="{"zh-Hans" if expected == "zh" else "en"}"' in response.text
    assert figure(response.text) == ("60.6万人次" if expected == "zh" else "606,000 enrolments")


@pytest.mark.parametrize("path", [*EMBED_PAGES, *EMBED_IMAGES])
async def test_themes(client: httpx.AsyncClient, path: str) -> None:
    auto = (await client.get(path)).text
    light = (await client.get(f"{path}?theme=light")).text
    dark = (await client.get(f"{path}?theme=dark")).text
    assert "prefers-color-scheme: dark" in auto
    assert "prefers-color-scheme" not in light and "prefers-color-scheme" not in dark
    assert "#ffffff" in light and "#16191d" not in light
    assert "#16191d" in dark and "#ffffff" not in dark
    assert 'data-theme="dark"' in dark


@pytest.mark.parametrize(
    "path",
    [
        f"{CARD}?lang=fr_FR",
        f"{CARD}?theme=sepia",
        f"{CARD}.svg?theme=blue",
        "/embed/timeline?lang=<de>",
        "/embed?theme=",
        "/embed/charts/training-types?lang=e-n-",
        "/embed/statistics/Not_A_Slug",
        "/embed/charts/Bad_Name.svg",
    ],
)
async def test_bad_parameters_answer_422_problems(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"]


@pytest.mark.parametrize(
    "path",
    [
        "/embed/statistics/no-such-figure.svg",
        "/embed/charts/poverty-households.svg",
        "/embed/nothing-here",
    ],
)
async def test_unknown_things_answer_404_problems(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 404


@pytest.mark.parametrize("path", ["/embed/statistics/no-such-figure", "/embed/charts/no-such-chart"])
@pytest.mark.parametrize(("lang", "theme"), [("zh", "light"), ("en", "dark"), ("zh", "auto")])
async def test_unknown_embed_pages_show_the_reader_a_small_card(
    client: httpx.AsyncClient, path: str, lang: str, theme: str
) -> None:
    """Inside a partner's page, a figure that went away is a sentence and a way on, not JSON."""
    response = await client.get(f"{path}?lang={lang}&theme={theme}")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-language"] == lang
    page = response.text
    assert f'<html lang="{"zh-Hans" if lang == "zh" else "en"}" data-theme="{theme}">' in page
    assert ("该数据已不再提供" if lang == "zh" else "This figure is no longer available") in page
    assert f'href="{OURS}embed?lang={lang}"' in page  # the gallery, in the reader's language
    dark_background = "--bg:#16191d"
    assert (dark_background in page) == (theme != "light")  # dark, or auto's dark media query
    # Still an embed: frameable by any site, its inline style and script allowed by hash only.
    csp = response.headers["content-security-policy"]
    assert "frame-ancestors *" in csp and "'unsafe-inline'" not in csp
    hashes = inline_hashes(page, "script") | inline_hashes(page, "style")
    assert hashes and all(digest in csp for digest in hashes)
    assert external_references(page) == []


# --- headers: framing and CSP ----------------------------------------------------------------------


@pytest.mark.parametrize("path", [*EMBED_PAGES, *EMBED_IMAGES])
async def test_embeds_may_be_framed_by_any_site_under_a_strict_csp(
    client: httpx.AsyncClient, path: str
) -> None:
    response = await client.get(path)
    assert response.status_code == 200
    assert "x-frame-options" not in response.headers
    csp = dict(part.strip().split(" ", 1) for part in response.headers["content-security-policy"].split(";"))
    assert csp["frame-ancestors"] == "*"
    assert csp["default-src"] == "'none'"
    assert csp["base-uri"] == "'none'" and csp["form-action"] == "'none'"
    assert csp["frame-src"] == "'self'" and csp["img-src"] == "'self' data:"
    scripts, styles = inline_hashes(response.text, "script"), inline_hashes(response.text, "style")
    assert set(csp["script-src"].split()) == (scripts or {"'none'"})  # by hash only: no 'unsafe-inline'
    assert set(csp["style-src"].split()) == styles and styles
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    "path",
    [
        "/v1/statistics",
        "/v1/statistics/social-insurance-enrolments-2019",
        "/oembed?url=http://testserver/embed/timeline",
        "/docs",
        "/openapi.json",
        "/healthz",
        "/embedded",
        "/embeds/statistics/x",
        "/v1/embed",
    ],
)
async def test_everything_else_still_refuses_to_be_framed(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


async def test_embed_pages_carry_the_oembed_discovery_link(client: httpx.AsyncClient) -> None:
    for path in EMBED_PAGES[:-1]:
        html = (await client.get(f"{path}?lang=en&theme=dark")).text
        link = re.search(r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', html)
        assert link, path
        href = link.group(1).replace("&amp;", "&")
        assert href.startswith(f"{OURS}oembed?")
        query = parse_qs(urlsplit(href).query)
        assert query["format"] == ["json"]
        assert query["url"] == [f"{OURS[:-1]}{path}?lang=en&theme=dark"]
        answer = await client.get(href.removeprefix(OURS[:-1]))
        assert answer.status_code == 200 and answer.json()["type"] == "rich", path
    gallery = (await client.get("/embed")).text
    assert "application/json+oembed" not in gallery.split("</head>")[0]  # the gallery is no embed


# --- SVG images ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("path", EMBED_IMAGES)
async def test_svg_images_are_self_contained_and_attributed(
    client: httpx.AsyncClient, path: str, lang: str
) -> None:
    response = await client.get(f"{path}?lang={lang}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/svg+xml"
    assert response.headers["content-language"] == lang
    root = ET.fromstring(response.content)  # well-formed XML
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert int(root.attrib["width"]) > 0 and int(root.attrib["height"]) > 0
    assert external_references(response.text) == []
    assert "Noto Sans CJK SC" in response.text and "Microsoft YaHei" in response.text
    text = "".join(root.itertext())
    assert (TITLE_ZH if lang == "zh" else TITLE_EN) in text
    assert ("周婷婷" if lang == "zh" else "Zhou Tingting") in text


async def test_svg_card_shows_the_card_s_content(client: httpx.AsyncClient) -> None:
    zh = "".join(ET.fromstring((await client.get(f"{CARD}.svg")).content).itertext())
    en = "".join(ET.fromstring((await client.get(f"{CARD}.svg?lang=en")).content).itertext())
    assert "60.6万人次" in zh and "截至2019年底" in zh and "第15段" in zh
    assert "606,000 enrolments" in en and "as of 31 Dec 2019" in en and "para. 15" in en
    # The footer's printed line is the CSV of this figure, readable off a printed or WeChat image;
    # the links go to the card's page. Never the JSON API: it means nothing to a reader.
    data = "testserver/v1/statistics.csv?slugs=social-insurance-enrolments-2019"
    assert "Get the data (CSV):" in en and data in en  # a line each where the URL is too long
    assert "下载这些数据（CSV）：" in zh and data in zh
    svg = (await client.get(f"{CARD}.svg?lang=en")).text
    assert f'href="{OURS}embed/statistics/social-insurance-enrolments-2019?lang=en"' in svg
    assert "/v1/statistics/" not in svg and "/v1/article" not in svg


# --- timeline --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_timeline_lists_every_milestone_in_date_order_with_its_precision(
    client: httpx.AsyncClient, lang: str
) -> None:
    response = await client.get(f"/embed/timeline?lang={lang}")
    assert response.status_code == 200 and response.headers["content-type"] == "text/html; charset=utf-8"
    events = re.findall(
        r'<li data-slug="([^"]+)"><time datetime="([^"]+)"[^>]*>([^<]+)</time>', response.text
    )
    assert {slug for slug, _, _ in events} == {m.slug for m in SEED.milestones}
    dates = [date for _, date, _ in events]
    assert dates == sorted(dates)
    shown = {slug: text for slug, _, text in events}
    if lang == "zh":
        assert shown["first-social-security-cards-issued"] == "2018年8月"
        assert shown["qamdo-liberation"] == "1950年10月（推算）"
        assert shown["public-sector-pension-reform-completed"] == "2018年"
        assert shown["jinka-villagers-meeting"] == "2020年9月8日（推算）"
        assert shown["universal-insurance-registration-meeting-2017"] == "2017年"
    else:
        assert shown["first-social-security-cards-issued"] == "Aug 2018"
        assert shown["qamdo-liberation"] == "Oct 1950 (derived)"
        assert shown["jinka-villagers-meeting"] == "8 Sep 2020 (derived)"
    assert external_references(response.text) == []
    for milestone in SEED.milestones:  # each event links its citation in the API
        assert f'href="{OURS}v1/milestones/{milestone.slug}?lang={lang}"' in response.text


@pytest.mark.parametrize(("lang", "paragraph"), [("zh", "原文第"), ("en", "Article, para. ")])
async def test_timeline_cites_the_article_once_and_each_milestone_by_paragraph(
    client: httpx.AsyncClient, lang: str, paragraph: str
) -> None:
    html = (await client.get(f"/embed/timeline?lang={lang}")).text
    events = html.split('<ol class="events">')[1].split("</ol>")[0]
    title = "砥砺奋进七十载" if lang == "zh" else "Seventy Years of Forging Ahead"
    assert title not in events  # the full citation is not repeated on every entry
    assert events.count(paragraph) == len(SEED.milestones)
    assert title in html.split("</ol>")[-1]  # once, in the attribution
    svg = (await client.get(f"/embed/timeline.svg?lang={lang}")).text
    assert svg.count(title) == 2  # the byline and the citation of the attribution, nowhere else


# --- charts --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", list(CHARTS))
async def test_chart_bars_are_labelled_with_the_article_s_words_and_cited(
    client: httpx.AsyncClient, name: str, lang: str
) -> None:
    chart = CHARTS[name]
    html = (await client.get(f"/embed/charts/{name}?lang={lang}")).text
    svg = (await client.get(f"/embed/charts/{name}.svg?lang={lang}")).text
    caption = chart.caption.zh if lang == "zh" else chart.caption.en
    for body in (html, svg):
        assert caption.replace("“", "").replace("”", "")[:20] in body.replace("“", "").replace("”", "")
        assert body.count('class="bar"') == len(chart.slugs)  # drawn as inline SVG in both
    for slug in chart.slugs:
        statistic = next(s for s in SEED.statistics if s.slug == slug)
        assert statistic.value_text in html and statistic.value_text in svg
    # Each citation is a footnote once, however many bars share it (one per paragraph cited).
    footnotes = re.findall(r'<li id="cite-\d+"><a href="[^"]+"[^>]*>([^<]+)</a>', html)
    paragraphs = {s.source.paragraph for s in SEED.statistics if s.slug in chart.slugs}
    assert len(footnotes) == len(set(footnotes)) == len(paragraphs)
    # "Get the data": the CSV of exactly the chart's figures.
    data = re.search(r'<p class="data"><a href="([^"]+)"', html)
    assert data
    csv_url = html_text.unescape(data.group(1))
    assert csv_url.startswith(f"{OURS}v1/statistics.csv?")
    csv = (await client.get(csv_url.removeprefix(OURS.rstrip("/")))).content.decode("utf-8-sig")
    assert sorted(row.split(",")[0] for row in csv.splitlines()[1:]) == sorted(chart.slugs)
    # An image's reader can only open a page or the data: the SVG links to the chart's page and
    # prints the same CSV, never the JSON API.
    assert f'href="{OURS}embed/charts/{name}?lang={lang}"' in svg
    assert f'href="{html_text.escape(csv_url)}"' in svg
    assert "/v1/statistics/" not in svg and "/v1/article" not in svg
    assert re.search(r"<svg class=\"track\"", html)


@pytest.mark.parametrize(
    ("name", "ticks"),
    [("training-types", ["0", "5", "10", "15", "20"]), ("rural-income-growth-2019", ["0%", "5%", "10%"])],
)
async def test_chart_axis_has_tick_values_and_light_gridlines(
    client: httpx.AsyncClient, name: str, ticks: list[str]
) -> None:
    html = (await client.get(f"/embed/charts/{name}?lang=en")).text
    axis = re.search(r'<svg class="ticks".*?</svg>', html, re.S)
    assert axis and re.findall(r"<text [^>]*>([^<]+)</text>", axis.group(0)) == ticks
    for track in re.findall(r'<svg class="track".*?</svg>', html, re.S):
        assert track.count('class="grid"') == len(ticks) - 1  # one per tick but zero, the axis line


async def test_chart_bars_start_at_zero_and_scale_with_the_value(client: httpx.AsyncClient) -> None:
    html = (await client.get("/embed/charts/rural-income-growth-2019")).text
    widths = [float(w) for w in re.findall(r'<rect class="bar" x="0" y="0" width="([\d.]+)%"', html)]
    assert len(widths) == 2
    assert widths[1] / widths[0] == pytest.approx(13 / 13.5, rel=1e-3)
    assert "dasharray" in html  # 13%以上 is a floor: drawn with an open end


# --- gallery -------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_gallery_lists_every_embed_with_preview_and_escaped_snippets(
    client: httpx.AsyncClient, lang: str
) -> None:
    response = await client.get(f"/embed?lang={lang}")
    assert response.status_code == 200 and response.headers["content-language"] == lang
    html = response.text
    previews = re.findall(r'<iframe class="preview" src="([^"]+)"', html)
    expected = [
        *(f"{OURS}embed/charts/{name}?lang={lang}" for name in CHARTS),
        f"{OURS}embed/timeline?lang={lang}",
        *(f"{OURS}embed/statistics/{slug}?lang={lang}" for slug in SLUGS),
    ]
    assert previews == expected
    snippets = re.findall(r"<pre><code>(.*?)</code></pre>", html, re.S)
    assert len(snippets) == 1 + 3 * len(expected)  # the host script, then iframe, img and oEmbed each
    for snippet in snippets:
        assert "<" not in snippet and ">" not in snippet  # escaped, so shown and not run
    shown = [html_text.unescape(snippet) for snippet in snippets]  # what the reader sees and copies
    assert any(f'<iframe src="{OURS}embed/timeline?lang={lang}"' in s for s in shown)
    assert any(f'<img src="{OURS}embed/timeline.svg?lang={lang}"' in s for s in shown)
    assert any(s == f"{OURS}oembed?url={quote(f'{OURS}embed/timeline?lang={lang}', safe='')}&format=json"
               for s in shown)  # fmt: skip
    assert "changdu-facts:resize" in shown[0] and 'event.origin !== "http://testserver"' in shown[0]
    # Escaped once: a title's apostrophe is shown as itself, not as an entity (Qamdo's, not Qamdo&#x27;s).
    assert not any(re.search(r"&#?\w+;", s.replace("&format=", "")) for s in shown)
    if lang == "en":
        assert any("Qamdo's" in s for s in shown)
    other = "en" if lang == "zh" else "zh"
    assert f'href="{OURS}embed?lang={other}"' in html
    assert external_references(html) == []


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_gallery_offers_png_downloads_and_copy_buttons(client: httpx.AsyncClient, lang: str) -> None:
    response = await client.get(f"/embed?lang={lang}&theme=dark")
    html = response.text
    items = html.count('<article class="item">')
    downloads = re.findall(r'<a href="([^"]+)" download>', html)
    assert len(downloads) == 2 * items  # 1x and 2x beside each item
    for url in downloads[:2] + downloads[-2:]:  # a chart's and a card's, at both scales
        split = urlsplit(html_text.unescape(url))
        assert split.path.endswith(".png") and parse_qs(split.query)["theme"] == ["dark"]
        image = await client.get(f"{split.path}?{split.query}")
        assert image.status_code == 200 and image.headers["content-type"] == "image/png"
    assert "scale=2" in html_text.unescape(downloads[1]) and "scale" not in downloads[0]
    # One copy button per snippet, hidden until the gallery's script shows it, which the CSP allows.
    buttons = re.findall(r"<button [^>]*data-copy[^>]*hidden>", html)
    assert len(buttons) == 3 * items
    csp = response.headers["content-security-policy"]
    scripts = inline_hashes(html, "script")
    assert len(scripts) == 3 and all(digest in csp for digest in scripts)  # host, copy and resize


async def test_gallery_theme_carries_into_previews_and_snippets(client: httpx.AsyncClient) -> None:
    html = (await client.get("/embed?lang=en&theme=dark")).text
    assert f'<iframe class="preview" src="{OURS}embed/timeline?lang=en&amp;theme=dark"' in html


# --- oEmbed ----------------------------------------------------------------------------------------


async def oembed(client: httpx.AsyncClient, url: str, **params: str) -> httpx.Response:
    return await client.get("/oembed", params={"url": url, **params})


async def test_oembed_answers_rich_json_for_a_card(client: httpx.AsyncClient) -> None:
    response = await oembed(client, f"{OURS[:-1]}{CARD}?lang=en", format="json")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["type"] == "rich" and body["version"] == "1.0"
    assert body["provider_name"] == "changdu-facts" and body["provider_url"] == OURS
    assert body["title"].endswith(": 606,000 enrolments")
    assert body["author_name"] == "Zhou Tingting" and body["author_url"] == f"{OURS}v1/article?lang=en"
    assert isinstance(body["cache_age"], int) and body["cache_age"] > 0
    assert body["width"] == 480 and body["height"] > 200
    iframe = re.fullmatch(
        r'<iframe src="([^"]+)" title="[^"]+" width="(\d+)" height="(\d+)"[^>]*></iframe>', body["html"]
    )
    assert iframe and iframe.group(1) == f"{OURS}embed/statistics/social-insurance-enrolments-2019?lang=en"
    assert (int(iframe.group(2)), int(iframe.group(3))) == (body["width"], body["height"])
    assert "<script" not in body["html"]


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("http://testserver/embed/timeline", "昌都：报道中的大事记"),
        ("https://testserver/embed/timeline?lang=en&theme=dark", "Qamdo: milestones in the feature"),
        ("http://testserver:80/embed/charts/training-types", CHARTS["training-types"].title.zh),
        ("http://TESTSERVER/embed/statistics/poverty-incidence-2015?theme=light", None),
    ],
)
async def test_oembed_knows_every_kind_of_embed(
    client: httpx.AsyncClient, url: str, title: str | None
) -> None:
    response = await oembed(client, url)
    assert response.status_code == 200, response.text
    body = response.json()
    if title:
        assert body["title"] == title
    src = re.search(r'src="([^"]+)"', body["html"])
    assert src and src.group(1).startswith(OURS + "embed/")
    page = await client.get(src.group(1).replace("&amp;", "&").removeprefix(OURS[:-1]))
    assert page.status_code == 200


async def test_oembed_language_comes_from_the_url_or_the_request(client: httpx.AsyncClient) -> None:
    url = f"{OURS[:-1]}{CARD}"
    zh = (await oembed(client, url)).json()
    en = (await client.get("/oembed", params={"url": url}, headers={"Accept-Language": "en"})).json()
    pinned = (
        await client.get("/oembed", params={"url": url + "?lang=zh"}, headers={"Accept-Language": "en"})
    ).json()
    assert zh["author_name"] == "周婷婷" and "?lang=zh" in zh["html"]
    assert en["author_name"] == "Zhou Tingting" and "?lang=en" in en["html"]
    assert pinned["author_name"] == "周婷婷"


async def test_oembed_size_fits_the_content_within_the_limits(client: httpx.AsyncClient) -> None:
    url = f"{OURS[:-1]}{CARD}"

    async def size(**params: str) -> tuple[int, int]:
        body = (await oembed(client, url, **params)).json()
        assert f'width="{body["width"]}" height="{body["height"]}"' in body["html"]
        return body["width"], body["height"]

    width, height = await size()
    assert width == 480 and 200 <= height <= 500  # the card's own height (the browser test measures it)
    assert (await size(maxwidth="1000", maxheight="1000")) == (width, height)
    narrow = await size(maxwidth="300")
    assert narrow[0] == 300 and narrow[1] > height  # narrower wraps more lines
    assert await size(maxheight="120") == (480, 120)
    assert await size(maxwidth="1", maxheight="1") == (1, 1)
    english = (await oembed(client, f"{url}?lang=en")).json()
    assert english["height"] > height  # the English card has more lines


async def test_oembed_limits_apply_to_the_timeline_too(client: httpx.AsyncClient) -> None:
    body = (await oembed(client, f"{OURS}embed/timeline", maxwidth="400", maxheight="600")).json()
    assert body["width"] <= 400 and body["height"] <= 600


@pytest.mark.parametrize(
    "url",
    [
        "http://evil.example/embed/statistics/social-insurance-enrolments-2019",
        "http://testserver.evil.example/embed/timeline",
        "http://testserver:8080/embed/timeline",
        "ftp://testserver/embed/timeline",
        "http://testserver/embed/statistics/no-such-figure",
        "http://testserver/embed/statistics/Bad_Slug",
        "http://testserver/embed/charts/no-such-chart",
        "http://testserver/embed",
        "http://testserver/v1/statistics/social-insurance-enrolments-2019",
        "http://testserver/embed/statistics/social-insurance-enrolments-2019.svg",
        "http://testserver/embed/timeline?lang=fr",
        "http://testserver/embed/timeline?theme=sepia",
        "not a url at all",
        "http://[::1/embed/timeline",
    ],
)
async def test_oembed_answers_404_for_a_url_that_is_not_ours(client: httpx.AsyncClient, url: str) -> None:
    response = await oembed(client, url)
    assert response.status_code == 404, response.text
    assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize("format_", ["xml", "JSON", "html"])
async def test_oembed_answers_501_for_any_format_but_json(client: httpx.AsyncClient, format_: str) -> None:
    response = await oembed(client, f"{OURS}embed/timeline", format=format_)
    assert response.status_code == 501
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 501


@pytest.mark.parametrize("params", [{"maxwidth": "0"}, {"maxheight": "-5"}, {"maxwidth": "wide"}])
async def test_oembed_rejects_bad_limits(client: httpx.AsyncClient, params: dict[str, str]) -> None:
    response = await oembed(client, f"{OURS}embed/timeline", **params)
    assert response.status_code == 422


async def test_oembed_needs_a_url(client: httpx.AsyncClient) -> None:
    assert (await client.get("/oembed")).status_code == 422


async def test_openapi_documents_the_embeds_and_oembed_s_501(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    oembed_operation = spec["paths"]["/oembed"]["get"]
    assert {"404", "422", "501"} <= set(oembed_operation["responses"])
    assert "application/problem+json" in oembed_operation["responses"]["501"]["content"]
    card = spec["paths"]["/embed/statistics/{slug}"]["get"]
    assert "text/html" in card["responses"]["200"]["content"]
    assert (
        "image/svg+xml" in spec["paths"]["/embed/statistics/{slug}.svg"]["get"]["responses"]["200"]["content"]
    )
    tags = {tag["name"] for tag in spec["tags"]}
    assert {"embed", "oembed"} <= tags

"""Link previews: Open Graph and Twitter meta on every embed page, read as an unfurler reads them
(extruct), and oEmbed's thumbnail; each image they name is a real 1200x630 PNG."""

import io
from urllib.parse import parse_qs, urlsplit

import extruct
import httpx
import lxml.html
import pytest
from PIL import Image

from app.embed.charts import CHARTS
from app.seed.files import read_seed
from app.seed.text import SEED_DIR

SEED = read_seed(SEED_DIR)
OURS = "http://testserver/"
CARD_SLUG = "social-insurance-enrolments-2019"
PAGES = [f"/embed/statistics/{CARD_SLUG}", "/embed/timeline", *(f"/embed/charts/{name}" for name in CHARTS)]
pytestmark = pytest.mark.anyio


def open_graph(html: str, url: str) -> dict[str, str]:
    """The page's Open Graph properties as extruct (what unfurling services use) reads them."""
    found = extruct.extract(html, base_url=url, syntaxes=["opengraph"])["opengraph"]
    assert len(found) == 1
    return dict(found[0]["properties"])


def meta_names(html: str) -> dict[str, str]:
    """`<meta name=... content=...>` pairs, the way Twitter's card reader finds them."""
    tree = lxml.html.fromstring(html)
    return {meta.get("name"): meta.get("content") for meta in tree.iter("meta") if meta.get("name")}


async def fetch_png(client: httpx.AsyncClient, url: str) -> Image.Image:
    assert url.startswith(OURS), url
    split = urlsplit(url)
    response = await client.get(f"{split.path}?{split.query}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "image/png"
    return Image.open(io.BytesIO(response.content))


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("path", PAGES)
async def test_embed_pages_unfurl_with_title_description_and_a_1200x630_image(
    client: httpx.AsyncClient, path: str, lang: str
) -> None:
    url = f"{OURS}{path.lstrip('/')}?lang={lang}"
    html = (await client.get(url)).text
    og = open_graph(html, url)
    title = lxml.html.fromstring(html).findtext(".//title")
    assert og["og:title"] == title
    assert og["og:url"] == url
    assert og["og:locale"] == ("zh_CN" if lang == "zh" else "en_US")
    assert ("周婷婷" if lang == "zh" else "Zhou Tingting") in og["og:description"]  # the citation
    assert (og["og:image:width"], og["og:image:height"]) == ("1200", "630")
    image = await fetch_png(client, og["og:image"])
    assert image.size == (1200, 630)
    twitter = meta_names(html)
    assert twitter["twitter:card"] == "summary_large_image"
    assert twitter["twitter:image"] == og["og:image"]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_card_preview_states_the_figure_and_its_citation(client: httpx.AsyncClient, lang: str) -> None:
    url = f"{OURS}embed/statistics/{CARD_SLUG}?lang={lang}"
    og = open_graph((await client.get(url)).text, url)
    if lang == "zh":
        assert "60.6万人次" in og["og:description"] and "第15段" in og["og:description"]
    else:
        assert "606,000 enrolments" in og["og:description"] and "para. 15" in og["og:description"]


async def test_preview_image_keeps_the_page_s_theme(client: httpx.AsyncClient) -> None:
    url = f"{OURS}embed/charts/training-types?lang=en&theme=dark"
    og = open_graph((await client.get(url)).text, url)
    assert "theme=dark" in og["og:image"]
    image = (await fetch_png(client, og["og:image"])).convert("RGB")
    assert image.getpixel((2, 2)) == (0x16, 0x19, 0x1D)  # the dark background to the frame's edge


async def test_the_gallery_is_no_embed_and_has_no_preview_image(client: httpx.AsyncClient) -> None:
    html = (await client.get("/embed")).text
    assert "og:image" not in html


@pytest.mark.parametrize(
    "page", [f"embed/statistics/{CARD_SLUG}", "embed/timeline", "embed/charts/rural-income-growth-2019"]
)
async def test_oembed_carries_a_thumbnail_of_the_size_it_states(client: httpx.AsyncClient, page: str) -> None:
    answer = (await client.get("/oembed", params={"url": f"{OURS}{page}?lang=en"})).json()
    assert (answer["thumbnail_width"], answer["thumbnail_height"]) == (1200, 630)
    image = await fetch_png(client, answer["thumbnail_url"])
    assert image.size == (answer["thumbnail_width"], answer["thumbnail_height"])


@pytest.mark.parametrize("limits", [{"maxwidth": "600"}, {"maxheight": "400"}])
async def test_oembed_leaves_out_a_thumbnail_beyond_the_limits(
    client: httpx.AsyncClient, limits: dict[str, str]
) -> None:
    """oEmbed: the thumbnail must respect maxwidth and maxheight too; ours has one size."""
    answer = (await client.get("/oembed", params={"url": f"{OURS}embed/timeline", **limits})).json()
    assert not {"thumbnail_url", "thumbnail_width", "thumbnail_height"} & answer.keys()
    assert answer["html"].startswith("<iframe")


async def test_preview_images_are_versioned_and_cached_for_a_year(client: httpx.AsyncClient) -> None:
    """og:image and oEmbed's thumbnail name the dataset version, so they may be cached for good;
    the same image without it, or with another version, keeps the usual short max-age."""
    url = f"{OURS}embed/statistics/{CARD_SLUG}?lang=en"
    page = await client.get(url)
    version = page.headers["x-dataset-version"]
    og = open_graph(page.text, url)
    oembed = (await client.get("/oembed", params={"url": url})).json()
    for image_url in (og["og:image"], oembed["thumbnail_url"]):
        assert parse_qs(urlsplit(image_url).query)["v"] == [version]
        versioned = await client.get(image_url.removeprefix(OURS.rstrip("/")))
        assert versioned.status_code == 200
        assert versioned.headers["cache-control"] == "public, max-age=31536000, immutable"
        again = await client.get(image_url.removeprefix(OURS.rstrip("/")))  # from the HTTP cache
        assert again.headers["cache-control"] == versioned.headers["cache-control"]
        assert again.headers["etag"] == versioned.headers["etag"]
    social = f"/embed/statistics/{CARD_SLUG}.png?lang=en&layout=social"
    for other in (social, f"{social}&v=not-{version}"):
        short = (await client.get(other)).headers["cache-control"]
        assert "immutable" not in short and "max-age=300," in short

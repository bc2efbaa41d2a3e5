"""PNG images of the embeds: decoded, measured, Chinese drawn with a CJK font, cached without gzip."""

import io
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from PIL import Image

from app.core.config import Settings
from app.main import create_app

CARD = "/embed/statistics/social-insurance-enrolments-2019"
# Its Chinese label starts with ten CJK characters: 昌都市各类社会保险参保...
LABEL_ZH_START = 10
LATIN_ONLY_FONTS = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
]
pytestmark = pytest.mark.anyio


def decode(response: httpx.Response) -> Image.Image:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    assert image.format == "PNG"
    image.load()
    return image


@pytest.mark.parametrize(
    ("path", "query", "size"),
    [
        (f"{CARD}.png", "lang=zh", (480, None)),
        (f"{CARD}.png", "lang=en&scale=2", (960, None)),
        (f"{CARD}.png", "lang=zh&width=320&scale=3", (960, None)),
        ("/embed/timeline.png", "lang=en&width=1200", (1200, None)),
        ("/embed/charts/training-types.png", "lang=zh&scale=2", (1280, None)),
        ("/embed/charts/rural-income-growth-2019.png", "lang=en&width=375&scale=2", (750, None)),
        (f"{CARD}.png", "layout=social", (1200, 630)),
        ("/embed/timeline.png", "layout=social&lang=en", (1200, 630)),
        ("/embed/charts/training-types.png", "layout=social&scale=2", (2400, 1260)),
    ],
)
async def test_png_is_width_times_scale_pixels_wide(
    client: httpx.AsyncClient, path: str, query: str, size: tuple[int, int | None]
) -> None:
    image = decode(await client.get(f"{path}?{query}"))
    width, height = size
    assert image.width == width
    assert image.height == height if height else image.height > 100


async def test_png_is_the_svg_at_the_same_layout(client: httpx.AsyncClient) -> None:
    """Same width, same height: the PNG is the SVG rasterised, not another drawing."""
    svg = (await client.get(f"{CARD}.svg?lang=en")).text
    image = decode(await client.get(f"{CARD}.png?lang=en&scale=2"))
    assert f'width="{image.width // 2}" height="{image.height // 2}"' in svg


def cjk_cells(image: Image.Image, scale: int) -> list[bytes]:
    """The first label line's leading CJK glyph cells of a card drawn at `scale`: 15 px characters
    from x = 20, on the line whose box runs from y = 20 to 20 + 15 x 1.45 (app/embed/svg.py)."""
    size, top, left = 15 * scale, 20 * scale, 20 * scale
    bottom = top + int(15 * 1.45 * scale)
    grey = image.convert("L")
    return [
        grey.crop((left + i * size, top, left + (i + 1) * size, bottom)).tobytes()
        for i in range(LABEL_ZH_START)
    ]


def drawn_as_distinct_glyphs(cells: list[bytes]) -> bool:
    """Ten different characters drawn with their own glyphs: every cell has ink and all differ.
    Missing glyphs draw as the same box (tofu) in every cell, or not at all."""
    inked = all(min(cell) < 128 for cell in cells)  # dark text on the light theme
    return inked and len(set(cells)) == len(cells)


async def test_png_draws_chinese_with_a_cjk_font(client: httpx.AsyncClient) -> None:
    image = decode(await client.get(f"{CARD}.png?lang=zh&theme=light&scale=2"))
    assert drawn_as_distinct_glyphs(cjk_cells(image, 2))


@pytest.fixture
async def latin_only_client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    fonts = [path for path in LATIN_ONLY_FONTS if path.is_file()]
    if not fonts:
        pytest.skip("no Latin-only font installed to draw the missing-glyph contrast with")
    app: FastAPI = create_app(settings.model_copy(update={"embed_fonts": fonts[:1]}))  # type: ignore[assignment]
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


async def test_the_cjk_check_fails_on_a_font_without_chinese(latin_only_client: httpx.AsyncClient) -> None:
    """The check above tells tofu from Chinese: with a Latin-only font the same cells fail it."""
    image = decode(await latin_only_client.get(f"{CARD}.png?lang=zh&theme=light&scale=2"))
    assert not drawn_as_distinct_glyphs(cjk_cells(image, 2))


async def test_png_without_any_font_file_answers_503_problem(settings: Settings) -> None:
    app = create_app(settings.model_copy(update={"embed_fonts": [Path("/nonexistent/font.ttc")]}))
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        response = await client.get(f"{CARD}.png")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert "CJK font" in response.json()["detail"]


@pytest.mark.parametrize("theme", ["light", "dark", "auto"])
async def test_png_theme_sets_the_background(client: httpx.AsyncClient, theme: str) -> None:
    image = decode(await client.get(f"{CARD}.png?theme={theme}")).convert("RGB")
    background = image.getpixel((image.width // 2, image.height - 8))  # inside the card, below the text
    expected = (0x16, 0x19, 0x1D) if theme == "dark" else (0xFF, 0xFF, 0xFF)  # auto is drawn light
    assert background == expected


async def test_png_is_cached_with_an_etag_and_never_gzipped(client: httpx.AsyncClient) -> None:
    path = f"{CARD}.png?lang=zh&scale=2"
    first = await client.get(path, headers={"Accept-Encoding": "gzip"})
    assert first.status_code == 200
    assert "content-encoding" not in first.headers  # compressed already: gzip would save little
    assert "max-age=" in first.headers["cache-control"]
    assert first.headers["cross-origin-resource-policy"] == "cross-origin"  # an <img> on any site
    etag = first.headers["etag"]
    again = await client.get(path, headers={"Accept-Encoding": "gzip"})
    assert again.content == first.content and again.headers["etag"] == etag
    revalidated = await client.get(path, headers={"If-None-Match": etag})
    assert revalidated.status_code == 304 and revalidated.content == b""


@pytest.mark.parametrize(
    "query",
    ["scale=0", "scale=4", "scale=1.5", "width=100", "width=5000", "layout=poster", "theme=neon", "lang=f_r"],
)
async def test_png_bad_parameters_answer_422_problems(client: httpx.AsyncClient, query: str) -> None:
    response = await client.get(f"{CARD}.png?{query}")
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize("path", ["/embed/statistics/no-such-figure.png", "/embed/charts/no-such-chart.png"])
async def test_png_of_an_unknown_embed_answers_404_problem(client: httpx.AsyncClient, path: str) -> None:
    """An <img> shows nothing for a missing figure either way: a problem tells a developer why."""
    response = await client.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"

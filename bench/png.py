"""PNG rasterisers for the embeds: resvg (resvg-py) against CairoSVG, on our own card, chart and timeline.

The SVGs are the service's own answers (`/embed/...svg`, Chinese, light), taken in-process from a
seeded SQLite database. Each is rendered ROUNDS times by each rasteriser at scale 1 and 2; the table
gives the median and best time per image, the PNG's size, and what gzip would save on it. resvg
is given exactly the Noto Sans CJK files the service uses; CairoSVG can only use what fontconfig
finds on the machine. Run it where fonts-noto-cjk is installed; CairoSVG also needs Debian's
libcairo2 (`pip install cairosvg` in .venv: it is not one of the project's dependencies).

    .venv/bin/python bench/png.py
"""

import asyncio
import gzip
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.cli import migrate
from app.core.config import Settings
from app.embed.png import svg_to_png
from app.main import create_app

ROUNDS = 7
IMAGES = {
    "card": "/embed/statistics/social-insurance-enrolments-2019.svg?lang=zh&theme=light",
    "chart": "/embed/charts/training-types.svg?lang=zh&theme=light",
    "timeline": "/embed/timeline.svg?lang=zh&theme=light",
}


async def fetch_svgs(settings: Settings) -> dict[str, str]:
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        svgs = {}
        for name, path in IMAGES.items():
            answer = await client.get(path)
            answer.raise_for_status()
            svgs[name] = answer.text
        return svgs


def timed(render: object, rounds: int = ROUNDS) -> tuple[float, float, bytes]:
    times, png = [], b""
    for _ in range(rounds):
        start = time.perf_counter()
        png = render()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times), png


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(database_url=f"sqlite:///{folder}/bench.sqlite3", public_url="http://testserver")
        migrate(settings)
        svgs = asyncio.run(fetch_svgs(settings))
    renderers = {"resvg": lambda svg, scale: svg_to_png(svg, settings.embed_fonts, scale)}
    try:
        import cairosvg

        renderers["cairosvg"] = lambda svg, scale: cairosvg.svg2png(bytestring=svg.encode(), scale=scale)
    except (ImportError, OSError) as error:
        print(f"CairoSVG left out: {error}")
    heads = ("image", "scale", "renderer", "median ms", "best ms", "PNG bytes", "gzip saves")
    print(" ".join(f"{head:>10}" for head in heads))
    for name, svg in svgs.items():
        for scale in (1, 2):
            for renderer, render in renderers.items():
                median, best, png = timed(lambda render=render, svg=svg, scale=scale: render(svg, scale))
                saved = 1 - len(gzip.compress(png, 6)) / len(png)
                cells = (
                    name,
                    scale,
                    renderer,
                    f"{median:.1f}",
                    f"{best:.1f}",
                    f"{len(png):,}",
                    f"{saved:.1%}",
                )
                print(" ".join(f"{cell:>10}" for cell in cells))


if __name__ == "__main__":
    main()

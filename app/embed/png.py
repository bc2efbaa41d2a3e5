"""PNG images of the embeds, rasterised from the very SVG the `.svg` routes serve.

resvg (the `resvg-py` wheel, Rust, nothing to install from Debian) draws them with the font files
named in the settings (`EMBED_FONTS`, Debian's fonts-noto-cjk by default) and no other: system fonts
are skipped, so an image looks the same on every machine and Chinese never falls back to a font
without CJK glyphs. bench/png.py compares it with CairoSVG and says why it was chosen.

A PNG cannot follow the reader's colour scheme, so `auto` is drawn light.
"""

from collections.abc import Sequence
from pathlib import Path

import resvg_py

from app.api.problems import ServiceUnavailable
from app.embed.theme import Theme

# The family every SVG names first or second (app/embed/theme.py): Noto Sans CJK draws Latin too.
FONT_FAMILY = "Noto Sans CJK SC"


def png_theme(theme: Theme) -> Theme:
    """An image has one colour scheme: `auto` is light."""
    return "light" if theme == "auto" else theme


def usable_fonts(fonts: Sequence[Path]) -> list[str]:
    """The configured font files that exist; a 503 problem when none does (Chinese would not draw)."""
    found = [str(path) for path in fonts if path.is_file()]
    if not found:
        names = ", ".join(str(path) for path in fonts) or "none"
        raise ServiceUnavailable(f"PNG images need a CJK font file, and none is installed ({names}).")
    return found


def svg_to_png(svg: str, fonts: Sequence[Path], scale: int) -> bytes:
    """Rasterise `svg` at `scale` device pixels per CSS pixel with exactly the fonts given."""
    return bytes(
        resvg_py.svg_to_bytes(
            svg_string=svg,
            skip_system_fonts=True,
            font_files=usable_fonts(fonts),
            font_family=FONT_FAMILY,
            sans_serif_family=FONT_FAMILY,
            zoom=scale,
        )
    )

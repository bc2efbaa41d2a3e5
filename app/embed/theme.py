"""Colours and fonts of the embeds: light, dark, or `auto` (the reader's prefers-color-scheme).

No font is downloaded: the stacks name fonts that draw Chinese on every common system (Noto/Source
Han on Linux and Android, PingFang on Apple, Microsoft YaHei on Windows), Chinese first for Chinese
pages so that Latin digits and CJK glyphs come from one face.
"""

from typing import Literal

from app.schemas import Lang

Theme = Literal["light", "dark", "auto"]
THEMES: tuple[Theme, ...] = ("light", "dark", "auto")

PALETTES: dict[str, dict[str, str]] = {
    "light": {
        "bg": "#ffffff",
        "fg": "#1d2228",
        "muted": "#56606c",
        "accent": "#a3201b",
        "rule": "#d8dde3",
        "bar": "#a3201b",
        "bar-soft": "#e9b5ae",
        "panel": "#f5f6f8",
    },
    "dark": {
        "bg": "#16191d",
        "fg": "#eceff3",
        "muted": "#a9b2bd",
        "accent": "#ff9187",
        "rule": "#39414b",
        "bar": "#ff9187",
        "bar-soft": "#7d403b",
        "panel": "#1f2329",
    },
}

CJK_FONTS = (
    '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
    '"Microsoft YaHei", "WenQuanYi Micro Hei"'
)
LATIN_FONTS = '"Noto Sans", "Helvetica Neue", Arial, "Liberation Sans"'


def font_stack(lang: Lang) -> str:
    """A CJK-capable font-family list; the reader's script first."""
    first, second = (CJK_FONTS, LATIN_FONTS) if lang == "zh" else (LATIN_FONTS, CJK_FONTS)
    return f"{first}, {second}, sans-serif"


def _variables(palette: dict[str, str]) -> str:
    return ";".join(f"--{name}:{value}" for name, value in palette.items())


def css_variables(theme: Theme) -> str:
    """`:root` custom properties for the theme; `auto` switches on prefers-color-scheme."""
    light = f":root{{color-scheme:light;{_variables(PALETTES['light'])}}}"
    dark = f":root{{color-scheme:dark;{_variables(PALETTES['dark'])}}}"
    if theme == "light":
        return light
    if theme == "dark":
        return dark
    return f"{light}@media (prefers-color-scheme: dark){{{dark}}}"


def svg_rules(theme: Theme, rules: dict[str, dict[str, str]]) -> str:
    """Class rules with concrete colours (some SVG renderers know no CSS variables).

    `rules` maps a selector to properties whose values may name palette colours as `var(name)`.
    """

    def block(palette: dict[str, str]) -> str:
        out = []
        for selector, properties in rules.items():
            body = ";".join(
                f"{prop}:{palette.get(value[4:-1], value) if value.startswith('var(') else value}"
                for prop, value in properties.items()
            )
            out.append(f"{selector}{{{body}}}")
        return "".join(out)

    if theme == "auto":
        return block(PALETTES["light"]) + f"@media (prefers-color-scheme: dark){{{block(PALETTES['dark'])}}}"
    return block(PALETTES[theme])

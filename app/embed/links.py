"""Absolute URLs of the embeds, their images, the API and oEmbed, on the public origin
(`PUBLIC_URL`), never on the Host a request names.

Embeds are pasted into other sites, so every link they carry is absolute and points back here.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlencode

from app.embed.theme import Theme
from app.schemas import Lang

# An embed's images: the SVG, the PNG, and the PNG sized for link previews (1200x630).
Image = Literal["svg", "png", "social"] | None


@dataclass(frozen=True)
class Links:
    base: str  # "https://facts.example.org/": the public origin, with the trailing slash
    # The dataset version being served. Link preview images carry it (`v=`): such a URL names one
    # drawing for good, so it may be cached for a year; a new version gives new URLs.
    version: str | None = None

    def _url(self, path: str, **query: str | None) -> str:
        params = {name: value for name, value in query.items() if value is not None}
        return f"{self.base}{path.lstrip('/')}" + (f"?{urlencode(params)}" if params else "")

    @staticmethod
    def _theme(theme: Theme) -> str | None:
        return None if theme == "auto" else theme  # auto is the default: keep URLs short

    def gallery(self, lang: Lang) -> str:
        return self._url("/embed", lang=lang)

    def card(
        self,
        slug: str,
        lang: Lang,
        theme: Theme = "auto",
        image: Image = None,
        scale: int = 1,
        width: int | None = None,
    ) -> str:
        """The card's page, or its image: `svg`, `png` (at `scale`), or `social` (the link preview
        PNG); an image `width` wide when given, else at its own width."""
        return self._embed(f"/embed/statistics/{slug}", lang, theme, image, scale, width)

    def timeline(
        self, lang: Lang, theme: Theme = "auto", image: Image = None, scale: int = 1, width: int | None = None
    ) -> str:
        return self._embed("/embed/timeline", lang, theme, image, scale, width)

    def chart(
        self,
        name: str,
        lang: Lang,
        theme: Theme = "auto",
        image: Image = None,
        scale: int = 1,
        width: int | None = None,
    ) -> str:
        return self._embed(f"/embed/charts/{name}", lang, theme, image, scale, width)

    def _embed(self, path: str, lang: Lang, theme: Theme, image: Image, scale: int, width: int | None) -> str:
        if image is None:
            return self._url(path, lang=lang, theme=self._theme(theme))
        suffix = ".svg" if image == "svg" else ".png"
        layout = "social" if image == "social" else None
        density = str(scale) if image != "svg" and scale != 1 else None
        laid_out = str(width) if width is not None and image != "social" else None
        version = self.version if image == "social" else None
        return self._url(
            f"{path}{suffix}",
            lang=lang,
            theme=self._theme(theme),
            layout=layout,
            scale=density,
            width=laid_out,
            v=version,
        )

    def statistic_api(self, slug: str, lang: Lang) -> str:
        """The API answer that carries the fact's `citation` object."""
        return self._url(f"/v1/statistics/{slug}", lang=lang)

    def milestone_api(self, slug: str, lang: Lang) -> str:
        return self._url(f"/v1/milestones/{slug}", lang=lang)

    def correction(self, slug: str, lang: Lang) -> str:
        """An entry of the corrections log."""
        return self._url(f"/v1/corrections/{slug}", lang=lang)

    def statistics_csv(self, slugs: Sequence[str]) -> str:
        """The CSV of exactly these statistics: a chart's “Get the data”."""
        return self._url("/v1/statistics.csv", slugs=",".join(slugs))

    def article_api(self, lang: Lang) -> str:
        return self._url("/v1/article", lang=lang)

    def oembed(self, page_url: str) -> str:
        return self._url("/oembed", url=page_url, format="json")

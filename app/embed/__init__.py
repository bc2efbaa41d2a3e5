"""The partner-media embed kit: statistic cards, a timeline and honest charts, as self-contained
HTML pages any site may frame and as static SVG images, with a gallery and an oEmbed endpoint.

Modules: `texts` (interface words per language), `render` (figures and dates as each language
writes them), `data` (reads facts through the API's own public models), `charts` (which figures may
share an axis), `theme` (colours and fonts), `svg`, `pages`, `oembed` and `routes`.
"""

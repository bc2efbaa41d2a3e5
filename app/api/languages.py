"""Which of our languages answers a request: one reading of `lang` and of Accept-Language.

`lang` takes a BCP 47 tag (RFC 5646) in any case: its primary subtag picks the language, so `en`,
`EN`, `en-GB` are English and `zh`, `zh-CN`, `zh-Hans`, `zh-TW` are Chinese (the article's own,
simplified, text). A well-formed tag we cannot serve (`fr`, `de-CH`) falls back as if it were
absent: Accept-Language decides, else Chinese; `Content-Language` names what was served. The HTTP
cache (app/api/http_cache.py) rewrites `lang` to what it serves before it keys or the application
reads, so one language is one cache entry and every route sees `zh` or `en` only.
"""

import re

from app.schemas import Lang

SUPPORTED_LANGS: tuple[Lang, ...] = ("zh", "en")
DEFAULT_LANG: Lang = "zh"
# RFC 5646's shape, loosely: a 1-8 letter primary subtag, then 1-8 letter-or-digit subtags.
LANG_TAG_PATTERN = r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$"
LANG_TAG_MAX_LENGTH = 35
_LANG_TAG = re.compile(LANG_TAG_PATTERN)


def lang_of_tag(tag: str) -> Lang | None:
    """The language we serve for a BCP 47 tag, matched on its primary subtag; None if we serve none."""
    primary = tag.strip().lower().partition("-")[0]
    return "zh" if primary == "zh" else "en" if primary == "en" else None


def well_formed_tag(tag: str) -> bool:
    return len(tag) <= LANG_TAG_MAX_LENGTH and _LANG_TAG.match(tag) is not None


def negotiate_lang(accept_language: str | None) -> Lang:
    """The supported language the client ranks highest in Accept-Language; Chinese by default."""
    best: tuple[float, Lang] | None = None
    for order, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        served = lang_of_tag(tag)
        if served is not None and quality > 0:
            candidate = (quality - order * 1e-6, served)
            if best is None or candidate > best:
                best = candidate
    return best[1] if best else DEFAULT_LANG


def served_lang(lang: str | None, accept_language: str | None) -> Lang:
    """The language that answers: `lang` when it names one we serve, else Accept-Language's choice."""
    return (lang_of_tag(lang) if lang else None) or negotiate_lang(accept_language)

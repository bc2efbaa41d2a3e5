"""GET /v1/search: full-text search over every fact's texts and the article's paragraphs."""

import base64
import binascii
import json
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import StringConstraints

from app.api import public
from app.api.deps import CursorQuery, EngineDep, LimitQuery, on_public_origin
from app.api.problems import PROBLEM_RESPONSES, BadRequest
from app.schemas import Lang
from app.search import KIND_PATHS, Kind, SearchQuery, search, snippet
from app.search_schemas import SearchPage

router = APIRouter(prefix="/search", tags=["search"], responses=PROBLEM_RESPONSES)

CURSOR_KIND = "search"

SearchText = Annotated[
    str,
    # Not stripped: a q of spaces is valid as the schema says, and finds nothing, as punctuation does.
    StringConstraints(min_length=1, max_length=200),
    Query(
        description="What to find, 1 to 200 characters: Chinese (医保, 唐卡, a single character or a "
        "clause) or English (case-insensitive; the last word may be a prefix: `pover` finds poverty). "
        "Words are found in this order and next to each other; spaces and punctuation are ignored, "
        "so a q of them alone finds nothing.",
        examples=["唐卡"],
    ),
]
KindQuery = Annotated[Kind | None, Query(description="Only hits of this kind.")]
LangFilter = Annotated[
    Lang | None, Query(description="Only texts in this language: zh (the article's) or en (ours).")
]


def encode_search_cursor(offset: int, fingerprint: str) -> str:
    raw = json.dumps([CURSOR_KIND, offset, fingerprint], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_search_cursor(cursor: str, fingerprint: str) -> int:
    """The offset a cursor stands for, if this API issued it for this very search; else a 400."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        kind, offset, issued_for = json.loads(raw)
        if kind != CURSOR_KIND or type(offset) is not int or offset < 0 or issued_for != fingerprint:
            raise ValueError
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise BadRequest(
            "The cursor is not one this API issued for this search; start again without it."
        ) from None
    return offset


# A plain `def`, run in the thread pool: a common word matches many rows (ranking reads them all),
# and the event loop must go on answering cached requests meanwhile.
@router.get("", response_model=SearchPage)
def read_search(
    request: Request,
    engine: EngineDep,
    q: SearchText,
    kind: KindQuery = None,
    lang: LangFilter = None,
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
) -> Response:
    """Search statistics, milestones, stories, quotes, photo captions and paragraphs.

    Finds `q` in the statistics' labels and figures, the milestones' titles and descriptions, the
    stories' titles and summaries, the quotes, the photo captions (each in Chinese and English) and
    the article's paragraphs (Chinese). Chinese is matched character by character, so two characters
    (医保) or one work as well as a clause; English is matched by words, case-insensitively, the last
    one as a prefix. Each hit names the item (`url`, null for a paragraph), the text that matched, a
    snippet with the match in `<mark>`, and the article's sentence the item comes from. The best
    matches come first, then the article's order; follow `next` for more.
    """
    query = SearchQuery.parse(q)
    fingerprint = query.fingerprint(kind, lang)
    offset = decode_search_cursor(cursor, fingerprint) if cursor is not None else 0
    with engine.connect() as connection:
        hits, total = search(connection, query, kind=kind, lang=lang, limit=limit, offset=offset)
    next_url = None
    if offset + len(hits) < total:
        next_cursor = encode_search_cursor(offset + len(hits), fingerprint)
        next_url = on_public_origin(request, request.url.include_query_params(cursor=next_cursor))
    # SearchHit's JSON, built directly: validating it into the models (twice, with FastAPI's
    # response check) cost more than the search; tests/test_fast_paths.py holds the two equal.
    items = [
        {
            "kind": hit.kind,
            "slug": hit.slug,
            "field": hit.field,
            "lang": hit.lang,
            "snippet": snippet(hit.text, query),
            "source": {
                "paragraph": hit.source_paragraph,
                "start": hit.source_start,
                "end": hit.source_end,
                "quote": hit.source_quote,
            },
            "url": f"{base}/{hit.slug}" if (base := KIND_PATHS[hit.kind]) else None,
        }
        for hit in hits
    ]
    response = public.json_response(public.page(items, total, next_url), link=next_url)
    response.headers["Content-Language"] = lang or "zh, en"
    return response

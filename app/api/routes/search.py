"""GET /v1/search: full-text search over every fact's texts and the article's paragraphs."""

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import StringConstraints

from app.api.deps import CursorQuery, EngineDep, LimitQuery
from app.api.problems import PROBLEM_RESPONSES, BadRequest
from app.api.queries import decode_cursor, encode_cursor, next_page_url
from app.api.resources import json_response, page_body
from app.schemas import Lang, page_of
from app.search import Kind, SearchQuery, search
from app.search_schemas import SearchHit

router = APIRouter(prefix="/search", tags=["search"], responses=PROBLEM_RESPONSES)

CURSOR_KIND = "search"  # a search cursor holds an offset, issued for one query, kind and lang

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


# A plain `def`, run in the thread pool: a common word matches many rows (ranking reads them all),
# and the event loop must go on answering cached requests meanwhile.
@router.get("", response_model=page_of(SearchHit))
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
    offset = decode_cursor(CURSOR_KIND, fingerprint, cursor, [int])[0] if cursor is not None else 0
    if offset < 0:
        raise BadRequest("The cursor is not one this API issued for this search; start again without it.")
    with engine.connect() as connection:
        hits, total = search(connection, query, kind=kind, lang=lang, limit=limit, offset=offset)
    next_url = None
    if offset + len(hits) < total:
        next_url = next_page_url(request, encode_cursor(CURSOR_KIND, fingerprint, [offset + len(hits)]))
    items = [SearchHit.from_hit(hit, query).model_dump_json().encode() for hit in hits]
    response = json_response(page_body(items, total, next_url), next_url=next_url)
    response.headers["Content-Language"] = lang or "zh, en"
    return response

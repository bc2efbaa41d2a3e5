"""GET /v1/search: full-text search over every fact's texts and the article's paragraphs, answered
in the language asked for, whichever language's text matched."""

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Query, Request, Response
from pydantic import StringConstraints
from sqlalchemy import Connection

from app.api.dataset import DatasetVersion
from app.api.deps import CursorQuery, EngineDep, LimitQuery, request_lang
from app.api.languages import LANG_TAG_MAX_LENGTH, LANG_TAG_PATTERN
from app.api.problems import PROBLEM_RESPONSES, BadRequest, ServiceUnavailable
from app.api.queries import decode_cursor, encode_cursor, next_page_url
from app.api.resources import Resource, UnknownKey, json_response, page_body, stored_json
from app.api.routes import milestones, photos, quotes, statistics, stories
from app.schemas import Lang, page_of
from app.search import Kind, SearchQuery, search
from app.search_schemas import SearchHit

router = APIRouter(prefix="/search", tags=["search"], responses=PROBLEM_RESPONSES)

CURSOR_KIND = "search"  # a search cursor holds an offset, issued for one query and kind
DEFAULT_LIMIT = 20
# The documented example: `q` prefilled in Try it out, and the answer it gets (app/api/openapi.py).
EXAMPLE_Q = "thangka"
# The public item of each kind a hit is presented with (a paragraph has only its text).
RESOURCES: dict[str, Resource] = {
    "statistic": statistics.RESOURCE,
    "milestone": milestones.RESOURCE,
    "story": stories.RESOURCE,
    "quote": quotes.RESOURCE,
    "photo": photos.RESOURCE,
}

SearchText = Annotated[
    str,
    # Not stripped: a q of spaces is valid as the schema says, and finds nothing, as punctuation does.
    StringConstraints(min_length=1, max_length=200),
    Query(
        description="What to find, 1 to 200 characters, in Chinese or English whatever `lang` is. "
        "English words are found in any order, each by its stem (`alleviating` finds alleviation, "
        "`enrolment` enrolments), the last one also as a prefix (`pover` finds poverty). Chinese "
        "characters and numbers next to each other are found as written (`医保` does not find 医疗保障; "
        "`66.32亿`); spaces separate such phrases, found in any order. All must be in one text. "
        "Punctuation is ignored, so a q of it alone finds nothing.",
        openapi_examples={
            "english": {"summary": "An English word, answered in the language asked for", "value": EXAMPLE_Q},
            "chinese": {"summary": "Two Chinese characters (medical insurance)", "value": "医保"},
            "words": {"summary": "English words in any order", "value": "alleviating poverty"},
        },
    ),
]
KindQuery = Annotated[Kind | None, Query(description="Only hits of this kind.")]
SearchLang = Annotated[
    str | None,
    Query(
        pattern=LANG_TAG_PATTERN,
        max_length=LANG_TAG_MAX_LENGTH,
        description="The language of the answer, as a BCP 47 tag in any case: `zh` (also `zh-CN`, "
        "`zh-Hans`...) or `en` (also `EN`, `en-GB`...); a tag we cannot serve falls back to what "
        "Accept-Language prefers (default `zh`), and `Content-Language` says which. Not a filter: "
        "`q` is looked for in both languages, and the items found are written in this one "
        "(`q=医保&lang=en` finds the medical insurance facts and answers in English).",
    ),
]


def search_page(
    connection: Connection,
    scope: DatasetVersion,
    query: SearchQuery,
    *,
    kind: str | None,
    lang: Lang,
    limit: int,
    offset: int,
) -> tuple[list[bytes], int]:
    """A page of hits as JSON, each with its public item in `lang`, and how many items match in all.

    The items are the very JSON their own routes serve (stored per dataset version), so a hit's
    `display` is its statistic's. Raises UnknownKey if an item is gone (a new dataset was loaded)."""
    hits, total = search(connection, query, kind=kind, limit=limit, offset=offset)
    items: dict[tuple[str, str], dict[str, Any]] = {}
    for name, resource in RESOURCES.items():
        slugs = [hit.slug for hit in hits if hit.kind == name]
        if slugs:
            bodies = stored_json(connection, scope, resource, lang, slugs)
            items.update(((name, slug), orjson.loads(body)) for slug, body in zip(slugs, bodies, strict=True))
    page = [SearchHit.of(hit, query, items.get((hit.kind, hit.slug))) for hit in hits]
    return [hit.model_dump_json().encode() for hit in page], total


# A plain `def`, run in the thread pool: a common word matches many rows (ranking reads them all),
# and the event loop must go on answering cached requests meanwhile.
@router.get("", response_model=page_of(SearchHit))
def read_search(
    request: Request,
    engine: EngineDep,
    q: SearchText,
    kind: KindQuery = None,
    lang: SearchLang = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Response:
    """Search statistics, milestones, stories, quotes, photo captions and paragraphs, in both languages.

    Finds `q` in the statistics' labels and figures, the milestones' titles and descriptions, the
    stories' titles and summaries, the quotes, the photo captions (each in Chinese and English) and
    the article's paragraphs (Chinese). English is matched by words in any order, by their stems,
    the last word also as a prefix; Chinese character by character, so two characters (医保) or one
    work as well as a clause. Each item is one hit however many of its texts match, written in the
    language asked for (`lang`, else Accept-Language): its `url`, `title`, and for a statistic its
    `value`, `unit` and `display`, as its own route has them. `match` is the text that matched best,
    in its own language, with `highlights`, the code-point ranges the query matched (plain text, no
    HTML). Items whose matching text is shortest (the query the largest share of it: a label
    before a paragraph) come first, then the article's order; `total` counts items; follow `next`
    for more.
    """
    chosen = request_lang(request, lang)
    query = SearchQuery.parse(q)
    # The order of the hits does not depend on the answer's language: a cursor serves either.
    fingerprint = query.fingerprint(kind)
    offset = decode_cursor(CURSOR_KIND, fingerprint, cursor, [int])[0] if cursor is not None else 0
    if offset < 0:
        raise BadRequest("The cursor is not one this API issued for this search; start again without it.")
    scope = request.app.state.dataset.scope()
    with engine.connect() as connection:
        try:
            items, total = search_page(
                connection, scope, query, kind=kind, lang=chosen, limit=limit, offset=offset
            )
        except UnknownKey:
            raise ServiceUnavailable("The dataset changed while this page was read; try again.", 1) from None
    next_url = None
    if offset + len(items) < total:
        next_url = next_page_url(request, encode_cursor(CURSOR_KIND, fingerprint, [offset + len(items)]))
    return json_response(page_body(items, total, next_url), chosen, next_url)

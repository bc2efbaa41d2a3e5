"""Dependencies shared by the routers: the engine, the response language, paging parameters.

Sessions are opened inside the endpoints, not yielded from a dependency: a yielded session is held
until the response is validated, which deadlocked the thread pool under load (every worker thread
waiting for a pooled connection; FastAPI issues #3205 and #12066).
The dependencies are `async def` although they do not await: FastAPI runs a plain `def` dependency
in its thread pool, and each such hop cost more than a whole cached answer.
"""

from typing import Annotated, Literal

from fastapi import Depends, Path, Query, Request, Response
from sqlalchemy import Engine
from starlette.datastructures import URL

from app.api.languages import LANG_TAG_MAX_LENGTH, LANG_TAG_PATTERN, served_lang
from app.api.languages import SUPPORTED_LANGS as SUPPORTED_LANGS  # the routes import them from here
from app.api.languages import negotiate_lang as negotiate_lang
from app.schemas import Lang
from app.vocabulary import SLUG, SLUG_PATTERN


async def get_engine(request: Request) -> Engine:
    return request.app.state.engine


def on_public_origin(request: Request, url: URL | None = None) -> str:
    """`url` (this request's own by default) on the configured public origin (`PUBLIC_URL`): no
    absolute URL the API writes comes from the request's Host or scheme."""
    origin = URL(request.app.state.settings.public_url)
    return str((url or request.url).replace(scheme=origin.scheme, netloc=origin.netloc))


def public_base(request: Request) -> str:
    """The public origin with a trailing slash, as Starlette's `request.base_url` is written."""
    return request.app.state.settings.public_url + "/"


LANG_DESCRIPTION = (
    "Language of labels, titles and captions, as a BCP 47 tag in any case: `zh` (the article's, "
    "also `zh-CN`, `zh-Hans`...) or `en` (our translation, also `EN`, `en-GB`...). A tag we cannot "
    "serve falls back to what Accept-Language prefers (default `zh`); `Content-Language` says which."
)


LangQuery = Annotated[
    str | None,
    Query(pattern=LANG_TAG_PATTERN, max_length=LANG_TAG_MAX_LENGTH, description=LANG_DESCRIPTION),
]


def request_lang(request: Request, lang: str | None) -> Lang:
    """`?lang=` if it names a language we serve (any BCP 47 tag), else what Accept-Language prefers."""
    return served_lang(lang, request.headers.get("accept-language"))


async def get_lang(request: Request, response: Response, lang: LangQuery = None) -> Lang:
    """The response language, with the headers that say so (for routes that return a model)."""
    chosen = request_lang(request, lang)
    response.headers["Content-Language"] = chosen
    response.headers["Vary"] = "Accept-Language"
    return chosen


MAX_PAGE = 100  # the largest `limit`, and the most slugs one `slug=` may name
# `fields` and `slug` have no `examples` in the document: Swagger's Try it out would send them.
FIELDS_DESCRIPTION = (
    "Only these top-level fields of each item, comma-separated (`slug,label,display`), in the "
    "model's order whatever the order asked; an unknown name is a 422 naming it. Without it, "
    "every field. The answer's schema is then the model's with every property optional."
)
FieldsQuery = Annotated[
    str | None,
    Query(
        max_length=400,
        description=FIELDS_DESCRIPTION,
    ),
]
SlugsQuery = Annotated[
    str | None,
    Query(
        alias="slug",
        max_length=MAX_PAGE * 81,
        pattern=rf"^{SLUG}(?:,{SLUG})*$",
        description=f"Only these facts: up to {MAX_PAGE} slugs, comma-separated. A batch answers like "
        "any filtered list: the facts found, in the list's order (the article's, or `sort`), paged "
        "by `limit`; a slug that names no fact is simply absent (compare `total` with the slugs "
        "asked). For example `social-insurance-enrolments-2019,social-security-cards-issued-2019`.",
    ),
]
EngineDep = Annotated[Engine, Depends(get_engine)]
LangDep = Annotated[Lang, Depends(get_lang)]
LimitQuery = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Items per page, 1 to {MAX_PAGE}.")]
CursorQuery = Annotated[
    str | None, Query(max_length=200, description="Opaque cursor from a previous page's `next` URL.")
]
SlugPath = Annotated[str, Path(pattern=SLUG_PATTERN, max_length=80, description="The fact's slug.")]
SlugSort = Annotated[
    Literal["article", "slug", "-slug"],
    Query(description="`article` (the default) or `slug`; `-slug` sorts descending."),
]
SlugFilter = Annotated[str | None, Query(pattern=SLUG_PATTERN, max_length=80)]

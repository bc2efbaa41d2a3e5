"""The ASGI application: `app.main:app` for uvicorn, `create_app()` for tests."""

import inspect

from fastapi.routing import APIRoute
from fastapi_offline import FastAPIOffline

from app.api.dataset import DatasetState
from app.api.edge import EdgeGuard
from app.api.headers import StandardHeaders
from app.api.http_cache import HttpCache
from app.api.openapi import install_openapi
from app.api.problems import ProblemCORSMiddleware, install_problem_handlers
from app.api.queries import Statements
from app.api.routes import (
    article,
    corrections,
    documents,
    downloads,
    health,
    honours,
    milestones,
    organisations,
    people,
    photos,
    places,
    quotes,
    search,
    statistics,
    stories,
    vocabularies,
)
from app.core.config import Settings, get_settings
from app.core.db import engine_for
from app.embed.routes import install_embed

DESCRIPTION = """Structured, citable facts from the feature 《砥砺奋进七十载 乘风扬帆谱新篇》
(昌都市解放70年社会发展综述, by 周婷婷 Zhou Tingting): social insurance, grassroots governance,
poverty alleviation and incomes in Qamdo (昌都), each tied to the exact sentence it comes from.

**Sources.** Every fact has a `source` span: `paragraph` is the index of the article's non-empty
line (see `/v1/article/paragraphs`), `start` and `end` are code-point offsets into it, and `quote`
is the article's text there, verbatim.

**Languages.** Chinese is the source of truth and the default; `lang=en` or `Accept-Language: en`
gives our English translation. `lang` is a BCP 47 tag in any case (`EN`, `en-GB`, `zh-CN`,
`zh-Hans`); a tag we do not serve falls back to `Accept-Language`. Answers carry `Content-Language`.

**Parameters are strict.** A query parameter an operation does not declare answers `400`
(problem+json, naming it in `errors`), on every operation. Accepted everywhere and ignored:
`utm_*` campaign tags and `_` (a cache-buster).

**Lists** answer `{items, total, next}` in the article's order, take `limit` (1-100) and follow
`next` (also an RFC 8288 `Link: <...>; rel="next"` header) with its opaque `cursor`.

**Caching.** The data changes only with a new dataset version (`X-Dataset-Version`, and
`dataset_version` in `/v1/article`). Every answer has a strong `ETag`, `Last-Modified` and
`Cache-Control`; send `If-None-Match` to get `304 Not Modified`. Large bodies come gzipped
to clients that accept it.

**Errors** are `application/problem+json` (RFC 9457) with `type`, `title`, `status`, `detail`
and `instance`; a 422 lists each bad parameter in `errors`. The API is read-only: other methods
than GET, HEAD and OPTIONS answer 405.

**Licence.** The code is MIT-licensed. The article's text belongs to its publisher; quotes are
served for citation, with their source."""

TAGS = [
    {"name": "article", "description": "The article itself: title, byline, sections, paragraphs."},
    {"name": "statistics", "description": "Every figure the article gives, as plain numbers with units."},
    {"name": "milestones", "description": "Every dated event, with the precision the article gives."},
    {"name": "stories", "description": "The people, villages and enterprises the article follows."},
    {"name": "photos", "description": "The photo captions."},
    {
        "name": "places",
        "description": "Places named, with their hierarchy 区 > 市 > 县/区 > 镇/乡 > 村/片区.",
    },
    {"name": "people", "description": "People named, with their roles."},
    {"name": "organisations", "description": "Organisations named."},
    {"name": "quotes", "description": "Direct quotations, verbatim."},
    {"name": "documents", "description": "Documents and policies named."},
    {"name": "honours", "description": "Honours named and who received them."},
    {
        "name": "corrections",
        "description": "The public corrections log: every change to a published fact, also as Atom.",
    },
    {
        "name": "vocabularies",
        "description": "The values `unit` and `section` take, from the data, with counts of statistics.",
    },
    {"name": "search", "description": "Full-text search in Chinese and English across every kind of fact."},
    {"name": "downloads", "description": "The statistics as files: CSV, schema.org JSON-LD and a zip."},
    {"name": "health", "description": "Liveness and readiness probes."},
]
V1_ROUTERS = (
    article,
    statistics,
    milestones,
    stories,
    photos,
    places,
    people,
    organisations,
    quotes,
    documents,
    honours,
    corrections,
    vocabularies,
    search,
    downloads,
)


# Run through the whole app at start-up, so that the first request after a cold start (a miss)
# costs what any miss costs: a pooled connection, compiled statements, the citation context, the
# facts' JSON (app/api/resources.py). FastAPI builds each router's routes on the first request
# that walks it (~40 ms for all of ours: a path no route matches walks them all), and the first
# request to a sync route starts the thread pool (~20 ms). Every JSON resource is requested too;
# the downloads and embed pages are not: each is built for its own first request (0.1-0.4 s on
# 1,000 statistics), and start-up is kept short.
WARM_UP = tuple(dict.fromkeys((
    "/v1/statistics",
    "/v1/statistics?lang=en",
    "/v1/statistics/warm-up",
    "/v1/milestones",
    "/v1/milestones?lang=en",
    "/v1/no-such-route",
    "/v1/search?q=xyzzy",  # no hits: the path, not the ranking of thousands of matches
    *(f"/v1{module.router.prefix}" for module in V1_ROUTERS if module.router.prefix not in ("", "/search")),
    "/openapi.json",  # built once per version, on the event loop: 0.5 s on the seed, 6.5 s at 100,000
)))  # fmt: skip


# operationIds that the rule in `operation_id` would not make readable (`listSearch`).
OPERATION_IDS = {"read_search": "searchFacts", "read_units": "listUnits", "read_sections": "listSections"}


def operation_id(route: APIRoute) -> str:
    """A readable operationId from the route's function name, for generated clients: `read_x` is
    `listX` when it pages (takes a `cursor`) and `getX` otherwise, `download_x` is `getX`
    (`read_statistics` -> `listStatistics`, `download_statistics_csv` -> `getStatisticsCsv`). FastAPI
    asks before it knows the response model: the endpoint's own parameters tell a list."""
    if route.name in OPERATION_IDS:
        return OPERATION_IDS[route.name]
    verb, *words = route.name.split("_")
    if verb in ("read", "download"):
        pages = "cursor" in inspect.signature(route.endpoint).parameters
        verb = "list" if verb == "read" and pages else "get"
    return verb + "".join(word.capitalize() for word in words)


def create_app(settings: Settings | None = None) -> EdgeGuard:
    """The API wrapped in its HTTP cache and, outermost, the Host check and header normalisation;
    both answer for the FastAPI app (`state`, `openapi()`...)."""
    settings = settings or get_settings()
    app = FastAPIOffline(
        title="changdu-facts",
        version="1.0.0",
        summary="Citable facts from a feature on 70 years of social development in Qamdo (昌都).",
        description=DESCRIPTION,
        contact={"name": "changdu-facts developers"},
        license_info={"name": "MIT", "identifier": "MIT"},
        openapi_tags=TAGS,
        servers=[{"url": "/", "description": "This server"}],
        favicon_url=None,
        generate_unique_id_function=operation_id,
    )
    app.state.settings = settings
    app.state.engine = engine_for(settings.database_url)
    app.state.dataset = DatasetState(app.state.engine)
    app.state.statements = Statements()
    install_problem_handlers(app)
    install_openapi(app)

    for module in V1_ROUTERS:
        app.include_router(module.router, prefix="/v1")
    app.include_router(health.router)
    install_embed(app)

    # Added innermost first.
    app.add_middleware(
        ProblemCORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "HEAD", "OPTIONS"],
        allow_headers=["Accept-Language", "If-None-Match", "If-Modified-Since"],
        max_age=86400,
    )
    app.add_middleware(StandardHeaders)
    # The cache is outside FastAPI altogether: a hit runs none of its routing or middleware.
    # The guard is outside the cache: nothing is looked up or stored before Host and headers are checked.
    cache = HttpCache(
        app,
        state=app.state.dataset,
        max_age=settings.cache_max_age,
        stale_while_revalidate=settings.cache_stale_while_revalidate,
        shared_max_age=settings.cache_shared_max_age,
        max_entries=settings.cache_entries,
        warm_up=WARM_UP,
        max_misses_in_flight=settings.max_misses_in_flight,
        max_misses_queued=settings.max_misses_queued,
    )
    return EdgeGuard(cache, allowed_hosts=settings.allowed_hosts)


app = create_app()

"""Old slugs keep working: a fact renamed by a correction answers 301 to its new slug.

Embeds and links made before a correction must never break, so when a lookup by slug finds
nothing, the corrections log's slug changes are consulted (kept in the citation context of the
version's DatasetVersion): the API item and every embed URL of the fact move permanently, query string kept.
"""

import re

import anyio
from fastapi import Request
from fastapi.responses import RedirectResponse
from sqlalchemy.exc import SQLAlchemyError

from app.api.deps import on_public_origin

# /v1/<resource>/<slug> and the statistic card's page and image
RENAMABLE = re.compile(
    r"^/(?:v1/(?P<resource>statistics|milestones|stories|quotes|photos|places|people|organisations"
    r"|documents|honours)|embed/(?P<embed>statistics))/(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)(?P<suffix>\.svg|\.png)?$"
)


def _renamed(request: Request, resource: str, slug: str) -> str | None:
    engine = request.app.state.engine
    try:
        with engine.connect() as connection:
            context = request.app.state.dataset.scope().citations(connection)
    except (SQLAlchemyError, LookupError):
        return None  # no database, or no data: the 404 stands
    return context.renamed.get((resource, slug))


async def redirect_renamed(request: Request) -> RedirectResponse | None:
    """A 301 to the fact's current URL if the path names it by a slug a correction renamed (its
    page or either of its images)."""
    match = RENAMABLE.match(request.url.path)
    if match is None or (match["suffix"] and not match["embed"]):
        return None
    resource = match["resource"] or match["embed"]
    new_slug = await anyio.to_thread.run_sync(_renamed, request, resource, match["slug"])
    if new_slug is None:
        return None
    start, end = match.span("slug")
    path = request.url.path[:start] + new_slug + request.url.path[end:]
    return RedirectResponse(on_public_origin(request, request.url.replace(path=path)), status_code=301)

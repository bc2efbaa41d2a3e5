"""The public corrections log, like a newspaper's corrections column: as a list and as an Atom feed."""

from collections.abc import Sequence
from datetime import UTC, datetime

from fastapi import APIRouter, Request, Response
from feedgen.feed import FeedGenerator
from sqlmodel import Session, select

from app import models
from app.api.deps import (
    CursorQuery,
    EngineDep,
    FieldsQuery,
    LangDep,
    LangQuery,
    LimitQuery,
    SlugPath,
    SlugsQuery,
    public_base,
)
from app.api.problems import PROBLEM_RESPONSES
from app.api.resources import Resource, read_item, read_list
from app.schemas import Cite, CorrectionPublic, Lang, page_of

router = APIRouter(tags=["corrections"], responses=PROBLEM_RESPONSES)
ATOM_MEDIA_TYPE = "application/atom+xml"


class AtomResponse(Response):
    media_type = ATOM_MEDIA_TYPE


def corrections_public(
    _session: Session, rows: Sequence[models.Correction], lang: Lang, _cite: Cite
) -> list[CorrectionPublic]:
    return [CorrectionPublic.from_row(row, lang) for row in rows]


RESOURCE = Resource("correction", models.Correction, CorrectionPublic, build=corrections_public)  # type: ignore[arg-type]


@router.get("/corrections", response_model=page_of(CorrectionPublic))
async def read_corrections(
    request: Request,
    lang: LangQuery = None,
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
    fields: FieldsQuery = None,
    slugs: SlugsQuery = None,
) -> Response:
    """Every correction to a published fact, oldest first.

    Each entry names the facts it changed (by their current slug), every changed field with its
    value before and after, and why. A fact links back to its entries in `corrections`.
    """
    return await read_list(request, RESOURCE, lang, limit=limit, cursor=cursor, fields=fields, slugs=slugs)


def _feed(base: str, corrections: list[CorrectionPublic], lang: Lang) -> bytes:
    feed = FeedGenerator()
    feed_url = f"{base}v1/corrections.atom?lang={lang}"
    feed.id(feed_url)
    feed.title("changdu-facts：更正" if lang == "zh" else "changdu-facts: corrections")
    feed.subtitle(
        "已发布事实的每一处更正:字段、旧值、新值与理由。"
        if lang == "zh"
        else "Every correction to a published fact: the field, its old and new value, and why."
    )
    feed.link(href=feed_url, rel="self", type=ATOM_MEDIA_TYPE)
    feed.link(href=f"{base}v1/corrections?lang={lang}", rel="alternate", type="application/json")
    feed.language(lang)
    feed.author({"name": "changdu-facts"})
    feed.rights("CC BY 4.0")
    updated = max((c.date for c in corrections), default="2026-12-01")
    feed.updated(datetime.fromisoformat(updated).replace(tzinfo=UTC))
    for correction in corrections:  # feedgen puts each new entry first: the newest ends on top
        entry = feed.add_entry()
        url = f"{base}v1/corrections/{correction.slug}?lang={lang}"
        when = datetime.fromisoformat(correction.date).replace(tzinfo=UTC)
        entry.id(url)
        entry.title(correction.title)
        # One link only: feedgen 1.0 drops an entry link's rel, so a second would read as alternate.
        entry.link(href=url)
        entry.published(when)
        entry.updated(when)
        facts = "\n".join(f"{base}{fact.url.lstrip('/')}?lang={lang}" for fact in correction.facts)
        changes = "\n".join(
            f"{c.resource}/{c.slug} {c.field}: {c.old!r} → {c.new!r}" for c in correction.changes
        )
        entry.summary(correction.reason)
        entry.content("\n\n".join(part for part in (correction.reason, facts, changes) if part), type="text")
    return feed.atom_str(pretty=True)


@router.get(
    "/corrections.atom",
    response_class=AtomResponse,
    responses={200: {"content": {ATOM_MEDIA_TYPE: {}}, "description": "An Atom 1.0 feed."}},
)
def read_corrections_feed(request: Request, engine: EngineDep, lang: LangDep) -> Response:
    """The corrections log as an Atom 1.0 feed, for partner desks to subscribe to.

    Newest entry first; each entry links to its JSON in `/v1/corrections/{slug}` and lists the
    URLs of the facts it changed and every field's old and new value. `lang` picks the language
    of titles and reasons.
    """
    with Session(engine) as session:
        rows = session.exec(select(models.Correction).order_by(models.Correction.position)).all()
        corrections = [CorrectionPublic.from_row(row, lang) for row in rows]
    body = _feed(public_base(request), corrections, lang)
    return AtomResponse(body, headers={"Content-Language": lang, "Vary": "Accept-Language"})


@router.get("/corrections/{slug}", response_model=CorrectionPublic)
async def read_correction(
    request: Request, slug: SlugPath, lang: LangQuery = None, fields: FieldsQuery = None
) -> Response:
    """One correction.

    404 with a problem document when no correction has the slug.
    """
    return await read_item(request, RESOURCE, slug, lang, fields)

from collections import defaultdict
from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlmodel import Session, col, select

from app import models
from app.api.deps import (
    CursorQuery,
    FieldsQuery,
    LangQuery,
    LimitQuery,
    SlugFilter,
    SlugPath,
    SlugSort,
    SlugsQuery,
)
from app.api.problems import PROBLEM_RESPONSES
from app.api.resources import Resource, equal, read_item, read_list, read_with_session
from app.api.routes.places import all_places, place_and_descendants
from app.api.routes.quotes import quotes_public
from app.schemas import (
    Cite,
    Lang,
    OrganisationPublic,
    PersonPublic,
    PlacePublic,
    SourceSpan,
    StoryPublic,
    page_of,
)
from app.vocabulary import SectionSlug

router = APIRouter(prefix="/stories", tags=["stories"], responses=PROBLEM_RESPONSES)


def _linked(session: Session, link: type, column: str, table: type, slugs: list[str]) -> dict[str, list]:
    """For each story, the rows it links to through `link`, in the seed's order."""
    query = (
        select(link, table)
        .join(table, getattr(link, column) == table.slug)
        .where(col(link.story).in_(slugs))
        .order_by(link.story, link.position)
    )
    linked: dict[str, list] = defaultdict(list)
    for link_row, row in session.exec(query):
        linked[link_row.story].append(row)
    return linked


def stories_public(
    session: Session, rows: Sequence[models.Story], lang: Lang, cite: Cite
) -> list[StoryPublic]:
    slugs = [row.slug for row in rows]
    people = _linked(session, models.StoryPerson, "person", models.Person, slugs)
    places = _linked(session, models.StoryPlace, "place", models.Place, slugs)
    organisations = _linked(session, models.StoryOrganisation, "organisation", models.Organisation, slugs)
    quotes = _linked(session, models.StoryQuote, "quote", models.Quote, slugs)
    every_place = all_places(session) if places else {}
    return [
        StoryPublic(
            slug=row.slug,
            section=row.section,
            title=row.title_zh if lang == "zh" else row.title_en,
            summary=row.summary_zh if lang == "zh" else row.summary_en,
            people=[PersonPublic.from_row(person, lang, cite) for person in people[row.slug]],
            places=[PlacePublic.from_row(place, every_place, lang, cite) for place in places[row.slug]],
            organisations=[OrganisationPublic.from_row(org, lang, cite) for org in organisations[row.slug]],
            quotes=quotes_public(session, quotes[row.slug], lang, cite),
            sources=(sources := [SourceSpan(**span) for span in row.sources]),
            citation=cite(sources[0]),
            **cite.editorial("stories", row.slug, lang),
        )
        for row in rows
    ]


RESOURCE = Resource("story", models.Story, StoryPublic, build=stories_public)  # type: ignore[arg-type]


def _stories_linked(session: Session, place: str | None, person: str | None) -> tuple[str, ...]:
    """The stories set in `place` (or anywhere inside it) and following `person`, as given."""
    query = select(models.Story.slug)
    if place is not None:
        places = place_and_descendants(session, place)
        query = query.where(
            col(models.Story.slug).in_(
                select(models.StoryPlace.story).where(col(models.StoryPlace.place).in_(places))
            )
        )
    if person is not None:
        query = query.where(
            col(models.Story.slug).in_(
                select(models.StoryPerson.story).where(models.StoryPerson.person == person)
            )
        )
    return tuple(sorted(session.exec(query)))


@router.get("", response_model=page_of(StoryPublic))
async def read_stories(
    request: Request,
    lang: LangQuery = None,
    place: Annotated[
        SlugFilter, Query(description="Only stories set in this place (slug) or anywhere inside it.")
    ] = None,
    person: Annotated[SlugFilter, Query(description="Only stories that follow this person (slug).")] = None,
    section: Annotated[SectionSlug | None, Query(description="Only stories from this section.")] = None,
    sort: SlugSort = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
    fields: FieldsQuery = None,
    slugs: SlugsQuery = None,
) -> Response:
    """The people, villages and enterprises the article follows.

    Each story embeds its people, places (with their hierarchy), organisations and quotations,
    and lists the sentences it draws on. `place` matches stories set anywhere inside a place.
    """
    filters = equal(section=section)
    if place is not None or person is not None:
        linked = await read_with_session(request, lambda session: _stories_linked(session, place, person))
        filters.append(("slug", "in", linked))
    return await read_list(
        request,
        RESOURCE,
        lang,
        filters=filters,
        sort=sort,
        limit=limit,
        cursor=cursor,
        fields=fields,
        slugs=slugs,
    )


@router.get("/{slug}", response_model=StoryPublic)
async def read_story(
    request: Request, slug: SlugPath, lang: LangQuery = None, fields: FieldsQuery = None
) -> Response:
    """One story, with its people, places, organisations, quotes and sources.

    404 with a problem document when no story has the slug.
    """
    return await read_item(request, RESOURCE, slug, lang, fields)

from collections import defaultdict
from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import ColumnElement
from sqlmodel import Session, col, select

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugFilter, SlugPath, SlugSort
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.api.routes.places import all_places, place_and_descendants
from app.api.routes.quotes import quotes_public
from app.citations import citer
from app.schemas import (
    Cite,
    Lang,
    OrganisationPublic,
    PersonPublic,
    PlacePublic,
    SourceSpan,
    StoriesPage,
    StoryPublic,
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


@router.get("", response_model=StoriesPage)
def read_stories(
    request: Request,
    response: Response,
    engine: EngineDep,
    lang: LangDep,
    place: Annotated[
        SlugFilter, Query(description="Only stories set in this place (slug) or anywhere inside it.")
    ] = None,
    person: Annotated[SlugFilter, Query(description="Only stories that follow this person (slug).")] = None,
    section: Annotated[SectionSlug | None, Query(description="Only stories from this section.")] = None,
    sort: SlugSort = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
) -> StoriesPage:
    """The people, villages and enterprises the article follows.

    Each story embeds its people, places (with their hierarchy), organisations and quotations,
    and lists the sentences it draws on. `place` matches stories set anywhere inside a place.
    """
    table = models.Story
    where: list[ColumnElement[bool]] = []
    with Session(engine) as session:
        cite = citer(session)
        if place is not None:
            places = place_and_descendants(session, place)
            linked = select(models.StoryPlace.story).where(col(models.StoryPlace.place).in_(places))
            where.append(col(table.slug).in_(linked))
        if person is not None:
            where.append(
                col(table.slug).in_(
                    select(models.StoryPerson.story).where(models.StoryPerson.person == person)
                )
            )
        if section is not None:
            where.append(col(table.section) == section)
        rows, total, next_url = paginate(
            session, table, request=request, response=response, limit=limit, cursor=cursor,
            where=where, sort=sort,
        )  # fmt: skip
        return StoriesPage(items=stories_public(session, rows, lang, cite), total=total, next=next_url)


@router.get("/{slug}", response_model=StoryPublic)
def read_story(slug: SlugPath, engine: EngineDep, lang: LangDep) -> StoryPublic:
    """One story, with its people, places, organisations, quotes and sources.

    404 with a problem document when no story has the slug.
    """
    with Session(engine) as session:
        cite = citer(session)
        return stories_public(session, [fetch_or_404(session, models.Story, slug, "story")], lang, cite)[0]

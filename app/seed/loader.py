"""Write a proven seed into the database: upsert by slug, delete what left the seed, one transaction.

Rows whose values did not change are not touched, so loading the same seed twice changes nothing.
"""

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, SQLModel, select

from app import models
from app.dates import date_bounds
from app.search import rebuild_search_index
from app.seed.files import Seed, read_seed
from app.seed.provenance import check_seed, section_of
from app.seed.schema import Span


def read_and_check(seed_dir: Path) -> Seed:
    seed = read_seed(seed_dir)
    check_seed(seed)
    return seed


def _source(span: Span) -> dict[str, Any]:
    return {
        "source_paragraph": span.paragraph,
        "source_start": span.start,
        "source_end": span.end,
        "source_quote": span.quote,
    }


def _in_article_order(records: list[Any], offset_of) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Position of each slug when the records are sorted by where they stand in the article."""
    ordered = sorted(records, key=lambda record: (*offset_of(record), record.slug))
    return {record.slug: position for position, record in enumerate(ordered)}


def _span_order(span: Span, words: str | None = None) -> tuple[int, int]:
    inside = span.quote.find(words) if words else 0
    return span.paragraph, span.start + max(inside, 0)


def _derived(derivations: list[Any]) -> list[dict[str, Any]]:
    return [d.model_dump() for d in derivations]


def seed_rows(seed: Seed) -> dict[type[SQLModel], list[dict[str, Any]]]:
    """Every row the seed asks for, by table, parents before children."""
    article = seed.article
    stat_pos = _in_article_order(seed.statistics, lambda s: _span_order(s.source, s.value_text))
    milestone_pos = _in_article_order(seed.milestones, lambda m: _span_order(m.source, m.date_text))
    story_pos = _in_article_order(seed.stories, lambda s: _span_order(s.sources[0]))

    def by_source(records: list[Any]) -> dict[str, int]:
        return _in_article_order(records, lambda r: _span_order(r.source))

    place_pos, org_pos, person_pos = (
        by_source(seed.places),
        by_source(seed.organisations),
        by_source(seed.people),
    )
    quote_pos, photo_pos = by_source(seed.quotes), by_source(seed.photos)
    document_pos, honour_pos = by_source(seed.documents), by_source(seed.honours)

    rows: dict[type[SQLModel], list[dict[str, Any]]] = {}
    rows[models.Section] = [
        {
            "slug": s.slug,
            "position": i,
            "kind": s.kind,
            "title_zh": s.title.zh,
            "title_en": s.title.en,
            "first_paragraph": s.first_paragraph,
            "last_paragraph": s.last_paragraph,
            "heading_paragraph": s.heading.paragraph if s.heading else None,
        }
        for i, s in enumerate(article.sections)
    ]
    rows[models.Paragraph] = [
        {"index": i, "section": section_of(seed, i), "text": text} for i, text in enumerate(seed.paragraphs)
    ]
    # Parents come before children: a place's parent is earlier in the hierarchy's order.
    rows[models.Place] = [
        {
            "slug": p.slug,
            "position": place_pos[p.slug],
            "name_zh": p.name.zh,
            "name_en": p.name.en,
            "level": p.level,
            "parent": p.parent,
            **_source(p.source),
        }
        for p in _parents_first(seed.places)
    ]
    rows[models.Organisation] = [
        {
            "slug": o.slug,
            "position": org_pos[o.slug],
            "name_zh": o.name.zh,
            "name_en": o.name.en,
            "kind": o.kind,
            "place": o.place,
            **_source(o.source),
        }
        for o in seed.organisations
    ]
    rows[models.Person] = [
        {
            "slug": p.slug,
            "position": person_pos[p.slug],
            "name_zh": p.name.zh,
            "name_en": p.name.en,
            "role_zh": p.role.zh,
            "role_en": p.role.en,
            "place": p.place,
            "organisation": p.organisation,
            **_source(p.source),
        }
        for p in seed.people
    ]
    rows[models.Statistic] = [
        {
            "slug": s.slug,
            "position": stat_pos[s.slug],
            "kind": s.kind,
            "section": s.section,
            "label_zh": s.label.zh,
            "label_en": s.label.en,
            "value": s.value,
            "value_max": s.value_max,
            "unit": s.unit,
            "unit_en": s.unit_en,
            "value_text": s.value_text,
            "qualifier": s.qualifier,
            "as_of": s.as_of,
            "as_of_year": int(s.as_of[:4]) if s.as_of else None,
            "as_of_text": s.as_of_text,
            "period_start": s.period.start if s.period else None,
            "period_end": s.period.end if s.period else None,
            "period_text": s.period_text,
            "derived": _derived(s.derived),
            **_source(s.source),
        }
        for s in seed.statistics
    ]
    rows[models.Milestone] = [
        {
            "slug": m.slug,
            "position": milestone_pos[m.slug],
            "section": m.section,
            "date": m.date,
            "date_start": date_bounds(m.date)[0],
            "date_end": date_bounds(m.date)[1],
            "precision": m.precision,
            "date_text": m.date_text,
            "title_zh": m.title.zh,
            "title_en": m.title.en,
            "description_zh": m.description.zh,
            "description_en": m.description.en,
            "derived": _derived(m.derived),
            **_source(m.source),
        }
        for m in seed.milestones
    ]
    rows[models.Quote] = [
        {
            "slug": q.slug,
            "position": quote_pos[q.slug],
            "section": q.section,
            "speaker": q.speaker,
            "speaker_description_zh": q.speaker_description.zh,
            "speaker_description_en": q.speaker_description.en,
            "text_zh": q.text.zh,
            "text_en": q.text.en,
            **_source(q.source),
        }
        for q in seed.quotes
    ]
    rows[models.Story] = [
        {
            "slug": s.slug,
            "position": story_pos[s.slug],
            "section": s.section,
            "title_zh": s.title.zh,
            "title_en": s.title.en,
            "summary_zh": s.summary.zh,
            "summary_en": s.summary.en,
            "sources": [span.model_dump() for span in s.sources],
        }
        for s in seed.stories
    ]
    for table, attribute, column in (
        (models.StoryPerson, "people", "person"),
        (models.StoryPlace, "places", "place"),
        (models.StoryOrganisation, "organisations", "organisation"),
        (models.StoryQuote, "quotes", "quote"),
    ):
        rows[table] = [
            {"story": story.slug, column: slug, "position": i}
            for story in seed.stories
            for i, slug in enumerate(getattr(story, attribute))
        ]
    rows[models.Photo] = [
        {
            "slug": p.slug,
            "position": photo_pos[p.slug],
            "caption_zh": p.caption.zh,
            "caption_en": p.caption.en,
            **_source(p.source),
        }
        for p in seed.photos
    ]
    rows[models.Document] = [
        {
            "slug": d.slug,
            "position": document_pos[d.slug],
            "title_zh": d.title.zh,
            "title_en": d.title.en,
            "issuer": d.issuer,
            "date": d.date,
            "precision": d.precision,
            "date_text": d.date_text,
            **_source(d.source),
        }
        for d in seed.documents
    ]
    rows[models.Honour] = [
        {
            "slug": h.slug,
            "position": honour_pos[h.slug],
            "title_zh": h.title.zh,
            "title_en": h.title.en,
            "recipient": h.recipient,
            **_source(h.source),
        }
        for h in seed.honours
    ]
    rows[models.Note] = [
        {
            "resource": resource,
            "slug": record.slug,
            "position": i,
            "kind": note.kind,
            "text_zh": note.text.zh,
            "text_en": note.text.en,
            "source_title": note.source.title if note.source else None,
            "source_publisher": note.source.publisher if note.source else None,
            "source_date": note.source.date if note.source else None,
            "source_url": note.source.url if note.source else None,
        }
        for resource in FACT_RESOURCES
        for record in getattr(seed, resource)
        for i, note in enumerate(record.notes)
    ]
    rows[models.Correction] = [
        {
            "slug": c.slug,
            "position": i,
            "date": c.date,
            "title_zh": c.title.zh,
            "title_en": c.title.en,
            "reason_zh": c.reason.zh,
            "reason_en": c.reason.en,
            "facts": [fact.model_dump() for fact in c.facts],
            "changes": [change.model_dump() for change in c.changes],
        }
        for i, c in enumerate(seed.corrections)
    ]
    return rows


FACT_RESOURCES = ("statistics", "milestones", "stories", "quotes", "photos", "places", "people",
                  "organisations", "documents", "honours")  # fmt: skip


def _parents_first(places: list[Any]) -> list[Any]:
    by_slug = {p.slug: p for p in places}

    def depth(place: Any) -> int:
        steps = 0
        while place.parent in by_slug and steps < len(by_slug):
            place, steps = by_slug[place.parent], steps + 1
        return steps

    return sorted(places, key=depth)


def _key(table: type[SQLModel], row: Any) -> tuple[Any, ...]:
    columns = table.__table__.primary_key.columns  # type: ignore[attr-defined]
    get = row.get if isinstance(row, dict) else lambda name: getattr(row, name)
    return tuple(get(column.name) for column in columns)


def write_seed(session: Session, seed: Seed) -> Counter[str]:
    """Bring the tables in line with the seed; return how many rows were inserted, updated, deleted.

    The caller commits: a failure anywhere leaves the database as it was.
    """
    changes: Counter[str] = Counter()
    stale: list[tuple[type[SQLModel], list[Any]]] = []
    for table, rows in seed_rows(seed).items():
        existing = {_key(table, obj): obj for obj in session.exec(select(table))}
        for row in rows:
            obj = existing.pop(_key(table, row), None)
            if obj is None:
                session.add(table(**row))
                changes["inserted"] += 1
                continue
            differences = {name: value for name, value in row.items() if getattr(obj, name) != value}
            for name, value in differences.items():
                setattr(obj, name, value)
            if differences:
                changes["updated"] += 1
        session.flush()
        stale.append((table, list(existing.values())))
    for _table, objects in reversed(stale):  # children before parents
        for obj in objects:
            session.delete(obj)
            changes["deleted"] += 1
        session.flush()

    article = session.get(models.Article, 1)
    texts = {
        f"{name}_{lang}": getattr(getattr(seed.article, name), lang)
        for name in ("title", "subtitle", "byline", "author")
        for lang in ("zh", "en")
    }
    texts["publication"] = seed.article.publication.model_dump()
    if article is None:
        session.add(models.Article(id=1, dataset_version=seed.version, loaded_at=datetime.now(UTC), **texts))
        changes["inserted"] += 1
    elif sum(changes.values()) or article.dataset_version != seed.version:
        article.sqlmodel_update({**texts, "dataset_version": seed.version, "loaded_at": datetime.now(UTC)})
        changes["updated"] += 1
    session.flush()
    rebuild_search_index(session)  # derived rows: rewritten only if they differ, not counted
    return changes

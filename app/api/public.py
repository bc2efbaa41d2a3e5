"""The public JSON of the busiest resources, built straight from table rows.

The response models in app/schemas.py describe these answers and stay the routes' `response_model`
(the OpenAPI document is theirs), but validating a page of rows into them and FastAPI validating it
again cost more than the query (~1.1 ms for 60 SQLModel rows; bench/baseline_app.py is that
path). So the hot routes build the same dicts here and send them serialised by orjson;
tests/test_fast_paths.py holds every item equal to its response model's JSON.
"""

from collections.abc import Sequence
from typing import Any

import orjson
from fastapi import Response
from sqlalchemy import ColumnElement, String, Table, type_coerce

from app.citations import CitationContext


def json_response(content: Any, lang: str | None = None, link: str | None = None) -> Response:
    """A 200 of `content` as JSON (bytes: JSON already), with the headers the routes' dependencies
    would have set."""
    headers = {}
    if lang is not None:
        headers["Content-Language"] = lang
        headers["Vary"] = "Accept-Language"
    if link is not None:
        headers["Link"] = f'<{link}>; rel="next"'
    body = content if type(content) is bytes else orjson.dumps(content)
    return Response(body, media_type="application/json", headers=headers)


def page(items: list[dict[str, Any]], total: int, next_url: str | None) -> dict[str, Any]:
    return {"items": items, "total": total, "next": next_url}


def _derived(derived: str | list[dict[str, Any]], lang: str) -> list[dict[str, str]]:
    """`derived` as read: JSON text (selected as a string: most are "[]") or, from psycopg, a list."""
    if type(derived) is str:
        if derived == "[]":
            return []
        derived = orjson.loads(derived)
    return [{"field": d["field"], "reason": d["reason"][lang]} for d in derived]  # type: ignore[index]


def columns(table: Table, names: dict[str, tuple[str, ...]]) -> dict[str, list[ColumnElement[Any]]]:
    """For each language, the columns a builder below unpacks, in its order; JSON read as text."""
    return {
        lang: [type_coerce(table.c[name], String) if name == "derived" else table.c[name] for name in chosen]
        for lang, chosen in names.items()
    }


def _number(value: float | None) -> int | float | None:
    """As schemas.plain_number: a whole number is served as a JSON integer."""
    if value is None or type(value) is int:
        return value
    return int(value) if value.is_integer() else value


# Rows are unpacked by position (SQLAlchemy's by-name access costs ~0.3 µs a field), and only the
# asked language's texts are read.
STATISTIC_COLUMNS = {
    lang: (
        "slug", "kind", "section", f"label_{lang}", "value", "value_max", "unit",
        "unit" if lang == "zh" else "unit_en", "value_text", "qualifier", "as_of", "as_of_text",
        "period_start", "period_end", "period_text", "derived", "source_paragraph", "source_start",
        "source_end", "source_quote",
    )
    for lang in ("zh", "en")
}  # fmt: skip


def statistic(row: Sequence[Any], lang: str, context: CitationContext) -> dict[str, Any]:
    """StatisticPublic's JSON for a row of STATISTIC_COLUMNS[lang] (more columns may follow)."""
    (
        slug, kind, section, label, value, value_max, unit, unit_label, value_text, qualifier, as_of,
        as_of_text, period_start, period_end, period_text, derived, paragraph, start, end, quote,
    ) = row[:20]  # fmt: skip
    return {
        "slug": slug,
        "kind": kind,
        "section": section,
        "label": label,
        "value": _number(value),
        "value_max": _number(value_max),
        "unit": unit,
        "unit_label": unit_label,
        "value_text": value_text,
        "qualifier": qualifier,
        "as_of": as_of,
        "as_of_text": as_of_text,
        "period": {"start": period_start, "end": period_end} if period_start and period_end else None,
        "period_text": period_text,
        "derived": [] if derived == "[]" or derived == [] else _derived(derived, lang),
        "source": {"paragraph": paragraph, "start": start, "end": end, "quote": quote},
        "citation": context.citation(paragraph, quote),
        **context.editorial("statistics", slug, lang),
    }


MILESTONE_COLUMNS = {
    lang: (
        "slug", "section", "date", "precision", "date_text", f"title_{lang}", f"description_{lang}",
        "derived", "source_paragraph", "source_start", "source_end", "source_quote",
    )
    for lang in ("zh", "en")
}  # fmt: skip


def milestone(row: Sequence[Any], lang: str, context: CitationContext) -> dict[str, Any]:
    """MilestonePublic's JSON for a row of MILESTONE_COLUMNS[lang] (more columns may follow)."""
    (
        slug, section, date, precision, date_text, title, description, derived, paragraph, start, end,
        quote,
    ) = row[:12]  # fmt: skip
    parts = [int(part) for part in date.split("-")] + [None, None]
    return {
        "slug": slug,
        "section": section,
        "date": date,
        "year": parts[0],
        "month": parts[1],
        "day": parts[2],
        "precision": precision,
        "date_text": date_text,
        "title": title,
        "description": description,
        "derived": [] if derived == "[]" or derived == [] else _derived(derived, lang),
        "source": {"paragraph": paragraph, "start": start, "end": end, "quote": quote},
        "citation": context.citation(paragraph, quote),
        **context.editorial("milestones", slug, lang),
    }

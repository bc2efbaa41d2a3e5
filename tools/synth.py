"""`python -m tools.synth`: a database of the article's facts scaled up, to measure how the API scales.

The database is migrated and seeded first; then every statistic (and milestone) of the seed is
followed by synthetic copies of itself until there are `statistics` (`milestones`) in all. A copy
keeps its original's kind, unit, section, qualifier, value and source span (so spans, citations and
filters stay those of real facts), gets a slug and label of its own ("… (sample 123)", a number no
other row has, so a search can find exactly one row) and a position right after its original, so
the article's order holds. The search index is rebuilt over every row, and the dataset version
says the data is synthetic. `python -m app migrate` on such a database brings it back to the seed,
so serve it with `python -m app serve --no-migrate`.
"""

import argparse
import os
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, text, update
from sqlalchemy.exc import SQLAlchemyError

from app import models
from app.cli import migrate, redacted
from app.core.config import Settings
from app.core.db import engine_for
from app.search import ENTRY_COLUMNS, KINDS, refresh_fts, spaced

BATCH = 5000


class Progress:
    """A plain progress bar on stderr, redrawn at most every 1% (no dependency needed)."""

    def __init__(self, label: str, total: int, width: int = 30) -> None:
        self.label, self.total, self.width = label, max(total, 1), width
        self.done, self.shown = 0, -1
        self.started = time.perf_counter()

    def advance(self, count: int) -> None:
        self.done += count
        percent = min(100, self.done * 100 // self.total)
        if percent != self.shown:
            self.shown = percent
            filled = self.width * percent // 100
            bar = "#" * filled + "." * (self.width - filled)
            elapsed = time.perf_counter() - self.started
            print(
                f"\r{self.label:<22} [{bar}] {percent:3d}% {self.done:>9,}/{self.total:,} {elapsed:6.1f}s",
                end="",
                file=sys.stderr,
                flush=True,
            )
        if self.done >= self.total:
            print(file=sys.stderr, flush=True)


def _batches(rows: list[dict[str, Any]], progress: Progress) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH):
        chunk = rows[start : start + BATCH]
        yield chunk
        progress.advance(len(chunk))


def _insert(connection: Connection, table: Table, rows: list[dict[str, Any]], label: str) -> None:
    progress = Progress(label, len(rows))
    for chunk in _batches(rows, progress):
        connection.execute(insert(table), chunk)
    if not rows:
        progress.advance(0)


def scaled(templates: list[dict[str, Any]], total: int) -> Iterator[tuple[dict[str, Any], int]]:
    """(template, copy number) for `total` rows: each template then its copies, 0 being the template."""
    if total <= len(templates):
        for template in templates[:total]:
            yield template, 0
        return
    per, extra = divmod(total, len(templates))
    for index, template in enumerate(templates):
        for copy in range(per + (1 if index < extra else 0)):
            yield template, copy


def _copies(templates: list[dict[str, Any]], total: int, texts: tuple[str, ...]) -> list[dict[str, Any]]:
    rows = []
    for position, (template, copy) in enumerate(scaled(templates, total)):
        row = {**template, "position": position}
        if copy:
            row["slug"] = f"{template['slug']}-s{position}"
            for name in texts:
                row[f"{name}_zh"] = f"{template[f'{name}_zh']}（样本{position}）"
                row[f"{name}_en"] = f"{template[f'{name}_en']} (sample {position})"
        rows.append(row)
    return rows


# What each kind contributes to the search index: (field, language) in the loader's order.
STATISTIC_TEXTS = (("label", "zh"), ("label", "en"), ("value_text", "zh"))
MILESTONE_TEXTS = (("title", "zh"), ("title", "en"), ("description", "zh"), ("description", "en"))


def _search_entries(
    kind: str, rows: Iterable[dict[str, Any]], texts: tuple[tuple[str, str], ...]
) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """(article-order key, search_entry row) as app.search would write them, tokenised fast.

    A copy's text is its template's plus a suffix, so its spaced form is the template's (computed
    once) plus the suffix's: both end at a separator, so the tokens cannot merge.
    """
    cache: dict[str, str] = {}
    suffixes = {"（": spaced("样本"), " ": spaced("sample")}  # "sample" is indexed by stem and word

    def shadow(value: str) -> str:
        base, sep, rest = value.partition("（样本") if "（样本" in value else value.partition(" (sample ")
        if not sep:
            found = cache.get(value)
            if found is None:
                found = cache[value] = spaced(value)
            return found
        number = rest.rstrip("）)")
        head = cache.get(base)
        if head is None:
            head = cache[base] = spaced(base)
        return f"{head} {suffixes[sep[0]]} {number}"

    kind_index = KINDS.index(kind)
    for row in rows:
        for order, (field, lang) in enumerate(texts):
            value = row[f"{field}_{lang}"] if field != "value_text" else row["value_text"]
            entry = {
                "kind": kind,
                "slug": row["slug"],
                "field": field,
                "lang": lang,
                "text": value,
                "spaced": shadow(value),
                "source_paragraph": row["source_paragraph"],
                "source_start": row["source_start"],
                "source_end": row["source_end"],
                "source_quote": row["source_quote"],
            }
            yield (row["source_paragraph"], row["source_start"], kind_index, row["position"], order), entry


def synthesize(settings: Settings, statistics: int, milestones: int) -> dict[str, int]:
    """Migrate and seed the database of `settings`, then scale it to the given numbers of rows."""
    version, _ = migrate(settings)
    engine = engine_for(settings.database_url)
    stat_table: Table = models.Statistic.__table__  # type: ignore[attr-defined]
    milestone_table: Table = models.Milestone.__table__  # type: ignore[attr-defined]
    entry_table: Table = models.SearchEntry.__table__  # type: ignore[attr-defined]
    with engine.begin() as connection:
        stat_templates = _rows(connection, select(stat_table).order_by(stat_table.c.position))
        milestone_templates = _rows(connection, select(milestone_table).order_by(milestone_table.c.position))
        stat_rows = _copies(stat_templates, statistics, ("label",))
        milestone_rows = _copies(milestone_templates, milestones, ("title", "description"))

        # The other kinds' entries stay as the loader wrote them, in their order among the new ones.
        others = select(entry_table).where(entry_table.c.kind.not_in(["statistic", "milestone"]))
        keyed = [
            (
                (e["source_paragraph"], e["source_start"], KINDS.index(e["kind"]), e["position"], 0),
                {name: e[name] for name in ENTRY_COLUMNS if name != "position"},
            )
            for e in _rows(connection, others)
        ]
        keyed += _search_entries("statistic", stat_rows, STATISTIC_TEXTS)
        keyed += _search_entries("milestone", milestone_rows, MILESTONE_TEXTS)
        keyed.sort(key=lambda pair: pair[0])
        entries = [{**entry, "position": position} for position, (_key, entry) in enumerate(keyed)]

        connection.execute(delete(entry_table))
        connection.execute(delete(stat_table))
        connection.execute(delete(milestone_table))
        _insert(connection, stat_table, stat_rows, "statistics")
        _insert(connection, milestone_table, milestone_rows, "milestones")
        _insert(connection, entry_table, entries, "search entries")
        refresh_fts(connection)
        connection.execute(
            update(models.Article.__table__).values(  # type: ignore[attr-defined]
                dataset_version=f"synth-{version}-{statistics}-{milestones}", loaded_at=datetime.now(UTC)
            )
        )
    _analyze(settings.database_url)
    return {"statistics": len(stat_rows), "milestones": len(milestone_rows), "search entries": len(entries)}


def _rows(connection: Connection, query: Any) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in connection.execute(query)]


def current_version(url: str) -> str | None:
    """The dataset version the database at `url` holds, or None if it holds none (or no tables)."""
    try:
        with engine_for(url).connect() as connection:
            return connection.execute(text("SELECT dataset_version FROM article WHERE id = 1")).scalar()
    except SQLAlchemyError:
        return None


def _analyze(url: str) -> None:
    """Fresh planner statistics (and, on PostgreSQL, a visibility map for index-only scans)."""
    engine = engine_for(url)
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))
    else:
        with engine.begin() as connection:
            connection.execute(text("ANALYZE"))


def run(database_url: str | None, statistics: int, milestones: int) -> int:
    """Refuse the default or a seeded database unless it is named on the command line: synth rewrites
    tables. DATABASE_URL alone may point only at an empty or synthetic database."""
    default = Settings.model_fields["database_url"].default
    url = database_url or os.environ.get("DATABASE_URL") or None
    if url is None:
        print(
            "synth fills a database of its own: pass --database-url (or set DATABASE_URL).", file=sys.stderr
        )
        return 2
    held = current_version(Settings(database_url=url).database_url)
    if database_url is None and (url == default or (held and not held.startswith("synth-"))):
        print(
            f"synth will not rewrite {redacted(url)}, the default or a seeded database, "
            "unless --database-url names it.",
            file=sys.stderr,
        )
        return 2
    if statistics < 1 or milestones < 1:
        print("synth needs at least one statistic and one milestone.", file=sys.stderr)
        return 2

    settings = Settings(database_url=url)
    counts = synthesize(settings, statistics, milestones)
    summary = ", ".join(f"{count:,} {what}" for what, count in counts.items())
    print(f"synthetic dataset at {redacted(settings.database_url)}: {summary}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.synth",
        description="Fill a separate database with the seed's facts scaled up (for benchmarks).",
    )
    parser.add_argument("--statistics", type=int, default=100_000, help="statistics in all")
    parser.add_argument("--milestones", type=int, default=10_000, help="milestones in all")
    parser.add_argument(
        "--database-url", help="the database to fill (else DATABASE_URL); never the default one"
    )
    args = parser.parse_args(argv)
    return run(args.database_url, args.statistics, args.milestones)


if __name__ == "__main__":
    sys.exit(main())

"""The loader: idempotent, keyed by slug, one transaction, and a version that follows the seed."""

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from sqlmodel import Session, select

from app import models
from app.cli import migrate
from app.core.config import PROJECT_ROOT, Settings
from app.core.db import engine_for
from app.seed.files import SeedError, dataset_version
from app.seed.loader import _span_order
from app.seed.schema import Span


def rows_of(url: str) -> dict[str, list[tuple]]:
    """Everything the loader wrote, as plain tuples, to compare before and after."""
    tables = [
        models.Article,
        models.Statistic,
        models.Milestone,
        models.Story,
        models.StoryPerson,
        models.Place,
        models.Quote,
        models.Photo,
        models.Paragraph,
    ]
    with Session(engine_for(url)) as session:
        return {
            # repr: columns mix None and values, which do not compare
            table.__tablename__: sorted(
                (tuple(row.model_dump().values()) for row in session.exec(select(table))), key=repr
            )
            for table in tables
        }


def edit_yaml(path: Path, change: Callable[[list], None]) -> None:
    records = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(records)
    path.write_text(yaml.safe_dump(records, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_migrate_twice_changes_nothing(new_database: Callable[[], str]) -> None:
    settings = Settings(database_url=new_database())
    version, first = migrate(settings)
    assert first["inserted"] > 150 and not first["updated"] and not first["deleted"]
    before = rows_of(settings.database_url)
    again_version, second = migrate(settings)
    assert again_version == version
    assert sum(second.values()) == 0
    assert rows_of(settings.database_url) == before


def test_dataset_version_changes_exactly_when_the_seed_does(seed_copy: Path) -> None:
    original = dataset_version(seed_copy)
    (seed_copy / "README.md").write_text("documentation is not data", encoding="utf-8")
    assert dataset_version(seed_copy) == original
    statistics = seed_copy / "statistics.yaml"
    statistics.write_bytes(statistics.read_bytes() + b"\n")
    changed = dataset_version(seed_copy)
    assert changed != original
    statistics.write_bytes(statistics.read_bytes()[:-1])
    assert dataset_version(seed_copy) == original


def test_migrate_upserts_by_slug_and_removes_what_left_the_seed(
    new_database: Callable[[], str], seed_copy: Path
) -> None:
    settings = Settings(database_url=new_database(), seed_dir=seed_copy)
    first_version, _ = migrate(settings)

    def change(records: list) -> None:
        records[0]["label"]["en"] = "A relabelled figure"
        del records[-1]

    statistics = yaml.safe_load((seed_copy / "statistics.yaml").read_text(encoding="utf-8"))
    relabelled, removed = statistics[0]["slug"], statistics[-1]["slug"]
    edit_yaml(seed_copy / "statistics.yaml", change)
    version, changes = migrate(settings)

    assert version != first_version
    assert changes["deleted"] == 1 and changes["inserted"] == 0
    with Session(engine_for(settings.database_url)) as session:
        assert session.get(models.Statistic, removed) is None
        assert session.get(models.Statistic, relabelled).label_en == "A relabelled figure"
        assert session.get(models.Article, 1).dataset_version == version


@pytest.mark.parametrize(
    ("file", "index", "change", "expected"),
    [
        ("statistics.yaml", 0, lambda r: r.update(value=r["value"] + 1), "differ from what"),
        (
            "statistics.yaml",
            1,
            lambda r: r["source"].update(quote=r["source"]["quote"] + "!"),
            "is not the text",
        ),
        # The quote still occurs in its paragraph, one code point later: only its offsets are wrong.
        (
            "statistics.yaml",
            1,
            lambda r: r["source"].update(start=r["source"]["start"] - 1, end=r["source"]["end"] - 1),
            "is not the text at paragraph 8 [168:257]",
        ),
        ("statistics.yaml", 2, lambda r: r.update(value="many"), "value"),
        ("milestones.yaml", 0, lambda r: r.update(section="incomes"), "does not hold paragraph"),
        (
            "stories.yaml",
            0,
            lambda r: r["people"].append("nobody-at-all"),
            "'nobody-at-all' is not in the seed",
        ),
        (
            "quotes.yaml",
            1,
            lambda r: r.update(slug="opening-quote-copy", text={"zh": "x", "en": "x"}),
            "differs",
        ),
    ],
    ids=[
        "wrong-value",
        "wrong-quote",
        "shifted-span",
        "bad-type",
        "wrong-section",
        "dangling-reference",
        "wrong-quote-text",
    ],
)
def test_a_broken_seed_changes_nothing_and_names_the_file_and_fact(
    new_database: Callable[[], str],
    seed_copy: Path,
    file: str,
    index: int,
    change: Callable[[dict], None],
    expected: str,
) -> None:
    settings = Settings(database_url=new_database(), seed_dir=seed_copy)
    migrate(settings)
    before = rows_of(settings.database_url)
    edit_yaml(seed_copy / file, lambda records: change(records[index]))
    broken_slug = yaml.safe_load((seed_copy / file).read_text(encoding="utf-8"))[index]["slug"]

    with pytest.raises(SeedError) as error:
        migrate(settings)

    message = str(error.value)
    assert f"seed/{file}: '{broken_slug}'" in message and expected in message
    assert rows_of(settings.database_url) == before


def test_migrate_command_fails_on_a_broken_seed_and_keeps_the_data(
    new_database: Callable[[], str], seed_copy: Path
) -> None:
    url = new_database()
    env = {**os.environ, "DATABASE_URL": url, "SEED_DIR": str(seed_copy)}
    command = [sys.executable, "-m", "app", "migrate"]
    ok = subprocess.run(command, env=env, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    before = rows_of(url)

    statistics = yaml.safe_load((seed_copy / "statistics.yaml").read_text(encoding="utf-8"))
    slug = statistics[3]["slug"]
    edit_yaml(seed_copy / "statistics.yaml", lambda r: r[3].update(value_text="一些"))
    failed = subprocess.run(command, env=env, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)

    assert failed.returncode == 1
    assert "seed/statistics.yaml" in failed.stderr and slug in failed.stderr
    assert "Traceback" not in failed.stderr
    assert rows_of(url) == before


@pytest.mark.parametrize(
    ("words", "position"),
    [
        ("5户", (3, 102)),  # the first of the two 5户 in the quote: where the figure is written
        (None, (3, 100)),  # no words: the span's own start
        ("7户", (3, 100)),  # words not in the quote: the span's start, not one before it
    ],
)
def test_a_fact_stands_where_its_words_are_in_its_span(words: str | None, position: tuple[int, int]) -> None:
    """Facts sharing one sentence are listed in the order their words come in it (the article's
    order), so a statistic is placed by its value's first occurrence in its quote."""
    span = Span(paragraph=3, start=100, end=107, quote="全区5户与5户")
    assert _span_order(span, words) == position

"""Read the seed directory into validated records, or fail naming every file and fact at fault."""

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from app.seed.schema import (
    ArticleSeed,
    CorrectionSeed,
    DocumentSeed,
    HonourSeed,
    IgnoredFigure,
    MilestoneSeed,
    OrganisationSeed,
    PersonSeed,
    PhotoSeed,
    PlaceSeed,
    QuoteSeed,
    StatisticSeed,
    StorySeed,
)
from app.seed.text import ARTICLE_FILE, split_paragraphs

# file name -> record model; article.yaml holds one mapping, the others a list of records.
LIST_FILES: dict[str, type[BaseModel]] = {
    "places.yaml": PlaceSeed,
    "organisations.yaml": OrganisationSeed,
    "people.yaml": PersonSeed,
    "statistics.yaml": StatisticSeed,
    "milestones.yaml": MilestoneSeed,
    "quotes.yaml": QuoteSeed,
    "stories.yaml": StorySeed,
    "photos.yaml": PhotoSeed,
    "documents.yaml": DocumentSeed,
    "honours.yaml": HonourSeed,
    "ignored_figures.yaml": IgnoredFigure,
    "corrections.yaml": CorrectionSeed,
}
ARTICLE_META_FILE = "article.yaml"
DATA_FILES = (ARTICLE_FILE, ARTICLE_META_FILE, *LIST_FILES)

Model = TypeVar("Model", bound=BaseModel)


class SeedError(Exception):
    """A seed that cannot be loaded; `problems` names the file and fact of each fault."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid seed:\n" + "\n".join(f"  - {problem}" for problem in problems))


@dataclass
class Seed:
    version: str
    paragraphs: tuple[str, ...]
    article: ArticleSeed
    places: list[PlaceSeed] = field(default_factory=list)
    organisations: list[OrganisationSeed] = field(default_factory=list)
    people: list[PersonSeed] = field(default_factory=list)
    statistics: list[StatisticSeed] = field(default_factory=list)
    milestones: list[MilestoneSeed] = field(default_factory=list)
    quotes: list[QuoteSeed] = field(default_factory=list)
    stories: list[StorySeed] = field(default_factory=list)
    photos: list[PhotoSeed] = field(default_factory=list)
    documents: list[DocumentSeed] = field(default_factory=list)
    honours: list[HonourSeed] = field(default_factory=list)
    ignored_figures: list[IgnoredFigure] = field(default_factory=list)
    corrections: list[CorrectionSeed] = field(default_factory=list)


def dataset_version(seed_dir: Path) -> str:
    """A digest of the seed's data files: it changes exactly when one of them does."""
    digest = hashlib.sha256()
    for name in DATA_FILES:
        path = seed_dir / name
        digest.update(name.encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"")
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def _describe(item: Any, index: int) -> str:
    slug = item.get("slug") if isinstance(item, dict) else None
    return f"'{slug}'" if slug else f"item {index}"


def _format_validation(error: ValidationError) -> list[str]:
    return [
        f"{'.'.join(str(part) for part in problem['loc']) or '(record)'}: {problem['msg']}"
        for problem in error.errors(include_url=False)
    ]


def _read_yaml(path: Path, problems: list[str]) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problems.append(f"seed/{path.name}: file is missing")
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        problems.append(f"seed/{path.name}: not readable YAML: {error}")
    return None


def _read_records(path: Path, model: type[Model], problems: list[str]) -> list[Model]:
    data = _read_yaml(path, problems)
    if data is None:
        return []
    if not isinstance(data, list):
        problems.append(f"seed/{path.name}: must be a list of records, found {type(data).__name__}")
        return []
    records, seen = [], set()
    for index, item in enumerate(data):
        try:
            record = model.model_validate(item)
        except ValidationError as error:
            problems.extend(
                f"seed/{path.name}: {_describe(item, index)}: {msg}" for msg in _format_validation(error)
            )
            continue
        slug = getattr(record, "slug", None)
        if slug is not None:
            if slug in seen:
                problems.append(f"seed/{path.name}: '{slug}': slug is used twice")
            seen.add(slug)
        records.append(record)
    return records


def read_seed(seed_dir: Path) -> Seed:
    """Parse and shape-check every seed file. Provenance is checked by app.seed.provenance."""
    problems: list[str] = []
    try:
        paragraphs = tuple(split_paragraphs((seed_dir / ARTICLE_FILE).read_text(encoding="utf-8")))
    except (FileNotFoundError, UnicodeDecodeError) as error:
        raise SeedError([f"seed/{ARTICLE_FILE}: cannot be read: {error}"]) from error

    article = None
    raw_article = _read_yaml(seed_dir / ARTICLE_META_FILE, problems)
    if raw_article is not None:
        try:
            article = ArticleSeed.model_validate(raw_article)
        except ValidationError as error:
            problems.extend(f"seed/{ARTICLE_META_FILE}: {msg}" for msg in _format_validation(error))

    lists = {
        name.removesuffix(".yaml"): _read_records(seed_dir / name, model, problems)
        for name, model in LIST_FILES.items()
    }
    if problems or article is None:
        raise SeedError(problems or [f"seed/{ARTICLE_META_FILE}: empty"])
    return Seed(version=dataset_version(seed_dir), paragraphs=paragraphs, article=article, **lists)

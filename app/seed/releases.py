"""The published values of each released dataset version, and the check that none changes silently.

A release snapshot (seed/releases/<version>.json) keeps, for every fact, the fields a partner may
have printed: value, unit, qualifier, dates, period and label. A later seed may change one only
with an entry in seed/corrections.yaml naming the fact, the field, the old and the new value; a
renamed fact is followed through its `slug` change.

    python -m app.seed.releases [SEED_DIR]    write the snapshot of the seed's current version
"""

import json
import sys
from pathlib import Path
from typing import Any

from app.seed.files import Seed, read_seed

RELEASES_DIR = "releases"


def _label(record: Any, name: str) -> dict[str, str]:
    text = getattr(record, name)
    return {"zh": text.zh, "en": text.en}


def _statistic(s: Any) -> dict[str, Any]:
    return {
        "value": s.value,
        "value_max": s.value_max,
        "unit": s.unit,
        "qualifier": s.qualifier,
        "as_of": s.as_of,
        "period": f"{s.period.start}-{s.period.end}" if s.period else None,
        "label": _label(s, "label"),
    }


def _milestone(m: Any) -> dict[str, Any]:
    return {"date": m.date, "precision": m.precision, "title": _label(m, "title")}


def _document(d: Any) -> dict[str, Any]:
    return {"date": d.date, "precision": d.precision, "title": _label(d, "title")}


# resource (the API's path) -> (seed attribute, the published fields of one record)
PUBLISHED = {
    "statistics": ("statistics", _statistic),
    "milestones": ("milestones", _milestone),
    "stories": ("stories", lambda r: {"title": _label(r, "title")}),
    "quotes": ("quotes", lambda r: {"text": _label(r, "text")}),
    "photos": ("photos", lambda r: {"caption": _label(r, "caption")}),
    "places": ("places", lambda r: {"name": _label(r, "name")}),
    "people": ("people", lambda r: {"name": _label(r, "name"), "role": _label(r, "role")}),
    "organisations": ("organisations", lambda r: {"name": _label(r, "name")}),
    "documents": ("documents", _document),
    "honours": ("honours", lambda r: {"title": _label(r, "title")}),
}


def published_values(seed: Seed) -> dict[str, dict[str, dict[str, Any]]]:
    """resource -> slug -> field -> value, for every fact of the seed."""
    return {
        resource: {record.slug: fields(record) for record in getattr(seed, attribute)}
        for resource, (attribute, fields) in PUBLISHED.items()
    }


def snapshot(seed: Seed) -> dict[str, Any]:
    return {"version": seed.version, "facts": published_values(seed)}


def latest_release(seed_dir: Path) -> dict[str, Any] | None:
    """The newest snapshot under seed/releases/ (by its `released` order number), if any."""
    paths = sorted((seed_dir / RELEASES_DIR).glob("*.json"))
    releases = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
    return max(releases, key=lambda release: release["released"], default=None)


def unexplained_changes(release: dict[str, Any], seed: Seed) -> list[str]:
    """Every published value of `release` that the seed no longer has, without a correction saying so.

    A fact is followed through its slug changes; a change is explained by a corrections entry that
    names the fact's current slug, the field, the published value as `old` and the current as `new`.
    """
    logged = {
        (change.resource, change.slug, change.field): (change.old, change.new)
        for correction in seed.corrections
        for change in correction.changes
    }
    renamed = {
        (resource, old): slug for (resource, slug, field), (old, _) in logged.items() if field == "slug"
    }
    current = published_values(seed)
    problems = []
    for resource, facts in release["facts"].items():
        for slug, fields in facts.items():
            now_slug = renamed.get((resource, slug), slug)
            now = current.get(resource, {}).get(now_slug)
            if now is None:
                problems.append(f"{resource}/{slug} was published in {release['version']} and is gone")
                continue
            for name, value in fields.items():
                if now.get(name) != value and logged.get((resource, now_slug, name)) != (
                    value,
                    now.get(name),
                ):
                    problems.append(
                        f"{resource}/{now_slug}: {name} was {value!r} in release {release['version']}, "
                        f"is {now.get(name)!r}, and no correction in seed/corrections.yaml says so"
                    )
    for (resource, slug, name), (_, new) in logged.items():
        now = current.get(resource, {}).get(slug)
        if name != "slug" and now is not None and name in now and now[name] != new:
            problems.append(
                f"{resource}/{slug}: the corrections log says {name} became {new!r}; it is {now[name]!r}"
            )
    return problems


def main() -> None:
    seed_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "seed"
    seed = read_seed(seed_dir)
    previous = latest_release(seed_dir)
    body = {"released": (previous["released"] + 1) if previous else 1, **snapshot(seed)}
    path = seed_dir / RELEASES_DIR / f"{seed.version}.json"
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(path)


if __name__ == "__main__":
    main()

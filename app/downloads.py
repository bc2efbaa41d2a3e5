"""Dataset downloads: the statistics as CSV, as schema.org JSON-LD and as a zip with a README.

Every row and observation is built from the public models the JSON API serves
(`StatisticPublic.from_row`, once in Chinese and once in English), so the downloads cannot drift
from `/v1/statistics`. The CSV and the zip contain no URLs and no timestamps: their bytes depend
on the dataset version alone, which keeps the HTTP cache's ETags honest.
"""

import csv
import io
import json
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement
from sqlmodel import Session, select

from app import models
from app.citations import citer
from app.licence import DATA_LICENCE, LICENCE_NOTE
from app.schemas import Localized, Number, StatisticPublic
from app.vocabulary import HEDGES_EN

PUBLISHER_NOTE = LICENCE_NOTE
CREATOR = "changdu-facts developers"
# The place every statistic is reported for: the review is about Qamdo (昌都市).
SUBJECT_PLACE = "qamdo"
# UN/CEFACT Common Codes (Recommendation 20) for the units that map exactly; other units (人, 户,
# 元, 个工作日 ...) have no honest code and carry only `unitText`.
UNIT_CODES = {"%": "P1", "小时": "HUR", "年": "ANN", "岁": "ANN"}
ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)  # the zip format's epoch: fixed, so the bytes are too

CSV_COLUMNS: tuple[tuple[str, str], ...] = (
    ("slug", "The statistic's stable identifier; `/v1/statistics/{slug}` serves it as JSON."),
    ("kind", "`count`, `money`, `rate`, `duration`, `age` or `rank`."),
    ("section", "The slug of the article section it comes from (see the sections below)."),
    (
        "value",
        "The figure as a plain number (60.6万人次 gives 606000; 24.95% gives 24.95); a range's low end.",
    ),
    ("value_max", "A range's high end (五到六年 gives 6); empty otherwise."),
    ("unit", "The unit as the article writes it: 人次, 户, 元, %, 个工作日 ..."),
    ("unit_en", "The unit in English: enrolments, households, yuan, % ..."),
    (
        "qualifier",
        "How the article hedges the figure: `more_than` (余/多), `at_least` (以上), `at_most` (不超过), "
        "`approximately` (约/近/左右) or `range` (到/至); empty when the figure is stated exactly.",
    ),
    ("value_text", "The article's exact words for the figure, hedge included (14.98万余户)."),
    ("as_of", "When the figure holds: YYYY, YYYY-MM or YYYY-MM-DD; empty when the article does not say."),
    ("period_start", "First year of the period the figure covers, where the article gives one; else empty."),
    ("period_end", "Last year of that period; else empty."),
    (
        "derived",
        "Fields the article does not state outright, each as `field: reason` (English), separated by "
        "` | `; empty when every field is stated (今年, this year, is read as 2020, for instance).",
    ),
    ("label_zh", "What was counted, where and when, in Chinese."),
    ("label_en", "The same in English (our translation)."),
    (
        "paragraph",
        "The paragraph the figure comes from: the index of the article's non-empty line, from 0 "
        "(`/v1/article/paragraphs` numbers them the same way).",
    ),
    ("start", "Code-point offset of the quote's first character in that paragraph."),
    ("end", "Code-point offset just past the quote's last character."),
    ("quote", "The article's sentence at those offsets, verbatim (Chinese)."),
    ("citation_short_zh", "A short citation in Chinese, for a caption or footnote."),
    ("citation_short_en", "A short citation in English."),
    ("citation_long_zh", "A full citation in Chinese: article, author, section, paragraph and quote."),
    ("citation_long_en", "A full citation in English."),
    (
        "notes_zh",
        "Editor's notes in Chinese, separated by ` | `, each `kind: text` (kind `possible_misprint`, "
        "`outside_source` or `context`), an outside source after it in brackets; empty when none.",
    ),
    ("notes_en", "The same notes in English."),
    (
        "corrections",
        "Entries of the corrections log (`/v1/corrections/{slug}`) that changed this figure, each "
        "`slug (date)`, separated by ` | `; empty when it was never corrected.",
    ),
)
CSV_FIELDS = tuple(name for name, _ in CSV_COLUMNS)


@dataclass(frozen=True)
class StatisticBoth:
    """One statistic as the API serves it in each language."""

    zh: StatisticPublic
    en: StatisticPublic


@dataclass(frozen=True)
class SectionSpan:
    slug: str
    title: Localized
    first_paragraph: int
    last_paragraph: int


@dataclass(frozen=True)
class Dataset:
    """Everything the downloads are built from, read in one session."""

    version: str
    title: Localized
    subtitle: Localized
    author: Localized
    sections: tuple[SectionSpan, ...]
    place_name: Localized | None
    statistics: tuple[StatisticBoth, ...]
    publication: dict[str, Any]

    @property
    def full_title(self) -> Localized:
        return Localized(
            zh=f"《{self.title.zh}——{self.subtitle.zh}》", en=f"“{self.title.en}: {self.subtitle.en}”"
        )


def load_dataset(session: Session, where: Sequence[ColumnElement[bool]] = ()) -> Dataset:
    """The article and every statistic in the article's order, or those `where` keeps (a filtered
    download builds only its own: each filter is a cache miss of its own, and building all 100,000
    statistics of a large dataset took 35 s). LookupError if nothing is loaded."""
    article = session.get(models.Article, 1)
    if article is None:
        raise LookupError("the dataset is not loaded")
    cite = citer(session)
    table = models.Statistic
    rows = session.exec(select(table).where(*where).order_by(table.position, table.slug)).all()
    sections = session.exec(select(models.Section).order_by(models.Section.position)).all()
    place = session.get(models.Place, SUBJECT_PLACE)
    return Dataset(
        version=article.dataset_version,
        title=Localized(zh=article.title_zh, en=article.title_en),
        subtitle=Localized(zh=article.subtitle_zh, en=article.subtitle_en),
        author=Localized(zh=article.author_zh, en=article.author_en),
        sections=tuple(
            SectionSpan(s.slug, Localized(zh=s.title_zh, en=s.title_en), s.first_paragraph, s.last_paragraph)
            for s in sections
        ),
        place_name=Localized(zh=place.name_zh, en=place.name_en) if place else None,
        publication=article.publication or {},
        statistics=tuple(
            StatisticBoth(
                zh=StatisticPublic.from_row(row, "zh", cite), en=StatisticPublic.from_row(row, "en", cite)
            )
            for row in rows
        ),
    )


def decimal_text(value: Number | None) -> str:
    """606000 as `606000`, 24.95 as `24.95`: never `606000.0`, never an exponent."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    return format(Decimal(repr(value)).normalize(), "f") if not value.is_integer() else str(int(value))


def derived_text(statistic: StatisticPublic) -> str:
    return " | ".join(f"{d.field}: {d.reason}" for d in statistic.derived)


def notes_text(statistic: StatisticPublic) -> str:
    def one(note: Any) -> str:
        source = note.source
        cited = (
            ", ".join(part for part in (source.title, source.publisher, source.date, source.url) if part)
            if source
            else ""
        )
        return f"{note.kind}: {note.text}" + (f" [{cited}]" if cited else "")

    return " | ".join(one(note) for note in statistic.notes)


def csv_row(both: StatisticBoth) -> dict[str, str]:
    zh, en = both.zh, both.en
    return {
        "slug": zh.slug,
        "kind": zh.kind,
        "section": zh.section,
        "value": decimal_text(zh.value),
        "value_max": decimal_text(zh.value_max),
        "unit": zh.unit,
        "unit_en": en.unit_label,
        "qualifier": zh.qualifier or "",
        "value_text": zh.value_text,
        "as_of": zh.as_of or "",
        "period_start": zh.period.start if zh.period else "",
        "period_end": zh.period.end if zh.period else "",
        "derived": derived_text(en),
        "label_zh": zh.label,
        "label_en": en.label,
        "paragraph": str(zh.source.paragraph),
        "start": str(zh.source.start),
        "end": str(zh.source.end),
        "quote": zh.source.quote,
        "citation_short_zh": zh.citation.short.zh,
        "citation_short_en": zh.citation.short.en,
        "citation_long_zh": zh.citation.long.zh,
        "citation_long_en": zh.citation.long.en,
        "notes_zh": notes_text(zh),
        "notes_en": notes_text(en),
        "corrections": " | ".join(f"{c.slug} ({c.date})" for c in zh.corrections),
    }


def statistics_csv(dataset: Dataset, slugs: set[str] | None = None) -> bytes:
    """UTF-8 with a byte-order mark (so Excel reads the Chinese), CRLF line ends, a header row;
    every statistic, or those of `slugs` (in the article's order)."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS)
    writer.writeheader()
    for both in dataset.statistics:
        if slugs is None or both.zh.slug in slugs:
            writer.writerow(csv_row(both))
    return buffer.getvalue().encode("utf-8-sig")


def statistics_json(dataset: Dataset) -> bytes:
    """Each statistic as `{"slug", "zh", "en"}`: the API's own objects, one per language."""
    document = {
        "dataset_version": dataset.version,
        "article": {
            "title": dataset.title.model_dump(),
            "subtitle": dataset.subtitle.model_dump(),
            "author": dataset.author.model_dump(),
        },
        "licence": PUBLISHER_NOTE,
        "statistics": [
            {
                "slug": both.zh.slug,
                "zh": both.zh.model_dump(mode="json"),
                "en": both.en.model_dump(mode="json"),
            }
            for both in dataset.statistics
        ],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def publication_text(dataset: Dataset) -> str:
    """Where the feature was published, or plainly that it is not confirmed."""
    publication = dataset.publication
    if publication.get("confirmed"):
        publisher = publication["publisher"]
        return (
            f"Published by {publisher['en']} ({publisher['zh']}) on {publication['date_published']}: "
            f"{publication.get('url') or 'no URL confirmed'}."
        )
    note = publication.get("note", {})
    return f"Publication: {note.get('en', 'not confirmed')}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def readme(dataset: Dataset) -> bytes:
    """The zip's README.md: what the files are, where they come from, how they may be used."""
    columns = "\n".join(f"| `{name}` | {_cell(meaning)} |" for name, meaning in CSV_COLUMNS)
    sections = "\n".join(
        f"| `{s.slug}` | {s.title.zh} | {s.title.en} | {s.first_paragraph}-{s.last_paragraph} |"
        for s in dataset.sections
    )
    title = dataset.full_title
    text = f"""# changdu-facts: statistics

Dataset version: `{dataset.version}` ({len(dataset.statistics)} statistics). The version changes
exactly when the data does; the same version always gives the same files.

## Source

{dataset.author.zh}：{title.zh}

{dataset.author.en}, {title.en} ({title.zh}). The English title, labels and units are our
translation; Chinese is the source of truth. Every figure carries the sentence it comes from
(`paragraph`, `start`, `end`, `quote`) and a ready-made citation.

{publication_text(dataset)}

## Licence

{PUBLISHER_NOTE}

Data licence: {DATA_LICENCE["name"]} ({DATA_LICENCE["identifier"]}), {DATA_LICENCE["url"]}.
Code licence: MIT.

## Corrections

Every change to a published figure is logged, with the old and new value of each field and why,
at `/v1/corrections` (Atom: `/v1/corrections.atom`); the `corrections` column names the entries.

## Files

- `statistics.csv`: one row per statistic, in the article's order. UTF-8 with a byte-order mark
  (Excel opens the Chinese correctly), comma-separated, CRLF line ends, a header row.
- `statistics.json`: the same statistics as the JSON API serves them, in both languages:
  `{{"dataset_version", "article", "licence", "statistics": [{{"slug", "zh": {{...}}, "en": {{...}}}}]}}`,
  where `zh` and `en` are exactly what `/v1/statistics/{{slug}}?lang=zh` and `?lang=en` answer.
- `README.md`: this file.

## Columns of statistics.csv

| column | meaning |
|---|---|
{columns}

## Sections

| section | zh | en | paragraphs |
|---|---|---|---|
{sections}
"""
    return text.encode("utf-8")


def export_zip(dataset: Dataset) -> bytes:
    """statistics.csv, statistics.json and README.md, with fixed timestamps and permissions."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in (
            ("statistics.csv", statistics_csv(dataset)),
            ("statistics.json", statistics_json(dataset)),
            ("README.md", readme(dataset)),
        ):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever the platform
            info.external_attr = 0o644 << 16
            archive.writestr(info, content, compresslevel=9)
    return buffer.getvalue()


def safe_version(version: str) -> str:
    """The version as it may appear in a file name."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", version)


def _languages(text: Localized) -> list[dict[str, str]]:
    return [{"@value": text.zh, "@language": "zh"}, {"@value": text.en, "@language": "en"}]


def variable(both: StatisticBoth, dataset_id: str) -> dict[str, Any]:
    """What a statistic measures, named by its label; the Dataset lists these, each Observation
    points to its own."""
    return {
        "@type": "StatisticalVariable",
        "@id": f"{dataset_id}#{both.zh.slug}",
        "identifier": both.zh.slug,
        "name": _languages(Localized(zh=both.zh.label, en=both.en.label)),
    }


def _observation(
    both: StatisticBoth, api: str, dataset_id: str, place: dict[str, Any] | None
) -> dict[str, Any]:
    zh, en = both.zh, both.en
    value, value_max = decimal_text(zh.value), decimal_text(zh.value_max)
    if zh.qualifier == "range":
        hedge = f"{value} to {value_max}"
    else:
        hedge = f"{HEDGES_EN.get(zh.qualifier or '', 'exactly')} {value}"
    description_en = f"The article writes “{zh.value_text}”, read as {hedge} ({en.unit_label})."
    if en.derived:
        description_en += " Not stated outright: " + derived_text(en)
    observation: dict[str, Any] = {
        "@type": "Observation",
        "@id": f"{api}/statistics/{zh.slug}",
        "identifier": zh.slug,
        "name": _languages(Localized(zh=zh.label, en=en.label)),
        "variableMeasured": variable(both, dataset_id),
        "value": zh.value,
        "unitText": zh.unit,
    }
    if zh.unit in UNIT_CODES:
        observation["unitCode"] = UNIT_CODES[zh.unit]
    if zh.qualifier in ("more_than", "at_least", "range"):
        observation["minValue"] = zh.value
    if zh.qualifier == "at_most":
        observation["maxValue"] = zh.value
    if zh.qualifier == "range" and zh.value_max is not None:
        observation["maxValue"] = zh.value_max
    if zh.as_of:
        observation["observationDate"] = zh.as_of
    if zh.period:
        observation["observationPeriod"] = f"{zh.period.start}/{zh.period.end}"
    if place:
        observation["observationAbout"] = place
    observation["description"] = _languages(Localized(zh=f"原文：“{zh.value_text}”。", en=description_en))
    observation["citation"] = _languages(zh.citation.long)
    if zh.notes:
        observation["comment"] = [
            {
                "@type": "Comment",
                "additionalType": note_zh.kind,
                "text": _languages(Localized(zh=note_zh.text, en=note_en.text)),
                **(
                    {
                        "citation": {
                            "@type": "CreativeWork",
                            "name": note_zh.source.title,
                            **({"publisher": note_zh.source.publisher} if note_zh.source.publisher else {}),
                            **({"datePublished": note_zh.source.date} if note_zh.source.date else {}),
                            **({"url": note_zh.source.url} if note_zh.source.url else {}),
                        }
                    }
                    if note_zh.source
                    else {}
                ),
            }
            for note_zh, note_en in zip(zh.notes, en.notes, strict=True)
        ]
    if zh.corrections:
        observation["correction"] = [
            {
                "@type": "CorrectionComment",
                "@id": f"{api}/corrections/{c.slug}",
                "url": f"{api}/corrections/{c.slug}",
                "datePublished": c.date,
            }
            for c in zh.corrections
        ]
    observation["isBasedOn"] = {
        "@type": "Quotation",
        "text": {"@value": zh.source.quote, "@language": "zh"},
        "isPartOf": {"@id": f"{api}/article"},
        "position": zh.source.paragraph,
        "description": (
            f"Paragraph {zh.source.paragraph}, code points {zh.source.start} to {zh.source.end} "
            "(paragraphs counted from 0, as /v1/article/paragraphs numbers them)."
        ),
    }
    return observation


def dataset_jsonld(
    dataset: Dataset, *, api: str, dataset_id: str, csv_url: str, zip_url: str
) -> dict[str, Any]:
    """A schema.org Dataset and one Observation per statistic, as a JSON-LD `@graph`.

    `api` is the absolute URL of /v1 (identifiers of the article, places and statistics);
    `dataset_id` the URL of this document. Each Observation's `variableMeasured` is one of the
    Dataset's, with the same `@id`.
    """
    place = (
        {"@type": "Place", "@id": f"{api}/places/{SUBJECT_PLACE}", "name": _languages(dataset.place_name)}
        if dataset.place_name
        else None
    )
    title = dataset.full_title
    article = {
        "@type": "NewsArticle",
        "@id": f"{api}/article",
        "headline": dataset.title.zh,
        "alternativeHeadline": dataset.subtitle.zh,
        "name": _languages(Localized(zh=title.zh, en=title.en)),
        "inLanguage": "zh",
        "author": {"@type": "Person", "name": _languages(dataset.author)},
        "copyrightNotice": "The article's text belongs to its publisher; it is quoted here for citation.",
    }
    publication = dataset.publication
    if publication.get("confirmed"):
        article["datePublished"] = publication["date_published"]
        article["publisher"] = {
            "@type": "Organization",
            "name": _languages(Localized(**publication["publisher"])),
        }
        if publication.get("url"):
            article["url"] = publication["url"]
    elif publication.get("note"):
        # Not guessed: publisher, date and URL are left out, and the reader is told why.
        article["comment"] = {"@type": "Comment", "text": _languages(Localized(**publication["note"]))}
    if place:
        article["about"] = place
    n = len(dataset.statistics)
    ds: dict[str, Any] = {
        "@type": "Dataset",
        "@id": dataset_id,
        "url": dataset_id,
        "name": _languages(
            Localized(
                zh=f"{title.zh}中的统计数据（changdu-facts）",
                en=f"Statistics from {dataset.author.en}'s {title.en} (changdu-facts)",
            )
        ),
        "description": _languages(
            Localized(
                zh=(
                    f"{dataset.author.zh}{title.zh}所给出的全部{n}项统计数据：社会保险、基层治理、脱贫攻坚和收入。"
                    "每项数值都附有其出处的原句（段落、码位偏移和原文引文）及引用格式，中英文对照。"
                ),
                en=(
                    f"All {n} statistics given in {dataset.author.en}'s feature {title.en}, on social "
                    "insurance, grassroots governance, poverty alleviation and incomes in Qamdo (昌都), "
                    "each as a plain number with its unit, hedge and date, the sentence it comes from "
                    "(paragraph, code-point offsets and verbatim quote) and a citation, in Chinese and "
                    "English."
                ),
            )
        ),
        "inLanguage": ["zh", "en"],
        "version": dataset.version,
        "creator": {"@type": "Organization", "name": CREATOR},
        "isBasedOn": article,
        "license": DATA_LICENCE["url"],
        "usageInfo": {"@type": "CreativeWork", "name": "Licence note", "text": PUBLISHER_NOTE},
        "keywords": ["昌都", "Qamdo", "Tibet", "social insurance", "poverty alleviation", "rural incomes"],
        "distribution": [
            {
                "@type": "DataDownload",
                "name": "statistics.csv",
                "description": "One row per statistic; UTF-8 with a byte-order mark, CRLF line ends.",
                "encodingFormat": "text/csv",
                "contentUrl": csv_url,
            },
            {
                "@type": "DataDownload",
                "name": "export.zip",
                "description": "statistics.csv, statistics.json (both languages) and a README.md.",
                "encodingFormat": "application/zip",
                "contentUrl": zip_url,
            },
        ],
        "variableMeasured": [variable(both, dataset_id) for both in dataset.statistics],
    }
    if place:
        ds["spatialCoverage"] = place
    observations = [_observation(both, api, dataset_id, place) for both in dataset.statistics]
    return {"@context": "https://schema.org", "@graph": [ds, *observations]}

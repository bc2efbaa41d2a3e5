"""GET /v1/statistics.csv, /v1/dataset.jsonld and /v1/export.zip: the statistics as files.

The answers are the same in every language (they carry both), so they say `Content-Language:
zh, en` and ignore `lang`. The HTTP cache gives them ETags and 304s like every other answer.
"""

from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine
from sqlmodel import Session

from app.api.deps import EngineDep, public_base
from app.api.problems import PROBLEM_RESPONSES, NotFound, ServiceUnavailable
from app.api.queries import Filter, matching_keys, where
from app.api.routes.statistics import TABLE, StatisticFilters
from app.downloads import (
    Dataset,
    dataset_jsonld,
    export_zip,
    load_dataset,
    safe_version,
    statistics_csv,
)

router = APIRouter(tags=["downloads"], responses=PROBLEM_RESPONSES)

BOTH_LANGUAGES = {"Content-Language": "zh, en"}
NOT_LOADED = "The dataset has not been loaded yet; run `python -m app migrate`."


class CSVResponse(Response):
    media_type = "text/csv"  # Starlette adds "; charset=utf-8"


class JSONLDResponse(JSONResponse):
    media_type = "application/ld+json"


class ZipResponse(Response):
    media_type = "application/zip"


def _dataset(engine: Engine, filters: Sequence[Filter] = ()) -> Dataset:
    """The dataset with every statistic, or only those the list's filters keep."""
    with Session(engine) as session:
        try:
            return load_dataset(session, where(TABLE, filters))
        except LookupError:
            raise ServiceUnavailable(NOT_LOADED) from None


def _attachment(filename: str) -> dict[str, str]:
    return {**BOTH_LANGUAGES, "Content-Disposition": f'attachment; filename="{filename}"'}


DISPOSITION_HEADER = {
    "Content-Disposition": {
        "description": "`attachment`, with a file name that carries the dataset version.",
        "schema": {"type": "string"},
    }
}


@router.get(
    "/statistics.csv",
    name="download_statistics_csv",
    response_class=CSVResponse,
    responses={
        200: {
            "description": "Every statistic as a CSV row.",
            "headers": DISPOSITION_HEADER,
            "content": {"text/csv": {"schema": {"type": "string"}}},
        }
    },
)
def download_statistics_csv(
    engine: EngineDep,
    filters: StatisticFilters,
    slugs: Annotated[
        str | None,
        Query(
            max_length=2000,
            pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:,[a-z0-9]+(?:-[a-z0-9]+)*)*$",
            description="Only these statistics, comma-separated, in the article's order (a chart's "
            "“Get the data” link names its figures). An unknown slug answers 404. Deprecated: "
            "`slug`, as the list takes it, leaves unknown slugs out instead.",
            examples=["job-transfer-skills-training-types,practical-technology-training-types"],
            deprecated=True,
        ),
    ] = None,
) -> Response:
    """Every statistic as CSV, one row per figure in the article's order; or those the list's
    filters keep (`section`, `kind`, `unit`, `qualifier`, `paragraph`, `as_of_year`, `slug`).

    UTF-8 with a byte-order mark (Excel opens the Chinese correctly), CRLF line ends and a header
    row. Values are plain numbers (606000, 24.95); each row has both labels, the unit in both
    languages, the hedge, the dates, which fields are derived and why, the verbatim quote with its
    paragraph and offsets, and short and long citations in Chinese and English. The rows are the
    objects `/v1/statistics` serves, so the two never disagree. The file name carries the dataset
    version; `/v1/export.zip` explains every column.
    """
    if slugs:
        named = set(slugs.split(","))
        with engine.connect() as connection:
            unknown = named - matching_keys(connection, TABLE, "slug", [("slug", "in", tuple(named))])
        if unknown:
            raise NotFound("statistic", sorted(unknown)[0])
        filters = [*filters, ("slug", "in", tuple(sorted(named)))]
    dataset = _dataset(engine, filters)
    return CSVResponse(
        statistics_csv(dataset),
        headers=_attachment(f"changdu-facts-statistics-{safe_version(dataset.version)}.csv"),
    )


@router.get(
    "/dataset.jsonld",
    name="download_dataset_jsonld",
    response_class=JSONLDResponse,
    responses={
        200: {
            "description": "A schema.org Dataset and its Observations, as JSON-LD.",
            "content": {
                "application/ld+json": {
                    "schema": {
                        "type": "object",
                        "required": ["@context", "@graph"],
                        "properties": {
                            "@context": {"type": "string", "enum": ["https://schema.org"]},
                            "@graph": {"type": "array", "items": {"type": "object"}},
                        },
                    },
                }
            },
        }
    },
)
def download_dataset_jsonld(request: Request, engine: EngineDep, filters: StatisticFilters) -> Response:
    """The dataset described in schema.org JSON-LD, with every statistic as an Observation.

    The list's filters (`section`, `kind`, `unit`, `qualifier`, `paragraph`, `as_of_year`, `slug`)
    keep only the statistics they match, as Observations and as the Dataset's `variableMeasured`.

    A `@graph` of one `Dataset` (names and description in Chinese and English, the version, the
    article as a `NewsArticle` it is based on, the licence note, `distribution` links to the CSV
    and the zip, and `variableMeasured`) and one `Observation` per statistic: `value`, `unitText`
    (the article's unit; `unitCode` only where a UN/CEFACT code fits exactly: %, hours, years),
    `minValue`/`maxValue` for hedged figures, `observationDate` (as of), `observationAbout`
    Qamdo, a `description` of the hedge, `citation` and the quoted sentence as `isBasedOn`.
    URLs are absolute, on the server's public origin.
    """
    dataset = _dataset(engine, filters)
    api = public_base(request) + "v1"
    document = dataset_jsonld(
        dataset,
        api=api,
        dataset_id=f"{api}/dataset.jsonld",
        csv_url=f"{api}/statistics.csv",
        zip_url=f"{api}/export.zip",
    )
    return JSONLDResponse(document, headers=BOTH_LANGUAGES)


@router.get(
    "/export.zip",
    name="download_export_zip",
    response_class=ZipResponse,
    responses={
        200: {
            "description": "statistics.csv, statistics.json and README.md.",
            "headers": DISPOSITION_HEADER,
            "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
def download_export_zip(engine: EngineDep) -> Response:
    """A zip of the statistics: CSV, JSON in both languages, and a README.

    `statistics.csv` is byte for byte what `/v1/statistics.csv` serves; `statistics.json` is
    `{dataset_version, article, licence, statistics: [{slug, zh, en}]}`, where `zh` and `en` are
    the objects `/v1/statistics/{slug}` serves in each language; `README.md` gives the article's
    citation, the licence note, the dataset version and the meaning of every CSV column. The
    bytes depend on the dataset version alone (fixed timestamps).
    """
    dataset = _dataset(engine)
    return ZipResponse(
        export_zip(dataset),
        headers=_attachment(f"changdu-facts-export-{safe_version(dataset.version)}.zip"),
    )

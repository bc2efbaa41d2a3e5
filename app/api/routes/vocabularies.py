"""GET /v1/units and /v1/sections: the values `unit` and `section` take, read from the data.

`unit` and `section` are open strings in the OpenAPI document (a new unit in the data needs no new
client); these lists say which values there are, what each means in the asked language, and how
many statistics each filter would keep.
"""

from collections import Counter

from fastapi import APIRouter
from sqlmodel import Session, func, select

from app import models
from app.api.deps import EngineDep, LangDep
from app.api.problems import PROBLEM_RESPONSES
from app.schemas import SectionCount, SectionPublic, UnitPublic, VocabularyList

router = APIRouter(tags=["vocabularies"], responses=PROBLEM_RESPONSES)


@router.get("/units", response_model=VocabularyList[UnitPublic])
def read_units(engine: EngineDep, lang: LangDep) -> VocabularyList[UnitPublic]:
    """Every unit the statistics use, with its names in the asked language and how many use it.

    Most used first (ties by the unit). `unit` is what `/v1/statistics?unit=` takes; a value
    not listed here keeps nothing there (an empty list), as on the downloads.
    """
    statistic = models.Statistic
    with Session(engine) as session:  # one row per unit and English name: flat in the number of facts
        names = (statistic.unit, statistic.unit_en)
        rows = session.exec(select(*names, func.count()).group_by(*names)).all()
    counts: Counter[str] = Counter()
    labels: Counter[tuple[str, str]] = Counter()
    for unit, unit_en, count in rows:
        counts[unit] += count
        labels[(unit, unit if lang == "zh" else unit_en)] += count
    items = [
        UnitPublic(
            unit=unit,
            labels=[
                label for (u, label), _ in sorted(labels.items(), key=lambda x: (-x[1], x[0][1])) if u == unit
            ],
            statistics=count,
        )
        for unit, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]
    return VocabularyList[UnitPublic](items=items, total=len(items))


@router.get("/sections", response_model=VocabularyList[SectionCount])
def read_sections(engine: EngineDep, lang: LangDep) -> VocabularyList[SectionCount]:
    """The article's sections in order, with their titles and how many statistics each gives.

    `slug` is what `section=` takes on the lists and downloads; `/v1/article` gives the same
    sections inside the article.
    """
    statistic = models.Statistic
    with Session(engine) as session:
        sections = session.exec(select(models.Section).order_by(models.Section.position)).all()
        counts = dict(session.exec(select(statistic.section, func.count()).group_by(statistic.section)).all())
    items = [
        SectionCount(**SectionPublic.from_row(row, lang).model_dump(), statistics=counts.get(row.slug, 0))
        for row in sections
    ]
    return VocabularyList[SectionCount](items=items, total=len(items))

"""Charts: which of the article's figures may honestly share one axis, and the rule that says so.

Bars on one axis invite the reader to compare their lengths, so a chart may only hold figures that
measure the same kind of thing in the same unit over the same time:

1. same `unit` as the article writes it (户 and 人 never share an axis; nor do 人次, 人 and 张);
2. same `kind` (a rate is not a count);
3. same `as_of` and same `period` (a stock in 2015 is not a flow over 2016–2019), and the same
   words for that time (截至2019年, cumulative, is not 2019年, within the year);
4. figures the article does not date at all only when they come from the same sentence, where the
   article itself puts them side by side.

So the poverty-alleviation counts the article is proudest of do not make a chart: 3.46万户 were
registered as poor in 2015 while 3.84万户 left poverty over 2016–2019 (same unit, different
times), and 3.84万户 and 19.46万人 of 2016–2019 are different units. Each definition is checked
against the seed when the application starts (`check_seed_charts`), again against the database on
every request, and in the tests.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from app.schemas import Localized, StatisticPublic

CHART_NAME_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class IncomparableFigures(ValueError):
    """A chart definition puts figures on one axis that cannot be compared."""


@dataclass(frozen=True)
class ChartDefinition:
    name: str
    title: Localized
    caption: Localized  # says why these figures are comparable
    slugs: tuple[str, ...]


@dataclass(frozen=True)
class Figure:
    """What the comparability rule looks at, from a seed record or a public statistic alike."""

    slug: str
    kind: str
    unit: str
    as_of: str | None
    as_of_text: str | None
    period: tuple[str, str] | None
    period_text: str | None
    sentence: tuple[int, int, int]  # paragraph, start, end of the source quote

    @classmethod
    def from_public(cls, statistic: StatisticPublic) -> "Figure":
        period = statistic.period
        source = statistic.source
        return cls(
            slug=statistic.slug,
            kind=statistic.kind,
            unit=statistic.unit,
            as_of=statistic.as_of,
            as_of_text=statistic.as_of_text,
            period=(period.start, period.end) if period else None,
            period_text=statistic.period_text,
            sentence=(source.paragraph, source.start, source.end),
        )

    @classmethod
    def from_seed(cls, record: Mapping[str, Any]) -> "Figure":
        period = record.get("period")
        source = record["source"]
        return cls(
            slug=record["slug"],
            kind=record["kind"],
            unit=record["unit"],
            as_of=record.get("as_of"),
            as_of_text=record.get("as_of_text"),
            period=(str(period["start"]), str(period["end"])) if period else None,
            period_text=record.get("period_text"),
            sentence=(source["paragraph"], source["start"], source["end"]),
        )


CHARTS: dict[str, ChartDefinition] = {
    chart.name: chart
    for chart in (
        ChartDefinition(
            name="rural-income-growth-2019",
            title=Localized(
                zh="2019年昌都市农村居民人均可支配收入增速与自治区目标",
                en="Growth of Qamdo's rural per-capita disposable income in 2019, "
                "against the region's target",
            ),
            caption=Localized(
                zh="两个数字同为百分比、同指2019年、同一种量（农村居民人均可支配收入的增速），出自同一句话："
                "实际增速13.5%，自治区要求的目标为13%以上。横轴从0开始。",
                en="Both figures are percentages for the same year, 2019, and measure the same thing (the "
                "growth of rural residents' per-capita disposable income), in one sentence of the article: "
                "the growth achieved, 13.5%, and the target the Tibet Autonomous Region set, at least 13%. "
                "The axis starts at 0.",
            ),
            slugs=("rural-income-growth-2019", "rural-income-growth-target-2019"),
        ),
        ChartDefinition(
            name="training-types",
            title=Localized(
                zh="昌都市近年来开展的就业培训种类",
                en="Kinds of training Qamdo has run in recent years to move people out of poverty into work",
            ),
            caption=Localized(
                zh="两个数字同以“种”为单位、同指“近年来”，出自同一句话：转移就业技能培训20余种，"
                "实用技术培训17种。原文未给出年份，因此只与同一句中的数字并列。横轴从0开始。",
                en="Both figures count kinds of training (种) over the same “recent years”, in one sentence "
                "of the article: more than 20 kinds of vocational training for off-farm jobs and 17 kinds "
                "of practical-skills training. The article gives no year, so they are set side by side only "
                "because that sentence does. The axis starts at 0.",
            ),
            slugs=("job-transfer-skills-training-types", "practical-technology-training-types"),
        ),
    )
}


def comparability_faults(chart: ChartDefinition, figures: Mapping[str, Figure]) -> list[str]:
    """Every reason the chart's figures may not share an axis; empty when they may."""
    faults = [f"{chart.name}: no statistic {slug!r}" for slug in chart.slugs if slug not in figures]
    if len(chart.slugs) < 2:
        faults.append(f"{chart.name}: a chart compares at least two figures")
    if len(set(chart.slugs)) != len(chart.slugs):
        faults.append(f"{chart.name}: a figure appears twice")
    present = [figures[slug] for slug in chart.slugs if slug in figures]
    if not present:
        return faults
    for name, value in (
        ("unit", lambda f: f.unit),
        ("kind", lambda f: f.kind),
        ("as_of", lambda f: f.as_of),
        ("period", lambda f: f.period),
        ("time words (as_of_text, period_text)", lambda f: (f.as_of_text, f.period_text)),
    ):
        seen = {figure.slug: value(figure) for figure in present}
        if len({repr(v) for v in seen.values()}) > 1:
            faults.append(f"{chart.name}: different {name}: {seen}")
    undated = [figure for figure in present if figure.as_of is None and figure.period is None]
    if undated and len({figure.sentence for figure in undated}) > 1:
        slugs = [figure.slug for figure in undated]
        faults.append(f"{chart.name}: undated figures from different sentences: {slugs}")
    return faults


def check_charts(charts: Iterable[ChartDefinition], figures: Sequence[Figure]) -> None:
    """Raise IncomparableFigures naming every fault of every chart."""
    by_slug = {figure.slug: figure for figure in figures}
    faults = [fault for chart in charts for fault in comparability_faults(chart, by_slug)]
    if faults:
        raise IncomparableFigures("; ".join(faults))


@cache
def check_seed_charts(seed_dir: Path) -> None:
    """The start-up check: every chart holds for the seed's statistics (read once per seed folder)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    records = yaml.load((seed_dir / "statistics.yaml").read_text(encoding="utf-8"), Loader=loader)
    check_charts(CHARTS.values(), [Figure.from_seed(record) for record in records])

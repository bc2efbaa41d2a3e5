"""Charts put on one axis only figures that really are comparable: the rule, each chart, start-up."""

from pathlib import Path

import httpx
import pytest
import yaml

from app.core.config import Settings
from app.embed.charts import (
    CHARTS,
    ChartDefinition,
    Figure,
    IncomparableFigures,
    check_charts,
    check_seed_charts,
    comparability_faults,
)
from app.main import create_app
from app.schemas import Localized, StatisticPublic
from app.seed.text import SEED_DIR

SEED_RECORDS = yaml.safe_load((SEED_DIR / "statistics.yaml").read_text(encoding="utf-8"))
FIGURES = {record["slug"]: Figure.from_seed(record) for record in SEED_RECORDS}
TEXT = Localized(zh="测试", en="test")


def chart(*slugs: str) -> ChartDefinition:
    return ChartDefinition(name="test", title=TEXT, caption=TEXT, slugs=slugs)


@pytest.mark.parametrize("name", list(CHARTS))
def test_every_chart_holds_for_the_seed(name: str) -> None:
    assert comparability_faults(CHARTS[name], FIGURES) == []


@pytest.mark.anyio
async def test_every_chart_holds_for_what_the_api_serves(client: httpx.AsyncClient) -> None:
    items = (await client.get("/v1/statistics?limit=100")).json()["items"]
    served = [Figure.from_public(StatisticPublic.model_validate(item)) for item in items]
    check_charts(CHARTS.values(), served)  # raises on any fault


def test_every_chart_documents_why_its_figures_are_comparable() -> None:
    for definition in CHARTS.values():
        assert definition.caption.zh and definition.caption.en
        assert "0" in definition.caption.en  # says the axis starts at zero
        for slug in definition.slugs:
            value_text = next(r["value_text"] for r in SEED_RECORDS if r["slug"] == slug)
            assert value_text.removesuffix("以上").removesuffix("种") in definition.caption.zh, slug


@pytest.mark.parametrize(
    ("slugs", "fault"),
    [
        # 3.46万户 registered in 2015 against 3.84万户 out of poverty over 2016–2019: same unit, other time.
        (("poor-households-registered-2015", "households-out-of-poverty-2016-2019"), "different as_of"),
        (("poor-people-registered-2015", "people-out-of-poverty-2016-2019"), "different period"),
        # the same four years, but households and people.
        (("households-out-of-poverty-2016-2019", "people-out-of-poverty-2016-2019"), "different unit"),
        # end-2019 social insurance: 人次, 人 and 张 are three units.
        (
            (
                "social-insurance-enrolments-2019",
                "social-security-card-data-collected-2019",
                "social-security-cards-issued-2019",
            ),
            "different unit",
        ),
        # cumulative to 2019 (截至2019年) against within 2019 (2019年), both in 元.
        (("industry-investment-2019", "rural-disposable-income-2019"), "different time words"),
        # two percentages, four years apart.
        (("rural-income-growth-2019", "poverty-incidence-2015"), "different as_of"),
        # undated, from different paragraphs.
        (("disabled-employment-base-workers", "gonjo-handicrafts-park-jobs"), "undated figures"),
        (("sharp-eyes-investment", "benefit-linkage-dividends"), "undated figures"),
        (("rural-income-growth-2019", "no-such-figure"), "no statistic 'no-such-figure'"),
        (("rural-income-growth-2019",), "at least two"),
        (("rural-income-growth-2019", "rural-income-growth-2019"), "appears twice"),
    ],
)
def test_the_rule_refuses_incomparable_figures(slugs: tuple[str, ...], fault: str) -> None:
    faults = comparability_faults(chart(*slugs), FIGURES)
    assert any(fault in found for found in faults), faults
    with pytest.raises(IncomparableFigures):
        check_charts([chart(*slugs)], list(FIGURES.values()))


def test_the_rule_refuses_a_kind_mismatch_even_with_unit_and_time_equal() -> None:
    growth = FIGURES["rural-income-growth-2019"]
    as_count = Figure(**{**growth.__dict__, "slug": "pretend-count", "kind": "count"})
    faults = comparability_faults(
        chart(growth.slug, "pretend-count"), {f.slug: f for f in (growth, as_count)}
    )
    assert any("different kind" in fault for fault in faults)


def test_the_application_refuses_to_start_with_an_incomparable_chart(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    bad = ChartDefinition(
        name="poverty-households",
        title=TEXT,
        caption=TEXT,
        slugs=("poor-households-registered-2015", "households-out-of-poverty-2016-2019"),
    )
    monkeypatch.setitem(CHARTS, bad.name, bad)
    check_seed_charts.cache_clear()
    try:
        with pytest.raises(IncomparableFigures, match="poverty-households"):
            create_app(settings)
    finally:
        check_seed_charts.cache_clear()


def test_a_seed_that_breaks_a_chart_is_refused_at_start_up(seed_copy: Path, settings: Settings) -> None:
    """Facts are data: if the target's unit changed in the seed, the chart would mislead."""
    path = seed_copy / "statistics.yaml"
    records = yaml.safe_load(path.read_text(encoding="utf-8"))
    for record in records:
        if record["slug"] == "rural-income-growth-target-2019":
            record["as_of"] = "2018"
    path.write_text(yaml.safe_dump(records, allow_unicode=True), encoding="utf-8")
    with pytest.raises(IncomparableFigures, match="rural-income-growth-2019"):
        create_app(settings.model_copy(update={"seed_dir": seed_copy}))

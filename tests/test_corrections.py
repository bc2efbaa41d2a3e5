"""The outside fact-check's fixes (issue 11), one test per class of error, the editor's notes, the
public corrections log (JSON and Atom), 301s from renamed slugs and the no-silent-change rule."""

import csv
import html
import io
import json
import re
import shutil
import zipfile
from pathlib import Path

import feedparser
import httpx
import pytest
import yaml
from fastapi import FastAPI
from sqlmodel import Session

from app.citations import CitationContext
from app.embed.charts import CHARTS
from app.embed.links import Links
from app.embed.pages import EmbedContext, chart_page
from app.schemas import Localized, StatisticPublic
from app.seed.files import read_seed
from app.seed.releases import latest_release, unexplained_changes
from app.seed.text import SEED_DIR
from tools.seed_figures import find_figures

pytestmark = pytest.mark.anyio
SEED = read_seed(SEED_DIR)
RENAMED = [
    (change.resource, change.old, change.new)
    for correction in SEED.corrections
    for change in correction.changes
    if change.field == "slug"
]
PARAGRAPH_30 = [
    "households-out-of-poverty-2016-2019",
    "people-out-of-poverty-2016-2019",
    "poor-villages-exited-2016-2019",
    "counties-absolute-poverty-eliminated-2016-2019",
]


async def get(client: httpx.AsyncClient, url: str) -> dict:  # type: ignore[type-arg]
    response = await client.get(url)
    assert response.status_code == 200, (url, response.text[:300])
    return response.json()


# --- the errors, one class each ------------------------------------------------------------------


@pytest.mark.parametrize("slug", PARAGRAPH_30)
async def test_paragraph_30_counts_the_four_years_to_end_2019(client: httpx.AsyncClient, slug: str) -> None:
    zh = await get(client, f"/v1/statistics/{slug}?lang=zh")
    en = await get(client, f"/v1/statistics/{slug}?lang=en")
    assert zh["period"] == en["period"] == {"start": "2016", "end": "2019"}
    assert "2016—2019年" in zh["label"] and "2020" not in zh["label"]
    assert "end-2019" in en["label"] and "2020" not in en["label"]
    reason = en["derived"][0]["reason"]
    assert en["derived"][0]["field"] == "period" and "4 November 2020" in reason and "end-2019" in reason
    [note] = en["notes"]
    assert note["kind"] == "outside_source" and note["source"]["date"] == "2020-11-05"
    assert "9 December 2019" in note["text"]


async def test_all_counties_out_of_poverty_is_a_2019_milestone_with_its_source(
    client: httpx.AsyncClient,
) -> None:
    body = await get(client, "/v1/milestones/absolute-poverty-eliminated-all-counties?lang=en")
    assert (body["date"], body["precision"]) == ("2019", "year")
    assert body["derived"][0]["field"] == "date" and "9 December 2019" in body["derived"][0]["reason"]
    [note] = body["notes"]
    assert note["kind"] == "outside_source"
    assert note["source"]["url"] == "http://www.nbd.com.cn/articles/2019-12-23/1395460.html"
    zh = await get(client, "/v1/milestones/absolute-poverty-eliminated-all-counties?lang=zh")
    assert "八宿" in zh["notes"][0]["text"] and "2019年12月9日" in zh["derived"][0]["reason"]


async def test_81046_is_labelled_as_the_industry_projects_people_not_a_total(
    client: httpx.AsyncClient,
) -> None:
    zh = await get(client, "/v1/statistics/people-out-of-poverty-industry-projects-2019?lang=zh")
    en = await get(client, "/v1/statistics/people-out-of-poverty-industry-projects-2019?lang=en")
    assert zh["value"] == en["value"] == 81046
    assert "产业项目" in zh["label"] and "through the industry projects" in en["label"]
    assert en["notes"][0]["kind"] == "context" and "194,600" in en["notes"][0]["text"]
    # the city-wide total is a different, larger figure of the same unit
    total = await get(client, "/v1/statistics/people-out-of-poverty-2016-2019")
    assert total["value"] > zh["value"]


async def test_liberation_year_is_outside_knowledge_and_2020_derives_from_it(
    client: httpx.AsyncClient,
) -> None:
    liberation = await get(client, "/v1/milestones/qamdo-liberation?lang=en")
    assert (liberation["date"], liberation["precision"]) == ("1950-10", "month")
    reason = liberation["derived"][0]["reason"]
    assert "outside knowledge" in reason and "2020 − 70" not in reason and "1950 + 70 = 2020" in reason
    sources = [note["source"] for note in liberation["notes"] if note["kind"] == "outside_source"]
    assert sources and all(source["title"] and source["publisher"] for source in sources)
    # every year read from "this year" rests on 1950, never the other way round
    for milestone in SEED.milestones:
        for derivation in milestone.derived:
            if milestone.slug != "qamdo-liberation":
                assert "2020−70" not in derivation.reason.zh and "2020 − 70" not in derivation.reason.en


async def test_paragraph_11_gives_the_month_only_to_the_clause_it_opens(client: httpx.AsyncClient) -> None:
    items = (await get(client, "/v1/milestones?limit=100"))["items"]
    from_11 = {m["slug"]: m for m in items if m["source"]["paragraph"] == 11}
    assert {slug: (m["date"], m["precision"]) for slug, m in from_11.items()} == {
        "first-social-security-cards-issued": ("2018-08", "month"),
        "public-sector-pension-reform-completed": ("2018", "year"),
        "public-sector-pensions-paid-uniformly": ("2018", "year"),
    }
    for slug in ("public-sector-pension-reform-completed", "public-sector-pensions-paid-uniformly"):
        assert [d["field"] for d in from_11[slug]["derived"]] == ["precision"]
    august = (await get(client, "/v1/milestones?from=2018-08&to=2018-08&precision=month"))["items"]
    assert [m["slug"] for m in august] == ["first-social-security-cards-issued"]


def test_the_coverage_scan_counts_zai_as_a_measure_word_of_years() -> None:
    assert [text for _, _, text in find_figures("砥砺奋进七十载 乘风扬帆谱新篇")] == ["七十载"]
    assert [text for _, _, text in find_figures("一载一年")] == ["一载", "一年"]


async def test_likely_misprints_are_annotated_never_corrected(client: httpx.AsyncClient) -> None:
    place = await get(client, "/v1/places/dangen-township?lang=zh")
    assert place["name"] == "党恩乡" and place["source"]["quote"] == "党恩乡"  # as printed
    [note] = place["notes"]
    assert note["kind"] == "possible_misprint" and "觉恩乡" in note["text"]
    organisation = await get(client, "/v1/organisations/sangzhuchai-tibetan-medicine-incense?lang=en")
    assert (
        organisation["notes"][0]["kind"] == "possible_misprint"
        and "桑珠柴片区" in organisation["notes"][0]["text"]
    )
    meeting = await get(client, "/v1/milestones/jinka-villagers-meeting?lang=en")
    assert meeting["source"]["quote"] == "9月8日,昌都市丁青县党恩乡金卡村召开村民大会。"
    assert meeting["notes"][0]["kind"] == "possible_misprint"


async def test_english_says_no_more_and_no_less_than_the_chinese(client: httpx.AsyncClient) -> None:
    reimbursement = await get(client, "/v1/stories/zengwangmu-one-form-reimbursement?lang=en")
    assert "every claim" not in reimbursement["summary"]
    assert "the longest being no more than 30 working days" in reimbursement["summary"]
    thangka = await get(client, "/v1/stories/sherab-nyima-thangka-teaching?lang=en")
    assert "households" not in thangka["summary"]  # 多名脱贫户 counts people (名)
    assert "several people who have been lifted out of poverty" in thangka["summary"]


# --- the corrections log --------------------------------------------------------------------------


async def test_read_corrections_as_a_list_with_cursors(client: httpx.AsyncClient) -> None:
    items, url = [], "/v1/corrections?limit=2&lang=en"
    while url:
        body = await get(client, url)
        assert len(body["items"]) <= 2 and body["total"] == len(SEED.corrections)
        items += body["items"]
        url = body["next"]
    assert [item["slug"] for item in items] == [c.slug for c in SEED.corrections]
    for item in items:
        assert item["date"] == "2026-12-01" and item["title"] and item["reason"]
        for fact in item["facts"]:  # each corrected fact links back to its entry
            body = await get(client, fact["url"])
            assert {
                "slug": item["slug"],
                "date": item["date"],
                "url": f"/v1/corrections/{item['slug']}",
            } in body["corrections"]
    one = await get(client, "/v1/corrections/poverty-four-years-are-2016-2019?lang=zh")
    period = [
        c for c in one["changes"] if c["field"] == "period" and c["slug"] == "people-out-of-poverty-2016-2019"
    ]
    assert period == [
        {
            "resource": "statistics",
            "slug": "people-out-of-poverty-2016-2019",
            "field": "period",
            "old": "2016-2020",
            "new": "2016-2019",
        }
    ]
    missing = await client.get("/v1/corrections/no-such-correction")
    assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"


async def test_an_uncorrected_fact_has_no_corrections(client: httpx.AsyncClient) -> None:
    body = await get(client, "/v1/statistics/social-insurance-enrolments-2019")
    assert body["corrections"] == [] and body["notes"] == []


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_corrections_feed_is_valid_atom_listing_every_fix(client: httpx.AsyncClient, lang: str) -> None:
    response = await client.get(f"/v1/corrections.atom?lang={lang}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert len(feed.entries) == len(SEED.corrections)
    titles = {getattr(c.title, lang) for c in SEED.corrections}
    assert {entry.title for entry in feed.entries} == titles
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/v1/corrections/")
        assert entry.updated_parsed[:3] == (2026, 12, 1)
    content = "".join(entry.content[0].value for entry in feed.entries)
    for _, old, new in RENAMED:  # each entry names its facts' URLs and every change
        assert f"http://testserver/v1/statistics/{new}?lang={lang}" in content
        assert f"slug: '{old}' → '{new}'" in content


# --- renamed slugs keep working -------------------------------------------------------------------


@pytest.mark.parametrize(("resource", "old", "new"), RENAMED, ids=[old for _, old, _ in RENAMED])
async def test_a_renamed_slug_answers_301_for_the_api_and_every_embed(
    client: httpx.AsyncClient, resource: str, old: str, new: str
) -> None:
    for path, query in (
        (f"/v1/{resource}/{old}", "lang=en"),
        (f"/embed/{resource}/{old}", "lang=zh&theme=dark"),
        (f"/embed/{resource}/{old}.svg", "lang=en"),
        (f"/embed/{resource}/{old}.png", "lang=zh&scale=2"),
        (f"/v1/{resource}/{old}", ""),
    ):
        response = await client.get(f"{path}?{query}" if query else path)
        assert response.status_code == 301, (path, response.status_code)
        location = response.headers["location"]
        assert location == f"http://testserver{path.replace(old, new)}" + (f"?{query}" if query else "")
        assert (await client.get(location)).status_code == 200
    assert (await client.get(f"/v1/{resource}/{old}-no-such")).status_code == 404


# --- no silent change -----------------------------------------------------------------------------


def test_every_published_value_is_still_served_or_corrected_in_the_log() -> None:
    release = latest_release(SEED_DIR)
    assert release is not None and release["version"] != SEED.version
    assert unexplained_changes(release, SEED) == []


def _edit(seed_dir: Path, name: str, old: str, new: str) -> None:
    path = seed_dir / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_value_edited_without_a_correction_is_caught(seed_copy: Path) -> None:
    _edit(seed_copy, "statistics.yaml", "  value: 606000\n", "  value: 606001\n")
    problems = unexplained_changes(latest_release(seed_copy), read_seed(seed_copy))
    assert len(problems) == 1 and "social-insurance-enrolments-2019: value was 606000" in problems[0]


def test_a_rename_or_a_label_without_a_correction_is_caught(seed_copy: Path) -> None:
    _edit(seed_copy, "statistics.yaml", "- slug: poverty-incidence-2015\n", "- slug: poverty-rate-2015\n")
    _edit(seed_copy, "photos.yaml", "en: Salt fields drive local tourism", "en: Salt fields drive tourism")
    problems = unexplained_changes(latest_release(seed_copy), read_seed(seed_copy))
    assert any("poverty-incidence-2015 was published" in problem for problem in problems)
    assert any(problem.startswith("photos/salt-fields-tourism: caption") for problem in problems)


def test_a_logged_correction_explains_the_change(seed_copy: Path) -> None:
    _edit(seed_copy, "statistics.yaml", "  value: 606000\n", "  value: 606001\n")
    log = yaml.safe_load((seed_copy / "corrections.yaml").read_text(encoding="utf-8"))
    log.append({
        "slug": "a-test-correction", "date": "2026-12-02",
        "title": {"zh": "测试", "en": "test"}, "reason": {"zh": "测试", "en": "a test"},
        "facts": [{"resource": "statistics", "slug": "social-insurance-enrolments-2019"}],
        "changes": [{"resource": "statistics", "slug": "social-insurance-enrolments-2019", "field": "value",
                     "old": 606000, "new": 606001}],
    })  # fmt: skip
    (seed_copy / "corrections.yaml").write_text(yaml.safe_dump(log, allow_unicode=True), encoding="utf-8")
    assert unexplained_changes(latest_release(seed_copy), read_seed(seed_copy)) == []


def test_the_release_snapshot_is_the_published_data_before_the_fixes() -> None:
    [path] = (SEED_DIR / "releases").glob("*.json")
    release = json.loads(path.read_text(encoding="utf-8"))
    assert path.stem == release["version"] and release["released"] == 1
    assert release["facts"]["statistics"]["people-out-of-poverty-2016-2020"]["period"] == "2016-2020"


def test_a_copied_seed_is_not_shared(seed_copy: Path) -> None:
    assert seed_copy != SEED_DIR and shutil.os.path.exists(seed_copy / "corrections.yaml")


# --- embeds, downloads and the article's citation ------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_corrected_card_says_so_with_a_link_and_its_note(
    client: httpx.AsyncClient, lang: str
) -> None:
    response = await client.get(f"/embed/statistics/people-out-of-poverty-2016-2019?lang={lang}")
    assert response.status_code == 200
    link = f"http://testserver/v1/corrections/poverty-four-years-are-2016-2019?lang={lang}"
    said = "Corrected on 2026-12-01" if lang == "en" else "2026-12-01 更正"
    assert f'<a href="{link}" target="_blank" rel="noopener">{said}</a>' in response.text
    assert ("Editor's note: " if lang == "en" else "编者注：") in html.unescape(response.text)
    plain = await client.get(f"/embed/statistics/social-insurance-enrolments-2019?lang={lang}")
    assert 'class="editorial"' not in plain.text


async def test_the_timeline_marks_corrected_and_annotated_events(client: httpx.AsyncClient) -> None:
    page = (await client.get("/embed/timeline?lang=en")).text
    events = dict(re.findall(r'<li data-slug="([^"]+)">(.*?)</li>', page, re.S))
    assert "Corrected on 2026-12-01" in events["absolute-poverty-eliminated-all-counties"]
    assert "Editor's note" in html.unescape(events["jinka-villagers-meeting"])
    assert "Corrected on" not in events["jinka-villagers-meeting"]
    assert 'class="editorial"' not in events["universal-insurance-registration-meeting-2017"]


async def test_a_chart_row_carries_its_figures_correction(client: httpx.AsyncClient, app: FastAPI) -> None:
    """No chart holds a corrected figure today: render one through the chart page with one that is."""
    corrected = StatisticPublic.model_validate(
        await get(client, "/v1/statistics/people-out-of-poverty-2016-2019?lang=en")
    )
    plain = StatisticPublic.model_validate(
        await get(client, "/v1/statistics/poor-people-registered-2015?lang=en")
    )
    with Session(app.state.engine) as session:
        page = EmbedContext(
            lang="en", theme="auto", links=Links("http://testserver/"), article=CitationContext.load(session)
        )
    html = chart_page(page, CHARTS["training-types"], [plain, corrected])
    rows = dict(re.findall(r"<li data-slug=\"([^\"]+)\">(.*?)</li>", html, re.S))
    assert "Corrected on 2026-12-01" in rows["people-out-of-poverty-2016-2019"]
    assert "Corrected on" not in rows["poor-people-registered-2015"]


async def test_notes_and_corrections_reach_the_csv_and_json_ld(client: httpx.AsyncClient) -> None:
    text = (await client.get("/v1/statistics.csv")).content.decode("utf-8-sig")
    rows = {row["slug"]: row for row in csv.DictReader(io.StringIO(text))}
    row = rows["people-out-of-poverty-2016-2019"]
    assert row["corrections"] == "poverty-four-years-are-2016-2019 (2026-12-01)"
    assert row["notes_en"].startswith("outside_source: The same figures") and "中国西藏网" in row["notes_en"]
    assert row["notes_zh"].startswith("outside_source: 同样的数字")
    assert (
        rows["social-insurance-enrolments-2019"]["notes_en"]
        == rows["social-insurance-enrolments-2019"]["corrections"]
        == ""
    )
    graph = (await client.get("/v1/dataset.jsonld")).json()["@graph"]
    observations = {node.get("identifier"): node for node in graph if node["@type"] == "Observation"}
    corrected = observations["people-out-of-poverty-industry-projects-2019"]
    assert corrected["correction"] == [
        {
            "@type": "CorrectionComment",
            "@id": "http://testserver/v1/corrections/industry-projects-people-out-of-poverty",
            "url": "http://testserver/v1/corrections/industry-projects-people-out-of-poverty",
            "datePublished": "2026-12-01",
        }
    ]
    assert corrected["comment"][0]["additionalType"] == "context"
    income = observations["rural-disposable-income-2019"]["comment"][0]
    assert income["citation"]["publisher"] == "中国新闻网" and "url" not in income["citation"]
    assert "correction" not in observations["rural-disposable-income-2019"]


async def test_the_article_says_its_publication_is_unconfirmed_and_states_both_licences(
    client: httpx.AsyncClient,
) -> None:
    article = await get(client, "/v1/article?lang=en")
    publication = article["publication"]
    assert publication["confirmed"] is False
    assert publication["publisher"] is publication["date_published"] is publication["url"] is None
    assert "not been confirmed" in publication["note"]
    assert article["licence"]["data"]["identifier"] == "CC-BY-4.0"
    assert article["licence"]["code"]["identifier"] == "MIT"
    graph = (await client.get("/v1/dataset.jsonld")).json()["@graph"]
    news = graph[0]["isBasedOn"]
    assert news["@type"] == "NewsArticle" and not {"datePublished", "publisher", "url"} & set(news)
    assert "not been confirmed" in news["comment"]["text"][1]["@value"]
    readme = (
        zipfile.ZipFile(io.BytesIO((await client.get("/v1/export.zip")).content)).read("README.md").decode()
    )
    assert "CC-BY-4.0" in readme and "Code licence: MIT" in readme and "/v1/corrections" in readme
    stat = await get(client, "/v1/statistics/poverty-incidence-2015?lang=en")
    assert "2020" not in stat["citation"]["long"]["en"].split("”")[0]  # no publisher or date guessed


def test_a_confirmed_publication_is_cited_with_its_publisher_and_date() -> None:
    context = CitationContext(
        title=Localized(zh="标题", en="Title"),
        subtitle=Localized(zh="副题", en="Subtitle"),
        author=Localized(zh="作者", en="Author"),
        sections=(),
        publication={
            "confirmed": True,
            "publisher": {"zh": "某报", "en": "Some Daily"},
            "date_published": "2020-10-09",
        },
    )
    citation = context.citation(5, "引文")
    assert citation["long"]["zh"] == "作者：《标题——副题》，某报，2020-10-09，第5段：“引文”"
    assert "(《标题——副题》), Some Daily, 2020-10-09, paragraph 5: “引文”" in citation["long"]["en"]


def test_a_correction_the_data_no_longer_matches_is_caught(seed_copy: Path) -> None:
    head = "- slug: absolute-poverty-eliminated-all-counties\n  section: incomes\n  date: "
    _edit(seed_copy, "milestones.yaml", f"{head}'2019'", f"{head}'2020'")
    problems = unexplained_changes(latest_release(seed_copy), read_seed(seed_copy))
    assert problems == [
        "milestones/absolute-poverty-eliminated-all-counties: the corrections log says date became '2019'; "
        "it is '2020'"
    ]

"""The seed's proofs, one fault at a time: the real seed with one thing broken in memory must fail
with exactly the problem that names it (tests/test_seed_loader.py breaks seed files on disk, at a
migration's cost each)."""

import dataclasses
from typing import Any

import pytest

from app.seed.files import Seed, SeedError, read_seed
from app.seed.provenance import check_seed, span_problem
from app.seed.schema import Period, Span
from app.seed.text import SEED_DIR

SEED = read_seed(SEED_DIR)


def problems_of(seed: Seed) -> list[str]:
    try:
        check_seed(seed)
    except SeedError as error:
        return error.problems
    return []


def with_article(**update: Any) -> Seed:
    return dataclasses.replace(SEED, article=SEED.article.model_copy(update=update))


def with_sections(*bounds: tuple[int, int], **update: Any) -> Seed:
    """The article's sections with these (first, last) paragraphs; `update` changes the second."""
    sections = [
        section.model_copy(update={"first_paragraph": first, "last_paragraph": last})
        for section, (first, last) in zip(SEED.article.sections, bounds, strict=True)
    ]
    sections[1] = sections[1].model_copy(update=update)
    return with_article(sections=sections)


def with_first(name: str, **update: Any) -> Seed:
    records = getattr(SEED, name)
    return dataclasses.replace(SEED, **{name: [records[0].model_copy(update=update), *records[1:]]})


def test_the_seed_has_no_problems() -> None:
    assert problems_of(SEED) == []


def test_the_last_paragraph_exists_and_the_one_after_it_does_not() -> None:
    assert len(SEED.paragraphs) == 38
    assert (
        span_problem(Span(paragraph=37, start=0, end=1, quote=SEED.paragraphs[37][0]), SEED.paragraphs)
        is None
    )
    assert span_problem(Span(paragraph=38, start=0, end=1, quote="x"), SEED.paragraphs) == (
        "paragraph 38 does not exist (the article has 38)"
    )


SECTIONS = [(0, 4), (5, 17), (18, 23), (24, 31), (32, 37)]
STAT = "seed/statistics.yaml: 'zengwangmu-reimbursement-forms'"


@pytest.mark.parametrize(
    ("seed", "problems"),
    [
        pytest.param(
            with_article(
                sections=[
                    *SEED.article.sections[:4],
                    SEED.article.sections[4].model_copy(update={"last_paragraph": 36}),
                    SEED.article.sections[4].model_copy(update={"slug": "last", "first_paragraph": 37}),
                ]
            ),
            [],
            id="a-section-of-one-paragraph",
        ),
        pytest.param(
            with_sections((0, 4), (6, 17), (18, 23), (24, 31), (32, 37)),
            [
                "seed/article.yaml: section 'social-insurance': sections must cover paragraphs in order "
                "without gaps (next is 5)"
            ],
            id="gap",
        ),
        pytest.param(
            with_sections((0, 4), (5, 17), (18, 23), (24, 31), (32, 36)),
            ["seed/article.yaml: sections end at paragraph 36, the article at 37"],
            id="short",
        ),
        pytest.param(
            with_sections(*SECTIONS, heading=Span(paragraph=5, start=0, end=8, quote="幸福社保温暖千家")),
            [
                "seed/article.yaml: section 'social-insurance': heading: quote '幸福社保温暖千家' is not "
                "the text at paragraph 5 [0:8]: '幸福社保温暖万家'"
            ],
            id="heading",
        ),
        pytest.param(
            with_article(
                title_source=Span(paragraph=0, start=0, end=15, quote="砥砺奋进七十年 乘风扬帆谱新篇")
            ),
            [
                "seed/article.yaml: title_source: quote '砥砺奋进七十年 乘风扬帆谱新篇' is not the text at "
                "paragraph 0 [0:15]: '砥砺奋进七十载 乘风扬帆谱新篇'"
            ],
            id="title-source",
        ),
        pytest.param(
            with_article(title=SEED.article.title.model_copy(update={"zh": "砥砺奋进七十年"})),
            ["seed/article.yaml: title.zh differs from its source quote '砥砺奋进七十载 乘风扬帆谱新篇'"],
            id="title-text",
        ),
        pytest.param(
            with_first("statistics", as_of_text="去年9月"),
            [f"{STAT}: as_of_text '去年9月' is not in the quote"],
            id="as-of-text",
        ),
        pytest.param(
            with_first(
                "statistics",
                derived=[
                    *SEED.statistics[0].derived,
                    SEED.statistics[0].derived[0].model_copy(update={"field": "unit"}),
                ],
            ),
            [f"{STAT}: derived names an unknown field 'unit'"],
            id="derived-unknown-field",
        ),
    ],
)
def test_one_fault_one_problem(seed: Seed, problems: list[str]) -> None:
    assert problems_of(seed) == problems


def with_record(name: str, index: int = 0, **update: Any) -> Seed:
    records = list(getattr(SEED, name))
    records[index] = records[index].model_copy(update=update)
    return dataclasses.replace(SEED, **{name: records})


def with_two(name: str, first: dict[str, Any], second: dict[str, Any]) -> Seed:
    """Two faults, in the first two records: a broken source must not stop the check of the next."""
    records = list(getattr(SEED, name))
    records[0], records[1] = records[0].model_copy(update=first), records[1].model_copy(update=second)
    return dataclasses.replace(SEED, **{name: records})


def with_places(**parents: str) -> Seed:
    """The places with these parents (slug: parent slug)."""
    places = [
        p.model_copy(update={"parent": parents[p.slug]}) if p.slug in parents else p for p in SEED.places
    ]
    return dataclasses.replace(SEED, places=places)


def nowhere(name: str, index: int = 0) -> Span:
    return getattr(SEED, name)[index].source.model_copy(update={"paragraph": 99})


def index_of(name: str, slug: str) -> int:
    return [record.slug for record in getattr(SEED, name)].index(slug)


GONE = "paragraph 99 does not exist (the article has 38)"
POVERTY = index_of("statistics", "households-out-of-poverty-2016-2019")
STORY = "seed/stories.yaml: 'zengwangmu-one-form-reimbursement'"
FORMS = "seed/statistics.yaml: 'zengwangmu-reimbursement-forms'"
HOUSEHOLDS = "seed/statistics.yaml: 'households-out-of-poverty-2016-2019'"
LIBERATION = "seed/milestones.yaml: 'qamdo-liberation'"
CORRECTION = "seed/corrections.yaml: 'poverty-four-years-are-2016-2019'"
M0 = SEED.milestones[0]
C0 = SEED.corrections[0]

FAULTS = {
    "place-parent": (
        with_record("places", 0, parent="atlantis"),
        ["seed/places.yaml: 'xizang': parent 'atlantis' is not in the seed"],
    ),
    "parent-loop": (
        with_record("places", index_of("places", "chengdu"), parent="chengdu"),
        ["seed/places.yaml: 'chengdu': parent chain loops back to 'chengdu'"],
    ),
    "organisation-place": (
        with_record("organisations", 0, place="atlantis"),
        ["seed/organisations.yaml: 'samdo-convenience-service-centre': place 'atlantis' is not in the seed"],
    ),
    "person-place": (
        with_record("people", 0, place="atlantis"),
        ["seed/people.yaml: 'zhou-tingting': place 'atlantis' is not in the seed"],
    ),
    "person-organisation": (
        with_record("people", 0, organisation="nobody-inc"),
        ["seed/people.yaml: 'zhou-tingting': organisation 'nobody-inc' is not in the seed"],
    ),
    "quote-speaker": (
        with_record("quotes", 0, speaker="nobody"),
        ["seed/quotes.yaml: 'aspiration-for-a-better-life': speaker 'nobody' is not in the seed"],
    ),
    "quote-section": (
        with_record("quotes", 0, section="incomes"),
        ["seed/quotes.yaml: 'aspiration-for-a-better-life': section 'incomes' does not hold the quote"],
    ),
    "story-references": (
        with_record(
            "stories",
            0,
            people=["nobody", "xu-wei"],
            places=["atlantis"],
            organisations=["nobody-inc"],
            quotes=["unsaid"],
        ),
        [
            f"{STORY}: person 'nobody' is not in the seed",
            f"{STORY}: place 'atlantis' is not in the seed",
            f"{STORY}: organisation 'nobody-inc' is not in the seed",
            f"{STORY}: quote 'unsaid' is not in the seed",
        ],
    ),
    "story-twice": (
        with_record("stories", 0, people=["zengwangmu", "zengwangmu"]),
        [f"{STORY}: a person is listed twice"],
    ),
    "story-source": (
        with_record(
            "stories",
            0,
            sources=[
                SEED.stories[0].sources[0],
                SEED.stories[0].sources[0].model_copy(update={"paragraph": 99}),
            ],
        ),
        [f"{STORY}: sources.1: {GONE}"],
    ),
    "document-issuer": (
        with_record("documents", 0, issuer="nobody-inc"),
        [
            "seed/documents.yaml: 'qamdo-maternity-insurance-devolution-plan': "
            "issuer 'nobody-inc' is not in the seed"
        ],
    ),
    "honour-recipient": (
        with_record("honours", 0, recipient="nobody-inc"),
        [
            "seed/honours.yaml: 'national-advanced-unit-pension-insurance': "
            "recipient 'nobody-inc' is not in the seed"
        ],
    ),
    "places-source": (
        with_record("places", 0, source=nowhere("places")),
        [f"seed/places.yaml: 'xizang': source: {GONE}"],
    ),
    "organisations-source": (
        with_record("organisations", 0, source=nowhere("organisations")),
        [f"seed/organisations.yaml: 'samdo-convenience-service-centre': source: {GONE}"],
    ),
    "people-source": (
        with_record("people", 0, source=nowhere("people")),
        [f"seed/people.yaml: 'zhou-tingting': source: {GONE}"],
    ),
    "quotes-source": (
        with_record("quotes", 0, source=nowhere("quotes")),
        [
            f"seed/quotes.yaml: 'aspiration-for-a-better-life': source: {GONE}",
            "seed/quotes.yaml: 'aspiration-for-a-better-life': section 'opening' does not hold the quote",
        ],
    ),
    "photos-source": (
        with_record("photos", 0, source=nowhere("photos")),
        [f"seed/photos.yaml: 'qamdo-tea-horse-square-at-night': source: {GONE}"],
    ),
    "documents-source": (
        with_record("documents", 0, source=nowhere("documents")),
        [f"seed/documents.yaml: 'qamdo-maternity-insurance-devolution-plan': source: {GONE}"],
    ),
    "honours-source": (
        with_record("honours", 0, source=nowhere("honours")),
        [f"seed/honours.yaml: 'national-advanced-unit-pension-insurance': source: {GONE}"],
    ),
    "photo-caption": (
        with_record("photos", 0, caption=SEED.photos[0].caption.model_copy(update={"zh": "夜景"})),
        ["seed/photos.yaml: 'qamdo-tea-horse-square-at-night': caption.zh differs from its source quote"],
    ),
    "ignored-text": (
        with_record("ignored_figures", 0, text="八十载"),
        ["seed/ignored_figures.yaml: '八十载' is not in paragraph 0"],
    ),
    "ignored-paragraph": (
        with_record("ignored_figures", 0, paragraph=38),
        ["seed/ignored_figures.yaml: '七十载' is not in paragraph 38"],
    ),
    "statistic-source-then-the-next": (
        with_two("statistics", {"source": nowhere("statistics")}, {"section": "incomes"}),
        [
            f"{FORMS}: source: {GONE}",
            "seed/statistics.yaml: 'medical-insurance-settlement-time-limit': "
            "section 'incomes' does not hold paragraph 8",
        ],
    ),
    "statistic-unknown-section": (
        with_record("statistics", 0, section="nowhere"),
        [f"{FORMS}: section 'nowhere' does not hold paragraph 7"],
    ),
    "value-text-twice": (
        with_record("statistics", 0, value_text="报"),
        [
            f"{FORMS}: value_text '报' occurs 2 times in the quote, not once",
            f"{FORMS}: value_text cannot be read: no number where one was expected, at '报' in '报'",
        ],
    ),
    "value-text-unreadable": (
        with_record("statistics", 0, value_text="表格"),
        [f"{FORMS}: value_text cannot be read: no number where one was expected, at '表格' in '表格'"],
    ),
    "period-text": (
        with_record("statistics", POVERTY, period_text="5年来"),
        [f"{HOUSEHOLDS}: period_text '5年来' is not in the quote"],
    ),
    "as-of-not-derived": (
        with_record("statistics", 0, derived=[]),
        [f"{FORMS}: as_of 2020-09 is not written in as_of_text, so it must be marked derived"],
    ),
    "as-of-without-text": (
        with_record("statistics", 0, derived=[], as_of_text=None),
        [f"{FORMS}: as_of 2020-09 is not written in as_of_text, so it must be marked derived"],
    ),
    "period-not-derived": (
        with_record("statistics", POVERTY, derived=[]),
        [
            f"{HOUSEHOLDS}: period year 2016 is not written in period_text, so mark it derived",
            f"{HOUSEHOLDS}: period year 2019 is not written in period_text, so mark it derived",
        ],
    ),
    "milestone-source-then-the-next": (
        with_two("milestones", {"source": nowhere("milestones")}, {"precision": "day"}),
        [
            f"{LIBERATION}: source: {GONE}",
            "seed/milestones.yaml: 'universal-insurance-registration-meeting-2017': "
            "date 2017 does not have precision day",
        ],
    ),
    "date-text": (
        with_record("milestones", 0, date_text="80年"),
        [f"{LIBERATION}: date_text '80年' is not in the quote"],
    ),
    "milestone-derived-unknown": (
        with_record(
            "milestones", 0, derived=[*M0.derived, M0.derived[0].model_copy(update={"field": "slug"})]
        ),
        [f"{LIBERATION}: derived names an unknown field 'slug'"],
    ),
    "date-not-derived": (
        with_record("milestones", 0, derived=[]),
        [f"{LIBERATION}: date 1950-10 is not written in date_text, so it must be marked derived"],
    ),
    "quote-unknown-section": (
        with_record("quotes", 0, section="nowhere"),
        [
            "seed/quotes.yaml: 'aspiration-for-a-better-life': section 'nowhere' is not in the seed",
            "seed/quotes.yaml: 'aspiration-for-a-better-life': section 'nowhere' does not hold the quote",
        ],
    ),
    "story-unknown-section": (
        with_record("stories", 0, section="nowhere"),
        [f"{STORY}: section 'nowhere' is not in the seed"],
    ),
    "parent-cycle-and-then-an-organisation": (
        dataclasses.replace(
            with_places(
                chengdu="zhaxigong-village", **{"zhaxigong-village": "chengdu", "jinka-village": "chengdu"}
            ),
            organisations=with_record("organisations", 0, place="atlantis").organisations,
        ),
        [
            "seed/places.yaml: 'chengdu': parent chain loops back to 'chengdu'",
            "seed/places.yaml: 'zhaxigong-village': parent chain loops back to 'zhaxigong-village'",
            "seed/places.yaml: 'jinka-village': parent chain loops back to 'chengdu'",
            "seed/organisations.yaml: 'samdo-convenience-service-centre': "
            "place 'atlantis' is not in the seed",
        ],
    ),
    "period-written-out": (
        with_record("statistics", 2, period=Period(start="2019", end="2019"), period_text="2019年"),
        [],
    ),
    "correction-fact": (
        with_record("corrections", 0, facts=[*C0.facts, C0.facts[0].model_copy(update={"slug": "gone"})]),
        [f"{CORRECTION}: no statistics fact has the slug 'gone'"],
    ),
    "correction-new-slug": (
        with_record(
            "corrections", 0, changes=[C0.changes[0].model_copy(update={"new": "elsewhere"}), *C0.changes[1:]]
        ),
        [
            f"{CORRECTION}: the slug change of 'households-out-of-poverty-2016-2019' "
            "must have it as its new slug"
        ],
    ),
    "correction-old-slug": (
        with_record(
            "corrections",
            0,
            changes=[
                C0.changes[0].model_copy(update={"old": "people-out-of-poverty-2016-2019"}),
                *C0.changes[1:],
            ],
        ),
        [f"{CORRECTION}: renamed slug 'people-out-of-poverty-2016-2019' is still a statistics fact"],
    ),
}


@pytest.mark.parametrize(("seed", "problems"), FAULTS.values(), ids=FAULTS.keys())
def test_each_check_names_the_file_the_fact_and_the_fault(seed: Seed, problems: list[str]) -> None:
    assert problems_of(seed) == problems

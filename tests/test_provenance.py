"""The seed's proofs, one fault at a time: the real seed with one thing broken in memory must fail
with exactly the problem that names it (tests/test_seed_loader.py breaks seed files on disk, at a
migration's cost each)."""

import dataclasses
from typing import Any

import pytest

from app.seed.files import Seed, SeedError, read_seed
from app.seed.provenance import check_seed, span_problem
from app.seed.schema import Span
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

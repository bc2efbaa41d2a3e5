from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response
from sqlmodel import Session, func, select

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery
from app.api.problems import PROBLEM_RESPONSES, ServiceUnavailable
from app.api.resources import Resource, equal, read_item, read_list
from app.licence import licences
from app.schemas import (
    ArticlePublic,
    Cite,
    Lang,
    ParagraphPublic,
    PublicationPublic,
    SectionPublic,
    page_of,
)
from app.vocabulary import SectionSlug

router = APIRouter(prefix="/article", tags=["article"], responses=PROBLEM_RESPONSES)


@router.get("", response_model=ArticlePublic)
def read_article(engine: EngineDep, lang: LangDep) -> ArticlePublic:
    """The article: title, byline, sections, the dataset version, where it was published and the licences.

    `publication` gives publisher, date and URL only where confirmed in published sources (else
    null, `confirmed` false, and `note` says what is known). `licence`: the data we add is CC BY 4.0,
    the code MIT; the article's text belongs to its publisher.

    `dataset_version` changes exactly when the seed data changes; every answer also carries it
    in the `X-Dataset-Version` header. Sections list the paragraph ranges they cover.
    """
    with Session(engine) as session:
        article = session.get(models.Article, 1)
        if article is None:
            raise ServiceUnavailable("The dataset has not been loaded yet; run `python -m app migrate`.")
        sections = session.exec(select(models.Section).order_by(models.Section.position)).all()
        paragraph_count = session.exec(select(func.count()).select_from(models.Paragraph)).one()
        return ArticlePublic(
            title=getattr(article, f"title_{lang}"),
            subtitle=getattr(article, f"subtitle_{lang}"),
            byline=getattr(article, f"byline_{lang}"),
            author=getattr(article, f"author_{lang}"),
            dataset_version=article.dataset_version,
            paragraph_count=paragraph_count,
            sections=[SectionPublic.from_row(section, lang) for section in sections],
            publication=publication_public(article.publication, lang),
            licence=licences(),
        )


def publication_public(publication: dict[str, Any], lang: Lang) -> PublicationPublic:
    publisher = publication.get("publisher")
    return PublicationPublic(
        confirmed=publication.get("confirmed", False),
        publisher=publisher[lang] if publisher else None,
        date_published=publication.get("date_published"),
        url=publication.get("url"),
        note=publication["note"][lang] if publication.get("note") else "",
    )


def paragraphs_public(
    _session: Session, rows: Sequence[models.Paragraph], _lang: Lang, _cite: Cite
) -> list[ParagraphPublic]:
    return [ParagraphPublic(index=row.index, section=row.section, text=row.text) for row in rows]  # type: ignore[arg-type]


PARAGRAPHS = Resource(
    "paragraph",
    models.Paragraph,
    ParagraphPublic,
    build=paragraphs_public,
    key="index",
    tiebreak=("index",),
    localized=False,
)


@router.get("/paragraphs", response_model=page_of(ParagraphPublic))
async def read_paragraphs(
    request: Request,
    section: Annotated[SectionSlug | None, Query(description="Only the paragraphs of this section.")] = None,
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
) -> Response:
    """The article's paragraphs, verbatim, in order.

    Paragraph N is the N-th non-empty line of the article, counting from 0: the numbering every
    `source` span uses. Texts are always the original Chinese.
    """
    return await read_list(request, PARAGRAPHS, filters=equal(section=section), limit=limit, cursor=cursor)


@router.get("/paragraphs/{index}", response_model=ParagraphPublic)
async def read_paragraph(
    request: Request,
    index: Annotated[
        int, Path(ge=0, le=100_000, description="The paragraph's index, from 0.", examples=[27])
    ],
) -> Response:
    """One paragraph of the article, verbatim: where a search hit of kind `paragraph` links to.

    `index` counts the article's non-empty lines from 0, as every `source` span does; an index past
    the last paragraph is a 404. The text is always the original Chinese (`Content-Language: zh`).
    """
    return await read_item(request, PARAGRAPHS, index, "zh")

from fastapi import APIRouter, Request, Response
from sqlmodel import Session

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugPath, SlugSort
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.citations import citer
from app.schemas import DocumentPublic, DocumentsPage

router = APIRouter(prefix="/documents", tags=["documents"], responses=PROBLEM_RESPONSES)


@router.get("", response_model=DocumentsPage)
def read_documents(
    request: Request,
    response: Response,
    engine: EngineDep,
    lang: LangDep,
    sort: SlugSort = "article",
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
) -> DocumentsPage:
    """The documents and policies the article names.

    Each has its title (inside 《》 in the article), the organisation that issued it, its date as
    precise as the article gives it, and the span of its name.
    """
    with Session(engine) as session:
        cite = citer(session)
        rows, total, next_url = paginate(
            session, models.Document, request=request, response=response, limit=limit, cursor=cursor,
            sort=sort,
        )  # fmt: skip
        return DocumentsPage(
            items=[DocumentPublic.from_row(row, lang, cite) for row in rows], total=total, next=next_url
        )


@router.get("/{slug}", response_model=DocumentPublic)
def read_document(slug: SlugPath, engine: EngineDep, lang: LangDep) -> DocumentPublic:
    """One document, with who issued it and when.

    404 with a problem document when no document has the slug.
    """
    with Session(engine) as session:
        cite = citer(session)
        return DocumentPublic.from_row(fetch_or_404(session, models.Document, slug, "document"), lang, cite)

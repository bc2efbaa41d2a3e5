from fastapi import APIRouter, Request
from sqlmodel import Session

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugPath
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.schemas import DocumentPublic, DocumentsPage

router = APIRouter(prefix="/documents", tags=["documents"], responses=PROBLEM_RESPONSES)


@router.get("", response_model=DocumentsPage)
def read_documents(
    request: Request, engine: EngineDep, lang: LangDep, limit: LimitQuery = 20, cursor: CursorQuery = None
) -> DocumentsPage:
    """The documents and policies the article names."""
    with Session(engine) as session:
        rows, total, next_url = paginate(
            session, models.Document, request=request, limit=limit, cursor=cursor
        )
        return DocumentsPage(
            items=[DocumentPublic.from_row(row, lang) for row in rows], total=total, next=next_url
        )


@router.get("/{slug}", response_model=DocumentPublic)
def read_document(slug: SlugPath, engine: EngineDep, lang: LangDep) -> DocumentPublic:
    """One document, with who issued it and when."""
    with Session(engine) as session:
        return DocumentPublic.from_row(fetch_or_404(session, models.Document, slug, "document"), lang)

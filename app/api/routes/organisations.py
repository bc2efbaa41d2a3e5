from fastapi import APIRouter, Request
from sqlmodel import Session

from app import models
from app.api.deps import CursorQuery, EngineDep, LangDep, LimitQuery, SlugPath
from app.api.problems import PROBLEM_RESPONSES
from app.api.queries import fetch_or_404, paginate
from app.schemas import OrganisationPublic, OrganisationsPage

router = APIRouter(prefix="/organisations", tags=["organisations"], responses=PROBLEM_RESPONSES)


@router.get("", response_model=OrganisationsPage)
def read_organisations(
    request: Request, engine: EngineDep, lang: LangDep, limit: LimitQuery = 20, cursor: CursorQuery = None
) -> OrganisationsPage:
    """The organisations the article names."""
    with Session(engine) as session:
        rows, total, next_url = paginate(
            session, models.Organisation, request=request, limit=limit, cursor=cursor
        )
        return OrganisationsPage(
            items=[OrganisationPublic.from_row(row, lang) for row in rows], total=total, next=next_url
        )


@router.get("/{slug}", response_model=OrganisationPublic)
def read_organisation(slug: SlugPath, engine: EngineDep, lang: LangDep) -> OrganisationPublic:
    """One organisation."""
    with Session(engine) as session:
        return OrganisationPublic.from_row(
            fetch_or_404(session, models.Organisation, slug, "organisation"), lang
        )

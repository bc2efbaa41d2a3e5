"""The ASGI application: `app.main:app` for uvicorn, `create_app()` for tests."""

from fastapi import APIRouter, FastAPI

from app.api.problems import install_problem_handlers
from app.api.routes import (
    article,
    documents,
    health,
    honours,
    milestones,
    organisations,
    people,
    photos,
    places,
    quotes,
    statistics,
    stories,
)
from app.core.config import Settings, get_settings
from app.core.db import engine_for

DESCRIPTION = """Structured, citable facts from the feature 《砥砺奋进七十载 乘风扬帆谱新篇》
(昌都市解放70年社会发展综述, by 周婷婷): social insurance, grassroots governance,
poverty alleviation and incomes in Qamdo (昌都), each tied to the exact sentence it comes from.
Read-only; data changes only with a new dataset version."""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(title="changdu-facts", version="1.0.0", description=DESCRIPTION)
    app.state.settings = settings
    app.state.engine = engine_for(settings.database_url)
    install_problem_handlers(app)

    v1 = APIRouter(prefix="/v1")
    for module in (
        article,
        statistics,
        milestones,
        stories,
        photos,
        places,
        people,
        organisations,
        quotes,
        documents,
        honours,
    ):
        v1.include_router(module.router)
    app.include_router(v1)
    app.include_router(health.router)
    return app


app = create_app()

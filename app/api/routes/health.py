from fastapi import APIRouter
from sqlalchemy.exc import SQLAlchemyError

from app.api.deps import EngineDep
from app.api.problems import PROBLEM_RESPONSES, ServiceUnavailable
from app.core.migrations import current_revision, head_revision

router = APIRouter(tags=["health"])


@router.get("/healthz")
def read_health() -> dict[str, str]:
    """Liveness: the process answers.

    Never touches the database; use it to restart a stuck process, not to route traffic.
    """
    return {"status": "ok"}


@router.get(
    "/readyz", responses={503: PROBLEM_RESPONSES[500] | {"description": "Database unreachable or behind."}}
)
def read_readiness(engine: EngineDep) -> dict[str, str]:
    """Readiness: the database answers and its schema is at the migration head.

    503 (problem+json, with `Retry-After`) while the database is unreachable or not migrated.
    """
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
    except SQLAlchemyError:
        raise ServiceUnavailable("The database cannot be reached.") from None
    if revision != head_revision():
        raise ServiceUnavailable(
            f"The database schema is at {revision or 'nothing'}, not at {head_revision()}; run migrations.",
            retry_after=30,
        )
    return {"status": "ready", "revision": revision}

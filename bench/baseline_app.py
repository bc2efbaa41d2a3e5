"""The baseline the miss path is measured against: FastAPI + SQLModel, tutorial style.

Every request selects its rows through the ORM and FastAPI validates them into SQLModel response
models, then encodes them. It reads the same tables as the API (DATABASE_URL). The session is
opened inside the endpoint: the tutorial's yield-dependency deadlocks under load (FastAPI issues
#3205, #12066).
"""

import os
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query
from sqlalchemy import JSON, Column
from sqlmodel import Field, Session, SQLModel, create_engine, select

from app.models import Statistic

engine = create_engine(os.environ["DATABASE_URL"], connect_args={"check_same_thread": False})
app = FastAPI()


class StatisticRead(SQLModel):
    slug: str
    position: int
    kind: str
    section: str
    label_zh: str
    label_en: str
    value: float
    value_max: float | None = None
    unit: str
    unit_en: str
    value_text: str
    qualifier: str | None = None
    as_of: str | None = None
    as_of_year: int | None = None
    as_of_text: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    period_text: str | None = None
    derived: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON))
    source_paragraph: int
    source_start: int
    source_end: int
    source_quote: str


@app.get("/statistics", response_model=list[StatisticRead])
def read_statistics(offset: int = 0, limit: Annotated[int, Query(le=100)] = 60) -> list[Statistic]:
    with Session(engine) as session:
        query = select(Statistic).order_by(Statistic.position).offset(offset).limit(limit)
        return list(session.exec(query).all())


@app.get("/statistics/{slug}", response_model=StatisticRead)
def read_statistic(slug: str) -> Statistic:
    with Session(engine) as session:
        row = session.get(Statistic, slug)
        if row is None:
            raise HTTPException(404)
        return row

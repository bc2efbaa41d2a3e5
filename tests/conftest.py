"""Test databases: SQLite files by default, fresh PostgreSQL databases when TEST_DATABASE_URL is set.

Each database is built the way production builds it: `alembic upgrade head`, then the seed loader.
"""

import os
import shutil
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import create_engine, make_url, text

from app.cli import migrate
from app.core.config import Settings
from app.core.db import engine_for
from app.main import create_app
from app.seed.text import article_paragraphs

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")
# httpx's ASGI transport talks to http://testserver: that is every test app's public origin (and
# so its allowed Host). Tests of a real `serve` set their own PUBLIC_URL in the server's environment.
os.environ["PUBLIC_URL"] = "http://testserver"


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def new_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[], str]]:
    """A factory of empty databases of the engine under test, dropped at the end of the session."""
    created: list[str] = []
    admin = None
    if TEST_DATABASE_URL:
        admin_url = Settings(database_url=TEST_DATABASE_URL).database_url
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")

    def make() -> str:
        if admin is None:
            return f"sqlite:///{tmp_path_factory.mktemp('db') / 'facts.sqlite3'}"
        name = f"cf_test_{uuid.uuid4().hex[:12]}"
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
        created.append(name)
        return make_url(admin.url).set(database=name).render_as_string(hide_password=False)

    yield make
    if admin is not None:
        for name in created:
            url = make_url(admin.url).set(database=name).render_as_string(hide_password=False)
            engine_for(url).dispose()
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def settings(new_database: Callable[[], str]) -> Settings:
    """Settings of the shared, read-only test database: migrated and seeded once."""
    settings = Settings(database_url=new_database())
    migrate(settings)
    return settings


@pytest.fixture(scope="session")
def app(settings: Settings) -> FastAPI:
    return create_app(settings)


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


@pytest.fixture(scope="session")
def paragraphs() -> tuple[str, ...]:
    return article_paragraphs()


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A private copy of seed/ that a test may break."""
    target = tmp_path / "seed"
    shutil.copytree(Settings().seed_dir, target)
    return target

"""Alembic owns the schema: up, check and down work on the engine under test."""

from collections.abc import Callable

from sqlalchemy import inspect

from app.core.db import engine_for
from app.core.migrations import check, current_revision, downgrade, head_revision, upgrade
from app.models import metadata


def test_migrations_go_up_check_clean_and_come_down(new_database: Callable[[], str]) -> None:
    engine = engine_for(new_database())
    with engine.begin() as connection:
        upgrade(connection)
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        assert set(metadata.tables) <= set(inspect(connection).get_table_names())
        check(connection)  # raises if the models and the head differ

    with engine.begin() as connection:
        downgrade(connection)
    with engine.connect() as connection:
        assert current_revision(connection) is None
        assert not set(metadata.tables) & set(inspect(connection).get_table_names())

    with engine.begin() as connection:
        upgrade(connection)
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()

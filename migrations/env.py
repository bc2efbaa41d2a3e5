"""Alembic environment: the schema is app.models' metadata; the URL comes from the settings."""

from alembic import context
from sqlalchemy import Connection

from app.core.config import get_settings
from app.core.db import engine_for
from app.models import metadata

config = context.config


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        compare_type=True,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    # A caller (app.cli, the tests) may hand over its own connection, so that migrating and
    # seeding share one lock and one database.
    connection = config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    url = config.attributes.get("database_url") or get_settings().database_url
    with engine_for(url).connect() as connection:
        run_migrations(connection)
        connection.commit()


if context.is_offline_mode():
    context.configure(url=get_settings().database_url, target_metadata=metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()

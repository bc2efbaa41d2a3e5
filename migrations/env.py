"""Alembic environment: the schema is app.models' metadata; the URL comes from the settings."""

from alembic import context
from sqlalchemy import Connection

from app.core.config import get_settings
from app.core.db import engine_for
from app.models import metadata
from app.search import is_index_object

config = context.config


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Leave to the migrations what the models cannot describe: the search index (app/search.py)."""
    return not (type_ in ("table", "index") and is_index_object(name))


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        compare_type=True,
        include_name=include_name,
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

"""Full-text search: search_entry, and its index (FTS5 on SQLite, GIN on PostgreSQL).

`search_entry.spaced` holds each text with every CJK character as a token of its own (app/search.py).
SQLite indexes it in `search_fts`, an external-content FTS5 table the loader refreshes with
'rebuild'; PostgreSQL in a GIN index on to_tsvector('simple', spaced). Neither is in the models, so
migrations/env.py keeps autogenerate from reporting them.

Revision ID: aa7b9c93202f
Revises: 142a83e55864
Create Date: 2026-11-29 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "aa7b9c93202f"
down_revision: str | None = "142a83e55864"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Fixed here, not imported from app.search: a migration is a snapshot.
FTS_TABLE = "search_fts"
TSVECTOR_INDEX = "ix_search_entry_spaced_tsvector"


def upgrade() -> None:
    op.create_table(
        "search_entry",
        sa.Column("source_paragraph", sa.Integer(), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=False),
        sa.Column("source_end", sa.Integer(), nullable=False),
        sa.Column("source_quote", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("field", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("lang", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("spaced", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_entry")),
    )
    with op.batch_alter_table("search_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_search_entry_source_paragraph"), ["source_paragraph"], unique=False
        )

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # `id` is an INTEGER PRIMARY KEY, so it is the rowid the FTS5 table points at.
        op.execute(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
            "spaced, content='search_entry', content_rowid='id', tokenize='unicode61')"
        )
    elif dialect == "postgresql":
        op.execute(
            f"CREATE INDEX {TSVECTOR_INDEX} ON search_entry "
            "USING gin (to_tsvector('simple'::regconfig, spaced))"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif dialect == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {TSVECTOR_INDEX}")
    with op.batch_alter_table("search_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_entry_source_paragraph"))

    op.drop_table("search_entry")

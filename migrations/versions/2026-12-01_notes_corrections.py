"""Editor's notes on facts, the public corrections log, and the article's publication details.

`note` holds the notes of every fact (keyed by the API's resource and the fact's slug),
`correction` the entries of seed/corrections.yaml; `article.publication` says where and when the
feature was published, as far as it is confirmed. Reversible: downgrade drops all three.

Revision ID: 7d3f2b8e1c40
Revises: 5c1e0d7f9a21
Create Date: 2026-12-01 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7d3f2b8e1c40"
down_revision: str | None = "5c1e0d7f9a21"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "note",
        sa.Column("resource", sa.String(), nullable=False),
        sa.Column("slug", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text_zh", sa.String(), nullable=False),
        sa.Column("text_en", sa.String(), nullable=False),
        sa.Column("source_title", sa.String(), nullable=True),
        sa.Column("source_publisher", sa.String(), nullable=True),
        sa.Column("source_date", sa.String(), nullable=True),
        sa.Column("source_url", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("resource", "slug", "position", name=op.f("pk_note")),
    )
    op.create_table(
        "correction",
        sa.Column("slug", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("date", sa.String(), nullable=False),
        sa.Column("title_zh", sa.String(), nullable=False),
        sa.Column("title_en", sa.String(), nullable=False),
        sa.Column("reason_zh", sa.String(), nullable=False),
        sa.Column("reason_en", sa.String(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_correction")),
    )
    op.create_index("ix_correction_position_slug", "correction", ["position", "slug"])
    with op.batch_alter_table("article") as batch:
        batch.add_column(sa.Column("publication", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("article") as batch:
        batch.drop_column("publication")
    op.drop_index("ix_correction_position_slug", table_name="correction")
    op.drop_table("correction")
    op.drop_table("note")

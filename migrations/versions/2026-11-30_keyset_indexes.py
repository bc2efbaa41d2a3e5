"""Keyset indexes: (position, slug), and (column, position, slug) for the filters and sorts.

A page of statistics or milestones, filtered or not and at any cursor depth, becomes an index range
scan instead of a sort of every matching row, and counting a filter's matches an index-only scan of
its range; section and kind, the pair of filters most often combined, get one of their own. The
single-column indexes these replace are dropped (each is a prefix of its composite).

Revision ID: 5c1e0d7f9a21
Revises: aa7b9c93202f
Create Date: 2026-11-30 10:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "5c1e0d7f9a21"
down_revision: str | None = "aa7b9c93202f"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Fixed here, not derived from app.models: a migration is a snapshot.
COMPOSITES = {
    "statistic": (
        ("section",),
        ("kind",),
        ("unit",),
        ("qualifier",),
        ("as_of_year",),
        ("source_paragraph",),
        ("value",),
        ("section", "kind"),
    ),
    "milestone": (("section",),),
}
REPLACED = {
    "statistic": ("position", "kind", "section", "unit", "qualifier", "as_of_year"),
    "milestone": ("position", "section"),
}


def upgrade() -> None:
    for table, columns in COMPOSITES.items():
        for column in REPLACED[table]:
            op.drop_index(f"ix_{table}_{column}", table_name=table)
        op.create_index(f"ix_{table}_position_slug", table, ["position", "slug"])
        for prefix in columns:
            name = f"ix_{table}_{'_'.join(prefix)}_position_slug"
            op.create_index(name, table, [*prefix, "position", "slug"])


def downgrade() -> None:
    for table, columns in COMPOSITES.items():
        for prefix in columns:
            op.drop_index(f"ix_{table}_{'_'.join(prefix)}_position_slug", table_name=table)
        op.drop_index(f"ix_{table}_position_slug", table_name=table)
        for column in REPLACED[table]:
            op.create_index(f"ix_{table}_{column}", table, [column])

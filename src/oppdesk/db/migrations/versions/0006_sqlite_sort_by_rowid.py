"""SQLite: the opportunities' sort indexes become (column) instead of (column, id).

Every SQLite index entry ends with the rowid, which is now the list's tie-break on SQLite:
naming the 32-character id as well made each entry 2-3x wider (+500 MB at a million rows;
a bulk delete of 100,000 rows removes 1.4 million of these entries). PostgreSQL keeps its
(column, id) indexes: it has no rowid.

Revision ID: 0006_sqlite_sort_by_rowid
Revises: 0005_lean_history_and_links
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_sqlite_sort_by_rowid"
down_revision: str | Sequence[str] | None = "0005_lean_history_and_links"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The models' SORT_COLUMNS when this revision was written (migrations never import models).
COLUMNS = (
    "name_key",
    "company_key",
    "contact_key",
    "amount",
    "probability",
    "weighted_amount",
    "due_date",
    "pipeline_key",
    "stage_key",
    "status",
    "owner_key",
    "source_key",
    "created_at",
    "updated_at",
)
LIVE_ROWS = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    # Plain index operations, not a batch: rebuilding the table would renumber rowids under
    # the full-text index.
    for column in COLUMNS:
        op.drop_index(f"ix_opportunities_live_{column}", table_name="opportunities")
        op.create_index(
            f"ix_opportunities_live_{column}_by_rowid",
            "opportunities",
            [column],
            sqlite_where=LIVE_ROWS,
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for column in COLUMNS:
        op.drop_index(f"ix_opportunities_live_{column}_by_rowid", table_name="opportunities")
        op.create_index(
            f"ix_opportunities_live_{column}",
            "opportunities",
            [column, "id"],
            sqlite_where=LIVE_ROWS,
        )

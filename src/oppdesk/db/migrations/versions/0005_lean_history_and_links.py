"""Leaner history indexes and link tables (faster bulk writes and demo loads).

- ``stage_changes`` and ``change_log``: the ``batch_id`` indexes become partial (``WHERE
  batch_id IS NOT NULL``). Only bulk actions set a batch id (undo looks rows up by it); the
  rows of single edits — nearly all of them — no longer get an index entry.
- SQLite: ``opportunity_assignees``, ``opportunity_tags`` and ``custom_field_values`` become
  WITHOUT ROWID tables, stored in their primary-key B-tree alone instead of a table plus a
  copy of the key (one B-tree less per row: filling them measured ~25 % faster).

Revision ID: 0005_lean_history_and_links
Revises: 0004_narrow_fk_indexes
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_lean_history_and_links"
down_revision: str | Sequence[str] | None = "0004_narrow_fk_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HISTORY = ("stage_changes", "change_log")
LINKS = ("opportunity_assignees", "opportunity_tags", "custom_field_values")
IN_A_BATCH = sa.text("batch_id IS NOT NULL")


def upgrade() -> None:
    for table in HISTORY:
        op.drop_index(f"ix_{table}_batch_id", table_name=table)
        op.create_index(
            f"ix_{table}_batch_id",
            table,
            ["batch_id"],
            sqlite_where=IN_A_BATCH,
            postgresql_where=IN_A_BATCH,
        )
    if op.get_bind().dialect.name == "sqlite":
        for table in LINKS:  # copy, drop, rename: keys, foreign keys and indexes kept
            with op.batch_alter_table(
                table, recreate="always", table_kwargs={"sqlite_with_rowid": False}
            ):
                pass


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in LINKS:
            with op.batch_alter_table(table, recreate="always"):
                pass
    for table in HISTORY:
        op.drop_index(f"ix_{table}_batch_id", table_name=table)
        op.create_index(f"ix_{table}_batch_id", table, ["batch_id"])

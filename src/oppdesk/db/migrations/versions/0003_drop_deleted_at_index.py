"""Drop the plain deleted_at index on opportunities.

SQLite's planner chose it (an equality on NULL) over the partial (column, id) sort indexes
and then sorted every live row in a temporary B-tree: ~400 ms per page at a million rows
instead of ~12 ms. The partial indexes (WHERE deleted_at IS NULL) serve every live-row
query, counts included.

Revision ID: 0003_drop_deleted_at_index
Revises: 0002_sort_keys_search
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003_drop_deleted_at_index"
down_revision: str | Sequence[str] | None = "0002_sort_keys_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain DROP INDEX, not a batch operation: rebuilding the table on SQLite would
    # renumber rowids under the full-text index.
    op.drop_index("ix_opportunities_deleted_at", table_name="opportunities")


def downgrade() -> None:
    op.create_index("ix_opportunities_deleted_at", "opportunities", ["deleted_at"])

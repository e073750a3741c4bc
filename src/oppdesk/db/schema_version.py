"""The schema revisions this build knows, without importing Alembic (it costs ~100 ms).

A test checks these against the migration scripts, so they cannot drift.
"""

REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_sort_keys_search",
    "0003_drop_deleted_at_index",
    "0004_narrow_fk_indexes",
    "0005_lean_history_and_links",
    "0006_sqlite_sort_by_rowid",
)
HEAD: str = REVISIONS[-1]

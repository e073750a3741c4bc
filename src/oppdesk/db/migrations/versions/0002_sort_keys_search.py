"""Sort keys and full-text search for the opportunity list.

Folded (accent- and case-insensitive) sort keys on opportunities and companies, partial
(column, id) indexes over live rows for every sortable column, and the search box's index:
FTS5 with the trigram tokenizer on SQLite, pg_trgm GIN on PostgreSQL.

Revision ID: 0002_sort_keys_search
Revises: 0001_initial
Create Date: 2026-11-27 23:00:11.007489

"""

import logging
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002_sort_keys_search"
down_revision: str | Sequence[str] | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


log = logging.getLogger("alembic.runtime.migration")
LIVE = sa.text("deleted_at IS NULL")
SORT_COLUMNS = (
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
OLD_INDEXES = (
    "amount",
    "created_at",
    "due_date",
    "name",
    "probability",
    "status",
    "updated_at",
    "weighted_amount",
)
KEY_COLUMNS = (
    ("name_key", 200),
    ("company_key", 200),
    ("contact_key", 200),
    ("owner_key", 120),
    ("source_key", 120),
    ("pipeline_key", 120),
)

# External-content FTS5 keyed by the opportunities' rowid. A later migration that rebuilds
# the opportunities table on SQLite (batch "move and copy") renumbers rowids and drops these
# triggers: it must recreate them and run the 'rebuild' command below.
SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE opportunity_search USING fts5("
    "search_text, content='opportunities', content_rowid='rowid', tokenize='trigram')",
    "CREATE TRIGGER opportunity_search_ai AFTER INSERT ON opportunities BEGIN "
    "INSERT INTO opportunity_search(rowid, search_text) VALUES (new.rowid, new.search_text); END",
    "CREATE TRIGGER opportunity_search_ad AFTER DELETE ON opportunities BEGIN "
    "INSERT INTO opportunity_search(opportunity_search, rowid, search_text) "
    "VALUES ('delete', old.rowid, old.search_text); END",
    "CREATE TRIGGER opportunity_search_au AFTER UPDATE OF search_text ON opportunities BEGIN "
    "INSERT INTO opportunity_search(opportunity_search, rowid, search_text) "
    "VALUES ('delete', old.rowid, old.search_text); "
    "INSERT INTO opportunity_search(rowid, search_text) VALUES (new.rowid, new.search_text); END",
    "INSERT INTO opportunity_search(opportunity_search) VALUES ('rebuild')",
)


def fold(text: str | None) -> str:
    """Frozen copy of services.sort_keys.fold as it was at this revision."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def _backfill(bind: sa.Connection) -> None:
    companies = sa.table(
        "companies", sa.column("id", sa.Uuid()), sa.column("name"), sa.column("name_key")
    )
    for cid, name in bind.execute(sa.select(companies.c.id, companies.c.name)).all():
        bind.execute(
            companies.update().where(companies.c.id == cid).values(name_key=fold(name)[:200])
        )
    rows = bind.execute(
        sa.text(
            "SELECT o.id, o.reference, o.name, c.name, ct.first_name, ct.last_name, u.display_name, "
            "s.name, p.name, p.position, st.position "
            "FROM opportunities o JOIN companies c ON c.id = o.company_id "
            "LEFT JOIN contacts ct ON ct.id = o.contact_id JOIN users u ON u.id = o.owner_id "
            "LEFT JOIN sources s ON s.id = o.source_id JOIN pipelines p ON p.id = o.pipeline_id "
            "JOIN stages st ON st.id = o.stage_id"
        )
    ).all()
    # ids come back raw from the text query above (hex on SQLite): bind them back raw.
    opps = sa.table(
        "opportunities",
        sa.column("id"),
        *(sa.column(c) for c, _ in KEY_COLUMNS),
        sa.column("stage_key"),
        sa.column("search_text"),
    )
    for oid, ref, name, company, first, last, owner, source, pipeline, ppos, spos in rows:
        contact = fold(f"{last or ''} {first or ''}")
        keys = {
            "name_key": fold(name)[:200],
            "company_key": fold(company)[:200],
            "contact_key": contact[:200],
            "owner_key": fold(owner)[:120],
            "source_key": fold(source)[:120],
            "pipeline_key": fold(pipeline)[:120],
            "stage_key": ppos * 1000 + spos,
        }
        keys["search_text"] = " ".join(
            part for part in (fold(ref), keys["name_key"], keys["company_key"], contact) if part
        )
        bind.execute(opps.update().where(opps.c.id == oid).values(**keys))


def _create_search(bind: sa.Connection) -> None:
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_SEARCH:
            op.execute(statement)
        return
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError as exc:
        log.warning(
            "pg_trgm unavailable (%s): the search box will scan instead of using an index", exc
        )
        return
    op.execute(
        "CREATE INDEX ix_opportunities_search_text_trgm ON opportunities "
        "USING gin (search_text gin_trgm_ops)"
    )


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("companies") as batch_op:
        batch_op.add_column(
            sa.Column("name_key", sa.String(200), nullable=False, server_default="")
        )
    with op.batch_alter_table("opportunities") as batch_op:
        for name, length in KEY_COLUMNS:
            batch_op.add_column(
                sa.Column(name, sa.String(length), nullable=False, server_default="")
            )
        batch_op.add_column(
            sa.Column("stage_key", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    _backfill(bind)
    # The server defaults only served the backfill; the services always set these columns.
    with op.batch_alter_table("companies") as batch_op:
        batch_op.alter_column("name_key", server_default=None)
        batch_op.create_index("ix_companies_name_key_id", ["name_key", "id"])
    with op.batch_alter_table("opportunities") as batch_op:
        for name, _ in KEY_COLUMNS:
            batch_op.alter_column(name, server_default=None)
        batch_op.alter_column("stage_key", server_default=None)
        batch_op.alter_column("search_text", server_default=None)
        for column in OLD_INDEXES:
            batch_op.drop_index(f"ix_opportunities_{column}_id")
        for column in SORT_COLUMNS:
            batch_op.create_index(
                f"ix_opportunities_live_{column}",
                [column, "id"],
                sqlite_where=LIVE,
                postgresql_where=LIVE,
            )
    _create_search(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS opportunity_search_{trigger}")
        op.execute("DROP TABLE IF EXISTS opportunity_search")
    else:
        op.execute("DROP INDEX IF EXISTS ix_opportunities_search_text_trgm")
    with op.batch_alter_table("opportunities") as batch_op:
        for column in SORT_COLUMNS:
            batch_op.drop_index(f"ix_opportunities_live_{column}")
        for column in OLD_INDEXES:
            batch_op.create_index(f"ix_opportunities_{column}_id", [column, "id"])
        for name in ("search_text", "stage_key", *(c for c, _ in KEY_COLUMNS)):
            batch_op.drop_column(name)
    with op.batch_alter_table("companies") as batch_op:
        batch_op.drop_index("ix_companies_name_key_id")
        batch_op.drop_column("name_key")

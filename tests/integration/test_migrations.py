"""Migrations build exactly the models' schema, on SQLite and PostgreSQL, and start-up
migration is safe: it refuses newer databases and backs SQLite files up first."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import URL

from oppdesk.db import create_database, migrate
from oppdesk.db.schema_version import HEAD, REVISIONS
from oppdesk.models import Base


def test_migrations_match_models(db):
    with db.engine.connect() as conn:
        opts = {
            "compare_type": True,
            "include_name": migrate.include_name,
            "include_object": migrate.include_object_on(conn.dialect.name),
        }
        context = MigrationContext.configure(conn, opts=opts)
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_known_revisions_match_the_scripts():
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    chain = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert tuple(chain) == REVISIONS
    assert scripts.get_current_head() == HEAD


def _fresh_sqlite(tmp_path):
    return create_database(URL.create("sqlite+pysqlite", database=str(tmp_path / "w.sqlite3")))


def test_upgrade_is_idempotent_and_cheap_when_current(tmp_path):
    db = _fresh_sqlite(tmp_path)
    first = migrate.upgrade(db)
    assert (first.from_revision, first.to_revision, first.backup_path) == (None, HEAD, None)
    again = migrate.upgrade(db)
    assert (again.from_revision, again.backup_path) == (HEAD, None)
    db.dispose()


def test_newer_database_is_refused_untouched(tmp_path):
    db = _fresh_sqlite(tmp_path)
    migrate.upgrade(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(migrate.SchemaTooNewError, match="newer oppdesk"):
        migrate.upgrade(db)
    with db.engine.connect() as conn:
        assert migrate.current_revision(conn) == "9999_future"
    assert not list(tmp_path.glob("*.bak-*"))
    db.dispose()


def test_sqlite_is_backed_up_before_an_upgrade(tmp_path, monkeypatch):
    db = _fresh_sqlite(tmp_path)
    migrate.upgrade(db)
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE user_note (body TEXT)"))
        conn.execute(text("INSERT INTO user_note VALUES ('précieux')"))
    # Pretend this build has one more revision than the file: an upgrade is due.
    monkeypatch.setattr(migrate, "HEAD", "0002_pretend")
    monkeypatch.setattr(migrate, "REVISIONS", (*REVISIONS, "0002_pretend"))
    result = migrate.upgrade(db)
    assert result.backup_path is not None and result.backup_path.exists()
    assert result.backup_path.name.startswith(f"w.sqlite3.bak-{HEAD}-")
    copy = sqlite3.connect(result.backup_path)
    try:
        assert copy.execute("SELECT body FROM user_note").fetchall() == [("précieux",)]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()
    db.dispose()


def test_sqlite_connection_settings(tmp_path):
    db = _fresh_sqlite(tmp_path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
    db.dispose()


def test_upgrade_from_0001_backfills_sort_keys_and_search(tmp_path):
    import uuid
    from datetime import UTC, datetime

    from alembic import command

    from oppdesk import services

    db = _fresh_sqlite(tmp_path)
    with db.engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0001_initial")
    admin_id = services.ensure_defaults(db)
    now = datetime.now(UTC).replace(tzinfo=None)
    with db.engine.begin() as conn:
        pipeline, stage = conn.execute(
            text(
                "SELECT p.id, s.id FROM pipelines p JOIN stages s ON s.pipeline_id = p.id "
                "ORDER BY s.position LIMIT 1"
            )
        ).one()
        company = uuid.uuid4().hex
        conn.execute(
            text(
                "INSERT INTO companies (id, name, kind, version, created_at, updated_at) "
                "VALUES (:id, 'Société Éléphant', 'client', 1, :now, :now)"
            ),
            {"id": company, "now": now},
        )
        conn.execute(
            text(
                "INSERT INTO opportunities (id, reference, name, company_id, amount, currency, "
                "probability, probability_is_manual, weighted_amount, pipeline_id, stage_id, "
                "status, brief, owner_id, version, created_at, updated_at) VALUES (:id, "
                "'OPP-00001', 'Étude Préalable', :company, 10, 'EUR', 10, 0, 1, :pipeline, "
                ":stage, 'open', '', :owner, 1, :now, :now)"
            ),
            {
                "id": uuid.uuid4().hex,
                "company": company,
                "pipeline": pipeline,
                "stage": stage,
                "owner": admin_id.hex,
                "now": now,
            },
        )
    result = migrate.upgrade(db)
    assert (result.from_revision, result.to_revision) == ("0001_initial", HEAD)
    assert result.backup_path is not None
    rows = services.list_opportunities(db, admin_id, services.OpportunityQuery(text="elephant"))
    assert [r.name for r in rows] == ["Étude Préalable"]
    with db.engine.connect() as conn:
        keys = conn.execute(
            text("SELECT name_key, company_key, search_text FROM opportunities")
        ).one()
    assert tuple(keys) == (
        "etude prealable",
        "societe elephant",
        "opp-00001 etude prealable societe elephant",
    )
    db.dispose()


def _sqlite_shape(path):
    """What compare_metadata does not see: index definitions (partial predicates included)
    and which tables are WITHOUT ROWID."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'opportunity_search%' AND name != 'alembic_version'"
        ).fetchall()
    finally:
        conn.close()
    indexes = {name: " ".join(sql.split()) for kind, name, sql in rows if kind == "index"}
    no_rowid = {name for kind, name, sql in rows if kind == "table" and "WITHOUT ROWID" in sql}
    return indexes, no_rowid


def test_sqlite_migrations_build_the_models_indexes_and_table_kinds(tmp_path):
    migrated = _fresh_sqlite(tmp_path)
    migrate.upgrade(migrated)
    migrated.dispose()
    fresh = create_database(URL.create("sqlite+pysqlite", database=str(tmp_path / "m.sqlite3")))
    Base.metadata.create_all(fresh.engine)
    fresh.dispose()
    indexes, no_rowid = _sqlite_shape(tmp_path / "w.sqlite3")
    assert (indexes, no_rowid) == _sqlite_shape(tmp_path / "m.sqlite3")
    assert no_rowid == {"opportunity_assignees", "opportunity_tags", "custom_field_values"}
    assert indexes["ix_change_log_batch_id"].endswith("WHERE batch_id IS NOT NULL")


def test_history_batch_indexes_are_partial(db):
    query = (
        "SELECT sql FROM sqlite_master WHERE name LIKE '%batch_id'"
        if db.is_sqlite
        else "SELECT indexdef FROM pg_indexes WHERE indexname LIKE '%batch_id'"
    )
    with db.engine.connect() as conn:
        definitions = list(conn.execute(text(query)).scalars())
    assert len(definitions) == 2
    assert all(
        d.replace("(", "").replace(")", "").endswith("WHERE batch_id IS NOT NULL")
        for d in definitions
    )

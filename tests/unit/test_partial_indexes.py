"""Partial indexes carry their predicate on both backends, and a SQLite start-up never
loads SQLAlchemy's PostgreSQL dialect for them (see models.base.partial_index)."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL
from sqlalchemy.schema import CreateIndex

from oppdesk.db import create_database
from oppdesk.models import Base


def _partial_indexes() -> list:
    return [
        index
        for table in Base.metadata.sorted_tables
        for index in table.indexes
        if index.dialect_options["sqlite"]["where"] is not None
    ]


def test_opening_a_postgresql_database_gives_every_partial_index_its_predicate() -> None:
    indexes = _partial_indexes()
    assert {i.name for i in indexes} >= {
        "uq_opportunities_reference_live",
        "ix_opportunities_live_amount",
        "ix_change_log_batch_id",
        "ix_stage_changes_batch_id",
    }
    # Creating the engine connects to nothing: no server is needed here.
    db = create_database(URL.create("postgresql+psycopg", host="127.0.0.1", database="unused"))
    db.dispose()
    for index in indexes:
        on_sqlite = str(CreateIndex(index).compile(dialect=sqlite.dialect()))
        on_postgresql = str(CreateIndex(index).compile(dialect=postgresql.dialect()))
        predicate = on_sqlite.rsplit(" WHERE ", 1)[1]
        assert on_postgresql.endswith(f" WHERE {predicate}"), index.name


def test_declaring_the_models_does_not_import_the_postgresql_dialect() -> None:
    code = "import sys, oppdesk.models; print('sqlalchemy.dialects.postgresql' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"

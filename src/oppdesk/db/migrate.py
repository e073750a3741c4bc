"""Bring a workspace database to this build's schema, safely.

1. Read the revision with one plain query (Alembic is imported only when work is due).
2. Refuse a database written by a newer oppdesk.
3. Back up an existing SQLite file with the online backup API before changing it.
4. Run Alembic, configured in code, on the same connection.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from oppdesk.db.engine import Database
from oppdesk.db.schema_version import HEAD, REVISIONS
from oppdesk.models import SEARCH_OBJECT_PREFIXES
from oppdesk.models.base import built_on

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer oppdesk; opening it could damage it."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            f"This database has schema revision {revision!r}, which this version of oppdesk "
            f"does not know (it knows up to {HEAD!r}). It was probably written by a newer "
            "oppdesk: update the application instead of opening it with this one."
        )
        self.revision = revision


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup_path: Path | None


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Schema comparison filter: full-text search objects are made by hand in migrations."""
    return not (name and name.startswith(SEARCH_OBJECT_PREFIXES))


def include_object_on(dialect: str) -> Callable[[object, str | None, str, bool, object], bool]:
    """Schema comparison filter for a database of backend ``dialect``: the models' indexes
    built only on another backend (``partial_index(only_on=…)``) are not expected there."""

    def include_object(
        obj: object, name: str | None, type_: str, reflected: bool, _: object
    ) -> bool:
        return reflected or type_ != "index" or built_on(name, dialect)

    return include_object


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(conn: Connection | None = None) -> Config:
    from alembic.config import Config  # noqa: PLC0415 - imported only when a migration is due

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def backup_sqlite(db: Database, revision: str | None) -> Path | None:
    """Copy the SQLite file next to itself (``<name>.bak-<rev>-<timestamp>``)."""
    path = db.url.database
    if not db.is_sqlite or not path or path == ":memory:" or not Path(path).exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = Path(f"{path}.bak-{revision or 'none'}-{stamp}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    log.info("backed up %s to %s before migrating", path, target)
    return target


def upgrade(db: Database) -> MigrationResult:
    """Upgrade ``db`` to :data:`HEAD`; a no-op (one query) when it is already there."""
    with db.engine.connect() as conn:
        revision = current_revision(conn)
    if revision == HEAD:
        return MigrationResult(revision, HEAD, None)
    if revision is not None and revision not in REVISIONS:
        raise SchemaTooNewError(revision)
    backup = backup_sqlite(db, revision) if revision is not None else None

    from alembic import command  # noqa: PLC0415 - see module docstring

    with db.engine.connect() as conn:
        if db.is_sqlite:
            # SQLite rebuilds tables to alter them ("move and copy"); with foreign keys on,
            # dropping the old table would fail. The pragma only works outside a transaction.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        with conn.begin():
            command.upgrade(alembic_config(conn), "head")
            if db.is_sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken references: {broken[:5]}")
        if db.is_sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
    log.info("migrated %s from %s to %s", db.url.database or db.url, revision, HEAD)
    return MigrationResult(revision, HEAD, backup)

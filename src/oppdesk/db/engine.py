"""Engine and session factory. Nothing is built at import time: ``create_database`` does it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from oppdesk.db.unit_of_work import UnitOfWork
from oppdesk.models.base import add_postgresql_predicates

SQLITE_BUSY_TIMEOUT_MS = 10_000


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


@dataclass(frozen=True)
class Database:
    """An open workspace database: the engine and a session factory bound to it."""

    url: URL
    engine: Engine
    session_factory: sessionmaker[Session] = field(repr=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    def uow(self) -> UnitOfWork:
        """A new unit of work: rolls back unless ``commit()`` was called; always closes."""
        return UnitOfWork(self.session_factory)

    @contextmanager
    def connect(self) -> Iterator[Any]:
        with self.engine.connect() as conn:
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()


def create_database(url: URL, *, echo: bool = False) -> Database:
    """Build the engine for ``url`` (SQLite file or PostgreSQL through psycopg 3)."""
    backend = url.get_backend_name()
    kwargs: dict[str, Any] = {"echo": echo, "future": True}
    if backend == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
    else:
        add_postgresql_predicates()
        kwargs["pool_pre_ping"] = True
        kwargs["pool_size"] = 5
        kwargs["max_overflow"] = 10
    engine = create_engine(url, **kwargs)
    if backend == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    factory = sessionmaker(engine, expire_on_commit=False, autoflush=False)
    return Database(url=url, engine=engine, session_factory=factory)

"""Shared fixtures: every service test runs on a real SQLite file and a real PostgreSQL.

PostgreSQL comes from ``OPPDESK_TEST_PG_URL``. Without it (or when the server does not
answer) PostgreSQL tests are skipped with a line saying how to enable them — except under
``CI=true``, where they fail: CI must never pass without having run them.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from oppdesk import services
from oppdesk.db import Database, create_database
from oppdesk.db.migrate import upgrade
from oppdesk.models import Base

PG_ENV = "OPPDESK_TEST_PG_URL"
PG_HINT = (
    f"PostgreSQL tests skipped: set {PG_ENV}=postgresql+psycopg://USER@HOST:5432/DBNAME "
    "(an empty database the tests may wipe) to run them"
)
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pytest_report_header(config: pytest.Config) -> str:
    url = os.environ.get(PG_ENV)
    return f"oppdesk PostgreSQL tests: {url}" if url else PG_HINT


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get(PG_ENV) or IN_CI:
        return
    skip = pytest.mark.skip(reason=PG_HINT)
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """One line per skip reason (not one per test): the PostgreSQL hint shows once."""
    reasons: dict[str, int] = {}
    for report in terminalreporter.stats.get("skipped", []):
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        reason = reason.removeprefix("Skipped: ")
        reasons[reason] = reasons.get(reason, 0) + 1
    for reason, count in sorted(reasons.items()):
        terminalreporter.write_line(f"{count} skipped — {reason}")


def _pg_unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"CI=true and PostgreSQL is required, but {reason}", pytrace=False)
    pytest.skip(f"{PG_HINT}; {reason}")


@pytest.fixture(scope="session")
def pg_template() -> Iterator[URL]:
    """The test PostgreSQL database, wiped and migrated once per session."""
    raw = os.environ.get(PG_ENV)
    if not raw:
        _pg_unavailable(f"{PG_ENV} is not set")
    url = make_url(raw)  # type: ignore[arg-type]
    db = create_database(url)
    try:
        with db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    except Exception as exc:
        db.dispose()
        where = url.render_as_string(hide_password=True)
        _pg_unavailable(f"cannot reach {where} ({type(exc).__name__})")
    upgrade(db)
    db.dispose()
    yield url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = create_database(URL.create("sqlite+pysqlite", database=str(path)))
    upgrade(db)
    db.dispose()
    return path


def _wipe(db: Database) -> None:
    tables = [t.name for t in reversed(Base.metadata.sorted_tables)]
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(tables)} CASCADE"))


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, seeded, empty workspace database: SQLite file or PostgreSQL."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "workspace.sqlite3"
        shutil.copyfile(template, path)
        database = create_database(URL.create("sqlite+pysqlite", database=str(path)))
    else:
        database = create_database(request.getfixturevalue("pg_template"))
        _wipe(database)
    services.ensure_defaults(database)
    yield database
    database.dispose()


@pytest.fixture
def admin_id(db: Database) -> uuid.UUID:
    return services.ensure_defaults(db)


@pytest.fixture
def company(db: Database, admin_id: uuid.UUID) -> Any:
    return services.create_company(
        db, admin_id, {"name": "Société Générale de Test", "kind": "client"}
    )


@pytest.fixture
def make_opportunity(db: Database, admin_id: uuid.UUID, company: Any) -> Callable[..., Any]:
    def make(actor: uuid.UUID | None = None, **fields: Any) -> Any:
        values: dict[str, Any] = {"name": "Contrat de maintenance", "company_id": company.id}
        values.update(fields)
        return services.create_opportunity(db, actor or admin_id, values)

    return make


@pytest.fixture
def make_user(db: Database, admin_id: uuid.UUID) -> Callable[..., Any]:
    def make(login: str, profile: str = "sales", **fields: Any) -> Any:
        values: dict[str, Any] = {"login": login, "display_name": login.title(), "profile": profile}
        values.update(fields)
        return services.create_user(db, admin_id, values)

    return make

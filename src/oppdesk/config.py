"""Where oppdesk keeps its files, and which database a workspace uses.

Resolution order for the database: an explicit URL (``--db``), then ``OPPDESK_DATABASE_URL``,
then the embedded default, a SQLite file in the user's data folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url

APP_NAME = "oppdesk"
ENV_DATABASE_URL = "OPPDESK_DATABASE_URL"
DEFAULT_DB_FILE = "oppdesk.sqlite3"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_database_url() -> URL:
    return URL.create("sqlite+pysqlite", database=str(data_dir() / DEFAULT_DB_FILE))


def resolve_database_url(explicit: str | os.PathLike[str] | URL | None = None) -> URL:
    """The URL to open: explicit, else the environment, else the embedded default.

    A bare file path is accepted as a SQLite file; ``postgresql://`` is given the psycopg 3
    driver so users need not know SQLAlchemy's driver names.
    """
    if isinstance(explicit, os.PathLike):
        explicit = os.fspath(explicit)
    raw: str | URL | None = explicit or os.environ.get(ENV_DATABASE_URL) or None
    if raw is None:
        return default_database_url()
    if isinstance(raw, URL):
        url = raw
    elif "://" not in raw:
        url = URL.create("sqlite+pysqlite", database=str(Path(raw).expanduser().resolve()))
    else:
        url = make_url(raw)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    elif url.drivername == "sqlite":
        url = url.set(drivername="sqlite+pysqlite")
    return url


def describe_url(url: URL) -> str:
    """A human description without the password: a file path or ``user@host/db``."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)

"""Autogenerate a migration against a scratch SQLite database at the current head.

Usage: python scripts/new_migration.py "short message" [revision_id]
Read the generated file before committing it, and add its id to db/schema_version.py.
"""

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy.engine import URL

from oppdesk.db import create_database
from oppdesk.db.migrate import alembic_config


def main() -> None:
    message = sys.argv[1]
    rev_id = sys.argv[2] if len(sys.argv) > 2 else None
    with tempfile.TemporaryDirectory() as tmp:
        db = create_database(URL.create("sqlite+pysqlite", database=str(Path(tmp) / "s.db")))
        with db.engine.begin() as conn:
            cfg = alembic_config(conn)
            command.upgrade(cfg, "head")
            command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)
        db.dispose()


if __name__ == "__main__":
    main()

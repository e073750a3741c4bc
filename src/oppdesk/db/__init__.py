"""Engine, sessions, unit of work and migrations. No Qt here."""

from oppdesk.db.engine import Database, create_database
from oppdesk.db.unit_of_work import UnitOfWork

__all__ = ["Database", "UnitOfWork", "create_database"]

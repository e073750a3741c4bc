"""Declarative base, shared column types and the sync-ready mixins every entity uses."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Index,
    MetaData,
    Numeric,
    String,
    TypeDecorator,
    Uuid,
    func,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MONEY = Numeric(14, 2)
"""Money is a ``Decimal`` with two places, never a float."""


def utcnow() -> datetime:
    return datetime.now(UTC)


_PARTIAL_INDEXES: list[tuple[Index, str]] = []


_ONLY_ON: dict[str, str] = {}
"""Index name → the one backend it is built on (see ``partial_index(only_on=…)``)."""


def partial_index(
    name: str, *columns: str, where: str, unique: bool = False, only_on: str | None = None
) -> Index:
    """An index over the rows matching ``where``, on SQLite and PostgreSQL alike, or only on
    the backend ``only_on`` names (``"sqlite"`` or ``"postgresql"``).

    The PostgreSQL predicate is attached by :func:`add_postgresql_predicates` when the first
    PostgreSQL database is opened: naming ``postgresql_where`` here made every start-up on
    SQLite import SQLAlchemy's PostgreSQL dialect to validate the keyword (~18 ms of import)."""
    index = Index(name, *columns, unique=unique, sqlite_where=text(where))
    if only_on is not None:
        index.ddl_if(dialect=only_on)  # CREATE/DROP INDEX, create_all, drop_all skip it elsewhere
        _ONLY_ON[name] = only_on
    _PARTIAL_INDEXES.append((index, where))
    return index


def built_on(index_name: str | None, dialect: str) -> bool:
    """Whether the index ``index_name`` of the models exists on the backend ``dialect``."""
    only_on = _ONLY_ON.get(index_name or "")
    return only_on is None or only_on == dialect


def add_postgresql_predicates() -> None:
    """Give every :func:`partial_index` its ``postgresql_where`` (idempotent). Called before
    anything emits PostgreSQL DDL from the models (engine creation, Alembic's env)."""
    for index, where in _PARTIAL_INDEXES:
        options = index.dialect_options["postgresql"]
        if options["where"] is None:
            options["where"] = text(where)


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware.

    SQLite has no timezone-aware type; without this, values would come back naive there and
    aware on PostgreSQL, and comparisons across backends would break.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        uuid.UUID: Uuid(),
        Decimal: MONEY,
        datetime: UtcDateTime(),
        date: Date(),
        str: String(255),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class IdMixin:
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)


class TrackedMixin(IdMixin):
    """UUID key, optimistic version counter, audit stamps — what offline sync needs."""

    version: Mapped[int] = mapped_column(nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        default=utcnow, onupdate=utcnow, server_default=func.now()
    )
    created_by: Mapped[uuid.UUID | None]
    updated_by: Mapped[uuid.UUID | None]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declared_attr receives the class
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class SoftDeleteMixin:
    deleted_at: Mapped[datetime | None] = mapped_column(index=True)

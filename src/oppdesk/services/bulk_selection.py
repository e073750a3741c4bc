"""The checked rows of a bulk action as SQL, whatever their number.

Explicitly checked ids travel as **one** bound value (a JSON array read by ``json_each`` on
SQLite, a ``uuid[]`` on PostgreSQL), never as one parameter per id: SQLite refuses more than
32,766 variables (999 in older builds) and PostgreSQL more than 65,535, and a list of
100,000 ids would otherwise have to be split into many statements.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import (
    ARRAY,
    BigInteger,
    ColumnElement,
    Table,
    Uuid,
    all_,
    and_,
    any_,
    case,
    cast,
    false,
    func,
    insert,
    literal,
    null,
    select,
    text,
)
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import ROWID, Opportunity
from oppdesk.services.opportunity_list import Selection, conditions
from oppdesk.services.privileges import Actor, load_actor


def _uuid_array(ids: Collection[uuid.UUID]) -> Any:
    return literal(list(ids), ARRAY(Uuid()))


def ids_in(column: Any, ids: Collection[uuid.UUID], dialect: str) -> ColumnElement[bool]:
    """``column IN ids`` with the ids bound as one value."""
    if not ids:
        return false()
    if dialect == "postgresql":
        return column == any_(_uuid_array(ids))  # type: ignore[no-any-return]
    # SQLAlchemy's Uuid stores 32 lower-case hex digits on SQLite.
    values = func.json_each(json.dumps([i.hex for i in ids])).table_valued("value")
    return column.in_(select(values.c.value))  # type: ignore[no-any-return]


def ids_not_in(column: Any, ids: Collection[uuid.UUID], dialect: str) -> ColumnElement[bool]:
    if dialect == "postgresql":
        return column != all_(_uuid_array(ids))  # type: ignore[no-any-return]
    return ~ids_in(column, ids, dialect)


def selected(
    actor: Actor, selection: Selection, dialect: str, *, scan: bool = False
) -> list[ColumnElement[bool]]:
    """The WHERE clause of a selection: visible, matching the filter, checked (``scan``:
    to read the rows' columns, see :func:`conditions`)."""
    conds = conditions(actor, selection.query, dialect, scan=scan)
    if selection.all_matching:
        if selection.ids:
            conds.append(ids_not_in(Opportunity.id, selection.ids, dialect))
        return conds
    return [*conds, ids_in(Opportunity.id, selection.ids, dialect)]


def count_selection(db: Database, actor_id: uuid.UUID, selection: Selection) -> int:
    """How many opportunities the selection holds (what the confirmation announces)."""
    with db.uow() as uow:
        actor = load_actor(uow.session, actor_id)
        where = selected(actor, selection, db.dialect)
        return int(uow.session.scalar(select(func.count()).where(*where)) or 0)


def fill(
    s: Session,
    dialect: str,
    work: Table,
    where: list[ColumnElement[bool]],
    *,
    allowed: ColumnElement[bool],
    mask: ColumnElement[Any],
) -> tuple[int, int, int]:
    """Copy the selected rows into ``work`` in one pass; return (matched, allowed, to change).

    Rows the actor may change and that the action changes get ``k`` = 1…n in table order
    (rowid on SQLite, so chunks walk the table page after page); the others follow."""
    ok = case((allowed, 1), else_=0)
    key = ROWID if dialect == "sqlite" else Opportunity.id
    inner = select(
        Opportunity.id.label("id"),
        (ROWID if dialect == "sqlite" else cast(null(), BigInteger)).label("r"),
        ok.label("ok"),
        case((allowed, mask), else_=0).label("mask"),
        key.label("o"),
    ).where(*where)
    rows = inner.subquery()
    todo = case((and_(rows.c.ok == 1, rows.c.mask != 0), 0), else_=1)
    k = func.row_number().over(order_by=(todo, rows.c.o))
    s.execute(
        insert(work).from_select(
            ["k", "id", "r", "ok", "mask"],
            select(k, rows.c.id, rows.c.r, rows.c.ok, rows.c.mask),
        )
    )
    if dialect == "postgresql":
        s.execute(text(f"ANALYZE {work.name}"))  # a temporary table has no statistics
    return _counts(s, work)


def _counts(s: Session, work: Table) -> tuple[int, int, int]:
    w = work.c
    matched, allowed, todo = s.execute(
        select(func.count(), func.coalesce(func.sum(w.ok), 0), func.count(case((w.mask != 0, 1))))
    ).one()
    return int(matched), int(allowed), int(todo)

"""Undo a bulk action from its history rows (set-based), while nobody changed the records
since; the undo itself is recorded as history (old and new swapped) under a new batch id.

The old values of the row's own fields are pivoted into a work table (one row per record,
one column per field, a mask of the fields present), then restored by one UPDATE … FROM per
distinct mask that also stamps the row: each record is written once, and only the columns
that change are named (so no other index entry is rewritten).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    ColumnElement,
    Date,
    Integer,
    MetaData,
    Table,
    Text,
    Uuid,
    and_,
    case,
    cast,
    exists,
    func,
    insert,
    literal,
    null,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session, aliased

from oppdesk.db import Database
from oppdesk.models import (
    ROWID,
    Activity,
    ChangeLog,
    Opportunity,
    Pipeline,
    Source,
    Stage,
    StageChange,
    User,
    utcnow,
)
from oppdesk.services.bulk_links_undo import restore_custom, restore_links
from oppdesk.services.bulk_sql import (
    ENTITY,
    LOG_COLUMNS,
    Batch,
    has,
    new_id,
    temp_table,
    uuid_from_text,
    weighted_expr,
)
from oppdesk.services.bulk_sqlite import checkpoint_later, defer_checkpoint, sqlite_tuned
from oppdesk.services.errors import NotFound, PermissionDenied, UserError
from oppdesk.services.privileges import load_actor
from oppdesk.services.sort_keys import fold, stage_key

# The fields of the opportunity row a bulk action records, in mask bit order.
SCALARS = (
    "status",
    "closed_at",
    "closed_reason",
    "due_date",
    "probability",
    "deleted",
    "pipeline_id",
    "stage_id",
    "source_id",
    "owner_id",
)


class BulkUndoConflict(UserError):
    code = "bulk_undo_conflict"

    def __init__(self) -> None:
        super().__init__(
            "Some of these records were changed after the bulk action; it can no longer be undone."
        )


def _check(s: Session, batch: Batch, undone: uuid.UUID, when: datetime, table: Table) -> None:
    """Refuse when a record of the batch changed since. Joins driven by the batch's own rows
    and probing an index, never ``IN`` lists: right after a bulk action PostgreSQL's
    statistics still miss its rows, and a semi-join planned on them went quadratic."""
    mine = aliased(ChangeLog)
    later = exists(
        select(mine.id)
        .join(
            ChangeLog,
            and_(ChangeLog.entity_id == mine.entity_id, ChangeLog.changed_at > when),
        )
        .where(mine.batch_id == undone)
    )
    touched = exists().where(
        *_match(batch, table), Opportunity.updated_at != literal(when, Opportunity.updated_at.type)
    )
    tasks = exists(
        select(mine.id)
        .join(Activity, Activity.id == mine.entity_id)
        .where(
            mine.batch_id == undone,
            mine.entity == "activity",
            or_(Activity.version != 1, Activity.deleted_at.is_not(None)),
        )
    )
    if s.scalar(select(or_(later, touched, tasks))):
        raise BulkUndoConflict()


def _match(batch: Batch, table: Table) -> list[ColumnElement[bool]]:
    """The opportunity of a work table row: by rowid on SQLite (the id test is then free)."""
    match = [Opportunity.id == table.c.id]
    if batch.dialect == "sqlite":
        match.append(table.c.r == ROWID)
    return match


def _restore_table(batch: Batch) -> Table:
    return Table(
        f"bulk_undo_{batch.id.hex[:16]}",
        MetaData(),
        Column("k", Integer, primary_key=True, autoincrement=False),
        Column("id", Uuid, nullable=False),
        Column("r", BigInteger),
        Column("mask", BigInteger, nullable=False),
        *(Column(f, Text) for f in SCALARS),
        prefixes=["TEMPORARY"],
        postgresql_on_commit="DROP",
    )


def _pivot(s: Session, batch: Batch, undone: uuid.UUID, table: Table) -> int:
    """One row per record of the batch: its old values and the mask of fields recorded;
    returns the number of records."""
    c = ChangeLog
    bit = case(*((c.field == f, 1 << i) for i, f in enumerate(SCALARS)), else_=0)
    olds = [func.max(case((c.field == f, c.old_value))) for f in SCALARS]
    sqlite = batch.dialect == "sqlite"
    r = func.max(ROWID) if sqlite else cast(null(), BigInteger)
    k = func.row_number().over(order_by=func.max(ROWID) if sqlite else c.entity_id)
    rows = (
        select(k, c.entity_id, r, func.sum(bit), *olds)
        .join(Opportunity, Opportunity.id == c.entity_id)
        .where(c.batch_id == undone, c.entity == ENTITY)
        .group_by(c.entity_id)
    )
    result = s.execute(
        insert(table).from_select(["k", "id", "r", "mask", *SCALARS], rows),
        execution_options={"preserve_rowcount": True},
    )
    if batch.dialect == "postgresql":
        s.execute(text(f"ANALYZE {table.name}"))  # a temporary table has no statistics
    return int(result.rowcount)  # type: ignore[attr-defined]


_KEYED: dict[str, tuple[Any, str]] = {
    "owner_id": (User, "owner_key"),
    "source_id": (Source, "source_key"),
    "pipeline_id": (Pipeline, "pipeline_key"),
}


def _keys(s: Session, field: str, olds: set[str | None]) -> dict[str | None, Any]:
    """The maintained sort key for each old reference value."""
    out: dict[str | None, Any] = {}
    for old in olds:
        row = (
            s.get(Stage if field == "stage_id" else _KEYED[field][0], uuid.UUID(old))
            if old
            else None
        )
        if field == "stage_id":
            out[old] = stage_key(row.pipeline.position, row.position) if row else 0
        elif isinstance(row, User):
            out[old] = fold(row.display_name)[:120]
        else:
            out[old] = fold(row.name)[:120] if row is not None else ""
    return out


def _ref(s: Session, batch: Batch, table: Table, field: str) -> dict[str, Any]:
    """A reference back from its text, with its maintained sort key."""
    t = table.c
    olds = set(s.scalars(select(t[field]).where(has(t.mask, _bit(field))).distinct()))
    keys = _keys(s, field, olds)
    key_column = "stage_key" if field == "stage_id" else _KEYED[field][1]
    cases = [(t[field] == old, key) for old, key in keys.items() if old is not None]
    default = keys.get(None, 0 if field == "stage_id" else "")
    key = case(*cases, else_=default) if cases else literal(default)
    return {field: uuid_from_text(t[field], batch.dialect), key_column: key}


def _bit(field: str) -> int:
    return 1 << SCALARS.index(field)


def _field_values(s: Session, batch: Batch, table: Table, field: str) -> dict[str, Any]:
    """The columns to set from the old text value of ``field`` in the work table."""
    old = table.c[field]
    if field in ("status", "closed_reason"):
        return {field: old}
    if field in ("closed_at", "due_date"):
        return {field: old if batch.dialect == "sqlite" else cast(old, Date)}
    if field == "probability":
        probability = cast(old, Integer)
        return {"probability": probability, "weighted_amount": weighted_expr(probability)}
    if field == "deleted":
        return {"deleted_at": None}
    return _ref(s, batch, table, field)


def _restore(s: Session, batch: Batch, table: Table) -> int:
    """One UPDATE … FROM per distinct mask: old values back, version bumped, stamped."""
    t = table.c
    cache: dict[str, dict[str, Any]] = {}
    count = 0
    for mask in sorted(int(m) for m in s.scalars(select(t.mask).distinct())):
        values: dict[str, Any] = {}
        for i, field in enumerate(SCALARS):
            if mask & (1 << i):
                if field not in cache:
                    cache[field] = _field_values(s, batch, table, field)
                values.update(cache[field])
        result = s.execute(
            update(Opportunity)
            .where(*_match(batch, table), t.mask == mask)
            .values(
                **values,
                version=Opportunity.version + 1,
                updated_at=batch.now,
                updated_by=batch.actor_id,
            )
            .execution_options(synchronize_session=False)
        )
        count += int(result.rowcount)  # type: ignore[attr-defined]
    return count


def _record(s: Session, batch: Batch, undone: uuid.UUID) -> int:
    """History of the undo (old and new swapped), stage changes reversed, tasks removed;
    returns how many tasks were removed."""
    c = ChangeLog
    rows = select(
        new_id(batch.dialect),
        c.entity,
        c.entity_id,
        c.field,
        c.new_value,
        c.old_value,
        literal(batch.actor_id, c.changed_by.type),
        literal(batch.now, c.changed_at.type),
        literal(batch.id, c.batch_id.type),
    ).where(c.batch_id == undone)
    s.execute(insert(ChangeLog).from_select(LOG_COLUMNS, rows))
    _reverse_stage_changes(s, batch, undone)
    tasks = select(c.entity_id).where(c.batch_id == undone, c.entity == "activity")
    result = s.execute(
        update(Activity)
        .where(Activity.id.in_(tasks))
        .values(
            deleted_at=batch.now,
            version=Activity.version + 1,
            updated_at=batch.now,
            updated_by=batch.actor_id,
        )
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def _reverse_stage_changes(s: Session, batch: Batch, undone: uuid.UUID) -> None:
    sc = StageChange
    stages = select(
        new_id(batch.dialect),
        sc.opportunity_id,
        sc.to_stage_id,
        sc.from_stage_id,
        literal(batch.actor_id, sc.changed_by.type),
        literal(batch.now, sc.changed_at.type),
        literal(batch.id, sc.batch_id.type),
    ).where(sc.batch_id == undone)
    columns = ["id", "opportunity_id", "from_stage_id", "to_stage_id", "changed_by"]
    s.execute(insert(StageChange).from_select([*columns, "changed_at", "batch_id"], stages))


def undo_bulk(db: Database, actor_id: uuid.UUID, batch_id: uuid.UUID) -> int:
    """Restore what bulk action ``batch_id`` changed; returns how many records were restored.

    Refused (:class:`BulkUndoConflict`) when any of those records changed since."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require("can_bulk")
        first = s.execute(
            select(ChangeLog.changed_at, ChangeLog.changed_by)
            .where(ChangeLog.batch_id == batch_id)
            .limit(1)
        ).first()
        if first is None:
            raise NotFound("bulk action", batch_id)
        when, by = first
        if by != actor.user_id and not actor.rights.can_admin:
            raise PermissionDenied("can_bulk", "undo another user's bulk action")
        batch = Batch(uuid.uuid4(), actor.user_id, utcnow(), db.dialect)
        table = _restore_table(batch)
        with sqlite_tuned(s, db.dialect):
            with temp_table(s, db.dialect, table):
                rows = _pivot(s, batch, batch_id, table)
                _check(s, batch, batch_id, when, table)
                deferred = defer_checkpoint(s, db.dialect, rows)
                restore_links(s, batch, batch_id)
                restore_custom(s, batch, batch_id)
                count = _restore(s, batch, table)
                count += _record(s, batch, batch_id)
                if db.dialect != "sqlite":
                    uow.commit()  # PostgreSQL drops the work table at commit
            if db.dialect == "sqlite":
                uow.commit()
    if deferred:
        checkpoint_later(db.url.database)
    return count

"""Undo a bulk action from its history rows (set-based), while nobody changed the records
since; the undo itself is recorded as history (old and new swapped) under a new batch id."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    Integer,
    Numeric,
    cast,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import (
    Activity,
    ChangeLog,
    CustomFieldDefinition,
    Opportunity,
    Pipeline,
    SmartTag,
    Source,
    StageChange,
    User,
    opportunity_assignees,
    opportunity_tags,
    utcnow,
)
from oppdesk.services.bulk_links import CUSTOM, SHARES, value_column
from oppdesk.services.bulk_sql import new_id, stage_key_expr, weighted_expr
from oppdesk.services.errors import NotFound, PermissionDenied, UserError
from oppdesk.services.privileges import load_actor
from oppdesk.services.sort_keys import fold

ENTITY = "opportunity"
_TEXT_FIELDS = ("status", "closed_reason")
_DATE_FIELDS = ("due_date", "closed_at")
_KEYED = {
    "owner_id": (User, "display_name", "owner_key"),
    "source_id": (Source, "name", "source_key"),
}
_KEYED["pipeline_id"] = (Pipeline, "name", "pipeline_key")


class BulkUndoConflict(UserError):
    code = "bulk_undo_conflict"

    def __init__(self) -> None:
        super().__init__(
            "Some of these records were changed after the bulk action; it can no longer be undone."
        )


class _Undo:
    def __init__(self, s: Session, dialect: str, batch_id: uuid.UUID, actor_id: uuid.UUID) -> None:
        self.s, self.dialect, self.batch_id, self.actor_id = s, dialect, batch_id, actor_id
        self.now = utcnow()

    def rows(self, field: str | None = None, entity: str = ENTITY) -> Any:
        q = select(ChangeLog.entity_id).where(
            ChangeLog.batch_id == self.batch_id, ChangeLog.entity == entity
        )
        return q.where(ChangeLog.field == field) if field is not None else q

    def old(self, field: str) -> Any:
        """The recorded old value, inside :meth:`set` (UPDATE … FROM change_log)."""
        return ChangeLog.old_value

    def set(self, field: str, values: dict[str, Any]) -> None:
        """UPDATE … FROM change_log: driven by the batch's history rows, one key lookup each."""
        self.s.execute(
            update(Opportunity)
            .where(
                Opportunity.id == ChangeLog.entity_id,
                ChangeLog.batch_id == self.batch_id,
                ChangeLog.entity == ENTITY,
                ChangeLog.field == field,
            )
            .values(values)
            .execution_options(synchronize_session=False)
        )

    def as_date(self, expr: Any) -> Any:
        return expr if self.dialect == "sqlite" else cast(expr, Date)

    def triples(self, prefix: str) -> list[tuple[str, str | None, str | None]]:
        return list(
            self.s.execute(
                select(ChangeLog.field, ChangeLog.old_value, ChangeLog.new_value)
                .where(ChangeLog.batch_id == self.batch_id, ChangeLog.field.like(f"{prefix}%"))
                .distinct()
            )
        )

    def entities(self, field: str, old: str | None, new: str | None) -> Any:
        return self.rows(field).where(
            ChangeLog.old_value.is_not_distinct_from(old),
            ChangeLog.new_value.is_not_distinct_from(new),
        )


def _check(u: _Undo, when: datetime) -> None:
    later = exists().where(
        ChangeLog.entity_id.in_(
            select(ChangeLog.entity_id).where(ChangeLog.batch_id == u.batch_id)
        ),
        ChangeLog.changed_at > when,
    )
    touched = exists().where(
        Opportunity.id.in_(u.rows()),
        Opportunity.updated_at != literal(when, Opportunity.updated_at.type),
    )
    tasks = exists().where(
        Activity.id.in_(u.rows(entity="activity")),
        or_(Activity.version != 1, Activity.deleted_at.is_not(None)),
    )
    if u.s.scalar(select(or_(later, touched, tasks))):
        raise BulkUndoConflict()


def _scalars(u: _Undo, fields: set[str]) -> None:
    for f in fields & set(_TEXT_FIELDS):
        u.set(f, {f: u.old(f)})
    for f in fields & set(_DATE_FIELDS):
        u.set(f, {f: u.as_date(u.old(f))})
    if "probability" in fields:
        prob = cast(u.old("probability"), Integer)
        u.set("probability", {"probability": prob, "weighted_amount": weighted_expr(prob)})
    if "deleted" in fields:
        u.set("deleted", {"deleted_at": None})
    for f in fields & {*_KEYED, "stage_id"}:
        for (old,) in u.s.execute(
            select(ChangeLog.old_value)
            .where(ChangeLog.batch_id == u.batch_id, ChangeLog.field == f)
            .distinct()
        ):
            _restore_ref(u, f, old)
    if "stage_id" in fields:
        u.set("stage_id", {"stage_key": stage_key_expr(Opportunity.stage_id)})


def _restore_ref(u: _Undo, field: str, old: str | None) -> None:
    ident = uuid.UUID(old) if old else None
    values: dict[str, Any] = {field: ident}
    if field in _KEYED:
        model, attr, key = _KEYED[field]
        row = u.s.get(model, ident) if ident else None
        values[key] = fold(getattr(row, attr))[:120] if row is not None else ""
    ids = u.rows(field).where(ChangeLog.old_value.is_not_distinct_from(old))
    u.s.execute(
        update(Opportunity)
        .where(Opportunity.id.in_(ids))
        .values(values)
        .execution_options(synchronize_session=False)
    )


def _links(u: _Undo) -> None:
    for field, old, new in u.triples("tags") + u.triples("assignee_ids") + u.triples("shares"):
        ids = u.entities(field, old, new)
        item = old if new is None else new
        assert item is not None
        table, column, target = _link_target(u, field, item)
        if target is None:
            continue
        if new is None:  # the action removed it: put it back
            rows = select(Opportunity.id, literal(target, table.c[column].type)).where(
                Opportunity.id.in_(ids)
            )
            extra: dict[str, Any] = {}
            if table is SHARES:
                extra = {"id": new_id(u.dialect)}
                rows = rows.add_columns(*extra.values())
            u.s.execute(insert(table).from_select(["opportunity_id", column, *extra], rows))
        else:
            u.s.execute(
                delete(table).where(table.c.opportunity_id.in_(ids), table.c[column] == target)
            )


def _link_target(u: _Undo, field: str, item: str) -> tuple[Any, str, Any]:
    if field == "tags":
        return (
            opportunity_tags,
            "tag_id",
            u.s.scalar(select(SmartTag.id).where(SmartTag.name == item)),
        )
    if field == "assignee_ids":
        return opportunity_assignees, "user_id", uuid.UUID(item)
    kind, _, ident = item.partition(":")
    return SHARES, f"{kind}_id", uuid.UUID(ident)


def _custom(u: _Undo) -> None:
    fields = {f for f, _, _ in u.triples("custom_fields.")}
    for f in fields:
        d = u.s.scalar(
            select(CustomFieldDefinition).where(CustomFieldDefinition.code == f.split(".", 1)[1])
        )
        if d is None:
            continue
        name = value_column(d.field_type)
        ids = u.rows(f)
        u.s.execute(
            delete(CUSTOM).where(CUSTOM.c.field_id == d.id, CUSTOM.c.opportunity_id.in_(ids))
        )
        keep = ChangeLog.old_value.is_not(None)
        typed = _typed(u, name, ChangeLog.old_value)
        rows = select(ChangeLog.entity_id, literal(d.id, CUSTOM.c.field_id.type), typed).where(
            ChangeLog.batch_id == u.batch_id, ChangeLog.field == f, keep
        )
        u.s.execute(insert(CUSTOM).from_select(["opportunity_id", "field_id", name], rows))


def _typed(u: _Undo, name: str, text: Any) -> Any:
    if name == "value_number":
        return cast(text, Numeric(20, 6))
    if name == "value_date":
        return u.as_date(text)
    if name == "value_bool":
        return text == "True"
    if name == "value_list":
        return text if u.dialect == "sqlite" else cast(text, JSON)
    return text


def _record(u: _Undo, undo_id: uuid.UUID) -> int:
    c = ChangeLog
    rows = select(
        new_id(u.dialect),
        c.entity,
        c.entity_id,
        c.field,
        c.new_value,
        c.old_value,
        literal(u.actor_id, c.changed_by.type),
        literal(u.now, c.changed_at.type),
        literal(undo_id, c.batch_id.type),
    ).where(c.batch_id == u.batch_id)
    cols = ["id", "entity", "entity_id", "field", "old_value", "new_value", "changed_by"]
    u.s.execute(insert(ChangeLog).from_select([*cols, "changed_at", "batch_id"], rows))
    sc = StageChange
    stages = select(
        new_id(u.dialect),
        sc.opportunity_id,
        sc.to_stage_id,
        sc.from_stage_id,
        literal(u.actor_id, sc.changed_by.type),
        literal(u.now, sc.changed_at.type),
        literal(undo_id, sc.batch_id.type),
    ).where(sc.batch_id == u.batch_id)
    u.s.execute(
        insert(StageChange).from_select(
            [
                "id",
                "opportunity_id",
                "from_stage_id",
                "to_stage_id",
                "changed_by",
                "changed_at",
                "batch_id",
            ],
            stages,
        )
    )
    u.s.execute(
        update(Activity)
        .where(Activity.id.in_(u.rows(entity="activity")))
        .values(
            deleted_at=u.now, version=Activity.version + 1, updated_at=u.now, updated_by=u.actor_id
        )
    )
    result = u.s.execute(
        update(Opportunity)
        .where(Opportunity.id.in_(u.rows()))
        .values(version=Opportunity.version + 1, updated_at=u.now, updated_by=u.actor_id)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


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
        u = _Undo(s, db.dialect, batch_id, actor.user_id)
        _check(u, when)
        names = set(
            s.scalars(
                select(ChangeLog.field)
                .where(ChangeLog.batch_id == batch_id, ChangeLog.entity == ENTITY)
                .distinct()
            )
        )
        _scalars(u, names)
        _links(u)
        _custom(u)
        count = _record(u, uuid.uuid4())
        tasks = s.scalar(select(func.count()).select_from(u.rows(entity="activity").subquery()))
        uow.commit()
        return count + int(tasks or 0)

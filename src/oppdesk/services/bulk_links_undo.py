"""Undo of what a bulk action added to or removed from the opportunities: collaborators,
smart-tags, shares and custom field values, from the batch's history rows (set-based)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, Date, Numeric, cast, delete, insert, literal, select
from sqlalchemy.orm import Session

from oppdesk.models import (
    ChangeLog,
    CustomFieldDefinition,
    SmartTag,
    opportunity_assignees,
    opportunity_tags,
)
from oppdesk.services.bulk_links import CUSTOM, SHARES, value_column
from oppdesk.services.bulk_sql import ENTITY, Batch, new_id

_LINK_FIELDS = ("tags", "assignee_ids", "shares")


def _rows(undone: uuid.UUID, field: str) -> Any:
    c = ChangeLog
    return select(c.entity_id).where(c.batch_id == undone, c.entity == ENTITY, c.field == field)


def _triples(s: Session, undone: uuid.UUID, fields: tuple[str, ...]) -> list[Any]:
    c = ChangeLog
    q = select(c.field, c.old_value, c.new_value).where(c.batch_id == undone, c.field.in_(fields))
    return list(s.execute(q.distinct()))


def _target(s: Session, field: str, item: str) -> tuple[Any, str, Any]:
    if field == "tags":
        tag = s.scalar(select(SmartTag.id).where(SmartTag.name == item))
        return opportunity_tags, "tag_id", tag
    if field == "assignee_ids":
        return opportunity_assignees, "user_id", uuid.UUID(item)
    kind, _, ident = item.partition(":")
    return SHARES, f"{kind}_id", uuid.UUID(ident)


def restore_links(s: Session, batch: Batch, undone: uuid.UUID) -> None:
    """Remove what the action added, put back what it removed."""
    c = ChangeLog
    for field, old, new in _triples(s, undone, _LINK_FIELDS):
        ids = _rows(undone, field).where(
            c.old_value.is_not_distinct_from(old), c.new_value.is_not_distinct_from(new)
        )
        item = old if new is None else new
        assert item is not None
        table, column, target = _target(s, field, item)
        if target is None:
            continue
        if new is not None:  # the action added it: take it away
            s.execute(
                delete(table).where(table.c.opportunity_id.in_(ids), table.c[column] == target)
            )
            continue
        cols: dict[str, Any] = {
            "opportunity_id": c.entity_id,
            column: literal(target, table.c[column].type),
        }
        if table is SHARES:
            cols["id"] = new_id(batch.dialect)
            cols["created_at"] = literal(batch.now, SHARES.c.created_at.type)
            cols["created_by"] = literal(batch.actor_id, SHARES.c.created_by.type)
        rows = select(*cols.values()).where(
            c.batch_id == undone,
            c.entity == ENTITY,
            c.field == field,
            c.old_value == old,
            c.new_value.is_(None),
        )
        s.execute(insert(table).from_select(list(cols), rows))


def restore_custom(s: Session, batch: Batch, undone: uuid.UUID) -> None:
    """Each custom field the action set or cleared gets its old value back (or none)."""
    c = ChangeLog
    fields = {f for (f,) in s.execute(select(c.field).where(c.batch_id == undone).distinct())}
    for f in sorted(x for x in fields if x.startswith("custom_fields.")):
        code = f.split(".", 1)[1]
        d = s.scalar(select(CustomFieldDefinition).where(CustomFieldDefinition.code == code))
        if d is None:
            continue
        name = value_column(d.field_type)
        s.execute(
            delete(CUSTOM).where(
                CUSTOM.c.field_id == d.id, CUSTOM.c.opportunity_id.in_(_rows(undone, f))
            )
        )
        typed = _typed(batch.dialect, name, c.old_value)
        rows = select(c.entity_id, literal(d.id, CUSTOM.c.field_id.type), typed).where(
            c.batch_id == undone, c.entity == ENTITY, c.field == f, c.old_value.is_not(None)
        )
        s.execute(insert(CUSTOM).from_select(["opportunity_id", "field_id", name], rows))


def _typed(dialect: str, name: str, text: Any) -> Any:
    if name == "value_number":
        return cast(text, Numeric(20, 6))
    if name == "value_date":
        return text if dialect == "sqlite" else cast(text, Date)
    if name == "value_bool":
        return text == "True"
    if name == "value_list":
        return text if dialect == "sqlite" else cast(text, JSON)
    return text

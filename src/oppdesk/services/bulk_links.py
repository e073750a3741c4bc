"""Bulk actions on what hangs off an opportunity: collaborators, smart-tags, shares and
custom field values. History holds one row per added (old empty) or removed (new empty)
item, which is also what :mod:`services.bulk_undo` reverses."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, delete, insert, literal, null, select, update
from sqlalchemy.orm import Session

from oppdesk.models import (
    CustomFieldDefinition,
    CustomFieldValue,
    Group,
    Opportunity,
    OpportunityShare,
    SmartTag,
    User,
    opportunity_assignees,
    opportunity_tags,
)
from oppdesk.services import custom_fields
from oppdesk.services import opportunity_rules as rules
from oppdesk.services.bulk_actions import Plan, scalar_change
from oppdesk.services.bulk_sql import Chunk, as_text, bool_text, new_id, table_of, uuid_text
from oppdesk.services.history import render
from oppdesk.services.privileges import Actor
from oppdesk.services.sort_keys import fold
from oppdesk.services.validation import Checker

SHARES = table_of(OpportunityShare)
CUSTOM = table_of(CustomFieldValue)


def _add(chunk: Chunk, name: str, text: str, table: Any, values: dict[str, Any]) -> None:
    """Link every chunk row to the target in ``values`` unless already linked."""
    match = [table.c[k] == v for k, v in values.items()]
    present = select(table.c.opportunity_id).where(table.c.opportunity_id == Opportunity.id, *match)
    absent = ~present.exists()
    chunk.log(name, null(), literal(text), Opportunity, chunk.in_chunk(), absent)
    extra: dict[str, Any] = {}
    if table is SHARES:
        extra = {
            "id": new_id(chunk.dialect),
            "created_at": literal(chunk.now, SHARES.c.created_at.type),
        }
        extra["created_by"] = literal(chunk.actor_id, SHARES.c.created_by.type)
    cols = {
        "opportunity_id": Opportunity.id,
        **{k: literal(v, table.c[k].type) for k, v in values.items()},
        **extra,
    }
    rows = select(*cols.values()).where(chunk.in_chunk(), absent)
    chunk.session.execute(insert(table).from_select(list(cols), rows))


def _remove(chunk: Chunk, name: str, text: str, table: Any, values: dict[str, Any]) -> None:
    match = [table.c[k] == v for k, v in values.items()]
    present = select(table.c.opportunity_id).where(table.c.opportunity_id == Opportunity.id, *match)
    chunk.log(name, literal(text), null(), Opportunity, chunk.in_chunk(), present.exists())
    chunk.session.execute(delete(table).where(chunk.in_chunk(table.c.opportunity_id), *match))


def _users(s: Session, c: Checker, name: str, raw: Any, *, active: bool) -> list[uuid.UUID]:
    ids = c.idents(name, raw) or []
    for ident in ids:
        user = s.get(User, ident)
        if user is None or (active and not user.active):
            c.fail(name, "unknown", "contains someone who is not an active user")
    return ids


def _nothing(c: Checker, name: str, *parts: Any) -> None:
    if not any(parts):
        c.fail(name, "required", "choose at least one change")


@dataclass(frozen=True)
class AssignCollaborators:
    add: tuple[uuid.UUID, ...] = ()
    remove: tuple[uuid.UUID, ...] = ()

    def prepare(self, s: Session, actor: Actor, c: Checker) -> Plan:
        add = _users(s, c, "add", self.add, active=True)
        remove = _users(s, c, "remove", self.remove, active=False)
        if set(add) & set(remove):
            c.fail("remove", "overlap", "cannot add and remove the same collaborator")
        _nothing(c, "add", add, remove)
        c.raise_if_any()

        def run(chunk: Chunk) -> int:
            table = opportunity_assignees
            for uid in add:
                _add(chunk, "assignee_ids", str(uid), table, {"user_id": uid})
            for uid in remove:
                _remove(chunk, "assignee_ids", str(uid), table, {"user_id": uid})
            return chunk.stamp_changed()

        return Plan(run)


@dataclass(frozen=True)
class EditTags:
    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()

    def prepare(self, s: Session, actor: Actor, c: Checker) -> Plan:
        add = rules.check_tags(c, list(self.add)) or []
        remove = rules.check_tags(c, list(self.remove)) or []
        if {n.casefold() for n in add} & {n.casefold() for n in remove}:
            c.fail("remove", "overlap", "cannot add and remove the same smart-tag")
        _nothing(c, "add", add, remove)
        c.raise_if_any()
        tags = {
            t.name: t for t in s.scalars(select(SmartTag).where(SmartTag.name.in_(add + remove)))
        }
        for name in add:
            if name not in tags:
                tags[name] = SmartTag(name=name, created_by=actor.user_id, updated_by=actor.user_id)
                s.add(tags[name])
        s.flush()
        adding = [(n, tags[n].id) for n in add]
        removing = [(n, tags[n].id) for n in remove if n in tags]

        def run(chunk: Chunk) -> int:
            for name, tag_id in adding:
                _add(chunk, "tags", name, opportunity_tags, {"tag_id": tag_id})
            for name, tag_id in removing:
                _remove(chunk, "tags", name, opportunity_tags, {"tag_id": tag_id})
            return chunk.stamp_changed()

        return Plan(run)


@dataclass(frozen=True)
class ChangeSharing:
    owner_id: uuid.UUID | None = None
    add_users: tuple[uuid.UUID, ...] = ()
    remove_users: tuple[uuid.UUID, ...] = ()
    add_groups: tuple[uuid.UUID, ...] = ()
    remove_groups: tuple[uuid.UUID, ...] = ()

    def _targets(self, s: Session, c: Checker) -> list[tuple[bool, str, uuid.UUID]]:
        out = [(True, "user_id", u) for u in _users(s, c, "add_users", self.add_users, active=True)]
        out += [(False, "user_id", u) for u in c.idents("remove_users", self.remove_users) or []]
        for adding, name, raw in (
            (True, "add_groups", self.add_groups),
            (False, "remove_groups", self.remove_groups),
        ):
            for gid in c.idents(name, raw) or []:
                if adding and s.get(Group, gid) is None:
                    c.fail(name, "unknown", "contains a group that does not exist")
                out.append((adding, "group_id", gid))
        return out

    def prepare(self, s: Session, actor: Actor, c: Checker) -> Plan:
        actor.require("can_share")
        owner = None
        if self.owner_id is not None:
            owner = _users(s, c, "owner_id", [self.owner_id], active=True)[0:1]
        targets = self._targets(s, c)
        _nothing(c, "owner_id", owner, targets)
        c.raise_if_any()
        owner_key = ""
        if owner:
            owner_key = fold(s.get_one(User, owner[0]).display_name)[:120]

        def run(chunk: Chunk) -> int:
            for adding, column, ident in targets:
                text = f"{column.removesuffix('_id')}:{ident}"
                (_add if adding else _remove)(chunk, "shares", text, SHARES, {column: ident})
            if not owner:
                return chunk.stamp_changed()
            uid = owner[0]
            new = literal(uid, Opportunity.owner_id.type)
            change = ("owner_id", new, literal(str(uid)), lambda e: uuid_text(e, chunk.dialect))
            return scalar_change(chunk, [change], {"owner_key": owner_key})

        return Plan(run)


_TYPED = {"number": "value_number", "amount": "value_number", "date": "value_date"}
_TYPED |= {"boolean": "value_bool", "multiple_choice": "value_list"}


def value_column(field_type: str) -> str:
    return _TYPED.get(field_type, "value_text")


@dataclass(frozen=True)
class SetCustomFields:
    values: Mapping[str, Any] = field(default_factory=dict)

    def prepare(self, s: Session, actor: Actor, c: Checker) -> Plan:
        defs = custom_fields.definitions(s)
        keep = {d.id: True for d in defs}  # fields not given keep their (valid) values
        clean = custom_fields.check_values(c, defs, dict(self.values), existing=keep)
        _nothing(c, "custom_fields", self.values)
        c.raise_if_any()
        by_id = {d.id: d for d in defs}
        todo = [(by_id[fid], value) for fid, value in clean.items()]
        return Plan(lambda chunk: _custom(chunk, todo))


def _custom(chunk: Chunk, todo: list[tuple[CustomFieldDefinition, Any]]) -> int:
    for d, value in todo:
        _custom_one(chunk, d, value)
    return chunk.stamp_changed()


def _custom_one(chunk: Chunk, d: CustomFieldDefinition, value: Any) -> None:
    name = value_column(d.field_type)
    col = CUSTOM.c[name]
    joined = Opportunity.__table__.outerjoin(
        CUSTOM, and_(CUSTOM.c.opportunity_id == Opportunity.id, CUSTOM.c.field_id == d.id)
    )
    old = bool_text(col) if name == "value_bool" else as_text(col)
    if value is None:
        chunk.log(
            f"custom_fields.{d.code}",
            old,
            null(),
            joined,
            chunk.in_chunk(),
            CUSTOM.c.opportunity_id.is_not(None),
        )
        chunk.session.execute(
            delete(CUSTOM).where(CUSTOM.c.field_id == d.id, chunk.in_chunk(CUSTOM.c.opportunity_id))
        )
        return
    if name == "value_list":
        text, differs = json.dumps(value), as_text(col).is_distinct_from(json.dumps(value))
    else:
        text = render(value) or ""
        differs = col.is_distinct_from(literal(value, col.type))
    chunk.log(f"custom_fields.{d.code}", old, literal(text), joined, chunk.in_chunk(), differs)
    chunk.session.execute(
        update(CUSTOM)
        .where(CUSTOM.c.field_id == d.id, chunk.in_chunk(CUSTOM.c.opportunity_id))
        .values({name: literal(value, col.type)})
    )
    _insert_missing(chunk, d, CUSTOM, name, value)


def _insert_missing(
    chunk: Chunk, d: CustomFieldDefinition, table: Table, name: str, value: Any
) -> None:
    present = select(table.c.opportunity_id).where(
        table.c.opportunity_id == Opportunity.id, table.c.field_id == d.id
    )
    cols = {
        "opportunity_id": Opportunity.id,
        "field_id": literal(d.id, table.c.field_id.type),
        name: literal(value, table.c[name].type),
    }
    rows = select(*cols.values()).where(chunk.in_chunk(), ~present.exists())
    chunk.session.execute(insert(table).from_select(list(cols), rows))

"""Bulk actions on what hangs off an opportunity: collaborators, smart-tags, shares and
custom field values. History holds one row per added (old empty) or removed (new empty)
item, which is also what :mod:`services.bulk_undo` reverses."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Select,
    and_,
    delete,
    insert,
    literal,
    null,
    or_,
    select,
    update,
)
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
from oppdesk.services.bulk_plan import Change, Plan, column_change
from oppdesk.services.bulk_sql import (
    Batch,
    Chunk,
    as_text,
    bool_text,
    new_id,
    table_of,
    uuid_text,
)
from oppdesk.services.history import render
from oppdesk.services.privileges import Actor
from oppdesk.services.sort_keys import fold
from oppdesk.services.validation import Checker

SHARES = table_of(OpportunityShare)
CUSTOM = table_of(CustomFieldValue)


@dataclass(frozen=True)
class Link:
    """Add (or remove) the row of ``table`` matching ``values`` on every opportunity that
    lacks (or has) it; history ``(name, None, text)`` (or ``(name, text, None)``)."""

    adding: bool
    name: str
    text: str
    table: Any
    values: dict[str, Any]

    def present(self) -> ColumnElement[bool]:
        match = [self.table.c[k] == v for k, v in self.values.items()]
        t = self.table
        return (
            select(t.c.opportunity_id).where(t.c.opportunity_id == Opportunity.id, *match).exists()
        )

    def differs(self) -> ColumnElement[bool]:
        return ~self.present() if self.adding else self.present()

    def run(self, chunk: Chunk, bit: int) -> None:
        text = literal(self.text)
        old, new = (null(), text) if self.adding else (text, null())
        chunk.log(self.name, old, new, chunk.in_chunk(bit=bit), self.differs())
        if self.adding:
            _insert(chunk, bit, self)
            return
        match = [self.table.c[k] == v for k, v in self.values.items()]
        where = chunk.ids_in_chunk(self.table.c.opportunity_id, bit)
        chunk.session.execute(delete(self.table).where(where, *match))


def _insert(chunk: Chunk, bit: int, link: Link) -> None:
    table = link.table
    extra: dict[str, Any] = {}
    if table is SHARES:
        extra = {
            "id": new_id(chunk.dialect),
            "created_at": literal(chunk.now, SHARES.c.created_at.type),
            "created_by": literal(chunk.actor_id, SHARES.c.created_by.type),
        }
    cols = {
        "opportunity_id": Opportunity.id,
        **{k: literal(v, table.c[k].type) for k, v in link.values.items()},
        **extra,
    }
    rows = select(*cols.values()).where(chunk.in_chunk(bit=bit), ~link.present())
    chunk.session.execute(insert(table).from_select(list(cols), rows))


def links_plan(links: list[Link], changes: tuple[Change, ...] = ()) -> Plan:
    """A plan that stamps every opportunity gaining or losing one of ``links``."""

    def run(chunk: Chunk, bit: int) -> int:
        for link in links:
            link.run(chunk, bit)
        return 0

    differs = or_(*(link.differs() for link in links)) if links else None
    return Plan(changes, links=differs, run_links=run)


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

    def prepare(self, s: Session, actor: Actor, c: Checker, batch: Batch) -> Plan:
        add = _users(s, c, "add", self.add, active=True)
        remove = _users(s, c, "remove", self.remove, active=False)
        if set(add) & set(remove):
            c.fail("remove", "overlap", "cannot add and remove the same collaborator")
        _nothing(c, "add", add, remove)
        c.raise_if_any()
        table = opportunity_assignees
        links = [Link(True, "assignee_ids", str(u), table, {"user_id": u}) for u in add]
        links += [Link(False, "assignee_ids", str(u), table, {"user_id": u}) for u in remove]
        return links_plan(links)


@dataclass(frozen=True)
class EditTags:
    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()

    def prepare(self, s: Session, actor: Actor, c: Checker, batch: Batch) -> Plan:
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
        table = opportunity_tags
        links = [Link(True, "tags", n, table, {"tag_id": tags[n].id}) for n in add]
        links += [
            Link(False, "tags", n, table, {"tag_id": tags[n].id}) for n in remove if n in tags
        ]
        return links_plan(links)


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

    def prepare(self, s: Session, actor: Actor, c: Checker, batch: Batch) -> Plan:
        actor.require("can_share")
        owner = None
        if self.owner_id is not None:
            owner = _users(s, c, "owner_id", [self.owner_id], active=True)[0:1]
        targets = self._targets(s, c)
        _nothing(c, "owner_id", owner, targets)
        c.raise_if_any()
        links = [
            Link(adding, "shares", f"{column.removesuffix('_id')}:{ident}", SHARES, {column: ident})
            for adding, column, ident in targets
        ]
        if not owner:
            return links_plan(links)
        uid = owner[0]
        change = column_change(
            "owner_id",
            literal(uid, Opportunity.owner_id.type),
            lambda e: uuid_text(e, batch.dialect),
            literal(str(uid)),
            owner_key=fold(s.get_one(User, uid).display_name)[:120],
        )
        return links_plan(links, (change,))


_TYPED = {"number": "value_number", "amount": "value_number", "date": "value_date"}
_TYPED |= {"boolean": "value_bool", "multiple_choice": "value_list"}


def value_column(field_type: str) -> str:
    return _TYPED.get(field_type, "value_text")


@dataclass(frozen=True)
class SetCustomFields:
    values: Mapping[str, Any] = field(default_factory=dict)

    def prepare(self, s: Session, actor: Actor, c: Checker, batch: Batch) -> Plan:
        defs = custom_fields.definitions(s)
        keep = {d.id: True for d in defs}  # fields not given keep their (valid) values
        clean = custom_fields.check_values(c, defs, dict(self.values), existing=keep)
        _nothing(c, "custom_fields", self.values)
        c.raise_if_any()
        by_id = {d.id: d for d in defs}
        todo = [_CustomValue(by_id[fid], value) for fid, value in clean.items()]

        def run(chunk: Chunk, bit: int) -> int:
            for one in todo:
                one.run(chunk, bit)
            return 0

        differs = or_(*(one.differs() for one in todo)) if todo else None
        return Plan(links=differs, run_links=run)


@dataclass(frozen=True)
class _CustomValue:
    """Set (or clear, for None) one custom field where its value differs."""

    d: CustomFieldDefinition
    value: Any

    @property
    def column(self) -> Column[Any]:
        return CUSTOM.c[value_column(self.d.field_type)]

    def _row(self) -> Select[Any]:
        return select(CUSTOM.c.opportunity_id).where(
            CUSTOM.c.opportunity_id == Opportunity.id, CUSTOM.c.field_id == self.d.id
        )

    def _same(self) -> ColumnElement[bool]:
        """The stored value equals the new one (a JSON list compares by its text)."""
        if self.column.name == "value_list":
            return as_text(self.column) == json.dumps(self.value)
        return self.column == literal(self.value, self.column.type)

    def differs(self) -> ColumnElement[bool]:
        if self.value is None:
            return self._row().exists()
        return ~self._row().where(self._same()).exists()

    def run(self, chunk: Chunk, bit: int) -> None:
        col, d = self.column, self.d
        joined = table_of(Opportunity).outerjoin(
            CUSTOM, and_(CUSTOM.c.opportunity_id == Opportunity.id, CUSTOM.c.field_id == d.id)
        )
        old = bool_text(col) if col.name == "value_bool" else as_text(col)
        in_chunk = chunk.in_chunk(bit=bit)
        mine = [CUSTOM.c.field_id == d.id, chunk.ids_in_chunk(CUSTOM.c.opportunity_id, bit)]
        name = f"custom_fields.{d.code}"
        if self.value is None:
            chunk.log(
                name, old, null(), in_chunk, CUSTOM.c.opportunity_id.is_not(None), source=joined
            )
            chunk.session.execute(delete(CUSTOM).where(*mine))
            return
        text = json.dumps(self.value) if col.name == "value_list" else render(self.value) or ""
        differs = or_(col.is_(None), ~self._same())  # a missing row reads as NULL here
        chunk.log(name, old, literal(text), in_chunk, differs, source=joined)
        new = literal(self.value, col.type)
        chunk.session.execute(update(CUSTOM).where(*mine, differs).values({col.name: new}))
        cols = {"opportunity_id": Opportunity.id, "field_id": literal(d.id, CUSTOM.c.field_id.type)}
        cols[col.name] = new
        rows = select(*cols.values()).where(in_chunk, ~self._row().exists())
        chunk.session.execute(insert(CUSTOM).from_select(list(cols), rows))

"""Custom field definitions and typed values on opportunities."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import CUSTOM_FIELD_TYPES, CustomFieldDefinition, CustomFieldValue, Opportunity
from oppdesk.services.dto import CustomFieldDef, CustomValue
from oppdesk.services.errors import NotFound, ValidationError
from oppdesk.services.privileges import load_actor
from oppdesk.services.validation import Checker, reject_unknown

_CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,59}$")
MAX_NUMBER = Decimal("99999999999999")


def to_dto(d: CustomFieldDefinition) -> CustomFieldDef:
    return CustomFieldDef(
        d.id, d.code, d.label, d.field_type, d.required, tuple(d.choices), d.position, d.active
    )


def definitions(session: Session, *, active_only: bool = True) -> list[CustomFieldDefinition]:
    """Definitions in display order, read once per unit of work (they change only by admin)."""
    key = ("custom_field_definitions", active_only)
    cached: list[CustomFieldDefinition] | None = session.info.get(key)
    if cached is not None:
        return cached
    query = select(CustomFieldDefinition).order_by(
        CustomFieldDefinition.position, CustomFieldDefinition.label
    )
    if active_only:
        query = query.where(CustomFieldDefinition.active.is_(True))
    session.info[key] = result = list(session.scalars(query))
    return result


def list_custom_fields(
    db: Database, actor_id: uuid.UUID, *, active_only: bool = True
) -> list[CustomFieldDef]:
    with db.uow() as uow:
        load_actor(uow.session, actor_id)
        return [to_dto(d) for d in definitions(uow.session, active_only=active_only)]


def _number(checker: Checker, field: str, value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        checker.fail(field, "type", "must be a number")
        return None
    try:
        number = Decimal(str(value).replace(",", ".").strip())
    except InvalidOperation:
        checker.fail(field, "type", "must be a number")
        return None
    if not number.is_finite() or abs(number) > MAX_NUMBER:
        checker.fail(field, "range", "must be a finite number of reasonable size")
        return None
    return number.quantize(Decimal("0.000001"))


def _multiple(checker: Checker, d: CustomFieldDefinition, field: str, value: Any) -> Any:
    if isinstance(value, str) or not isinstance(value, list | tuple | set | frozenset):
        checker.fail(field, "type", "must be a list of choices")
        return None
    if any(v not in d.choices for v in value):
        checker.fail(field, "choice", f"must be among: {', '.join(d.choices)}")
        return None
    return [c for c in d.choices if c in value] or None


def _check_one(checker: Checker, d: CustomFieldDefinition, field: str, value: Any) -> Any:
    readers: dict[str, Callable[[], Any]] = {
        "text": lambda: checker.text(field, value, max_len=255) or None,
        "long_text": lambda: checker.text(field, value, max_len=20_000) or None,
        "number": lambda: _number(checker, field, value),
        "amount": lambda: checker.amount(field, value),
        "date": lambda: checker.day(field, value),
        "boolean": lambda: checker.boolean(field, value),
        "single_choice": lambda: checker.choice(field, value, tuple(d.choices), required=False),
        "multiple_choice": lambda: _multiple(checker, d, field, value),
        "url": lambda: checker.url(field, value),
        "email": lambda: checker.email(field, value),
        "phone": lambda: checker.phone(field, value),
    }
    return readers[d.field_type]()


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str | list | tuple) and len(value) == 0)


def check_values(
    checker: Checker,
    defs: list[CustomFieldDefinition],
    raw: Any,
    *,
    existing: Mapping[uuid.UUID, Any] | None = None,
) -> dict[uuid.UUID, Any]:
    """Validate ``raw`` (code → value). Required fields must end up with a value."""
    if raw is None:
        raw = {}
    if not isinstance(raw, Mapping):
        checker.fail("custom_fields", "type", "must map field codes to values")
        return {}
    by_code = {d.code: d for d in defs}
    for code in raw:
        if code not in by_code:
            checker.fail(f"custom_fields.{code}", "unknown_field", "is not an active custom field")
    clean: dict[uuid.UUID, Any] = {}
    for d in defs:
        field = f"custom_fields.{d.code}"
        if d.code in raw:
            value = None if _is_empty(raw[d.code]) else _check_one(checker, d, field, raw[d.code])
            if field in checker.errors:
                continue
            clean[d.id] = value
        else:
            value = (existing or {}).get(d.id)
        if d.required and _is_empty(value):
            checker.fail(field, "required", "is required")
    return clean


def read_value(v: CustomFieldValue, field_type: str) -> Any:
    if field_type in ("number", "amount"):
        if v.value_number is None:
            return None
        return (
            v.value_number.quantize(Decimal("0.01"))
            if field_type == "amount"
            else (v.value_number.normalize())
        )
    if field_type == "date":
        return v.value_date
    if field_type == "boolean":
        return v.value_bool
    if field_type == "multiple_choice":
        return list(v.value_list or [])
    return v.value_text


def write_value(v: CustomFieldValue, field_type: str, value: Any) -> None:
    v.value_text = v.value_number = v.value_date = v.value_bool = v.value_list = None
    if field_type in ("number", "amount"):
        v.value_number = value
    elif field_type == "date":
        v.value_date = value if isinstance(value, date) else None
    elif field_type == "boolean":
        v.value_bool = value
    elif field_type == "multiple_choice":
        v.value_list = value
    else:
        v.value_text = value


def current_values(opp: Opportunity) -> dict[uuid.UUID, Any]:
    return {v.field_id: read_value(v, v.field.field_type) for v in opp.custom_values}


def apply_values(
    opp: Opportunity, defs: list[CustomFieldDefinition], values: Mapping[uuid.UUID, Any]
) -> list[tuple[str, Any, Any]]:
    """Write ``values`` on ``opp``; returns (history field, old, new) for changed ones."""
    by_id = {d.id: d for d in defs}
    existing = {v.field_id: v for v in opp.custom_values}
    changes: list[tuple[str, Any, Any]] = []
    for field_id, value in values.items():
        d = by_id[field_id]
        row = existing.get(field_id)
        old = read_value(row, d.field_type) if row is not None else None
        if _is_empty(value):
            if row is not None:
                opp.custom_values.remove(row)
        else:
            if row is None:
                row = CustomFieldValue(field_id=field_id)
                row.field = d
                opp.custom_values.append(row)
            write_value(row, d.field_type, value)
        changes.append((f"custom_fields.{d.code}", old, None if _is_empty(value) else value))
    return changes


def values_of(opp: Opportunity, defs: list[CustomFieldDefinition]) -> tuple[CustomValue, ...]:
    values = current_values(opp)
    return tuple(CustomValue(d.code, d.label, d.field_type, values.get(d.id)) for d in defs)


# --- administration of definitions ---------------------------------------------------

_DEF_FIELDS = frozenset(
    {"label", "code", "field_type", "required", "choices", "position", "active"}
)


def _check_definition(
    checker: Checker, fields: Mapping[str, Any], current: CustomFieldDefinition | None
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "label" in fields or current is None:
        out["label"] = checker.text("label", fields.get("label"), required=True, max_len=120)
    if "code" in fields or current is None:
        code = checker.text("code", fields.get("code"), required=True, max_len=60)
        if code is not None and not _CODE_RE.match(code):
            checker.fail("code", "format", "must be lowercase letters, digits and _")
        out["code"] = code
    if "field_type" in fields or current is None:
        out["field_type"] = checker.choice(
            "field_type", fields.get("field_type"), CUSTOM_FIELD_TYPES
        )
    for flag in ("required", "active"):
        if flag in fields:
            out[flag] = checker.boolean(flag, fields[flag])
    if "position" in fields:
        out["position"] = checker.integer("position", fields["position"], minimum=0, maximum=10_000)
    if "choices" in fields:
        raw = fields["choices"]
        if isinstance(raw, str) or not isinstance(raw, list | tuple):
            checker.fail("choices", "type", "must be a list of texts")
        else:
            items = [checker.text("choices", c, required=True, max_len=120) for c in raw]
            if len(set(items)) != len(items):
                checker.fail("choices", "duplicate", "must not repeat a choice")
            out["choices"] = items
    field_type = out.get("field_type") or (current.field_type if current else None)
    choices = out.get("choices", current.choices if current else [])
    if field_type in ("single_choice", "multiple_choice") and not choices:
        checker.fail("choices", "required", "a choice field needs at least one choice")
    return out


def create_custom_field(
    db: Database, actor_id: uuid.UUID, fields: Mapping[str, Any]
) -> CustomFieldDef:
    reject_unknown(fields, _DEF_FIELDS)
    with db.uow() as uow:
        s = uow.session
        load_actor(s, actor_id).require("can_admin")
        checker = Checker()
        clean = _check_definition(checker, fields, None)
        checker.raise_if_any()
        if s.scalar(
            select(CustomFieldDefinition.id).where(CustomFieldDefinition.code == clean["code"])
        ):
            raise ValidationError.single("code", "duplicate", "is already used by another field")
        if "position" not in clean:
            clean["position"] = (
                s.scalar(select(func.max(CustomFieldDefinition.position))) or 0
            ) + 1
        d = CustomFieldDefinition(**clean, created_by=actor_id, updated_by=actor_id)
        s.add(d)
        uow.commit()
        return to_dto(d)


def update_custom_field(
    db: Database, actor_id: uuid.UUID, field_id: uuid.UUID, fields: Mapping[str, Any]
) -> CustomFieldDef:
    reject_unknown(fields, _DEF_FIELDS - {"code", "field_type"})
    with db.uow() as uow:
        s = uow.session
        load_actor(s, actor_id).require("can_admin")
        d = s.get(CustomFieldDefinition, field_id)
        if d is None:
            raise NotFound("custom field", field_id)
        checker = Checker()
        clean = _check_definition(checker, fields, d)
        checker.raise_if_any()
        for key, value in clean.items():
            setattr(d, key, value)
        d.updated_by = actor_id
        uow.commit()
        return to_dto(d)

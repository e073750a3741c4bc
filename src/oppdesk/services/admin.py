"""Administration: smart-tags and workspace settings; users, profiles and pipelines live in
``admin_users``, ``admin_profiles`` and ``admin_pipelines`` (all require ``can_admin``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, literal, select
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import CUSTOM_FIELD_TYPES as _FIELD_TYPES
from oppdesk.models import Counter, SmartTag, opportunity_tags
from oppdesk.services.admin_users import require_admin
from oppdesk.services.errors import NotFound, ValidationError
from oppdesk.services.settings import get_setting, is_valid_reference_pattern, put_setting
from oppdesk.services.validation import Checker

CUSTOM_FIELD_TYPES: tuple[str, ...] = tuple(_FIELD_TYPES)
FILE_SIZE_LIMIT_RANGE = (1, 200)
MAX_LOSS_REASONS = 50


@dataclass(frozen=True)
class GeneralSettings:
    reference_pattern: str
    next_number: int
    default_currency: str
    file_size_limit_mb: int
    loss_reasons: tuple[str, ...]


def get_general_settings(db: Database, actor_id: uuid.UUID) -> GeneralSettings:
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        counter = s.scalar(select(Counter.value).where(Counter.name == "opportunity_reference"))
        reasons = get_setting(s, "loss_reasons")
        return GeneralSettings(
            str(get_setting(s, "reference_pattern")),
            int(counter or 0) + 1,
            str(get_setting(s, "default_currency")),
            int(get_setting(s, "file_size_limit_mb")),
            tuple(str(r) for r in reasons) if isinstance(reasons, list) else (),
        )


def format_reference(pattern: str, number: int) -> str | None:
    """The reference ``pattern`` gives for ``number``, or None for an invalid pattern."""
    if not is_valid_reference_pattern(pattern):
        return None
    return pattern.format(number=number)


def _put(db: Database, actor_id: uuid.UUID, key: str, value: Any) -> None:
    with db.uow() as uow:
        require_admin(uow.session, actor_id)
        put_setting(uow.session, key, value)
        uow.commit()


def _admin_check(db: Database, actor_id: uuid.UUID) -> None:
    """Refuse non-administrators before looking at their input."""
    with db.uow() as uow:
        require_admin(uow.session, actor_id)


def set_reference_pattern(db: Database, actor_id: uuid.UUID, pattern: Any) -> None:
    _admin_check(db, actor_id)
    c = Checker()
    clean = c.text("reference_pattern", pattern, required=True, max_len=30)
    if clean is not None and not is_valid_reference_pattern(clean):
        c.fail(
            "reference_pattern",
            "pattern",
            "must contain {number} once, e.g. OPP-{number:05d}, and no other braces",
        )
    c.raise_if_any()
    _put(db, actor_id, "reference_pattern", clean)


def set_default_currency(db: Database, actor_id: uuid.UUID, currency: Any) -> None:
    _admin_check(db, actor_id)
    c = Checker()
    clean = c.currency("default_currency", currency)
    c.raise_if_any()
    _put(db, actor_id, "default_currency", clean)


def set_file_size_limit(db: Database, actor_id: uuid.UUID, megabytes: Any) -> None:
    _admin_check(db, actor_id)
    c = Checker()
    low, high = FILE_SIZE_LIMIT_RANGE
    clean = c.integer("file_size_limit_mb", megabytes, minimum=low, maximum=high, required=True)
    c.raise_if_any()
    _put(db, actor_id, "file_size_limit_mb", clean)


def set_loss_reasons(db: Database, actor_id: uuid.UUID, reasons: Any) -> list[str]:
    """Blank lines are dropped and duplicates kept once, in the given order."""
    _admin_check(db, actor_id)
    c = Checker()
    if isinstance(reasons, str) or not isinstance(reasons, list | tuple):
        c.fail("loss_reasons", "type", "must be a list of texts")
        reasons = []
    clean: list[str] = []
    for raw in reasons:
        text = c.text("loss_reasons", raw, max_len=200)
        if text and text.casefold() not in (r.casefold() for r in clean):
            clean.append(text)
    if len(clean) > MAX_LOSS_REASONS:
        c.fail("loss_reasons", "too_many", f"at most {MAX_LOSS_REASONS}", max=MAX_LOSS_REASONS)
    c.raise_if_any()
    _put(db, actor_id, "loss_reasons", clean)
    return clean


def _tag(s: Session, name: str) -> SmartTag:
    tag = s.scalar(select(SmartTag).where(SmartTag.name == name))
    if tag is None:
        raise NotFound("smart-tag", name)
    return tag


def rename_tag(db: Database, actor_id: uuid.UUID, name: str, new_name: Any) -> str:
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        tag = _tag(s, name)
        c = Checker()
        clean = c.text("name", new_name, required=True, max_len=60)
        c.raise_if_any()
        assert clean is not None
        clash = s.scalar(
            select(SmartTag.id).where(
                func.lower(SmartTag.name) == clean.lower(), SmartTag.id != tag.id
            )
        )
        if clash:
            raise ValidationError.single(
                "name", "duplicate", "is already a smart-tag: merge the two instead"
            )
        tag.name = clean
        tag.updated_by = actor_id
        uow.commit()
        return clean


def merge_tags(db: Database, actor_id: uuid.UUID, name: str, into: str) -> int:
    """Move ``name``'s opportunities to ``into`` and delete ``name``; returns links moved."""
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        source, target = _tag(s, name), _tag(s, into)
        if source.id == target.id:
            raise ValidationError.single("into", "same", "must be another smart-tag")
        t = opportunity_tags.c
        already = select(t.opportunity_id).where(t.tag_id == target.id)
        condition = (t.tag_id == source.id) & t.opportunity_id.not_in(already)
        count = s.scalar(select(func.count()).select_from(opportunity_tags).where(condition))
        moving = select(t.opportunity_id, literal(target.id, SmartTag.id.type)).where(condition)
        s.execute(insert(opportunity_tags).from_select(["opportunity_id", "tag_id"], moving))
        s.execute(delete(opportunity_tags).where(t.tag_id == source.id))
        s.delete(source)
        uow.commit()
        return int(count or 0)

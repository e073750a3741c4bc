"""Administration of privilege profiles: the rights matrix (right ``can_admin``)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import fields as dc_fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import PrivilegeProfile, User
from oppdesk.services.admin_users import other_active_admins, require_admin
from oppdesk.services.errors import NotFound, ValidationError
from oppdesk.services.privileges import DELETE_SCOPES, SCOPES, Rights
from oppdesk.services.validation import Checker, reject_unknown

RIGHT_FIELDS = tuple(f.name for f in dc_fields(Rights))
SCOPE_FIELDS = {"view_scope": SCOPES, "edit_scope": SCOPES, "delete_scope": DELETE_SCOPES}
PROFILE_FIELDS = frozenset({"name", *RIGHT_FIELDS})


@dataclass(frozen=True)
class ProfileInfo:
    id: uuid.UUID
    code: str | None
    name: str
    rights: Rights
    user_count: int


def _info(s: Session, p: PrivilegeProfile) -> ProfileInfo:
    count = s.scalar(select(func.count()).select_from(User).where(User.profile_id == p.id))
    rights = Rights(**{name: getattr(p, name) for name in RIGHT_FIELDS})
    return ProfileInfo(p.id, p.code, p.name, rights, int(count or 0))


def list_profiles(db: Database, actor_id: uuid.UUID) -> list[ProfileInfo]:
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        rows = s.scalars(select(PrivilegeProfile).order_by(PrivilegeProfile.name))
        return [_info(s, p) for p in rows]


def _check(
    s: Session, fields: Mapping[str, Any], current: PrivilegeProfile | None
) -> dict[str, Any]:
    reject_unknown(fields, PROFILE_FIELDS)
    c = Checker()
    out: dict[str, Any] = {}
    if "name" in fields or current is None:
        name = c.text("name", fields.get("name"), required=True, max_len=100)
        other = select(PrivilegeProfile.id).where(PrivilegeProfile.name == name)
        if current is not None:
            other = other.where(PrivilegeProfile.id != current.id)
        if name and s.scalar(other):
            c.fail("name", "duplicate", "is already used by another profile")
        out["name"] = name
    for key in RIGHT_FIELDS:
        if key not in fields:
            continue
        if key in SCOPE_FIELDS:
            out[key] = c.choice(key, fields[key], SCOPE_FIELDS[key])
        else:
            out[key] = c.boolean(key, fields[key])
    c.raise_if_any()
    return out


def create_profile(db: Database, actor_id: uuid.UUID, fields: Mapping[str, Any]) -> ProfileInfo:
    """Rights not given take the most restrictive value (own view, nothing else)."""
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        clean = _check(s, fields, None)
        defaults = {f.name: getattr(Rights(), f.name) for f in dc_fields(Rights)}
        profile = PrivilegeProfile(
            **{**defaults, **clean}, created_by=actor_id, updated_by=actor_id
        )
        s.add(profile)
        s.flush()
        uow.commit()
        return _info(s, profile)


def _profile(s: Session, profile_id: uuid.UUID) -> PrivilegeProfile:
    profile = s.get(PrivilegeProfile, profile_id)
    if profile is None:
        raise NotFound("privilege profile", profile_id)
    return profile


def update_profile(
    db: Database, actor_id: uuid.UUID, profile_id: uuid.UUID, fields: Mapping[str, Any]
) -> ProfileInfo:
    """Applies on each member's next action (rights are re-read at every service call)."""
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        profile = _profile(s, profile_id)
        clean = _check(s, fields, profile)
        if profile.can_admin and clean.get("can_admin") is False:
            members = s.scalars(select(User.id).where(User.profile_id == profile.id))
            if not other_active_admins(s, list(members)):
                raise ValidationError.single(
                    "can_admin",
                    "last_admin",
                    "the workspace must keep at least one active administrator",
                )
        for key, value in clean.items():
            setattr(profile, key, value)
        profile.updated_by = actor_id
        s.flush()
        uow.commit()
        return _info(s, profile)


def delete_profile(db: Database, actor_id: uuid.UUID, profile_id: uuid.UUID) -> None:
    """Only a profile no user has (active or not)."""
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        profile = _profile(s, profile_id)
        if s.scalar(select(User.id).where(User.profile_id == profile.id).limit(1)):
            raise ValidationError.single(
                "profile", "in_use", "is given to users; give them another profile first"
            )
        s.delete(profile)
        uow.commit()

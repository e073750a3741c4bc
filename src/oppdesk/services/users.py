"""Users and groups (the administration screens build on these)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from oppdesk.db import Database
from oppdesk.models import Group, PrivilegeProfile, User
from oppdesk.services.dto import Ref, UserInfo
from oppdesk.services.errors import ValidationError
from oppdesk.services.passwords import hash_password
from oppdesk.services.privileges import load_actor
from oppdesk.services.validation import Checker, reject_unknown

USER_FIELDS = frozenset({"login", "display_name", "email", "profile", "password", "group_ids"})
_LOGIN_RE = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,79}$")


def create_user(db: Database, actor_id: uuid.UUID, fields: Mapping[str, Any]) -> UserInfo:
    """``profile`` is a profile code (admin, sales, read_only) or a profile id."""
    reject_unknown(fields, USER_FIELDS)
    with db.uow() as uow:
        s = uow.session
        load_actor(s, actor_id).require("can_admin")
        checker = Checker()
        login = checker.text("login", fields.get("login"), required=True, max_len=80)
        if login is not None:
            login = login.lower()
            if not _LOGIN_RE.match(login):
                checker.fail("login", "format", "use lowercase letters, digits and . _ @ -")
            elif s.scalar(select(User.id).where(User.login == login)):
                checker.fail("login", "duplicate", "is already taken")
        name = checker.text("display_name", fields.get("display_name"), required=True, max_len=120)
        email = checker.email("email", fields.get("email"))
        raw_profile = fields.get("profile", "sales")
        profile = None
        if isinstance(raw_profile, str):
            profile = s.scalar(select(PrivilegeProfile).where(PrivilegeProfile.code == raw_profile))
        elif isinstance(raw_profile, uuid.UUID):
            profile = s.get(PrivilegeProfile, raw_profile)
        if profile is None:
            checker.fail("profile", "unknown", "is not an existing privilege profile")
        password = fields.get("password")
        if password is not None and (not isinstance(password, str) or len(password) < 8):
            checker.fail("password", "too_short", "must have at least 8 characters", min=8)
        group_ids = checker.idents("group_ids", fields.get("group_ids"))
        groups = [s.get(Group, g) for g in group_ids or []]
        if any(g is None for g in groups):
            checker.fail("group_ids", "unknown", "contains a group that does not exist")
        checker.raise_if_any()
        user = User(
            login=login,
            display_name=name,
            email=email,
            profile=profile,
            password_hash=hash_password(password) if password else None,
            groups=groups,
            created_by=actor_id,
            updated_by=actor_id,
        )
        s.add(user)
        uow.commit()
        return UserInfo(
            user.id,
            user.login,
            user.display_name,
            user.email,
            user.active,
            Ref(profile.id, profile.name),  # type: ignore[union-attr]
            tuple(Ref(g.id, g.name) for g in user.groups),
        )


def create_group(db: Database, actor_id: uuid.UUID, name: str) -> Ref:
    with db.uow() as uow:
        s = uow.session
        load_actor(s, actor_id).require("can_admin")
        checker = Checker()
        clean = checker.text("name", name, required=True, max_len=100)
        checker.raise_if_any()
        if s.scalar(select(Group.id).where(Group.name == clean)):
            raise ValidationError.single("name", "duplicate", "is already used by another group")
        group = Group(name=clean, created_by=actor_id, updated_by=actor_id)
        s.add(group)
        uow.commit()
        return Ref(group.id, group.name)


def set_user_profile(db: Database, actor_id: uuid.UUID, user_id: uuid.UUID, profile: str) -> None:
    with db.uow() as uow:
        s = uow.session
        load_actor(s, actor_id).require("can_admin")
        row = s.scalar(select(PrivilegeProfile).where(PrivilegeProfile.code == profile))
        user = s.get(User, user_id)
        if row is None or user is None:
            raise ValidationError.single(
                "profile", "unknown", "is not an existing privilege profile"
            )
        user.profile = row
        user.updated_by = actor_id
        uow.commit()

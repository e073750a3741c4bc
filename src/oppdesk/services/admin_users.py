"""Administration of users and groups (right ``can_admin``)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import Group, Opportunity, OpportunityShare, PrivilegeProfile, User
from oppdesk.services.dto import Ref, UserInfo
from oppdesk.services.errors import NotFound, ValidationError
from oppdesk.services.passwords import hash_password
from oppdesk.services.privileges import load_actor
from oppdesk.services.sort_keys import fold
from oppdesk.services.validation import Checker, reject_unknown

UPDATE_USER_FIELDS = frozenset({"display_name", "email", "profile", "group_ids", "active"})
MIN_PASSWORD = 8


def require_admin(session: Session, actor_id: uuid.UUID) -> None:
    load_actor(session, actor_id).require("can_admin")


def other_active_admins(session: Session, user_ids: Iterable[uuid.UUID]) -> int:
    """Active administrators other than ``user_ids``."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(User)
            .join(PrivilegeProfile, User.profile_id == PrivilegeProfile.id)
            .where(
                User.active.is_(True),
                PrivilegeProfile.can_admin.is_(True),
                User.id.not_in(list(user_ids)),
            )
        )
        or 0
    )


def user_info(user: User) -> UserInfo:
    return UserInfo(
        user.id,
        user.login,
        user.display_name,
        user.email,
        user.active,
        Ref(user.profile.id, user.profile.name),
        tuple(Ref(g.id, g.name) for g in sorted(user.groups, key=lambda g: g.name)),
    )


def _find_profile(session: Session, raw: Any) -> PrivilegeProfile | None:
    if isinstance(raw, str):
        found = session.scalar(select(PrivilegeProfile).where(PrivilegeProfile.code == raw))
        if found is not None:
            return found
        try:
            raw = uuid.UUID(raw)
        except ValueError:
            return None
    return session.get(PrivilegeProfile, raw) if isinstance(raw, uuid.UUID) else None


def _check_user(s: Session, c: Checker, user: User, fields: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "display_name" in fields:
        out["display_name"] = c.text(
            "display_name", fields["display_name"], required=True, max_len=120
        )
    if "email" in fields:
        out["email"] = c.email("email", fields["email"])
    if "active" in fields:
        out["active"] = c.boolean("active", fields["active"])
    if "profile" in fields:
        out["profile"] = _find_profile(s, fields["profile"])
        if out["profile"] is None:
            c.fail("profile", "unknown", "is not an existing privilege profile")
    if "group_ids" in fields:
        ids = c.idents("group_ids", fields["group_ids"])
        groups = [s.get(Group, g) for g in ids or []]
        if any(g is None for g in groups):
            c.fail("group_ids", "unknown", "contains a group that does not exist")
        out["groups"] = groups
    return out


def _would_lose_admin(s: Session, user: User, clean: Mapping[str, Any]) -> bool:
    stays_active = clean.get("active", user.active)
    profile = clean.get("profile") or user.profile
    was_admin = user.active and user.profile.can_admin
    return (
        was_admin
        and not (stays_active and profile.can_admin)
        and not (other_active_admins(s, [user.id]))
    )


def update_user(
    db: Database, actor_id: uuid.UUID, user_id: uuid.UUID, fields: Mapping[str, Any]
) -> UserInfo:
    """Change display name, email, profile (code or id), groups or ``active``."""
    reject_unknown(fields, UPDATE_USER_FIELDS)
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        user = s.get(User, user_id)
        if user is None:
            raise NotFound("user", user_id)
        c = Checker()
        clean = _check_user(s, c, user, fields)
        c.raise_if_any()
        if _would_lose_admin(s, user, clean):
            raise ValidationError.single(
                "profile" if "profile" in clean else "active",
                "last_admin",
                "the workspace must keep at least one active administrator",
            )
        for key in ("display_name", "email", "active", "profile", "groups"):
            if key in clean:
                setattr(user, key, clean[key])
        user.updated_by = actor_id
        if "display_name" in clean:
            s.execute(
                update(Opportunity)
                .where(Opportunity.owner_id == user.id)
                .values(owner_key=fold(clean["display_name"])[:120])
                .execution_options(synchronize_session=False)
            )
        uow.commit()
        return user_info(user)


def set_user_active(
    db: Database, actor_id: uuid.UUID, user_id: uuid.UUID, active: bool
) -> UserInfo:
    return update_user(db, actor_id, user_id, {"active": active})


def deactivate_user(db: Database, actor_id: uuid.UUID, user_id: uuid.UUID) -> UserInfo:
    """Never the last active administrator."""
    return set_user_active(db, actor_id, user_id, False)


def reactivate_user(db: Database, actor_id: uuid.UUID, user_id: uuid.UUID) -> UserInfo:
    return set_user_active(db, actor_id, user_id, True)


def reset_password(db: Database, actor_id: uuid.UUID, user_id: uuid.UUID, password: Any) -> None:
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        user = s.get(User, user_id)
        if user is None:
            raise NotFound("user", user_id)
        if not isinstance(password, str) or len(password) < MIN_PASSWORD:
            raise ValidationError.single(
                "password", "too_short", "must have at least 8 characters", min=MIN_PASSWORD
            )
        if len(password) > 1024:
            raise ValidationError.single("password", "too_long", "is too long", max=1024)
        user.password_hash = hash_password(password)
        user.updated_by = actor_id
        uow.commit()


def _group(s: Session, group_id: uuid.UUID) -> Group:
    group = s.get(Group, group_id)
    if group is None:
        raise NotFound("group", group_id)
    return group


def rename_group(db: Database, actor_id: uuid.UUID, group_id: uuid.UUID, name: Any) -> Ref:
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        group = _group(s, group_id)
        c = Checker()
        clean = c.text("name", name, required=True, max_len=100)
        c.raise_if_any()
        assert clean is not None
        if s.scalar(select(Group.id).where(Group.name == clean, Group.id != group_id)):
            raise ValidationError.single("name", "duplicate", "is already used by another group")
        group.name = clean
        group.updated_by = actor_id
        uow.commit()
        return Ref(group.id, group.name)


def delete_group(db: Database, actor_id: uuid.UUID, group_id: uuid.UUID) -> None:
    """Removes the group with its memberships and the shares made to it."""
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        group = _group(s, group_id)
        s.execute(delete(OpportunityShare).where(OpportunityShare.group_id == group_id))
        group.members = []
        s.flush()
        s.delete(group)
        uow.commit()


def set_group_members(
    db: Database, actor_id: uuid.UUID, group_id: uuid.UUID, user_ids: Any
) -> tuple[Ref, ...]:
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        group = _group(s, group_id)
        c = Checker()
        ids = c.idents("user_ids", user_ids)
        users = [s.get(User, u) for u in ids or []]
        if any(u is None for u in users):
            c.fail("user_ids", "unknown", "contains a user that does not exist")
        c.raise_if_any()
        group.members = [u for u in users if u is not None]
        group.updated_by = actor_id
        uow.commit()
        return tuple(
            Ref(u.id, u.display_name) for u in sorted(group.members, key=lambda u: u.display_name)
        )


def list_group_members(db: Database, actor_id: uuid.UUID, group_id: uuid.UUID) -> tuple[Ref, ...]:
    with db.uow() as uow:
        require_admin(uow.session, actor_id)
        group = _group(uow.session, group_id)
        return tuple(
            Ref(u.id, u.display_name) for u in sorted(group.members, key=lambda u: u.display_name)
        )

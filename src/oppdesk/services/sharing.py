"""Partager: change the owner, share with a collaborator or a group; and smart-tags."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import Group, Opportunity, OpportunityShare, User, utcnow
from oppdesk.services import opportunity_rules as rules
from oppdesk.services.dto import OpportunityDetail
from oppdesk.services.errors import NotFound, ValidationError
from oppdesk.services.history import record_changes
from oppdesk.services.opportunity_read import detail, fetch
from oppdesk.services.privileges import Actor, editable, load_actor
from oppdesk.services.sort_keys import refresh_opportunity_keys
from oppdesk.services.validation import Checker


def _editable(s: Session, actor: Actor, opportunity_id: uuid.UUID) -> Opportunity:
    return fetch(s, actor, opportunity_id, predicate=editable, right="edit_scope", for_update=True)


def _touch(opp: Opportunity, actor: Actor) -> None:
    opp.updated_by = actor.user_id
    opp.updated_at = utcnow()


def _active_user(s: Session, field: str, user_id: uuid.UUID) -> User:
    user = s.get(User, user_id) if isinstance(user_id, uuid.UUID) else None
    if user is None or not user.active:
        raise ValidationError.single(field, "unknown", "is not an active user")
    return user


def change_owner(
    db: Database, actor_id: uuid.UUID, opportunity_id: uuid.UUID, owner_id: uuid.UUID
) -> OpportunityDetail:
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require("can_share")
        opp = _editable(s, actor, opportunity_id)
        _active_user(s, "owner_id", owner_id)
        if opp.owner_id != owner_id:
            old = opp.owner_id
            opp.owner_id = owner_id
            refresh_opportunity_keys(s, opp)
            _touch(opp, actor)
            s.flush()
            record_changes(s, "opportunity", opp.id, actor_id, [("owner_id", old, owner_id)])
        uow.commit()
        return detail(s, actor, opp)


def share_opportunity(
    db: Database,
    actor_id: uuid.UUID,
    opportunity_id: uuid.UUID,
    *,
    user_id: uuid.UUID | None = None,
    group_id: uuid.UUID | None = None,
) -> OpportunityDetail:
    """Share with exactly one collaborator (``user_id``) or one group (``group_id``)."""
    if (user_id is None) == (group_id is None):
        raise ValidationError.single("target", "required", "choose one collaborator or one group")
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require("can_share")
        opp = _editable(s, actor, opportunity_id)
        if user_id is not None:
            _active_user(s, "user_id", user_id)
            exists = any(sh.user_id == user_id for sh in opp.shares)
        else:
            if not isinstance(group_id, uuid.UUID) or s.get(Group, group_id) is None:
                raise ValidationError.single("group_id", "unknown", "is not an existing group")
            exists = any(sh.group_id == group_id for sh in opp.shares)
        if not exists:
            opp.shares.append(
                OpportunityShare(user_id=user_id, group_id=group_id, created_by=actor_id)
            )
            _touch(opp, actor)
            s.flush()
            target = f"user:{user_id}" if user_id else f"group:{group_id}"
            record_changes(s, "opportunity", opp.id, actor_id, [("shares", None, target)])
        uow.commit()
        return detail(s, actor, opp)


def unshare_opportunity(
    db: Database, actor_id: uuid.UUID, opportunity_id: uuid.UUID, share_id: uuid.UUID
) -> OpportunityDetail:
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require("can_share")
        opp = _editable(s, actor, opportunity_id)
        share = next((sh for sh in opp.shares if sh.id == share_id), None)
        if share is None:
            raise NotFound("share", share_id)
        target = f"user:{share.user_id}" if share.user_id else f"group:{share.group_id}"
        opp.shares.remove(share)
        _touch(opp, actor)
        s.flush()
        record_changes(s, "opportunity", opp.id, actor_id, [("shares", target, None)])
        uow.commit()
        return detail(s, actor, opp)


def add_tag(
    db: Database, actor_id: uuid.UUID, opportunity_id: uuid.UUID, name: str
) -> OpportunityDetail:
    """Add a smart-tag (an existing one by name, or a new one)."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        opp = _editable(s, actor, opportunity_id)
        checker = Checker()
        names = rules.check_tags(checker, [name])
        checker.raise_if_any()
        assert names is not None
        current = [t.name for t in opp.tags]
        if names[0] not in current:
            history = rules.set_tags(s, opp, [*current, names[0]])
            _touch(opp, actor)
            s.flush()
            record_changes(s, "opportunity", opp.id, actor_id, history)
        uow.commit()
        return detail(s, actor, opp)


def remove_tag(
    db: Database, actor_id: uuid.UUID, opportunity_id: uuid.UUID, name: str
) -> OpportunityDetail:
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        opp = _editable(s, actor, opportunity_id)
        current = [t.name for t in opp.tags]
        if name in current:
            history = rules.set_tags(s, opp, [n for n in current if n != name])
            _touch(opp, actor)
            s.flush()
            record_changes(s, "opportunity", opp.id, actor_id, history)
        uow.commit()
        return detail(s, actor, opp)


def opportunities_shared_with(
    db: Database, actor_id: uuid.UUID, user_id: uuid.UUID
) -> list[uuid.UUID]:
    with db.uow() as uow:
        load_actor(uow.session, actor_id).require("can_admin")
        return list(
            uow.session.scalars(
                select(OpportunityShare.opportunity_id).where(OpportunityShare.user_id == user_id)
            )
        )

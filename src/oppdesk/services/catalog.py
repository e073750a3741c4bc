"""The lists the forms pick from: pipelines and stages, sources, users, groups, tags."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from oppdesk.db import Database
from oppdesk.models import Group, Pipeline, SmartTag, Source, User
from oppdesk.services.custom_fields import list_custom_fields
from oppdesk.services.dto import CustomFieldDef, PipelineInfo, Ref, StageInfo, UserInfo
from oppdesk.services.privileges import Rights, load_actor


@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user and their rights, for the UI to grey out what they cannot do."""

    id: uuid.UUID
    login: str
    display_name: str
    rights: Rights


def current_user(db: Database, actor_id: uuid.UUID) -> CurrentUser:
    with db.uow() as uow:
        actor = load_actor(uow.session, actor_id)
        user = uow.session.get_one(User, actor_id)
        return CurrentUser(actor.user_id, user.login, actor.display_name, actor.rights)


@dataclass(frozen=True)
class ListChoices:
    """What the opportunity list needs before its first page: its filters' choices and its
    custom-field columns."""

    pipelines: list[PipelineInfo]
    users: list[UserInfo]
    sources: list[Ref]
    custom_fields: list[CustomFieldDef]


def list_choices(db: Database, actor_id: uuid.UUID) -> ListChoices:
    """The four lists in one call: one trip to the database thread instead of four (each
    trip waits for the event loop to pick its answer up, ~5–15 ms while a window builds)."""
    return ListChoices(
        list_pipelines(db, actor_id),
        list_users(db, actor_id),
        list_sources(db, actor_id),
        list_custom_fields(db, actor_id),
    )


def list_pipelines(db: Database, actor_id: uuid.UUID) -> list[PipelineInfo]:
    with db.uow() as uow:
        load_actor(uow.session, actor_id)
        pipelines = uow.session.scalars(
            select(Pipeline)
            .options(selectinload(Pipeline.stages))
            .order_by(Pipeline.position, Pipeline.name)
        )
        return [
            PipelineInfo(
                p.id,
                p.name,
                p.position,
                p.is_default,
                tuple(StageInfo(s.id, s.name, s.position, s.default_probability) for s in p.stages),
            )
            for p in pipelines
        ]


def list_sources(db: Database, actor_id: uuid.UUID, *, active_only: bool = True) -> list[Ref]:
    with db.uow() as uow:
        load_actor(uow.session, actor_id)
        query = select(Source).order_by(Source.position, Source.name)
        if active_only:
            query = query.where(Source.active.is_(True))
        return [Ref(s.id, s.name) for s in uow.session.scalars(query)]


def list_users(db: Database, actor_id: uuid.UUID, *, active_only: bool = True) -> list[UserInfo]:
    with db.uow() as uow:
        load_actor(uow.session, actor_id)
        query = select(User).options(selectinload(User.groups)).order_by(User.display_name)
        if active_only:
            query = query.where(User.active.is_(True))
        return [
            UserInfo(
                u.id,
                u.login,
                u.display_name,
                u.email,
                u.active,
                Ref(u.profile.id, u.profile.name),
                tuple(Ref(g.id, g.name) for g in sorted(u.groups, key=lambda g: g.name)),
            )
            for u in uow.session.scalars(query)
        ]


def list_groups(db: Database, actor_id: uuid.UUID) -> list[Ref]:
    with db.uow() as uow:
        load_actor(uow.session, actor_id)
        return [Ref(g.id, g.name) for g in uow.session.scalars(select(Group).order_by(Group.name))]


def list_tags(db: Database, actor_id: uuid.UUID, prefix: str = "", *, limit: int = 50) -> list[str]:
    """Tag names for autocompletion, those starting with ``prefix`` (case-insensitive)."""
    with db.uow() as uow:
        load_actor(uow.session, actor_id)
        query = select(SmartTag.name).order_by(SmartTag.name).limit(max(1, min(limit, 1000)))
        if prefix:
            escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(SmartTag.name.ilike(f"{escaped}%", escape="\\"))
        return list(uow.session.scalars(query))

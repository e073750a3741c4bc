"""Administration of the sources list (right ``can_admin``); renames keep ``source_key``."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update

from oppdesk.db import Database
from oppdesk.models import Opportunity, Source
from oppdesk.services.admin_pipelines import clean_name, duplicate_name, get_or_raise
from oppdesk.services.admin_users import require_admin
from oppdesk.services.dto import Ref
from oppdesk.services.sort_keys import fold


def add_source(db: Database, actor_id: uuid.UUID, name: Any) -> Ref:
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        clean = clean_name(name)
        if s.scalar(select(Source.id).where(Source.name == clean)):
            raise duplicate_name()
        position = (s.scalar(select(func.max(Source.position))) or 0) + 1
        source = Source(name=clean, position=position, created_by=actor_id)
        s.add(source)
        s.flush()
        uow.commit()
        return Ref(source.id, source.name)


def rename_source(db: Database, actor_id: uuid.UUID, source_id: uuid.UUID, name: Any) -> Ref:
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        source = get_or_raise(s, Source, source_id, "source")
        clean = clean_name(name)
        if s.scalar(select(Source.id).where(Source.name == clean, Source.id != source_id)):
            raise duplicate_name()
        source.name = clean
        source.updated_by = actor_id
        s.execute(
            update(Opportunity)
            .where(Opportunity.source_id == source_id)
            .values(source_key=fold(clean)[:120])
            .execution_options(synchronize_session=False)
        )
        uow.commit()
        return Ref(source.id, source.name)


def set_source_active(
    db: Database, actor_id: uuid.UUID, source_id: uuid.UUID, active: bool
) -> None:
    """A deactivated source leaves the pick lists; opportunities keep it."""
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        source = get_or_raise(s, Source, source_id, "source")
        source.active = bool(active)
        source.updated_by = actor_id
        uow.commit()


def deactivate_source(db: Database, actor_id: uuid.UUID, source_id: uuid.UUID) -> None:
    set_source_active(db, actor_id, source_id, False)

"""The public scripting API: the same services the GUI uses, bound to a workspace and a user.

from oppdesk.api import open_workspace

with open_workspace("sqlite:///deals.sqlite3") as ws:
    acme = ws.create_company({"name": "ACME", "kind": "client"})
    opp = ws.create_opportunity({"name": "Renouvellement", "company_id": acme.id})
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from types import TracebackType
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from sqlalchemy import func, select
from sqlalchemy.engine import URL

from oppdesk import services
from oppdesk.config import describe_url, resolve_database_url
from oppdesk.db import Database, create_database
from oppdesk.db.migrate import MigrationResult, current_revision, upgrade
from oppdesk.models import Base, User

P = ParamSpec("P")
R = TypeVar("R")


class _Bound(Generic[P, R]):
    """Exposes ``fn(db, actor_id, *args)`` as ``workspace.fn(*args)``, keeping its signature."""

    def __init__(self, fn: Callable[Concatenate[Database, uuid.UUID, P], R]) -> None:
        self.fn = fn
        self.__doc__ = fn.__doc__

    @overload
    def __get__(self, obj: None, owner: type) -> _Bound[P, R]: ...
    @overload
    def __get__(self, obj: Workspace, owner: type) -> Callable[P, R]: ...
    def __get__(self, obj: Workspace | None, owner: type) -> Any:
        if obj is None:
            return self
        db, actor = obj.db, obj.user_id

        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            return self.fn(db, actor, *args, **kwargs)

        call.__doc__ = self.fn.__doc__
        return call


class Workspace:
    """An open workspace acting as one user. Close it (or use ``with``) when done."""

    def __init__(self, db: Database, user_id: uuid.UUID, migration: MigrationResult) -> None:
        self.db = db
        self.user_id = user_id
        self.migration = migration

    # opportunities
    create_opportunity = _Bound(services.create_opportunity)
    get_opportunity = _Bound(services.get_opportunity)
    find_opportunity_by_reference = _Bound(services.find_opportunity_by_reference)
    update_opportunity = _Bound(services.update_opportunity)
    duplicate_opportunity = _Bound(services.duplicate_opportunity)
    delete_opportunity = _Bound(services.delete_opportunity)
    move_to_stage = _Bound(services.move_to_stage)
    stage_history = _Bound(services.stage_history)
    list_opportunities = _Bound(services.list_opportunities)
    count_opportunities = _Bound(services.count_opportunities)
    opportunity_totals = _Bound(services.opportunity_totals)
    count_selection = _Bound(services.count_selection)
    # sharing and tags
    change_owner = _Bound(services.change_owner)
    share_opportunity = _Bound(services.share_opportunity)
    unshare_opportunity = _Bound(services.unshare_opportunity)
    add_tag = _Bound(services.add_tag)
    remove_tag = _Bound(services.remove_tag)
    # companies and contacts
    create_company = _Bound(services.create_company)
    update_company = _Bound(services.update_company)
    get_company = _Bound(services.get_company)
    search_companies = _Bound(services.search_companies)
    create_contact = _Bound(services.create_contact)
    update_contact = _Bound(services.update_contact)
    list_contacts = _Bound(services.list_contacts)
    search_contacts = _Bound(services.search_contacts)
    # lists to pick from
    list_pipelines = _Bound(services.list_pipelines)
    list_sources = _Bound(services.list_sources)
    list_users = _Bound(services.list_users)
    list_groups = _Bound(services.list_groups)
    list_tags = _Bound(services.list_tags)
    list_custom_fields = _Bound(services.list_custom_fields)
    list_loss_reasons = _Bound(services.list_loss_reasons)
    # activities (Activité)
    add_comment = _Bound(services.add_comment)
    add_email = _Bound(services.add_email)
    queue_email = _Bound(services.queue_email)
    log_call = _Bound(services.log_call)
    schedule_task = _Bound(services.schedule_task)
    set_task_done = _Bound(services.set_task_done)
    create_event = _Bound(services.create_event)
    list_activities = _Bound(services.list_activities)
    delete_activity = _Bound(services.delete_activity)
    send_pending_emails = _Bound(services.send_pending_emails)
    get_smtp_settings = _Bound(services.get_smtp_settings)
    save_smtp_settings = _Bound(services.save_smtp_settings)
    event_to_ics = staticmethod(services.event_to_ics)
    # linked sales documents (Documents liés)
    create_sales_document = _Bound(services.create_sales_document)
    create_standalone_sales_document = _Bound(services.create_standalone_sales_document)
    list_linked_documents = _Bound(services.list_linked_documents)
    list_linkable_documents = _Bound(services.list_linkable_documents)
    link_sales_document = _Bound(services.link_sales_document)
    unlink_sales_document = _Bound(services.unlink_sales_document)
    # files (Fichiers)
    add_file = _Bound(services.add_file)
    list_files = _Bound(services.list_files)
    read_file = _Bound(services.read_file)
    delete_file = _Bound(services.delete_file)
    # Redactor documents
    list_redactor_templates = staticmethod(services.list_redactor_templates)
    create_redactor_document = _Bound(services.create_redactor_document)
    update_redactor_document = _Bound(services.update_redactor_document)
    list_redactor_documents = _Bound(services.list_redactor_documents)
    get_redactor_document = _Bound(services.get_redactor_document)
    delete_redactor_document = _Bound(services.delete_redactor_document)
    refresh_merge_fields = _Bound(services.refresh_merge_fields)
    # time tracking
    log_time = _Bound(services.log_time)
    list_time_entries = _Bound(services.list_time_entries)
    delete_time_entry = _Bound(services.delete_time_entry)
    # administration
    create_user = _Bound(services.create_user)
    create_group = _Bound(services.create_group)
    set_user_profile = _Bound(services.set_user_profile)
    create_custom_field = _Bound(services.create_custom_field)
    update_custom_field = _Bound(services.update_custom_field)

    def as_user(self, login: str) -> Workspace:
        """The same workspace acting as another user (scripts run by an administrator)."""
        with self.db.uow() as uow:
            user_id = uow.session.scalar(select(User.id).where(User.login == login))
        if user_id is None:
            raise services.NotFound("user", login)
        return Workspace(self.db, user_id, self.migration)

    @property
    def location(self) -> str:
        return describe_url(self.db.url)

    def info(self) -> dict[str, Any]:
        """Location, schema revision and row counts per entity."""
        with self.db.engine.connect() as conn:
            revision = current_revision(conn)
            counts = {
                name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in sorted(Base.metadata.tables.items())
            }
        return {"database": self.location, "revision": revision, "counts": counts}

    def close(self) -> None:
        self.db.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_workspace(
    url: str | os.PathLike[str] | URL | None = None, *, user: str | None = None
) -> Workspace:
    """Open (creating and migrating when needed) a workspace and act as ``user``.

    ``url`` is a SQLAlchemy URL, a SQLite file path, or None for ``OPPDESK_DATABASE_URL`` or
    else the embedded default file in the user's data folder. ``user`` is a login; by default
    the built-in administrator.
    """
    db = create_database(resolve_database_url(url))
    try:
        migration = upgrade(db)
        admin_id = services.ensure_defaults(db)
        ws = Workspace(db, admin_id, migration)
        return ws.as_user(user) if user else ws
    except BaseException:
        db.dispose()
        raise

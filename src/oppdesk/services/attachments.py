"""Fichiers: attachments stored in the database itself, so a shared workspace shares them.

The content column is deferred: lists never load it, only ``read_file`` does, and it checks the
bytes against the SHA-256 recorded when the file was added.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import FileAttachment, Opportunity, User, utcnow
from oppdesk.services.dto import Ref
from oppdesk.services.errors import NotFound, UserError
from oppdesk.services.history import record_changes
from oppdesk.services.opportunity_read import fetch
from oppdesk.services.privileges import Actor, editable, load_actor, visible
from oppdesk.services.settings import DEFAULTS, get_setting
from oppdesk.services.validation import Checker

RIGHT = "can_files"
ENTITY = "file"
MAX_NAME = 255
DEFAULT_MIME = "application/octet-stream"
_MIME_RE = re.compile(
    r"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,62}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,62}$"
)
# Control characters and what Windows refuses in a file name; path separators are cut first.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')


class CorruptFileError(UserError):
    """The stored bytes no longer match the SHA-256 recorded when the file was added."""

    code = "corrupt_file"

    def __init__(self, file_id: uuid.UUID, file_name: str) -> None:
        super().__init__(
            f"The stored content of {file_name} is damaged (its checksum does not match); "
            "add the file again from an intact copy."
        )
        self.file_id = file_id
        self.file_name = file_name


@dataclass(frozen=True)
class FileInfo:
    id: uuid.UUID
    opportunity_id: uuid.UUID
    file_name: str
    mime_type: str
    size: int
    sha256: str
    uploaded_by: Ref
    uploaded_at: datetime


def clean_file_name(c: Checker, value: Any) -> str | None:
    """The last path component, without control or reserved characters, ≤ 255 characters."""
    if not isinstance(value, str):
        c.fail("file_name", "type", "must be text")
        return None
    name = re.split(r"[/\\]", value)[-1]
    name = _UNSAFE.sub("_", name.replace("\x00", "")).strip().rstrip(". ")
    if not name:  # also "." and ".." once the trailing dots are gone
        c.fail("file_name", "required", "is required")
        return None
    if len(name) > MAX_NAME:
        stem, dot, ext = name.rpartition(".")
        keep = f"{dot}{ext}" if dot and stem and len(ext) < 20 else ""
        name = name[: MAX_NAME - len(keep)].rstrip() + keep
    return name


def _mime(c: Checker, value: str | None, file_name: str | None) -> str | None:
    if value is None or value == "":
        guessed = mimetypes.guess_type(file_name or "", strict=False)[0]
        return guessed if guessed and len(guessed) <= 120 else DEFAULT_MIME
    if not isinstance(value, str) or not _MIME_RE.match(value.strip()):
        c.fail("mime_type", "format", "must be a media type such as application/pdf")
        return None
    return value.strip().lower()


def size_limit_mb(s: Session) -> int:
    limit = get_setting(s, "file_size_limit_mb")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
        return int(DEFAULTS["file_size_limit_mb"])
    return limit


def _content(c: Checker, s: Session, value: Any) -> bytes | None:
    if not isinstance(value, bytes | bytearray | memoryview):
        c.fail("content", "type", "must be bytes")
        return None
    data = bytes(value)
    limit = size_limit_mb(s)
    if len(data) > limit * 1024 * 1024:
        c.fail(
            "content",
            "too_large",
            f"is too large: files may be at most {limit} MB",
            max_mb=limit,
            size=len(data),
        )
        return None
    return data


def _query() -> Any:
    return (
        select(
            FileAttachment.id,
            FileAttachment.opportunity_id,
            FileAttachment.file_name,
            FileAttachment.mime_type,
            FileAttachment.size,
            FileAttachment.sha256,
            FileAttachment.uploaded_by,
            User.display_name,
            FileAttachment.created_at,
        )
        .join(User, User.id == FileAttachment.uploaded_by)
        .where(FileAttachment.deleted_at.is_(None))
    )


def _to_info(row: Any) -> FileInfo:
    return FileInfo(
        id=row.id,
        opportunity_id=row.opportunity_id,
        file_name=row.file_name,
        mime_type=row.mime_type,
        size=row.size,
        sha256=row.sha256,
        uploaded_by=Ref(row.uploaded_by, row.display_name),
        uploaded_at=row.created_at,
    )


def add_file(
    db: Database,
    actor_id: uuid.UUID,
    opportunity_id: uuid.UUID,
    *,
    file_name: str,
    content: bytes,
    mime_type: str | None = None,
) -> FileInfo:
    """Ajouter un document: store ``content`` (up to the workspace's size limit)."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require(RIGHT)
        opp = fetch(s, actor, opportunity_id, predicate=editable, right="edit_scope")
        checker = Checker()
        name = clean_file_name(checker, file_name)
        mime = _mime(checker, mime_type, name)
        data = _content(checker, s, content)
        checker.raise_if_any()
        assert name is not None and mime is not None and data is not None
        attachment = FileAttachment(
            opportunity_id=opp.id,
            file_name=name,
            mime_type=mime,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            content=data,
            uploaded_by=actor.user_id,
            created_by=actor.user_id,
            updated_by=actor.user_id,
        )
        s.add(attachment)
        s.flush()
        record_changes(s, "opportunity", opp.id, actor.user_id, [("files", None, name)])
        info = _to_info(s.execute(_query().where(FileAttachment.id == attachment.id)).one())
        uow.commit()
        return info


def list_files(db: Database, actor_id: uuid.UUID, opportunity_id: uuid.UUID) -> list[FileInfo]:
    """The opportunity's files, newest first (metadata only: the content is not read)."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require(RIGHT)
        opp = fetch(s, actor, opportunity_id)
        rows = s.execute(
            _query()
            .where(FileAttachment.opportunity_id == opp.id)
            .order_by(FileAttachment.created_at.desc(), FileAttachment.id.desc())
        )
        return [_to_info(row) for row in rows]


def _attachment(s: Session, actor: Actor, file_id: uuid.UUID) -> FileAttachment:
    """The live file if its opportunity is visible to ``actor``; else ``NotFound``."""
    found = None
    if isinstance(file_id, uuid.UUID):
        found = s.scalar(
            select(FileAttachment)
            .join(Opportunity, Opportunity.id == FileAttachment.opportunity_id)
            .where(
                FileAttachment.id == file_id, FileAttachment.deleted_at.is_(None), visible(actor)
            )
        )
    if found is None:
        raise NotFound(ENTITY, file_id)
    return found


def read_file(db: Database, actor_id: uuid.UUID, file_id: uuid.UUID) -> bytes:
    """The file's bytes, checked against their SHA-256 (``CorruptFileError`` otherwise)."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require(RIGHT)
        attachment = _attachment(s, actor, file_id)
        data = s.scalar(select(FileAttachment.content).where(FileAttachment.id == attachment.id))
        data = bytes(data) if data is not None else None
        if data is None or hashlib.sha256(data).hexdigest() != attachment.sha256:
            raise CorruptFileError(attachment.id, attachment.file_name)
        return data


def delete_file(db: Database, actor_id: uuid.UUID, file_id: uuid.UUID) -> None:
    """Soft delete; needs the right to edit the opportunity."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require(RIGHT)
        attachment = _attachment(s, actor, file_id)
        fetch(s, actor, attachment.opportunity_id, predicate=editable, right="edit_scope")
        attachment.deleted_at = utcnow()
        attachment.updated_by = actor.user_id
        s.flush()
        record_changes(
            s,
            "opportunity",
            attachment.opportunity_id,
            actor.user_id,
            [("files", attachment.file_name, None)],
        )
        uow.commit()

"""Fichiers: attachments stored in the database, checked by SHA-256, both backends."""

from __future__ import annotations

import hashlib
import os
import uuid

import pytest
from sqlalchemy import event, func, select, update

from oppdesk import services
from oppdesk.models import ChangeLog, FileAttachment, PrivilegeProfile
from oppdesk.services import attachments as files
from oppdesk.services.errors import NotFound, PermissionDenied, ValidationError
from oppdesk.services.settings import put_setting
from oppdesk.services.validation import Checker


def _count(db) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(FileAttachment))


def _set_limit(db, megabytes) -> None:
    with db.uow() as uow:
        put_setting(uow.session, "file_size_limit_mb", megabytes)
        uow.commit()


@pytest.fixture
def opp(make_opportunity):
    return make_opportunity()


def test_add_list_read_and_delete(db, admin_id, opp):
    pdf = b"%PDF-1.7\n" + bytes(range(256)) * 10
    info = files.add_file(db, admin_id, opp.id, file_name="Devis signé.pdf", content=pdf)
    assert (info.file_name, info.mime_type, info.size) == (
        "Devis signé.pdf",
        "application/pdf",
        len(pdf),
    )
    assert info.sha256 == hashlib.sha256(pdf).hexdigest()
    assert info.uploaded_by.name == "Administrateur" and info.uploaded_at is not None
    empty = files.add_file(
        db, admin_id, opp.id, file_name="vide.bin", content=b"", mime_type="Application/X-Empty"
    )
    assert (empty.size, empty.mime_type) == (0, "application/x-empty")
    assert files.read_file(db, admin_id, empty.id) == b""
    odd = files.add_file(db, admin_id, opp.id, file_name="notes.zzunknown", content=bytearray(b"x"))
    assert odd.mime_type == "application/octet-stream"
    assert [f.id for f in files.list_files(db, admin_id, opp.id)] == [odd.id, empty.id, info.id]
    assert files.read_file(db, admin_id, info.id) == pdf

    files.delete_file(db, admin_id, info.id)
    assert info.id not in {f.id for f in files.list_files(db, admin_id, opp.id)}
    with pytest.raises(NotFound):
        files.read_file(db, admin_id, info.id)
    assert _count(db) == 3  # soft delete keeps the row
    with db.uow() as uow:
        history = uow.session.execute(
            select(ChangeLog.old_value, ChangeLog.new_value).where(
                ChangeLog.entity_id == opp.id, ChangeLog.field == "files"
            )
        ).all()
    assert ("Devis signé.pdf", None) in [tuple(h) for h in history]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\moi\\rapport final.docx", "rapport final.docx"),
        ("  a\x00b\x07c:d?.txt  ", "ab_c_d_.txt"),
        ("x" * 300 + ".pdf", "x" * 251 + ".pdf"),
        ("y" * 300, "y" * 255),
        ("rapport . . ", "rapport"),
    ],
)
def test_file_names_are_sanitised(raw, clean):
    checker = Checker()
    assert files.clean_file_name(checker, raw) == clean and not checker.errors


def test_invalid_input_changes_nothing(db, admin_id, opp):
    for kwargs, field, code in (
        ({"file_name": "", "content": b"x"}, "file_name", "required"),
        ({"file_name": "dir/", "content": b"x"}, "file_name", "required"),
        ({"file_name": "..", "content": b"x"}, "file_name", "required"),
        ({"file_name": 12, "content": b"x"}, "file_name", "type"),
        ({"file_name": "a.txt", "content": "texte"}, "content", "type"),
        (
            {"file_name": "a.txt", "content": b"x", "mime_type": "pas un type"},
            "mime_type",
            "format",
        ),
    ):
        with pytest.raises(ValidationError) as err:
            files.add_file(db, admin_id, opp.id, **kwargs)
        assert err.value.errors[field].code == code
    assert _count(db) == 0


def test_size_limit_comes_from_the_settings(db, admin_id, opp):
    _set_limit(db, 1)
    with pytest.raises(ValidationError) as err:
        files.add_file(
            db, admin_id, opp.id, file_name="gros.bin", content=b"\0" * (1024 * 1024 + 1)
        )
    error = err.value.errors["content"]
    assert error.code == "too_large" and "1 MB" in error.message
    assert error.params["max_mb"] == 1
    assert _count(db) == 0
    exact = files.add_file(db, admin_id, opp.id, file_name="juste.bin", content=b"\1" * 1024 * 1024)
    assert exact.size == 1024 * 1024


def test_twenty_megabytes_round_trip(db, admin_id, opp):
    data = os.urandom(20 * 1024 * 1024)
    info = files.add_file(db, admin_id, opp.id, file_name="archive.zip", content=data)
    assert info.size == len(data) and info.mime_type in (
        "application/zip",
        "application/x-zip-compressed",
    )
    assert files.read_file(db, admin_id, info.id) == data


def test_listing_never_reads_the_content_column(db, admin_id, opp):
    files.add_file(db, admin_id, opp.id, file_name="a.txt", content=b"abc")
    statements: list[str] = []

    def spy(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", spy)
    try:
        assert len(files.list_files(db, admin_id, opp.id)) == 1
    finally:
        event.remove(db.engine, "before_cursor_execute", spy)
    assert any("file_attachments" in s for s in statements)
    assert not any("file_attachments.content" in s for s in statements)


def test_tampered_content_is_detected(db, admin_id, opp):
    info = files.add_file(db, admin_id, opp.id, file_name="contrat.pdf", content=b"original")
    with db.uow() as uow:
        uow.session.execute(
            update(FileAttachment).where(FileAttachment.id == info.id).values(content=b"0riginal")
        )
        uow.commit()
    with pytest.raises(files.CorruptFileError) as err:
        files.read_file(db, admin_id, info.id)
    assert err.value.code == "corrupt_file" and "contrat.pdf" in err.value.message
    assert isinstance(err.value, services.UserError)


def test_rights(db, admin_id, opp, make_user):
    reader = make_user("reader", "read_only")  # Lecture seule may see files, not add them
    carol = make_user("carol")
    services.share_opportunity(db, admin_id, opp.id, user_id=reader.id)
    info = files.add_file(db, admin_id, opp.id, file_name="a.txt", content=b"abc")
    assert [f.id for f in files.list_files(db, reader.id, opp.id)] == [info.id]
    assert files.read_file(db, reader.id, info.id) == b"abc"
    for call in (
        lambda: files.add_file(db, reader.id, opp.id, file_name="b.txt", content=b"x"),
        lambda: files.delete_file(db, reader.id, info.id),
    ):
        with pytest.raises(PermissionDenied):
            call()
    for call in (
        lambda: files.add_file(db, carol.id, opp.id, file_name="b.txt", content=b"x"),
        lambda: files.list_files(db, carol.id, opp.id),
        lambda: files.read_file(db, carol.id, info.id),
        lambda: files.delete_file(db, carol.id, info.id),
        lambda: files.read_file(db, admin_id, uuid.uuid4()),
    ):
        with pytest.raises(NotFound):
            call()
    with db.uow() as uow:  # a profile without the files right
        uow.session.execute(
            update(PrivilegeProfile)
            .where(PrivilegeProfile.code == "read_only")
            .values(can_files=False)
        )
        uow.commit()
    with pytest.raises(PermissionDenied) as err:
        files.list_files(db, reader.id, opp.id)
    assert err.value.right == "can_files"
    assert _count(db) == 1

"""The Fichiers tab over real databases: adding several files (a 20 MB one included) from
the file chooser and by drag and drop, the list, save-as giving back identical bytes, opening
with the system viewer, deleting, the size limit named in the refusal, and privileges."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from sqlalchemy import update

from oppdesk import services
from oppdesk.models import PrivilegeProfile
from oppdesk.services.settings import put_setting
from oppdesk.views.file_chooser import ScriptedFileChooser
from oppdesk.views.item_models.file_table_model import (
    Column,
    FileTableModel,
    human_size,
    type_label,
)
from oppdesk.views.record_tabs.files_tab import (
    EMPTY_PAGE,
    FORBIDDEN_PAGE,
    TABLE_PAGE,
    FilesTab,
)
from oppdesk.views.rights_text import forbidden_text
from tests.gui.tab_helpers import context_for

MB = 1024 * 1024


@pytest.fixture
def opp(make_opportunity):
    return make_opportunity(name="Parc de caisses")


def _tab(qtbot, aio, ctx, db, opp, user_id):
    tab = FilesTab(ctx, opp.id)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    aio(tab.load(services.get_opportunity(db, user_id, opp.id)))
    return tab


@pytest.fixture
def tab(qtbot, aio, app_ctx, db, admin_id, opp):
    return _tab(qtbot, aio, app_ctx, db, opp, admin_id)


@pytest.fixture
def big_file(tmp_path):
    path = tmp_path / "plans-magasin.bin"
    path.write_bytes(os.urandom(20 * MB))
    return path


def _names(tab):
    return sorted(f.file_name for f in tab.model.files())


def _set_limit(db, megabytes):
    with db.uow() as uow:
        put_setting(uow.session, "file_size_limit_mb", megabytes)
        uow.commit()


def test_add_several_files_including_20_mb_and_save_them_back(
    qtbot, aio, wait_until, tab, db, admin_id, opp, big_file, tmp_path
):
    assert tab.title() == "Files" and tab.pages.currentIndex() == EMPTY_PAGE
    note = tmp_path / "compte-rendu réunion.txt"
    note.write_text("Décisions : lot 1 validé.\n", encoding="utf-8")
    tab.file_chooser = ScriptedFileChooser(open_=[[str(note), str(big_file)]])
    steps = []
    tab.progress.valueChanged.connect(steps.append)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    aio(wait_until(lambda: tab.model.rowCount() == 2, timeout=30))
    assert steps[:2] == [0, 1] and tab.progress.isHidden()  # progress shown for several
    assert tab.pages.currentIndex() == TABLE_PAGE
    assert tab.status_label.text() == "Files added: 2."
    big = next(f for f in tab.model.files() if f.file_name == big_file.name)
    row = tab.model.row_of(big.id)
    assert tab.model.index(row, Column.SIZE).data() == human_size(20 * MB)  # "20.0 MB"
    assert tab.model.index(row, Column.ADDED_BY).data() == "Administrateur"
    assert big.size == 20 * MB
    tab.table.selectRow(row)
    target = tmp_path / "out" / "copie.bin"
    tab.file_chooser = ScriptedFileChooser(save=[str(target)])
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    aio(wait_until(lambda: target.exists() and target.stat().st_size == 20 * MB, timeout=30))
    assert target.read_bytes() == big_file.read_bytes()
    stored = {f.file_name for f in services.list_files(db, admin_id, opp.id)}
    assert stored == {note.name, big_file.name}


def test_an_oversize_file_is_refused_naming_the_limit(
    aio, tab, app_ctx, db, admin_id, opp, tmp_path
):
    _set_limit(db, 1)
    small, large = tmp_path / "ok.pdf", tmp_path / "trop-gros.pdf"
    small.write_bytes(b"%PDF-1.4 small")
    large.write_bytes(b"x" * (2 * MB))
    report = aio(tab.upload([str(small), str(large)]))
    assert [f.file_name for f in report.added] == ["ok.pdf"]
    assert report.refused == [("trop-gros.pdf", "it is larger than the limit of 1 MB per file.")]
    title, text = app_ctx.prompter.asked[-1]
    assert title == "Some files were not added" and "trop-gros.pdf" in text and "1 MB" in text
    assert "1 MB" in tab.status_label.text()
    assert _names(tab) == ["ok.pdf"]


def test_open_with_the_system_viewer_and_delete(
    qtbot, aio, wait_until, tab, app_ctx, db, admin_id, opp
):
    services.add_file(db, admin_id, opp.id, file_name="devis.pdf", content=b"%PDF-1.4 devis")
    aio(tab.reload())
    opened = []
    tab.open_url = opened.append
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    aio(wait_until(lambda: opened))
    assert opened[0].isLocalFile() and opened[0].fileName() == "devis.pdf"
    with open(opened[0].toLocalFile(), "rb") as handle:
        assert handle.read() == b"%PDF-1.4 devis"
    app_ctx.prompter.answers.extend([True])
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    aio(wait_until(lambda: tab.model.rowCount() == 0))
    assert services.list_files(db, admin_id, opp.id) == []
    assert tab.pages.currentIndex() == EMPTY_PAGE


def _drop(tab, paths):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        tab.rect().center(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tab.dragEnterEvent(enter)
    drop = QDropEvent(
        QPointF(tab.rect().center()),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tab.dropEvent(drop)
    return enter.isAccepted(), drop.isAccepted()


def test_drag_and_drop_several_files(aio, wait_until, tab, tmp_path):
    files = [tmp_path / f"photo-{i}.jpg" for i in range(3)]
    for i, path in enumerate(files):
        path.write_bytes(bytes([i]) * 100)
    assert _drop(tab, files) == (True, True)
    aio(wait_until(lambda: tab.model.rowCount() == 3))
    assert _names(tab) == [p.name for p in files]


def test_read_only_user_can_read_but_not_add_or_delete(
    qtbot, aio, db, admin_id, opp, make_user, tmp_path
):
    services.add_file(db, admin_id, opp.id, file_name="devis.pdf", content=b"%PDF")
    reader = make_user("reader", "read_only")
    services.share_opportunity(db, admin_id, opp.id, user_id=reader.id)
    ctx = context_for(db, reader.id, tmp_path)
    try:
        tab = _tab(qtbot, aio, ctx, db, opp, reader.id)
        assert tab.pages.currentIndex() == TABLE_PAGE and tab.model.rowCount() == 1
        for button in (tab.add_button, tab.delete_button):
            assert not button.isEnabled() and button.toolTip() == forbidden_text()
        tab.table.selectRow(0)
        assert tab.open_button.isEnabled() and tab.save_button.isEnabled()
        assert not tab.delete_button.isEnabled()
        assert _drop(tab, [tmp_path / "x.txt"]) == (False, False)
        target = aio(tab.save_as(tab.model.file_at(0), str(tmp_path / "copie.pdf")))
        assert target.read_bytes() == b"%PDF"
    finally:
        ctx.runner.shutdown()


def test_without_the_files_right_the_tab_explains(
    qtbot, aio, db, admin_id, opp, make_user, tmp_path
):
    services.add_file(db, admin_id, opp.id, file_name="devis.pdf", content=b"%PDF")
    reader = make_user("reader", "read_only")
    services.share_opportunity(db, admin_id, opp.id, user_id=reader.id)
    with db.uow() as uow:  # a profile without the files right
        uow.session.execute(
            update(PrivilegeProfile)
            .where(PrivilegeProfile.code == "read_only")
            .values(can_files=False)
        )
        uow.commit()
    ctx = context_for(db, reader.id, tmp_path)
    try:
        tab = _tab(qtbot, aio, ctx, db, opp, reader.id)
        assert tab.pages.currentIndex() == FORBIDDEN_PAGE
        assert tab.forbidden.text() == (
            "If you don't have access to files, ask your administrator to change your rights "
            "in your privilege profile."
        )
        assert tab.model.rowCount() == 0
        assert not any(
            b.isEnabled()
            for b in (tab.add_button, tab.open_button, tab.save_button, tab.delete_button)
        )
    finally:
        ctx.runner.shutdown()


def test_file_model_passes_the_model_tester(qtmodeltester, db, admin_id, opp, qapp):
    for name in ("a.pdf", "b.png", "c.unknownext"):
        services.add_file(db, admin_id, opp.id, file_name=name, content=b"data")
    model = FileTableModel()
    model.set_files(services.list_files(db, admin_id, opp.id))
    qtmodeltester.check(model)
    types = {model.index(r, 0).data(): model.index(r, Column.TYPE).data() for r in range(3)}
    assert types["a.pdf"] == type_label("application/pdf")  # "PDF document" in English

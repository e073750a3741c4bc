"""The Documents Redactor tab over real databases: a document from the "proposition
commerciale" template with the opportunity's name merged in, editing (bold, headings, lists,
table, image, page break) and saving, merge fields surviving Qt's HTML round trip, PDF and
HTML downloads, read-only viewing, conflicts, and privilege gating."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextCursor, QTextDocument

from oppdesk import services
from oppdesk.views.file_chooser import ScriptedFileChooser
from oppdesk.views.item_models.redactor_document_table_model import RedactorDocumentTableModel
from oppdesk.views.new_redactor_document_dialog import NewRedactorDocumentDialog
from oppdesk.views.record_tabs.redactor_tab import (
    EMPTY_PAGE,
    FORBIDDEN_PAGE,
    TABLE_PAGE,
    RedactorTab,
)
from oppdesk.views.redactor_editor_dialog import RedactorEditorDialog
from oppdesk.views.rights_text import forbidden_text
from tests.gui.pdf_text import pdf_text
from tests.gui.tab_helpers import context_for

NAME = "Renouvellement parc Éclair"
SPAN = re.compile(r'<span class="merge-field" data-field="([a-z_.]+)">([^<]*)</span>')


@pytest.fixture
def opp(make_opportunity):
    return make_opportunity(name=NAME, amount="48500")


def _tab(qtbot, aio, ctx, db, opp, user_id):
    tab = RedactorTab(ctx, opp.id)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    aio(tab.load(services.get_opportunity(db, user_id, opp.id)))
    return tab


@pytest.fixture
def tab(qtbot, aio, app_ctx, db, admin_id, opp):
    return _tab(qtbot, aio, app_ctx, db, opp, admin_id)


def _fields(html):
    return sorted(SPAN.findall(html))


def _create(qtbot, aio, wait_until, tab, code="proposition_commerciale", title=None):
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(NewRedactorDocumentDialog)
    dialog.choose(code)
    if title is not None:
        dialog.title_edit.setText(title)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    aio(wait_until(lambda: tab.findChild(RedactorEditorDialog) is not None))
    aio(wait_until(lambda: tab.model.rowCount() == 1))
    return tab.findChild(RedactorEditorDialog)


def _end(editor, text, bold=False):
    cursor = editor.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.editor.setTextCursor(cursor)
    if bold:
        editor.toolbar.bold.trigger()
    editor.editor.insertPlainText(text)


def test_create_from_the_template_merges_the_opportunity_name(
    qtbot, aio, wait_until, tab, db, admin_id, opp
):
    assert tab.title() == "Redactor documents" and tab.pages.currentIndex() == EMPTY_PAGE
    editor = _create(qtbot, aio, wait_until, tab)
    assert tab.pages.currentIndex() == TABLE_PAGE
    assert editor.title_edit.text() == "Proposition commerciale" and not editor.read_only
    assert NAME in editor.editor.toPlainText()
    stored = services.get_redactor_document(db, admin_id, editor.document.id).body_html
    assert ("opportunity.name", NAME) in _fields(stored)
    assert tab.model.index(0, 0).data() == "Proposition commerciale"
    assert tab.model.index(0, 1).data() == "Proposition commerciale"  # the template


def test_edit_bold_and_save_keeps_the_merge_fields(qtbot, aio, wait_until, tab, db, admin_id, opp):
    editor = _create(qtbot, aio, wait_until, tab)
    before = _fields(services.get_redactor_document(db, admin_id, editor.document.id).body_html)
    _end(editor, "Remise exceptionnelle", bold=True)
    assert editor.is_modified()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    aio(wait_until(lambda: not editor.is_modified()))
    saved = services.get_redactor_document(db, admin_id, editor.document.id)
    assert saved.version == editor.version and saved.version > 1
    assert re.search(r'font-weight:700;">Remise exceptionnelle', saved.body_html)
    assert _fields(saved.body_html) == before  # Qt's toHtml() kept every merge field
    # so a refresh still finds them: the new name replaces the old one everywhere
    current = services.get_opportunity(db, admin_id, opp.id)
    services.update_opportunity(
        db, admin_id, opp.id, {"name": "Parc Lyon 2027"}, expected_version=current.version
    )
    assert aio(editor.refresh_merge_fields()) is not None
    assert "Parc Lyon 2027" in editor.editor.toPlainText() and NAME not in editor.html()
    assert "Remise exceptionnelle" in editor.editor.toPlainText()


def test_typing_after_a_merge_field_does_not_extend_it(qtbot, aio, wait_until, tab):
    editor = _create(qtbot, aio, wait_until, tab)
    text = editor.editor.toPlainText()
    cursor = editor.editor.textCursor()
    cursor.setPosition(text.index(NAME) + len(NAME))
    editor.editor.setTextCursor(cursor)
    editor.editor.insertPlainText(" (phase 2)")
    assert ("opportunity.name", NAME) in _fields(editor.html())
    assert f"{NAME}</span> (phase 2)" in editor.html()


def test_editor_tools_survive_saving_and_reopening(
    qtbot, aio, wait_until, tab, db, admin_id, tmp_path, app_ctx
):
    picture = tmp_path / "logo.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#1E88E5"))
    assert image.save(str(picture))
    editor = _create(qtbot, aio, wait_until, tab, code=None, title="Note interne")
    editor.title_edit.setText("")
    assert aio(editor.save()) is None
    assert editor.status.text() == "This field is required."
    editor.title_edit.setText("Note interne")
    editor.editor.setPlainText("Titre")
    toolbar = editor.toolbar
    toolbar.set_heading(2)
    _end(editor, "\nPremier point")
    toolbar.bullets.trigger()
    _end(editor, "\nÉtape")
    toolbar.numbers.trigger()
    _end(editor, "\n")
    toolbar.insert_table(2, 3)
    editor.file_chooser = ScriptedFileChooser(open_=[[str(picture)]])
    toolbar.image.trigger()
    aio(wait_until(lambda: "data:image/png;base64," in editor.editor.toHtml()))
    toolbar.insert_page_break()
    _end(editor, "Page suivante")
    assert aio(editor.save()) is not None
    body = services.get_redactor_document(db, admin_id, editor.document.id).body_html
    for expected in (
        "<h2",
        "<ul",
        "<ol",
        "<table",
        "data:image/png;base64,",
        "page-break-after:always",
        "Page suivante",
    ):
        assert expected in body, expected
    uri = re.search(r'src="(data:image/png;base64,[^"]+)"', body).group(1)
    again = RedactorEditorDialog(app_ctx, editor.document, read_only=True, can_edit=True)
    qtbot.addWidget(again)
    resource = again.editor.document().resource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(uri)
    )
    assert (resource.width(), resource.height()) == (40, 20)  # decoded from the data: URI


def test_download_pdf_and_html(qtbot, aio, wait_until, tab, tmp_path):
    _create(qtbot, aio, wait_until, tab)
    info = tab.model.document_at(0)
    pdf = tmp_path / "proposition.pdf"
    tab.file_chooser = chooser = ScriptedFileChooser(save=[str(pdf)])
    tab.row_menu(0).pdf_action.trigger()
    aio(wait_until(lambda: pdf.exists() and pdf.stat().st_size > 0))
    assert chooser.asked == [("Download as PDF", "Proposition commerciale.pdf")]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert b"/MediaBox [0 0 595" in data  # A4 (595 × 842 pt)
    text = "".join(pdf_text(data).split())
    assert "".join(NAME.split()) in text and "Propositioncommerciale" in text
    html = aio(tab.download_html(info, str(tmp_path / "proposition.html")))
    content = html.read_text(encoding="utf-8")
    assert NAME in content and 'data-field="opportunity.name"' in content


def test_view_is_read_only_until_edit(qtbot, aio, wait_until, tab):
    _create(qtbot, aio, wait_until, tab).close()
    tab.row_menu(0).view_action.trigger()
    aio(wait_until(lambda: any(d.read_only for d in tab.findChildren(RedactorEditorDialog))))
    viewer = next(d for d in tab.findChildren(RedactorEditorDialog) if d.read_only)
    assert viewer.editor.isReadOnly() and viewer.toolbar.isHidden()
    assert viewer.save_button.isHidden() and not viewer.edit_button.isHidden()
    qtbot.mouseClick(viewer.edit_button, Qt.MouseButton.LeftButton)
    assert not viewer.editor.isReadOnly() and not viewer.toolbar.isHidden()


def test_a_conflicting_save_says_who_and_lets_the_user_choose(
    qtbot, aio, wait_until, tab, app_ctx, db, admin_id, make_user
):
    editor = _create(qtbot, aio, wait_until, tab)
    doc = editor.document
    services.update_redactor_document(
        db, admin_id, doc.id, expected_version=doc.version, title="Version de Bob"
    )
    _end(editor, "Mon ajout")
    app_ctx.prompter.answers.extend([False])  # keep my text
    assert aio(editor.save()) is None
    title, question = app_ctx.prompter.asked[-1]
    assert title == "Document changed meanwhile" and "Administrateur saved" in question
    assert "save again" in editor.status.text()
    assert aio(editor.save()) is not None  # now over their version, knowingly
    stored = services.get_redactor_document(db, admin_id, doc.id)
    assert "Mon ajout" in stored.body_html and stored.title == "Proposition commerciale"
    services.update_redactor_document(
        db, admin_id, doc.id, expected_version=stored.version, title="Version de Bob"
    )
    _end(editor, " encore")
    app_ctx.prompter.answers.extend([True])  # reload theirs
    assert aio(editor.save()) is None
    assert editor.title_edit.text() == "Version de Bob" and not editor.is_modified()


def test_closing_with_unsaved_changes_asks(qtbot, aio, wait_until, tab, app_ctx):
    editor = _create(qtbot, aio, wait_until, tab)
    _end(editor, "brouillon")
    app_ctx.prompter.answers.extend([False, True])
    editor.reject()
    aio(wait_until(lambda: len(app_ctx.prompter.asked) == 1))
    assert editor.isVisible()
    editor.reject()
    aio(wait_until(lambda: not editor.isVisible()))


def test_without_the_right_the_tab_explains(qtbot, aio, db, admin_id, opp, make_user, tmp_path):
    services.create_redactor_document(
        db, admin_id, opp.id, title="Secret", template_code="lettre_accompagnement"
    )
    reader = make_user("reader", "read_only")
    services.share_opportunity(db, admin_id, opp.id, user_id=reader.id)
    ctx = context_for(db, reader.id, tmp_path)
    try:
        tab = _tab(qtbot, aio, ctx, db, opp, reader.id)
        assert tab.pages.currentIndex() == FORBIDDEN_PAGE
        assert tab.forbidden.text() == forbidden_text()
        assert not tab.create_button.isEnabled()
        assert tab.create_button.toolTip() == forbidden_text()
        assert tab.model.rowCount() == 0
    finally:
        ctx.runner.shutdown()


def test_redactor_model_passes_the_model_tester(qtmodeltester, db, admin_id, opp, qapp):
    for code in ("proposition_commerciale", "lettre_accompagnement"):
        services.create_redactor_document(db, admin_id, opp.id, title="", template_code=code)
    model = RedactorDocumentTableModel()
    model.set_documents(services.list_redactor_documents(db, admin_id, opp.id))
    qtmodeltester.check(model)

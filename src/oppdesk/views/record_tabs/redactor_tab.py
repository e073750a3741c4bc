"""Documents Redactor: the opportunity's rich documents (title, author, dates) with a "⋮"
menu per row — Consulter, Éditer, Télécharger (PDF rendered by Qt, or HTML) — and
Créer un document Redactor, from a template or blank."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from oppdesk.runtime.files import write_atomically
from oppdesk.runtime.tasks import Generation, spawn
from oppdesk.services import (
    RedactorDocumentDetail,
    RedactorDocumentInfo,
    UserError,
    delete_redactor_document,
    get_redactor_document,
    list_redactor_documents,
    list_redactor_templates,
)
from oppdesk.services.dto import OpportunityDetail
from oppdesk.views.app_context import AppContext
from oppdesk.views.companies_widget import make_list_table
from oppdesk.views.error_text import user_error_text
from oppdesk.views.file_chooser import FileChooser
from oppdesk.views.icons import icon
from oppdesk.views.item_models.redactor_document_table_model import (
    Column,
    DocumentRole,
    RedactorDocumentTableModel,
)
from oppdesk.views.new_redactor_document_dialog import NewRedactorDocumentDialog
from oppdesk.views.record_tabs.base import RecordTab
from oppdesk.views.record_tabs.notice_widget import NoticeWidget, stacked_pages
from oppdesk.views.record_tabs.redactor_row_menu import RedactorRowMenu
from oppdesk.views.redactor_editor_dialog import RedactorEditorDialog
from oppdesk.views.redactor_html import render_pdf
from oppdesk.views.rights_text import allow, forbidden_text
from oppdesk.views.widgets import named

TABLE_PAGE, EMPTY_PAGE, FORBIDDEN_PAGE = range(3)
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_stem(title: str) -> str:
    return _UNSAFE.sub(" ", title).strip() or "document"


class RedactorTab(RecordTab):
    def __init__(
        self, ctx: AppContext, opportunity_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, opportunity_id, parent)
        self.setObjectName("redactorTab")
        self.file_chooser: FileChooser = FileChooser(ctx.settings)
        self._generation = Generation()
        self._dialogs: set[QWidget] = set()
        self.templates = list_redactor_templates()
        self._build_ui()
        self.create_button.clicked.connect(self.open_create_dialog)
        self.table.doubleClicked.connect(self._on_table_double_clicked)

    def title(self) -> str:
        return self.tr("Redactor documents")

    def _build_ui(self) -> None:
        self.create_button = named(
            QPushButton(icon("add"), self.tr("Create a Redactor document"), self),
            "createRedactorButton",
        )
        self.create_button.setEnabled(False)
        self.status_label = named(QLabel(self), "redactorStatus")
        self.status_label.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.create_button)
        bar.addWidget(self.status_label, 1)
        self._build_table()
        self.empty = NoticeWidget(
            "redactorEmpty",
            self.tr(
                "No Redactor document yet. Create one from a template (commercial "
                "proposal, cover letter) or from a blank page."
            ),
            "empty",
        )
        self.forbidden = NoticeWidget("redactorForbidden", forbidden_text(), "warning")
        self.pages = stacked_pages(self, self.table, self.empty, self.forbidden)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

    def _build_table(self) -> None:
        self.model = RedactorDocumentTableModel(self)
        self.model.template_titles = {t.code: t.title for t in self.templates}
        self.table = make_list_table(self, "redactorDocumentsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, header.ResizeMode.Stretch)
        widths = {
            Column.TEMPLATE: 200,
            Column.AUTHOR: 160,
            Column.CREATED: 140,
            Column.MODIFIED: 140,
            Column.MORE: 44,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)

    # ------------------------------------------------------------- loading
    async def load(self, detail: OpportunityDetail) -> None:
        await super().load(detail)
        rights = detail.rights
        allow(
            self.create_button,
            rights.can_redactor and rights.can_edit,
            self.tr("Write a document from a template or a blank page"),
        )
        if not rights.can_edit:
            self.empty.set_text(self.tr("No Redactor document has been written yet."))
        if not rights.can_redactor:
            self.model.set_documents([])
            self.pages.setCurrentIndex(FORBIDDEN_PAGE)
            return
        await self.reload()

    async def reload(self) -> None:
        ticket = self._generation.next()
        try:
            documents = await self.ctx.runner.call(list_redactor_documents, self.opportunity_id)
        except UserError as exc:
            self._fail(exc)
            return
        if not self._generation.is_current(ticket):
            return
        self.model.set_documents(documents)
        for row in range(len(documents)):
            self._add_row_menu(row)
        self.pages.setCurrentIndex(TABLE_PAGE if documents else EMPTY_PAGE)

    def _add_row_menu(self, row: int) -> None:
        button = named(QToolButton(self.table), "redactorRowMenuButton")
        button.setText("⋮")
        button.setAutoRaise(True)
        button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolTip(self.tr("View, edit or download"))
        info = self.model.document_at(row)
        assert info is not None
        can_edit = bool(self.detail and self.detail.rights.can_edit)
        menu = RedactorRowMenu(info, can_edit, button)
        menu.requested.connect(self._on_row_menu_requested)
        button.setMenu(menu)
        self.table.setIndexWidget(self.model.index(row, Column.MORE), button)

    def row_menu(self, row: int) -> RedactorRowMenu:
        widget = self.table.indexWidget(self.model.index(row, Column.MORE))
        assert isinstance(widget, QToolButton) and isinstance(widget.menu(), RedactorRowMenu)
        return widget.menu()  # type: ignore[return-value]

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #C62828;" if error else "color: #2E7D32;")

    def _fail(self, exc: UserError) -> None:
        self.show_status(user_error_text(exc), error=True)
        self.error.emit(exc)

    def _keep(self, dialog: QWidget) -> None:
        self._dialogs.add(dialog)
        dialog.destroyed.connect(lambda *_: self._dialogs.discard(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    # ------------------------------------------------------------- actions
    def _on_row_menu_requested(self, action: str, info: RedactorDocumentInfo) -> None:
        jobs: dict[str, Callable[[], Coroutine[Any, Any, object]]] = {
            "view": lambda: self.open_document(info, read_only=True),
            "edit": lambda: self.open_document(info, read_only=False),
            "pdf": lambda: self.download_pdf(info),
            "html": lambda: self.download_html(info),
            "delete": lambda: self.delete_document(info),
        }
        spawn(jobs[action](), name=f"redactor-{action}")

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        info = index.data(DocumentRole)
        if isinstance(info, RedactorDocumentInfo):
            spawn(self.open_document(info, read_only=True), name="redactor-view")

    def open_create_dialog(self) -> NewRedactorDocumentDialog:
        dialog = NewRedactorDocumentDialog(self.ctx, self.opportunity_id, self.templates, self)
        self._keep(dialog)
        dialog.created.connect(self._on_document_created)
        dialog.open()
        return dialog

    def _on_document_created(self, detail: RedactorDocumentDetail) -> None:
        self.changed.emit()
        spawn(self.reload(), name="redactor-reload")
        self.show_editor(detail, read_only=False)

    def show_editor(
        self, detail: RedactorDocumentDetail, *, read_only: bool
    ) -> RedactorEditorDialog:
        can_edit = bool(self.detail and self.detail.rights.can_edit)
        dialog = RedactorEditorDialog(
            self.ctx, detail, read_only=read_only, can_edit=can_edit, parent=self
        )
        self._keep(dialog)
        dialog.saved.connect(self._on_editor_saved)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.show()
        return dialog

    def _on_editor_saved(self) -> None:
        self.changed.emit()
        spawn(self.reload(), name="redactor-reload")

    async def _detail(self, info: RedactorDocumentInfo) -> RedactorDocumentDetail | None:
        try:
            return await self.ctx.runner.call(get_redactor_document, info.id)
        except UserError as exc:
            self._fail(exc)
            return None

    async def open_document(
        self, info: RedactorDocumentInfo, *, read_only: bool
    ) -> RedactorEditorDialog | None:
        detail = await self._detail(info)
        return self.show_editor(detail, read_only=read_only) if detail else None

    async def download_pdf(
        self, info: RedactorDocumentInfo, path: str | None = None
    ) -> Path | None:
        target = path or await self.file_chooser.save_path(
            self,
            self.tr("Download as PDF"),
            f"{file_stem(info.title)}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        detail = await self._detail(info) if target else None
        if not target or detail is None:
            return None
        render_pdf(detail.body_html, target, detail.title)  # Qt painting: on the UI thread
        return self._written(target)

    async def download_html(
        self, info: RedactorDocumentInfo, path: str | None = None
    ) -> Path | None:
        target = path or await self.file_chooser.save_path(
            self,
            self.tr("Download as HTML"),
            f"{file_stem(info.title)}.html",
            self.tr("Web pages (*.html *.htm)"),
        )
        detail = await self._detail(info) if target else None
        if not target or detail is None:
            return None
        try:
            await self.ctx.runner.run(write_atomically, target, detail.body_html.encode("utf-8"))
        except OSError as exc:
            self.show_status(
                self.tr("Could not write %1: %2")
                .replace("%1", target)
                .replace("%2", exc.strerror or str(exc)),
                error=True,
            )
            return None
        return self._written(target)

    def _written(self, target: str) -> Path:
        self.show_status(self.tr("Saved to %1.").replace("%1", target))
        return Path(target)

    async def delete_document(self, info: RedactorDocumentInfo) -> bool:
        question = self.tr("Delete the Redactor document “%1”?").replace("%1", info.title)
        if not await self.ctx.prompter.confirm(self, self.tr("Delete the document"), question):
            return False
        try:
            await self.ctx.runner.call(delete_redactor_document, info.id)
        except UserError as exc:
            self._fail(exc)
            return False
        self.changed.emit()
        await self.reload()
        return True

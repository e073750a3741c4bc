"""Fichiers: the opportunity's attachments — Ajouter un document (file dialog or drag and
drop, several at once, with progress), the list (name, type, size, added by, date), open
with the system viewer, save as, delete. Without the files right the tab explains why."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oppdesk.runtime.tasks import Generation, spawn
from oppdesk.services import FileInfo, UserError, delete_file, list_files
from oppdesk.services.dto import OpportunityDetail
from oppdesk.views.app_context import AppContext
from oppdesk.views.companies_widget import make_list_table
from oppdesk.views.error_text import user_error_text
from oppdesk.views.file_chooser import FileChooser
from oppdesk.views.icons import icon
from oppdesk.views.item_models.file_table_model import Column, FileRole, FileTableModel
from oppdesk.views.record_tabs.base import RecordTab
from oppdesk.views.record_tabs.file_transfers import UploadReport, save_file, upload_files
from oppdesk.views.record_tabs.notice_widget import NoticeWidget, stacked_pages
from oppdesk.views.record_tabs.tab_icons import tab_icon
from oppdesk.views.rights_text import allow
from oppdesk.views.widgets import named

TABLE_PAGE, EMPTY_PAGE, FORBIDDEN_PAGE = range(3)


class FilesTab(RecordTab):
    def __init__(
        self, ctx: AppContext, opportunity_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, opportunity_id, parent)
        self.setObjectName("filesTab")
        self.file_chooser: FileChooser = FileChooser(ctx.settings)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._generation = Generation()
        self._temp_dir: Path | None = None
        self.setAcceptDrops(True)
        self._build_ui()
        self._connect()

    def title(self) -> str:
        return self.tr("Files")

    def _build_ui(self) -> None:
        self.add_button = named(
            QPushButton(tab_icon("upload"), self.tr("Add a document"), self), "addFileButton"
        )
        self.open_button = named(QPushButton(icon("open"), self.tr("Open"), self), "openFileButton")
        self.save_button = named(
            QPushButton(tab_icon("download"), self.tr("Save as…"), self), "saveFileAsButton"
        )
        self.delete_button = named(
            QPushButton(icon("delete"), self.tr("Delete"), self), "deleteFileButton"
        )
        self.progress = named(QProgressBar(self), "filesProgress")
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(220)
        self.status_label = named(QLabel(self), "filesStatus")
        self.status_label.setWordWrap(True)
        bar = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button, self.delete_button):
            button.setEnabled(False)
            bar.addWidget(button)
        bar.addWidget(self.progress)
        bar.addWidget(self.status_label, 1)
        self._build_table()
        self.empty = NoticeWidget(
            "filesEmpty",
            self.tr("No file yet. Click “Add a document” or drop files here."),
            "empty",
        )
        self.forbidden = NoticeWidget("filesForbidden", self.forbidden_text(), "warning")
        self.pages = stacked_pages(self, self.table, self.empty, self.forbidden)
        self.drop_hint = named(
            QLabel(self.tr("Tip: drop files on this tab to add them."), self), "filesDropHint"
        )
        self.drop_hint.setStyleSheet("color: #78909C;")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.drop_hint)

    def _build_table(self) -> None:
        self.model = FileTableModel(self)
        self.table = make_list_table(self, "filesTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(30)
        for column, width in (
            (Column.NAME, 380),
            (Column.TYPE, 200),
            (Column.SIZE, 100),
            (Column.ADDED_BY, 160),
        ):
            self.table.horizontalHeader().resizeSection(column, width)

    def forbidden_text(self) -> str:
        """The source document's "Attention" sentence about the files right."""
        return self.tr(
            "If you don't have access to files, ask your administrator to change your rights "
            "in your privilege profile."
        )

    def _connect(self) -> None:
        self.add_button.clicked.connect(lambda: spawn(self.add_files(), name="files-add"))
        self.open_button.clicked.connect(lambda: self._on_selected(self.open_file))
        self.save_button.clicked.connect(lambda: self._on_selected(self.save_as))
        self.delete_button.clicked.connect(lambda: self._on_selected(self.delete))
        self.delete_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.table.doubleClicked.connect(lambda _index: self._on_selected(self.open_file))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _on_selected(self, job: Callable[[FileInfo], Coroutine[Any, Any, object]]) -> None:
        info = self.selected()
        if info is not None:
            spawn(job(info), name="files-action")

    # ------------------------------------------------------------- loading
    async def load(self, detail: OpportunityDetail) -> None:
        await super().load(detail)
        self._update_buttons()
        self.drop_hint.setVisible(self.can_add())
        self.empty.set_text(
            self.tr("No file yet. Click “Add a document” or drop files here.")
            if self.can_add()
            else self.tr("No file has been added to this opportunity.")
        )
        if not detail.rights.can_files:
            self.model.set_files([])
            self.pages.setCurrentIndex(FORBIDDEN_PAGE)
            return
        await self.reload()

    async def reload(self) -> None:
        ticket = self._generation.next()
        try:
            files = await self.ctx.runner.call(list_files, self.opportunity_id)
        except UserError as exc:
            self._fail(exc)
            return
        if not self._generation.is_current(ticket):
            return
        self.model.set_files(files)
        self.pages.setCurrentIndex(TABLE_PAGE if files else EMPTY_PAGE)
        self._update_buttons()

    def can_add(self) -> bool:
        rights = self.detail.rights if self.detail else None
        return bool(rights and rights.can_files and rights.can_edit)

    def _update_buttons(self) -> None:
        rights = self.detail.rights if self.detail else None
        readable = bool(rights and rights.can_files)
        chosen = self.selected() is not None
        allow(self.add_button, self.can_add(), self.tr("Add files (or drop them on this tab)"))
        allow(self.delete_button, self.can_add())
        self.delete_button.setEnabled(self.can_add() and chosen)
        for button in (self.open_button, self.save_button):
            allow(button, readable)
            button.setEnabled(readable and chosen)

    def selected(self) -> FileInfo | None:
        index = self.table.currentIndex()
        info = index.data(FileRole) if index.isValid() else None
        return info if isinstance(info, FileInfo) else None

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #C62828;" if error else "color: #2E7D32;")

    def _fail(self, exc: UserError) -> None:
        self.show_status(user_error_text(exc), error=True)
        self.error.emit(exc)

    # ------------------------------------------------------------ adding
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if self.can_add() and urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if self.can_add() and paths:
            event.acceptProposedAction()
            spawn(self.upload(paths), name="files-drop")

    async def add_files(self) -> UploadReport | None:
        paths = await self.file_chooser.open_paths(self, self.tr("Add documents"))
        return await self.upload(paths) if paths else None

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setVisible(total > 1 and done < total)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if name:
            text = self.tr("Adding %1 (%2 of %3)…") if total > 1 else self.tr("Adding %1…")
            self.show_status(
                text.replace("%1", name).replace("%2", str(done + 1)).replace("%3", str(total))
            )

    async def upload(self, paths: list[str]) -> UploadReport:
        """Add ``paths`` one after the other (bytes read on the worker thread)."""
        self.add_button.setEnabled(False)
        try:
            report = await upload_files(self.ctx, self.opportunity_id, paths, self._on_progress)
        finally:
            self.progress.setVisible(False)
            self._update_buttons()
        if report.added:
            self.changed.emit()
        await self.reload()
        added = self.tr("Files added: %1.").replace("%1", str(len(report.added)))
        if not report.refused:
            self.show_status(added)
            return report
        lines = [f"{name}: {why}" for name, why in report.refused]
        self.show_status(
            f"{added} " + self.tr("Refused: %1.").replace("%1", "; ".join(lines)), error=True
        )
        await self.ctx.prompter.inform(
            self, self.tr("Some files were not added"), "\n".join(lines), warning=True
        )
        return report

    # --------------------------------------------------------- reading back
    async def open_file(self, info: FileInfo) -> Path | None:
        """Copy the file to a temporary folder and open it with the system's viewer."""
        if self._temp_dir is None:
            self._temp_dir = Path(tempfile.mkdtemp(prefix="oppdesk-files-"))
        target = self._temp_dir / str(info.id) / info.file_name
        if not await self._save(info, target):
            return None
        self.open_url(QUrl.fromLocalFile(str(target)))
        return target

    async def save_as(self, info: FileInfo, path: str | None = None) -> Path | None:
        target = path or await self.file_chooser.save_path(
            self, self.tr("Save the document as"), info.file_name
        )
        if not target or not await self._save(info, Path(target)):
            return None
        self.show_status(self.tr("Saved to %1.").replace("%1", target))
        return Path(target)

    async def _save(self, info: FileInfo, target: Path) -> bool:
        try:
            await save_file(self.ctx, info, target)
        except UserError as exc:
            self._fail(exc)
            return False
        except OSError as exc:
            text = self.tr("Could not write %1: %2").replace("%1", str(target))
            self.show_status(text.replace("%2", exc.strerror or str(exc)), error=True)
            return False
        return True

    async def delete(self, info: FileInfo) -> bool:
        question = self.tr("Delete the file “%1”?").replace("%1", info.file_name)
        if not await self.ctx.prompter.confirm(self, self.tr("Delete the file"), question):
            return False
        try:
            await self.ctx.runner.call(delete_file, info.id)
        except UserError as exc:
            self._fail(exc)
            return False
        self.show_status(self.tr("%1 deleted.").replace("%1", info.file_name))
        self.changed.emit()
        await self.reload()
        return True

"""A Redactor document in the rich-text editor: Consulter (read-only) or Éditer.

Enregistrer (Ctrl+S) saves with the version read, so a change made meanwhile by someone else
is never overwritten silently: the user is told who saved it and when, and chooses between
reloading their version and saving again over it. "Refresh merge fields" saves, then fills
the merge fields again from the opportunity as it is now.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oppdesk.runtime.tasks import spawn
from oppdesk.services import (
    ConflictError,
    RedactorDocumentDetail,
    UserError,
    ValidationError,
    get_redactor_document,
    refresh_merge_fields,
    update_redactor_document,
)
from oppdesk.views.app_context import AppContext
from oppdesk.views.error_text import field_error_text, user_error_text
from oppdesk.views.file_chooser import FileChooser
from oppdesk.views.formatting import format_datetime
from oppdesk.views.icons import icon
from oppdesk.views.redactor_html import from_editor_document, highlight_merge_fields, to_editor_html
from oppdesk.views.redactor_text_edit import RedactorTextEdit
from oppdesk.views.rich_text_toolbar import RichTextToolbar
from oppdesk.views.widgets import named


class RedactorEditorDialog(QDialog):
    saved = Signal(object)  # RedactorDocumentDetail

    def __init__(
        self,
        ctx: AppContext,
        document: RedactorDocumentDetail,
        *,
        read_only: bool,
        can_edit: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("redactorEditorDialog")
        self.ctx = ctx
        self.can_edit = can_edit
        self.file_chooser: FileChooser = FileChooser(ctx.settings)
        self.document = document
        self.version = document.version
        self._close_confirmed = False
        self._build_ui()
        self.show_document(document)
        self.set_read_only(read_only or not can_edit)
        self.resize(980, 760)

    def _build_ui(self) -> None:
        self.title_edit = named(QLineEdit(self), "redactorTitleEdit")
        self.editor = RedactorTextEdit(self)
        self.toolbar = RichTextToolbar(self.editor, self._choose_image, self._read_bytes, self)
        self.toolbar.message = lambda text: self.show_status(text, error=True)
        self.toolbar.addSeparator()
        self.refresh_action = named(
            QAction(icon("refresh"), self.tr("Refresh merge fields"), self),
            "refreshMergeFieldsAction",
        )
        self.refresh_action.setToolTip(
            self.tr("Fill the merge fields again from the opportunity as it is now")
        )
        self.toolbar.addAction(self.refresh_action)
        self.status = named(QLabel(self), "redactorEditorStatus")
        self.status.setWordWrap(True)
        buttons = self._build_buttons()
        title_row = QHBoxLayout()
        title_row.addWidget(QLabel(self.tr("Title"), self))
        title_row.addWidget(self.title_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.edit_button.clicked.connect(lambda: self.set_read_only(False))
        self.refresh_action.triggered.connect(self._on_refresh_triggered)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_clicked)

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.edit_button: QPushButton = named(
            buttons.addButton(self.tr("Edit"), QDialogButtonBox.ButtonRole.ActionRole),
            "redactorEditButton",
        )
        self.save_button: QPushButton = named(
            buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole),
            "redactorSaveButton",
        )
        self.save_button.setIcon(icon("save"))
        close = named(
            buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole),
            "redactorCloseButton",
        )
        close.clicked.connect(self.reject)
        return buttons

    # ------------------------------------------------------------- content
    def show_document(self, document: RedactorDocumentDetail) -> None:
        self.document = document
        self.version = document.version
        self.title_edit.setText(document.title)
        self.editor.setHtml(to_editor_html(document.body_html))
        highlight_merge_fields(self.editor.document())
        self.editor.document().clearUndoRedoStacks()
        self.editor.document().setModified(False)
        self.title_edit.setModified(False)
        self._update_title()

    def html(self) -> str:
        """The editor's content as it will be stored (merge fields as service spans)."""
        return from_editor_document(self.editor.document())

    def is_modified(self) -> bool:
        return self.editor.document().isModified() or self.title_edit.isModified()

    def set_read_only(self, read_only: bool) -> None:
        read_only = read_only or not self.can_edit
        self.read_only = read_only
        self.editor.setReadOnly(read_only)
        self.title_edit.setReadOnly(read_only)
        self.toolbar.setVisible(not read_only)
        self.save_button.setVisible(not read_only)
        self.edit_button.setVisible(read_only and self.can_edit)
        self._update_title()
        if not read_only:
            self.editor.setFocus()

    def _update_title(self) -> None:
        mode = self.tr("View") if getattr(self, "read_only", True) else self.tr("Edit")
        self.setWindowTitle(f"{self.document.title} — {mode}")

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #C62828;" if error else "color: #2E7D32;")

    async def _choose_image(self) -> str | None:
        paths = await self.file_chooser.open_paths(
            self,
            self.tr("Insert an image"),
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)"),
        )
        return paths[0] if paths else None

    async def _read_bytes(self, path: str) -> bytes:
        return await self.ctx.runner.run(Path(path).read_bytes)

    # --------------------------------------------------------------- saving
    def _on_save_clicked(self) -> None:
        if not self.read_only:
            spawn(self.save(), name="redactor-save")

    def _on_refresh_triggered(self) -> None:
        spawn(self.refresh_merge_fields(), name="redactor-refresh")

    async def save(self) -> RedactorDocumentDetail | None:
        self.save_button.setEnabled(False)
        try:
            saved = await self.ctx.runner.call(
                update_redactor_document,
                self.document.id,
                expected_version=self.version,
                title=self.title_edit.text(),
                body_html=self.html(),
            )
        except ConflictError as exc:
            await self._resolve_conflict(exc)
            return None
        except ValidationError as exc:
            texts = [field_error_text(e) for e in exc.errors.values()]
            self.show_status(" ".join(texts), error=True)
            return None
        except UserError as exc:
            self.show_status(user_error_text(exc), error=True)
            return None
        finally:
            self.save_button.setEnabled(True)
        self.document, self.version = saved, saved.version
        self.editor.document().setModified(False)
        self.title_edit.setModified(False)
        self._update_title()
        self.show_status(self.tr("Saved."))
        self.saved.emit(saved)
        return saved

    async def _resolve_conflict(self, exc: ConflictError) -> None:
        who = exc.changed_by or self.tr("another user")
        when = format_datetime(exc.changed_at) if exc.changed_at else ""
        if exc.current_values.get("deleted"):
            self.show_status(
                self.tr("%1 deleted this document: your changes cannot be saved.").replace(
                    "%1", who
                ),
                error=True,
            )
            return
        question = self.tr(
            "%1 saved this document on %2, after you opened it.\n\nReload their version? "
            "Your changes will be lost.\nChoose No to keep your text: saving again will "
            "replace their version."
        )
        title = self.tr("Document changed meanwhile")
        text = question.replace("%1", who).replace("%2", when)
        if await self.ctx.prompter.confirm(self, title, text):
            self.show_document(await self.ctx.runner.call(get_redactor_document, self.document.id))
            self.show_status(self.tr("Their version is shown."))
        else:
            self.version = exc.current_version or self.version
            self.show_status(
                self.tr("%1 changed it: save again to replace their version with yours.").replace(
                    "%1", who
                ),
                error=True,
            )

    async def refresh_merge_fields(self) -> RedactorDocumentDetail | None:
        if self.is_modified() and await self.save() is None:
            return None
        try:
            fresh = await self.ctx.runner.call(
                refresh_merge_fields, self.document.id, expected_version=self.version
            )
        except UserError as exc:
            self.show_status(user_error_text(exc), error=True)
            return None
        self.show_document(fresh)
        self.show_status(self.tr("Merge fields refreshed from the opportunity."))
        self.saved.emit(fresh)
        return fresh

    # -------------------------------------------------------------- closing
    def reject(self) -> None:
        if self.read_only or self._close_confirmed or not self.is_modified():
            super().reject()
            return
        spawn(self._confirm_close(), name="redactor-close")

    async def _confirm_close(self) -> None:
        if await self.ctx.prompter.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Close without saving your changes to this document?"),
        ):
            self._close_confirmed = True
            self.reject()

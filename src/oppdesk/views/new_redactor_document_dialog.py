"""Créer un document Redactor: from one of the shipped templates (merge fields filled from
the opportunity) or blank, with a title."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oppdesk.runtime.tasks import spawn
from oppdesk.services import (
    RedactorDocumentDetail,
    RedactorTemplate,
    UserError,
    ValidationError,
    create_redactor_document,
)
from oppdesk.views.app_context import AppContext
from oppdesk.views.error_text import field_error_text, user_error_text
from oppdesk.views.record_tabs.tab_icons import tab_icon
from oppdesk.views.widgets import named


class NewRedactorDocumentDialog(QDialog):
    created = Signal(object)  # RedactorDocumentDetail

    def __init__(
        self,
        ctx: AppContext,
        opportunity_id: uuid.UUID,
        templates: tuple[RedactorTemplate, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newRedactorDocumentDialog")
        self.setWindowTitle(self.tr("Create a Redactor document"))
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self._build_ui(templates)
        self.templates.currentItemChanged.connect(self._on_template_changed)
        self.create_button.clicked.connect(
            lambda: spawn(self.create_document(), name="redactor-create")
        )
        self.templates.setCurrentRow(1 if templates else 0)

    def _build_ui(self, templates: tuple[RedactorTemplate, ...]) -> None:
        self.templates = named(QListWidget(self), "redactorTemplateList")
        blank = QListWidgetItem(tab_icon("file"), self.tr("Blank document"), self.templates)
        blank.setData(Qt.ItemDataRole.UserRole, None)
        for template in templates:
            item = QListWidgetItem(tab_icon("redactor"), template.title, self.templates)
            item.setData(Qt.ItemDataRole.UserRole, template.code)
        self.title_edit = named(QLineEdit(self), "redactorNewTitleEdit")
        self.error = named(QLabel(self), "redactorNewError")
        self.error.setStyleSheet("color: #C62828;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(self)
        self.create_button: QPushButton = named(
            buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole),
            "redactorCreateButton",
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start from:"), self))
        layout.addWidget(self.templates, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def choose(self, code: str | None) -> None:
        for row in range(self.templates.count()):
            if self.templates.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.templates.setCurrentRow(row)
                return
        raise KeyError(code)

    def _on_template_changed(self, current: QListWidgetItem | None) -> None:
        if current is not None and not self.title_edit.isModified():
            code = current.data(Qt.ItemDataRole.UserRole)
            self.title_edit.setText(current.text() if code else "")

    async def create_document(self) -> RedactorDocumentDetail | None:
        item = self.templates.currentItem()
        code = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.create_button.setEnabled(False)
        try:
            detail = await self.ctx.runner.call(
                create_redactor_document,
                self.opportunity_id,
                title=self.title_edit.text(),
                template_code=code,
            )
        except ValidationError as exc:
            self._show(" ".join(field_error_text(e) for e in exc.errors.values()))
            return None
        except UserError as exc:
            self._show(user_error_text(exc))
            return None
        finally:
            self.create_button.setEnabled(True)
        self.created.emit(detail)
        self.accept()
        return detail

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

"""Smart-tags as removable chips, and an Ajouter button that opens a line edit completing
over the existing tags (an unknown name creates a new tag). The widget only asks: its owner
saves ``tag_added`` / ``tag_removed``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from oppdesk.runtime.db_runner import DbRunner
from oppdesk.runtime.tasks import Generation, spawn
from oppdesk.services import list_tags
from oppdesk.views.flow_layout import FlowLayout, fixed_policy
from oppdesk.views.icons import icon
from oppdesk.views.rights_text import allow
from oppdesk.views.widgets import named

CHIP_STYLE = (
    "QFrame#tagChip { background: #E3F2FD; border: 1px solid #BBDEFB; border-radius: 11px; }"
    "QFrame#tagChip QLabel { color: #0D47A1; }"
    "QFrame#tagChip QToolButton { border: none; padding: 0; color: #1565C0; font-weight: 600; }"
    "QFrame#tagChip QToolButton:hover { color: #C62828; }"
    "QFrame#tagChip QToolButton:disabled { color: #90A4AE; }"
)


class TagLineEdit(QLineEdit):
    """Esc cancels the new tag instead of closing the window."""

    cancelled = Signal()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class TagChipsWidget(QWidget):
    tag_added = Signal(str)
    tag_removed = Signal(str)

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagChips")
        self.setStyleSheet(CHIP_STYLE)
        self._runner = runner
        self._tags: list[str] = []
        self._editable = False
        self._generation = Generation()
        self._chips: list[QWidget] = []
        self.flow = FlowLayout(self)
        self.add_button = named(QToolButton(self), "addTagButton")
        self.add_button.setText(self.tr("Add"))
        self.add_button.setIcon(icon("add"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.edit = named(TagLineEdit(self), "tagEdit")
        self.edit.setPlaceholderText(self.tr("New smart-tag"))
        self.edit.setMinimumWidth(180)
        self.edit.setVisible(False)
        self.model = QStringListModel(self)
        self.completer = named(QCompleter(self.model, self), "tagCompleter")
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(self.completer)
        self.empty = QLabel(self.tr("No smart-tag"), self)
        self.empty.setStyleSheet("color: #78909C;")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.returnPressed.connect(self._on_edit_return_pressed)
        self.edit.cancelled.connect(self.close_editor)
        self._relayout()

    def set_tags(self, tags: Sequence[str], *, editable: bool) -> None:
        self._tags = list(tags)
        self._editable = editable
        allow(self.add_button, editable, self.tr("Add a smart-tag"))
        if not editable:
            self.close_editor()
        self._relayout()

    def tags(self) -> list[str]:
        return list(self._tags)

    def chip(self, tag: str) -> QWidget | None:
        return next((c for c in self._chips if c.property("tag") == tag), None)

    def _make_chip(self, tag: str) -> QWidget:
        chip = QFrame(self)
        chip.setObjectName("tagChip")
        chip.setProperty("tag", tag)
        row = QHBoxLayout(chip)
        row.setContentsMargins(10, 2, 4, 2)
        row.setSpacing(2)
        row.addWidget(QLabel(tag, chip))
        remove = named(QToolButton(chip), f"removeTagButton_{tag}")
        remove.setText("✕")
        remove.setFixedSize(18, 18)
        allow(remove, self._editable, self.tr("Remove this smart-tag"))
        remove.clicked.connect(lambda _=False, t=tag: self.tag_removed.emit(t))
        row.addWidget(remove)
        chip.setSizePolicy(fixed_policy())
        return chip

    def _relayout(self) -> None:
        while self.flow.count():
            self.flow.takeAt(0)
        for chip in self._chips:
            chip.hide()
            chip.deleteLater()
        self._chips = [self._make_chip(tag) for tag in self._tags]
        for chip in self._chips:
            self.flow.addWidget(chip)
        self.empty.setVisible(not self._tags)
        for widget in (self.empty, self.edit, self.add_button):
            self.flow.addWidget(widget)
        self.flow.invalidate()
        self.updateGeometry()

    # ------------------------------------------------------------------ editor
    def _on_add_button_clicked(self) -> None:
        self.open_editor()

    def open_editor(self) -> None:
        if not self._editable:
            return
        self.edit.clear()
        self.edit.setVisible(True)
        self.add_button.setVisible(False)
        self.flow.invalidate()
        self.edit.setFocus()
        spawn(self.refresh_completions(""), name="tag-completions")

    def close_editor(self) -> None:
        self.edit.setVisible(False)
        self.add_button.setVisible(True)
        self.flow.invalidate()

    def _on_edit_text_edited(self, text: str) -> None:
        spawn(self.refresh_completions(text), name="tag-completions")

    async def refresh_completions(self, prefix: str) -> None:
        ticket = self._generation.next()
        names = await self._runner.call(list_tags, prefix.strip())
        if isValid(self) and self._generation.is_current(ticket):
            self.model.setStringList([n for n in names if n not in self._tags])

    def _on_edit_return_pressed(self) -> None:
        name = self.edit.text().strip()
        if name:
            self.tag_added.emit(name)
        self.close_editor()

"""When a save meets a newer version: say who changed the record and when, show where their
values differ from ours, and let the user reload or apply their changes on top.

Nothing is ever lost silently: "Reload" discards the user's changes only after they chose
it, "Apply my changes on top" re-submits them against the version that is stored now.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oppdesk.services import ConflictError
from oppdesk.views.error_text import field_label
from oppdesk.views.formatting import (
    format_amount,
    format_date,
    format_datetime,
    format_percent,
    status_label,
)
from oppdesk.views.icons import icon
from oppdesk.views.widgets import named

T = TypeVar("T")
RELOAD, APPLY, CANCEL, SAVED = "reload", "apply", "cancel", "saved"
COMPARED = ("name", "reference", "status", "stage", "amount", "probability", "due_date")


@dataclass
class Outcome(Generic[T]):
    """How a save ended: ``SAVED`` (with ``value``), ``RELOAD`` or ``CANCEL``."""

    choice: str
    value: T | None = None


def comparable(
    changes: Mapping[str, Any], stage_names: Mapping[uuid.UUID, str]
) -> tuple[dict[str, Any], list[str]]:
    """Split service ``changes`` into values comparable with ``ConflictError.current_values``
    and the labels of the other changed fields."""
    intended: dict[str, Any] = {}
    others: list[str] = []
    for key, value in changes.items():
        if key == "stage_id":
            intended["stage"] = stage_names.get(value, str(value))
        elif key in COMPARED:
            intended[key] = value
        elif key == "custom_fields":
            others.append(QCoreApplication.translate("ConflictDialog", "Custom fields"))
        elif key not in ("pipeline_id", "closed_at", "closed_reason"):
            others.append(field_label(key))
    return intended, others


class ConflictDialog(QDialog):
    def __init__(
        self,
        error: ConflictError,
        intended: Mapping[str, Any],
        others: Sequence[str] = (),
        *,
        currency: str = "EUR",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Someone else changed this opportunity"))
        self.error = error
        self.choice = CANCEL
        self._currency = currency
        self._deleted = bool(error.current_values.get("deleted"))
        self.differences = self._differences(intended)
        self._build_ui(others)

    def _differences(self, intended: Mapping[str, Any]) -> list[tuple[str, str, str]]:
        current = self.error.current_values
        rows = []
        for key in COMPARED:
            if key in intended and key in current and intended[key] != current[key]:
                rows.append(
                    (
                        self._label(key),
                        self._text(key, intended[key]),
                        self._text(key, current[key]),
                    )
                )
        return rows

    def _label(self, key: str) -> str:
        return self.tr("Stage") if key == "stage" else field_label(key)

    def _text(self, key: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if key == "amount" and isinstance(value, Decimal | int):
            return format_amount(value, self._currency)
        if key == "due_date" and isinstance(value, date):
            return format_date(value)
        if key == "status":
            return status_label(self, str(value))
        if key == "probability" and isinstance(value, int):
            return format_percent(value)
        return str(value)

    def _build_ui(self, others: Sequence[str]) -> None:
        who = self.error.changed_by or self.tr("Another user")
        when = format_datetime(self.error.changed_at) if self.error.changed_at else ""
        if self._deleted:
            text = self.tr("%1 deleted this opportunity (%2). Your changes cannot be saved.")
        else:
            text = self.tr("%1 saved this opportunity on %2, after you opened it.")
        self.message = named(
            QLabel(text.replace("%1", who).replace("%2", when), self), "conflictMessage"
        )
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        warning = QLabel(self)
        warning.setPixmap(icon("warning", "#E65100").pixmap(32, 32))
        top = QHBoxLayout()
        top.addWidget(warning)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.table = self._make_table()
        layout.addWidget(self.table)
        if not self.differences:
            self.table.setVisible(False)
            layout.addWidget(
                QLabel(self.tr("Their changes do not touch the values you set."), self)
            )
        if others:
            other = QLabel(
                self.tr("Your other changes: %1.").replace("%1", ", ".join(others)), self
            )
            other.setWordWrap(True)
            layout.addWidget(other)
        self._add_buttons(layout)
        self.resize(560, 340)

    def _make_table(self) -> QTableWidget:
        table = named(QTableWidget(len(self.differences), 3, self), "conflictTable")
        table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your value"), self.tr("Value saved by them")]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, values in enumerate(self.differences):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        return table

    def _add_buttons(self, layout: QVBoxLayout) -> None:
        buttons = QDialogButtonBox(self)
        self.reload_button = named(
            buttons.addButton(self.tr("Reload"), QDialogButtonBox.ButtonRole.ResetRole),
            "conflictReloadButton",
        )
        self.reload_button.setToolTip(self.tr("Discard your changes and show the record as saved"))
        self.apply_button = named(
            buttons.addButton(
                self.tr("Apply my changes on top"), QDialogButtonBox.ButtonRole.AcceptRole
            ),
            "conflictApplyButton",
        )
        self.apply_button.setEnabled(not self._deleted and self.error.current_version is not None)
        self.apply_button.setDefault(self.apply_button.isEnabled())
        cancel = named(
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel), "conflictCancelButton"
        )
        cancel.setToolTip(self.tr("Keep your changes in the form without saving"))
        self.reload_button.clicked.connect(lambda: self._choose(RELOAD))
        self.apply_button.clicked.connect(lambda: self._choose(APPLY))
        cancel.clicked.connect(lambda: self._choose(CANCEL))
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == CANCEL:
            self.reject()
        else:
            self.accept()

    async def ask(self) -> str:
        """Show the dialog (window-modal, never ``exec()``) and return the user's choice."""
        done: asyncio.Future[str] = asyncio.get_running_loop().create_future()

        def finished(_code: int) -> None:
            if not done.done():
                done.set_result(self.choice)

        self.finished.connect(finished)
        self.open()
        try:
            return await done
        finally:
            self.deleteLater()


async def resolve_conflict(
    parent: QWidget | None,
    error: ConflictError,
    submit: Callable[[int], Awaitable[T]],
    *,
    intended: Mapping[str, Any],
    others: Sequence[str] = (),
    currency: str = "EUR",
) -> Outcome[T]:
    """Ask what to do about ``error``; on "apply" re-submit with the stored version (asking
    again if yet another save slipped in between)."""
    while True:
        dialog = ConflictDialog(error, intended, others, currency=currency, parent=parent)
        choice = await dialog.ask()
        if choice != APPLY or error.current_version is None:
            return Outcome(choice)
        try:
            return Outcome(SAVED, await submit(error.current_version))
        except ConflictError as again:
            error = again


async def save_with_conflicts(
    parent: QWidget | None,
    submit: Callable[[int | None], Awaitable[T]],
    expected_version: int | None,
    *,
    intended: Mapping[str, Any],
    others: Sequence[str] = (),
    currency: str = "EUR",
) -> Outcome[T]:
    """``submit(expected_version)``; a ``ConflictError`` goes through :func:`resolve_conflict`."""
    try:
        return Outcome(SAVED, await submit(expected_version))
    except ConflictError as error:
        return await resolve_conflict(
            parent, error, submit, intended=intended, others=others, currency=currency
        )

"""The small form each bulk action opens (Actions en masse): what to set, add or remove.

A dialog is opened with ``open()``; ``await dialog.ask()`` returns the bulk action to run, or
None when cancelled. Values are only read here: the service checks them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from oppdesk.services.dto import CustomFieldDef, PipelineInfo, Ref, UserInfo
from oppdesk.views.widgets import named

ACTION_KEYS = (
    "sharing",
    "delete",
    "collaborators",
    "custom_fields",
    "tags",
    "move",
    "status",
    "due_dates",
    "source",
    "task",
)
"""The source document's ten bulk actions, in its order."""


@dataclass(frozen=True)
class Choices:
    pipelines: tuple[PipelineInfo, ...] = ()
    sources: tuple[Ref, ...] = ()
    users: tuple[UserInfo, ...] = ()
    groups: tuple[Ref, ...] = ()
    fields: tuple[CustomFieldDef, ...] = ()


def _names(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


class BulkActionDialog(QDialog):
    """One form; ``build_<key>`` fills it and returns how to read the action back."""

    def __init__(self, key: str, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkActionDialog")
        self.setWindowTitle(self.tr("Bulk action"))
        self.key = key
        self.choices = choices
        self.form = QFormLayout(self)
        self._read: Callable[[], Any] = getattr(self, f"_build_{key}")()
        buttons = named(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
            ),
            "bulkDialogButtons",
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)

    async def ask(self) -> Any:
        """Open the form; the bulk action when accepted, None when cancelled."""
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        def finished(code: int) -> None:
            if not done.done():
                done.set_result(code == QDialog.DialogCode.Accepted)

        self.finished.connect(finished)
        self.open()
        return self._read() if await done else None

    # ----------------------------------------------------------------- helpers
    def _combo(self, name: str, label: str, items: Sequence[tuple[str, object]]) -> QComboBox:
        combo = named(QComboBox(self), name)
        for text, data in items:
            combo.addItem(text, data)
        self.form.addRow(label, combo)
        return combo

    def _checklist(self, name: str, label: str, items: Sequence[tuple[str, object]]) -> QListWidget:
        box = named(QListWidget(self), name)
        for text, data in items:
            item = QListWidgetItem(text, box)
            item.setData(Qt.ItemDataRole.UserRole, data)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.form.addRow(label, box)
        return box

    @staticmethod
    def checked(box: QListWidget) -> tuple[Any, ...]:
        items = (box.item(i) for i in range(box.count()))
        return tuple(
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        )

    def _users(self) -> list[tuple[str, object]]:
        return [(u.display_name, u.id) for u in self.choices.users]

    # ----------------------------------------------------------------- forms
    # Each form imports oppdesk.services.bulk when it is built: the bar lists ACTION_KEYS at
    # start-up, but the bulk services are not needed until a form opens.
    def _build_sharing(self) -> Callable[[], Any]:
        from oppdesk.services import bulk  # noqa: PLC0415

        owner = self._combo("bulkOwnerCombo", self.tr("Owner"), [(self.tr("(unchanged)"), None)])
        for text, data in self._users():
            owner.addItem(text, data)
        add = self._checklist("bulkShareUsers", self.tr("Share with"), self._users())
        groups = [(g.name, g.id) for g in self.choices.groups]
        add_groups = self._checklist("bulkShareGroups", self.tr("Share with groups"), groups)
        return lambda: bulk.ChangeSharing(
            owner_id=owner.currentData(),
            add_users=self.checked(add),
            add_groups=self.checked(add_groups),
        )

    def _build_delete(self) -> Callable[[], Any]:
        from oppdesk.services import bulk  # noqa: PLC0415

        self.form.addRow(QLabel(self.tr("The checked opportunities will be deleted."), self))
        return bulk.Delete

    def _build_collaborators(self) -> Callable[[], Any]:
        from oppdesk.services import bulk  # noqa: PLC0415

        add = self._checklist("bulkAddCollaborators", self.tr("Add"), self._users())
        remove = self._checklist("bulkRemoveCollaborators", self.tr("Remove"), self._users())
        return lambda: bulk.AssignCollaborators(self.checked(add), self.checked(remove))

    def _build_custom_fields(self) -> Callable[[], Any]:
        from oppdesk.services import bulk  # noqa: PLC0415

        field = self._combo(
            "bulkCustomFieldCombo",
            self.tr("Field"),
            [(f.label, f.code) for f in self.choices.fields],
        )
        value = named(QLineEdit(self), "bulkCustomFieldValue")
        self.form.addRow(self.tr("Value"), value)

        def read() -> Any:
            kind = next(
                (f.field_type for f in self.choices.fields if f.code == field.currentData()), ""
            )
            raw: Any = value.text()
            if kind == "boolean":
                raw = raw.strip().lower() in ("1", "true", "yes", "oui", "vrai")
            return bulk.SetCustomFields({field.currentData(): raw})

        return read

    def _build_tags(self) -> Callable[[], Any]:
        from oppdesk.services import bulk  # noqa: PLC0415

        add = named(QLineEdit(self), "bulkAddTags")
        remove = named(QLineEdit(self), "bulkRemoveTags")
        add.setPlaceholderText(self.tr("Comma-separated smart-tags"))
        self.form.addRow(self.tr("Add"), add)
        self.form.addRow(self.tr("Remove"), remove)
        return lambda: bulk.EditTags(_names(add.text()), _names(remove.text()))

    def _build_move(self) -> Callable[[], Any]:
        from oppdesk.services import bulk  # noqa: PLC0415

        pipes = [(p.name, p.id) for p in self.choices.pipelines]
        pipeline = self._combo("bulkPipelineCombo", self.tr("Pipeline"), pipes)
        stage = self._combo("bulkStageCombo", self.tr("Stage"), [])

        def fill() -> None:
            stage.clear()
            found = next(
                (p for p in self.choices.pipelines if p.id == pipeline.currentData()), None
            )
            for s in found.stages if found else ():
                stage.addItem(s.name, s.id)

        pipeline.currentIndexChanged.connect(fill)
        fill()
        return lambda: bulk.Move(pipeline.currentData(), stage.currentData())

    def _build_status(self) -> Callable[[], Any]:
        from oppdesk.services import bulk  # noqa: PLC0415

        labels = {
            "open": self.tr("Open"),
            "won": self.tr("Won"),
            "lost": self.tr("Lost"),
            "cancelled": self.tr("Cancelled"),
            "closed": self.tr("Closed"),
        }
        status = self._combo(
            "bulkStatusCombo", self.tr("Status"), [(v, k) for k, v in labels.items()]
        )
        reason = named(QLineEdit(self), "bulkClosedReason")
        self.form.addRow(self.tr("Reason (lost)"), reason)
        return lambda: bulk.SetStatus(status.currentData(), closed_reason=reason.text() or None)

    def _build_due_dates(self) -> Callable[[], Any]:
        from oppdesk.services import bulk  # noqa: PLC0415

        mode = self._combo(
            "bulkDueModeCombo",
            self.tr("Change"),
            [(self.tr("Set a date"), "set"), (self.tr("Shift by days"), "shift")],
        )
        when = named(QDateEdit(QDate.currentDate(), self), "bulkDueDate")
        when.setCalendarPopup(True)
        days = named(QSpinBox(self), "bulkShiftDays")
        days.setRange(-3650, 3650)
        self.form.addRow(self.tr("Date"), when)
        self.form.addRow(self.tr("Days"), days)

        def read() -> Any:
            if mode.currentData() == "shift":
                return bulk.ShiftDueDate(days.value())
            return bulk.SetDueDate(_to_date(when.date()))

        return read

    def _build_source(self) -> Callable[[], Any]:
        from oppdesk.services import bulk  # noqa: PLC0415

        items: list[tuple[str, object]] = [(self.tr("(none)"), None)]
        items += [(s.name, s.id) for s in self.choices.sources]
        source = self._combo("bulkSourceCombo", self.tr("Source"), items)
        return lambda: bulk.SetSource(source.currentData())

    def _build_task(self) -> Callable[[], Any]:
        from oppdesk.services import bulk  # noqa: PLC0415

        title = named(QLineEdit(self), "bulkTaskTitle")
        self.form.addRow(self.tr("Title"), title)
        tomorrow = QDateTime(QDate.currentDate().addDays(1), QTime(9, 0))
        due = named(QDateTimeEdit(tomorrow, self), "bulkTaskDue")
        due.setCalendarPopup(True)
        self.form.addRow(self.tr("Due"), due)
        assignee = self._combo("bulkTaskAssignee", self.tr("Assignee"), self._users())
        notes = named(QPlainTextEdit(self), "bulkTaskNotes")
        self.form.addRow(self.tr("Notes"), notes)
        return lambda: bulk.CreateTask(
            title.text(),
            _to_utc(due.dateTime()),
            assignee.currentData(),
            notes.toPlainText(),
        )


def _to_utc(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())

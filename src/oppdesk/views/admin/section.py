"""What every settings section shares: a status line for errors and service calls that show
user errors instead of raising them."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from oppdesk.runtime.tasks import spawn
from oppdesk.services import FieldError, UserError, ValidationError
from oppdesk.views.app_context import AppContext
from oppdesk.views.error_text import field_error_text, field_label, user_error_text
from oppdesk.views.widgets import named

ERROR_STYLE = "color: #C62828;"
R = TypeVar("R")


class Failed:
    """Returned by :meth:`AdminSection.call` when the service refused (error already shown)."""


FAILED = Failed()


class AdminSection(QWidget):
    """A settings page. Subclasses build their widgets in ``_build_ui`` and fill ``load``."""

    title = "Section"

    def __init__(self, ctx: AppContext, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._prefix = prefix
        self._tasks: set[asyncio.Task[Any]] = set()
        self.setObjectName(f"{prefix}Section")
        self.layout_ = QVBoxLayout(self)
        self.status = named(QLabel(self), f"{prefix}_status")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self._field_errors: dict[str, QLabel] = {}

    def add_field(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> None:
        """A form row with its error label underneath (objectName ``<prefix>_error_<field>``)."""
        error = named(QLabel(self), f"{self._prefix}_error_{field}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        form.addRow(label, box)
        self._field_errors[field] = error

    def field_error(self, field: str) -> str:
        """The error shown under ``field`` ("" when none): for tests and automation."""
        label = self._field_errors[field]
        return "" if label.isHidden() else label.text()

    def _clear_field_errors(self) -> None:
        for label in self._field_errors.values():
            label.clear()
            label.setVisible(False)

    def _finish(self) -> None:
        self.layout_.addWidget(self.status)

    async def load(self) -> None:
        """Read what the section shows."""

    def show_error(self, text: str) -> None:
        if not text:
            self._clear_field_errors()
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def show_info(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def field_text(self, field: str, error: FieldError) -> str:
        """One field's error in words, with the administration-specific codes."""
        texts = {
            "last_admin": self.tr("The workspace must keep at least one active administrator."),
            "in_use": self.tr("Users still have this profile: give them another one first."),
            "not_empty": self.tr("It still holds opportunities: move them first."),
            "last": self.tr("It is the only one left and cannot be deleted."),
            "mismatch": self.tr("The list no longer matches: reload and try again."),
            "same": self.tr("Choose another smart-tag."),
            "pattern": self.tr("Must contain {number} once, e.g. OPP-{number:05d}."),
        }
        if field == "login" and error.code == "format":
            return self.tr("Use 2 to 80 lowercase letters, digits and . _ @ -")
        return texts.get(error.code) or field_error_text(error)

    def label_of(self, field: str) -> str:
        labels = {
            "pipeline": self.tr("Pipeline"),
            "stage": self.tr("Stage"),
            "stage_ids": self.tr("Stages"),
            "move_to": self.tr("Move opportunities to"),
            "default_probability": self.tr("Default probability"),
            "profile": self.tr("Privilege profile"),
            "active": self.tr("Active"),
            "can_admin": self.tr("Administration"),
            "into": self.tr("Merge into"),
            "user_ids": self.tr("Members"),
        }
        return labels.get(field) or field_label(field)

    def error_text(self, exc: UserError) -> str:
        if isinstance(exc, ValidationError):
            return "\n".join(
                f"{self.label_of(f)} : {self.field_text(f, e)}" for f, e in exc.errors.items()
            )
        return user_error_text(exc)

    async def call(self, fn: Callable[..., R], *args: Any, **kwargs: Any) -> R | Failed:
        """Run service ``fn`` as the signed-in user; a user error is shown, not raised."""
        try:
            result = await self._ctx.runner.call(fn, *args, **kwargs)
        except UserError as exc:
            if isValid(self):
                self.on_error(exc)
            return FAILED
        if isValid(self):
            self.show_error("")
        return result

    async def ok(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        """Run service ``fn``; True when it succeeded (a user error is shown)."""
        return not isinstance(await self.call(fn, *args, **kwargs), Failed)

    def on_error(self, exc: UserError) -> None:
        self.show_error("")
        if not isinstance(exc, ValidationError):
            self.show_error(self.error_text(exc))
            return
        rest: dict[str, FieldError] = {}
        for field, err in exc.errors.items():
            label = self._field_errors.get(field)
            if label is None:
                rest[field] = err
            else:
                label.setText(self.field_text(field, err))
                label.setVisible(True)
        if rest:
            self.show_error(self.error_text(ValidationError(rest)))

    def act(self, coro: Coroutine[Any, Any, Any]) -> None:
        """Start ``coro`` from a button (kept referenced until it is done)."""
        task = spawn(coro, name=f"{self._prefix}-action")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def idle(self) -> None:
        """Wait for the actions started with :meth:`act` (tests)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

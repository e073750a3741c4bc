"""Questions to the user, asynchronously (``dialog.open()`` + signals, never ``exec()``).

Views receive a ``Prompter``; tests pass a ``ScriptedPrompter`` with the answers, so no
test ever patches ``QMessageBox``.
"""

from __future__ import annotations

import asyncio
from collections import deque

from PySide6.QtWidgets import QMessageBox, QWidget


class Prompter:
    async def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.setObjectName("confirmBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        def finished(code: int) -> None:
            if not done.done():
                done.set_result(code == QMessageBox.StandardButton.Yes)

        box.finished.connect(finished)
        box.open()
        try:
            return await done
        finally:
            box.deleteLater()

    async def inform(
        self, parent: QWidget | None, title: str, text: str, *, warning: bool = False
    ) -> None:
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("informBox")
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def finished(_code: int) -> None:
            if not done.done():
                done.set_result(None)

        box.finished.connect(finished)
        box.open()
        try:
            await done
        finally:
            box.deleteLater()


class ScriptedPrompter(Prompter):
    """Answers from a script, and records what was asked (for tests and automation)."""

    def __init__(self, answers: list[bool] | None = None) -> None:
        self.answers: deque[bool] = deque(answers or [])
        self.asked: list[tuple[str, str]] = []

    async def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.asked.append((title, text))
        return self.answers.popleft() if self.answers else False

    async def inform(
        self, parent: QWidget | None, title: str, text: str, *, warning: bool = False
    ) -> None:
        self.asked.append((title, text))

"""Asking for file paths without a modal loop: ``QFileDialog.open()`` + ``finished``.

Views hold a ``FileChooser`` in an attribute (``tab.file_chooser``); tests put a
``ScriptedFileChooser`` there, so no test ever drives a native file dialog.
"""

from __future__ import annotations

import asyncio
from collections import deque
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

LAST_DIRECTORY_KEY = "files/lastDirectory"


class FileChooser:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings

    def _start_directory(self) -> str:
        stored = self._settings.value(LAST_DIRECTORY_KEY) if self._settings else None
        if isinstance(stored, str) and Path(stored).is_dir():
            return stored
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _remember(self, paths: list[str]) -> None:
        if self._settings is not None and paths:
            self._settings.setValue(LAST_DIRECTORY_KEY, str(Path(paths[0]).parent))

    async def _ask(self, dialog: QFileDialog) -> list[str]:
        done: asyncio.Future[list[str]] = asyncio.get_running_loop().create_future()

        def finished(code: int) -> None:
            if not done.done():
                accepted = code == QDialog.DialogCode.Accepted.value
                done.set_result(dialog.selectedFiles() if accepted else [])

        dialog.finished.connect(finished)
        dialog.open()
        try:
            paths = await done
        finally:
            dialog.deleteLater()
        self._remember(paths)
        return paths

    async def save_path(
        self, parent: QWidget | None, caption: str, suggested_name: str, name_filter: str = ""
    ) -> str | None:
        """Where to save (None when cancelled); ``suggested_name`` pre-fills the name."""
        dialog = QFileDialog(parent, caption, self._start_directory(), name_filter)
        dialog.setObjectName("saveFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        suffix = Path(suggested_name).suffix.lstrip(".")
        if suffix:
            dialog.setDefaultSuffix(suffix)
        dialog.selectFile(suggested_name)
        paths = await self._ask(dialog)
        return paths[0] if paths else None

    async def open_paths(
        self, parent: QWidget | None, caption: str, name_filter: str = ""
    ) -> list[str]:
        """Existing files to read, several at once (empty when cancelled)."""
        dialog = QFileDialog(parent, caption, self._start_directory(), name_filter)
        dialog.setObjectName("openFilesDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        return await self._ask(dialog)


class ScriptedFileChooser(FileChooser):
    """Answers from lists (for tests and automation) and records what was asked."""

    def __init__(
        self, save: list[str | None] | None = None, open_: list[list[str]] | None = None
    ) -> None:
        super().__init__(None)
        self.save_answers: deque[str | None] = deque(save or [])
        self.open_answers: deque[list[str]] = deque(open_ or [])
        self.asked: list[tuple[str, str]] = []

    async def save_path(
        self, parent: QWidget | None, caption: str, suggested_name: str, name_filter: str = ""
    ) -> str | None:
        self.asked.append((caption, suggested_name))
        return self.save_answers.popleft() if self.save_answers else None

    async def open_paths(
        self, parent: QWidget | None, caption: str, name_filter: str = ""
    ) -> list[str]:
        self.asked.append((caption, ""))
        return self.open_answers.popleft() if self.open_answers else []

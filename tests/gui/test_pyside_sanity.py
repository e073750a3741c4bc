"""Guards against Qt-binding regressions that would crash the app rather than fail a test.

PySide6 6.12.0 dropped a reference to ``None`` each time an invalid QVariant came back to
Python (``index.data()`` of an empty role, ``combo.currentData()`` of None): after a few
thousand calls the interpreter aborted. pyproject.toml excludes it; this test makes an
upgrade to a release with the same bug fail loudly instead of crashing users.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox


class _Empty(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def _none_refs() -> int:
    gc.collect()
    return sys.getrefcount(None)


def test_invalid_variants_keep_none_alive(qapp):
    model = _Empty()
    index = model.index(1, 1)
    combo = QComboBox()
    combo.addItem("all", None)
    before = _none_refs()
    for _ in range(2000):
        index.data(Qt.ItemDataRole.UserRole)
        combo.currentData()
    assert _none_refs() - before >= -50  # a real leak of refs is harmless; a loss is fatal

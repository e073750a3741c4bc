"""Finding an item of a combo box by its data.

``QComboBox.findData`` compares Python objects stored as item data by *identity* (PySide
wraps them in a QVariant holding the PyObject): an equal ``uuid.UUID`` read again from the
database is not found, and ``max(0, combo.findData(id))`` silently picks the first item.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def index_of(combo: QComboBox, value: object) -> int:
    """The index of the first item whose data equals ``value`` (``==``), or -1."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)

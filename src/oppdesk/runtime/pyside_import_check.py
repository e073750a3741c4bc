"""A cheaper answer to the question PySide6 asks about every module imported after it.

Since PySide6 6.4 (PYSIDE-2029, for its ``__feature__`` switches) an import hook looks at
each newly imported module and records whether its source mentions "PySide6", reading it
through ``inspect.getsource`` — line cache, tokenizer and all. Start-up imports ~500 modules
after PySide6: measured here, that check alone was 40–60 ms of a half-second start.

:func:`install` replaces the check with one that reads the ``.py`` file's bytes and looks
for the same word — the same answer for every source module (a test compares the two on
every module the application imports) — and falls back to PySide6's own check for anything
else. If a PySide6 release renames or drops the hook, nothing is changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_oppdesk_wraps"
"""Attribute of the cheaper check holding PySide6's own (which it falls back to)."""


def raw_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """PySide6's ``_mod_uses_pyside`` answered from the source file's bytes."""

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    setattr(uses_pyside, _MARK, original)
    return uses_pyside


def install() -> bool:
    """Import PySide6 and swap in the cheaper check; whether it was (or already is) done."""
    import PySide6.QtCore  # noqa: F401, PLC0415 - sets the hook up

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARK, None) is None:
        feature._mod_uses_pyside = raw_check(original)  # type: ignore[attr-defined]
    return True

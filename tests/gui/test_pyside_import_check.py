"""runtime/pyside_import_check.py gives PySide6's import hook the same answers, cheaper."""

from __future__ import annotations

import sys
import types

import pytest

from oppdesk.runtime import pyside_import_check


def test_the_cheaper_check_answers_like_pyside_for_every_loaded_module() -> None:
    import oppdesk.bootstrap  # noqa: F401 - everything the application imports at start-up

    feature = sys.modules["shibokensupport.feature"]  # the pinned PySide6 (< 6.12) has it
    assert pyside_import_check.install()
    assert pyside_import_check.install()  # idempotent
    cheap = feature._mod_uses_pyside
    original = cheap._oppdesk_wraps  # PySide6's own check, kept as fallback
    assert original is not None and getattr(original, "_oppdesk_wraps", None) is None
    modules = [m for m in list(sys.modules.values()) if m is not None]
    assert len(modules) > 300
    differing = [m.__name__ for m in modules if cheap(m) != original(m)]
    assert differing == []
    assert cheap(sys.modules["oppdesk.views.main_window"]) is True
    assert cheap(sys.modules["oppdesk.services.opportunity_list"]) is False


def test_a_pyside_without_the_hook_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    bare = types.ModuleType("shibokensupport.feature")  # a release that dropped the check
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", bare)
    assert pyside_import_check.install() is False
    assert not hasattr(bare, "_mod_uses_pyside")

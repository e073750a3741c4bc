"""docs/automation.md lists every stable objectName the views set (scripts regenerate it)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_object_name_is_documented():
    spec = importlib.util.spec_from_file_location(
        "list_object_names", ROOT / "scripts" / "list_object_names.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    doc = (ROOT / "docs" / "automation.md").read_text(encoding="utf-8")
    missing = [
        f"{path}: {name}"
        for path, names in module.all_names().items()
        for name in names
        if f"`{name}`" not in doc
    ]
    assert not missing, (
        "objectNames missing from docs/automation.md — run "
        "`python scripts/list_object_names.py > docs/automation.md`:\n" + "\n".join(missing)
    )
    assert "`opportunityTable`" in doc

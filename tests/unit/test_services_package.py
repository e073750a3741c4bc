"""``oppdesk.services`` re-exports its use cases lazily (PEP 562).

The public names stay what they were; importing the package no longer imports every service
(start-up time). Three lists in ``services/__init__.py`` must agree: the ``TYPE_CHECKING``
imports (what type checkers see), ``_SOURCES`` (what ``__getattr__`` loads) and ``__all__``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from oppdesk import services


def _type_checking_imports() -> dict[str, str]:
    tree = ast.parse(Path(services.__file__).read_text(encoding="utf-8"))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    )
    found: dict[str, str] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom) and node.module
        package, _, module = node.module.rpartition(".")
        assert package == "oppdesk.services"
        for alias in node.names:
            assert alias.asname is None and alias.name not in found
            found[alias.name] = module
    return found


def test_the_three_name_lists_agree() -> None:
    assert len(services.__all__) == len(set(services.__all__))
    assert set(services.__all__) == set(services._SOURCES)
    assert _type_checking_imports() == services._SOURCES


@pytest.mark.parametrize("name", sorted(services._SOURCES))
def test_each_public_name_is_the_object_its_module_defines(name: str) -> None:
    value = getattr(services, name)
    module = sys.modules[f"oppdesk.services.{services._SOURCES[name]}"]
    assert getattr(module, name) is value
    assert name in dir(services)


def test_unknown_names_are_attribute_errors() -> None:
    with pytest.raises(AttributeError, match="no_such_service"):
        _ = services.no_such_service  # type: ignore[attr-defined]
    assert not hasattr(services, "no_such_service")


def test_submodules_still_import_through_the_package() -> None:
    from oppdesk.services import bulk, demo_data

    assert bulk.__name__ == "oppdesk.services.bulk"
    assert demo_data.__name__ == "oppdesk.services.demo_data"


def test_importing_the_package_imports_no_service_module() -> None:
    code = (
        "import sys, oppdesk.services\n"
        "from oppdesk.services import UserError\n"
        "print(sorted(m for m in sys.modules if m.startswith('oppdesk.services.')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "['oppdesk.services.errors']"

"""Start-up migrations: one that takes a while says so in a window (it cannot be cancelled);
a workspace already at this version opens without one; errors still reach the caller."""

from __future__ import annotations

from typing import ClassVar

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog
from sqlalchemy import text

from oppdesk import bootstrap
from oppdesk.db.migrate import SchemaTooNewError, current_revision
from oppdesk.db.schema_version import HEAD


class _Recorded(QProgressDialog):
    """The progress window start-up uses, recording what each one said when shown."""

    shown: ClassVar[list[str]] = []

    def show(self) -> None:
        _Recorded.shown.append(self.labelText())
        super().show()


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr(bootstrap, "QProgressDialog", _Recorded)
    _Recorded.shown = []
    return _Recorded.shown


def _open(path) -> None:
    db, _admin = bootstrap.open_database(str(path))
    try:
        with db.engine.connect() as conn:
            assert current_revision(conn) == HEAD
    finally:
        db.dispose()


def _progress_windows_left(app: QApplication) -> list[QProgressDialog]:
    return [w for w in app.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_a_slow_migration_says_so_then_the_workspace_opens(qapp, tmp_path, monkeypatch, recorded):
    monkeypatch.setattr(bootstrap, "SILENT_UPGRADE_S", 0.0)  # every migration is "slow"
    _open(tmp_path / "w.sqlite3")
    assert len(recorded) == 1
    assert "Updating the workspace database" in recorded[0]
    assert _progress_windows_left(qapp) == []


def test_a_workspace_at_this_version_opens_without_a_window(qapp, tmp_path, recorded):
    path = tmp_path / "w.sqlite3"
    _open(path)
    recorded.clear()
    _open(path)  # nothing to migrate: one query, well under SILENT_UPGRADE_S
    assert recorded == []


def test_a_migration_error_reaches_the_caller(qapp, tmp_path, monkeypatch, recorded):
    path = tmp_path / "w.sqlite3"
    _open(path)
    db, _admin = bootstrap.open_database(str(path))
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    monkeypatch.setattr(bootstrap, "SILENT_UPGRADE_S", 0.0)
    with pytest.raises(SchemaTooNewError, match="newer oppdesk"):
        bootstrap.open_database(str(path))
    assert _progress_windows_left(qapp) == []

"""``oppdesk --self-test``: prove this build starts — also inside the frozen bundle.

A temporary workspace is created and migrated (Alembic runs from the bundled scripts), a
little demo data is loaded, the main window and an opportunity record are opened and
rendered offscreen; exit 0, or 1 with the reason on stderr.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from oppdesk.api import open_workspace
from oppdesk.bootstrap import build_context, first_page_painted, make_application
from oppdesk.runtime.tasks import cancel_all
from oppdesk.views.i18n import install_translations
from oppdesk.views.main_window import MainWindow
from oppdesk.views.prompter import ScriptedPrompter


def _rendered(widget: QWidget) -> bool:
    image = widget.grab().toImage()
    return not image.isNull() and image.width() > 100 and image.height() > 100


async def _check(workdir: Path) -> list[str]:
    from oppdesk.services.demo_data import load_demo_data  # noqa: PLC0415

    steps: list[str] = []
    with open_workspace(workdir / "self-test.sqlite3") as ws:
        steps.append(f"workspace migrated to {ws.migration.to_revision}")
        load_demo_data(ws.db, opportunities=200, seed=1)
        steps.append("demo data loaded")
        settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
        ctx = build_context(ws.db, ws.user_id, settings, ScriptedPrompter())
        window = MainWindow(ctx)
        window.show()
        loading = asyncio.ensure_future(window.load())
        await first_page_painted(window, loading, timeout=20)
        await loading
        if window.opportunities.model.rowCount() != 200 or not _rendered(window):
            raise RuntimeError("the main window did not show the opportunity list")
        steps.append("main window rendered with 200 opportunities")
        first = window.opportunities.model.id_at(0)
        if first is None:
            raise RuntimeError("the first row of the list has no opportunity")
        record = window.open_opportunity(first)
        await asyncio.sleep(1.0)
        if not _rendered(record):
            raise RuntimeError("the opportunity record did not render")
        steps.append(f"record rendered ({type(record).__name__})")
        record.close()
        window.close()
        await cancel_all()
        ctx.runner.shutdown()
    return steps


def run_self_test(language: str | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    app: QApplication = make_application()
    install_translations(app, language)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            steps: list[str] = qasync.run(_check(Path(tmp)))
    except Exception:
        print("self-test FAILED:\n" + traceback.format_exc(), file=sys.stderr)
        return 1
    for step in steps:
        print(f"ok  {step}")
    print(f"self-test passed in {time.perf_counter() - start:.1f} s")
    return 0

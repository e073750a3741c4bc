"""``oppdesk screenshots DIR``: render the main screens offscreen from a demo workspace.

Used for the README and for looking at what we build: each PNG is exactly what a user
sees, in the chosen language.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable
from pathlib import Path

import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from oppdesk.api import open_workspace
from oppdesk.bootstrap import build_context, make_application
from oppdesk.runtime.tasks import cancel_all
from oppdesk.services import search_companies
from oppdesk.views.i18n import install_translations
from oppdesk.views.main_window import MainWindow
from oppdesk.views.prompter import ScriptedPrompter


async def _until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError("the screen did not finish loading")
        await asyncio.sleep(0.02)


def _save(widget: QWidget, path: Path) -> Path:
    # No processEvents() here: inside a coroutine it would re-enter the qasync loop.
    widget.grab().save(str(path))
    return path


async def _shoot(out: Path, workdir: Path) -> list[Path]:
    from oppdesk.services.demo_data import load_demo_data  # noqa: PLC0415

    with open_workspace(workdir / "demo.sqlite3") as ws:
        load_demo_data(ws.db, opportunities=3000, seed=42)
        settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
        ctx = build_context(ws.db, ws.user_id, settings, ScriptedPrompter())
        window = MainWindow(ctx)
        window.resize(1440, 860)
        window.show()
        await window.load()
        model = window.opportunities.model
        await _until(lambda: model.rowCount() > 0 and model.row_at(0) is not None)
        await asyncio.sleep(0.3)  # let the first pages and the totals paint
        shots = [_save(window, out / "main-window.png")]
        shots += await _shoot_forms(window, out)
        await cancel_all()
        ctx.runner.shutdown()
        window.close()
    return shots


async def _shoot_forms(window: MainWindow, out: Path) -> list[Path]:
    ctx = window.ctx
    dialog = window.create_opportunity()
    await _until(lambda: dialog.pipeline.count() > 0)
    companies = await ctx.runner.call(search_companies, "", limit=1)
    dialog.company.set_company(companies[0])
    await _until(lambda: dialog.contact.count() > 1)
    dialog.name.setText("Renouvellement des licences 2027")
    dialog.amount.setText("12 500,00")
    await asyncio.sleep(0.1)
    shots = [_save(dialog, out / "create-opportunity.png")]
    dialog.name.clear()
    dialog.amount.setText("-5")
    await dialog.save()
    await asyncio.sleep(0.1)
    shots.append(_save(dialog, out / "create-opportunity-errors.png"))
    dialog.close()
    company_window = window.open_company(companies[0])
    await asyncio.sleep(0.5)
    company_window.resize(1200, 760)
    shots.append(_save(company_window, out / "company-record.png"))
    company_window.close()
    shots += await _shoot_record(window, out)
    return shots


async def _shoot_record(window: MainWindow, out: Path) -> list[Path]:
    """The opportunity record, one picture per tab (the first row of the list)."""
    model = window.opportunities.model
    opportunity_id = model.id_at(0)
    if opportunity_id is None:
        return []
    record = window.open_opportunity(opportunity_id)
    record.resize(1280, 820)
    await asyncio.sleep(1.0)
    tabs = getattr(record, "tabs", None)
    shots: list[Path] = []
    if tabs is None:
        return shots
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        await asyncio.sleep(0.4)
        shots.append(_save(record, out / f"record-tab-{index + 1}.png"))
    record.close()
    return shots


def take_screenshots(out_dir: str | Path, language: str | None = "fr") -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    install_translations(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        result: list[Path] = qasync.run(_shoot(out, Path(tmp)))
    return result


__all__ = ["take_screenshots"]

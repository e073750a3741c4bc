"""``oppdesk bench``: the list's performance figures, measured with the real table model and
a real QTableView rendered offscreen, on a demo workspace of N opportunities.

Every figure is "until the first page is painted": the time a user waits. JSON keys (all
milliseconds unless named otherwise) are documented in the README.
"""

from __future__ import annotations

import asyncio
import functools
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QTableView

from oppdesk.api import open_workspace
from oppdesk.bootstrap import PAINTED_LINE, build_context, make_application
from oppdesk.config import data_dir
from oppdesk.runtime import startup_gc
from oppdesk.runtime.tasks import cancel_all
from oppdesk.services import OpportunityQuery, count_selection, opportunity_totals
from oppdesk.views.item_models.opportunity_table_model import (
    SORT_FOR_COLUMN,
    Column,
    OpportunityTableModel,
)
from oppdesk.views.opportunity_row_delegate import OpportunityRowDelegate
from oppdesk.views.prompter import ScriptedPrompter

TARGETS = {
    "first_paint_ms": 100,
    "sort_max_ms": 150,
    "jump_to_end_ms": 50,
    "text_filter_ms": 150,
    "select_all_ms": 100,
    "peak_rss_mb": 300,
    "first_paint_data_calls": 3000,
    "cold_start_ms": 500,
}


PAINT_TIMEOUT_S = 5.0
COLD_START_RUNS = 3


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


class _PaintClock(QObject):
    """Times the view's own paints (the ones the event loop runs), instead of forcing an
    extra one with ``grab()``: the viewport's paint events go through this filter."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view, self.started, self.finished = view, 0.0, 0.0
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Paint:
            return False
        self.started = time.perf_counter()
        self.view.viewportEvent(event)
        self.finished = time.perf_counter()
        return True


class _Bench:
    def __init__(self, view: QTableView, model: OpportunityTableModel) -> None:
        self.view, self.model = view, model
        self.clock = _PaintClock(view)

    async def painted(
        self, action: Callable[[], Awaitable[Any]], *, row: int = 0, reloads: bool = True
    ) -> float:
        """Start ``action``; stop the clock when the model has taken its new rows (``reloads``)
        and the view has finished painting ``row`` with real data. The count may still be on
        its way, as it is for a user; ``action`` is then let finish."""
        fresh: list[bool] = [] if reloads else [True]
        changed = [0.0]  # when the model last took new rows: a paint from then on shows them
        scrolled_for = [-1.0]  # scroll once per change, as a user does: QTableView.scrollTo
        # also repaints the cell, and repeating it while the page loads painted the view
        # hundreds of times, competing with the database thread for the interpreter

        def took_rows(*_args: object) -> None:
            changed[0] = time.perf_counter()

        def reloaded() -> None:
            fresh.append(True)
            took_rows()

        self.model.reloaded.connect(reloaded)
        self.model.page_loaded.connect(took_rows)
        start = time.perf_counter()
        task = asyncio.ensure_future(action())
        while True:
            if (fresh or task.done()) and self.model.rowCount() > row:
                if scrolled_for[0] != changed[0]:
                    self.view.scrollTo(self.model.index(row, Column.NAME))
                    scrolled_for[0] = changed[0]
                if self.model.row_or_request(row) is not None:
                    break
            elif task.done() and not self.model.rowCount():
                break
            await asyncio.sleep(0.0005)
        since = max(changed[0], start)
        while self.clock.started < since and time.perf_counter() - since < PAINT_TIMEOUT_S:
            await asyncio.sleep(0.0005)
        if self.clock.started < since:  # no paint came: force one
            self.view.viewport().repaint()
        elapsed = round((self.clock.finished - start) * 1000, 1)
        await task
        self.model.reloaded.disconnect(reloaded)
        self.model.page_loaded.disconnect(took_rows)
        return elapsed


async def _measure(ws_db: Any, user_id: Any, workdir: Path) -> dict[str, Any]:
    settings = QSettings(str(workdir / "bench.ini"), QSettings.Format.IniFormat)
    startup_gc.pause()  # as the application does until its first page
    start = time.perf_counter()
    ctx = build_context(ws_db, user_id, settings, ScriptedPrompter())
    # The app builds its main window while the database thread warms up (see
    # DbRunner.warm_up); this bare view takes no time to build, so wait for the warm-up
    # (a no-op queued behind it) and report it apart.
    await ctx.runner.run(_noop_sync)
    out: dict[str, Any] = {"warm_up_ms": _ms(start)}
    model = OpportunityTableModel(ctx.runner)
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(OpportunityRowDelegate(model, view))
    view.verticalHeader().setDefaultSectionSize(26)
    view.resize(1400, 800)
    view.show()
    bench = _Bench(view, model)
    model.data_calls = 0
    out["first_paint_ms"] = await bench.painted(model.reload)
    out["first_paint_data_calls"] = model.data_calls
    startup_gc.settle()
    out["rows"] = model.rowCount()
    for key in SORT_FOR_COLUMN.values():
        for descending in (False, True):
            name = f"sort_{key}_{'desc' if descending else 'asc'}_ms"
            out[name] = await bench.painted(functools.partial(model.set_sort, key, descending))
    out["sort_max_ms"] = max(v for k, v in out.items() if k.startswith("sort_"))
    last = model.rowCount() - 1
    out["jump_to_end_ms"] = await bench.painted(_noop, row=last, reloads=False)
    term = _search_term(model)
    out["text_filter_term"] = term
    out["text_filter_ms"] = await bench.painted(
        lambda: model.set_query(OpportunityQuery(text=term))
    )
    out["text_filter_rows"] = model.rowCount()
    await model.set_query(OpportunityQuery())
    start = time.perf_counter()
    model.set_all_checked(True)
    checked = await ctx.runner.call(count_selection, model.selection)
    out["select_all_ms"] = _ms(start)
    out["select_all_count"] = checked
    start = time.perf_counter()
    await ctx.runner.call(opportunity_totals, OpportunityQuery())
    out["totals_ms"] = _ms(start)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    view.close()
    await cancel_all()
    ctx.runner.shutdown()
    return out


async def _noop() -> None:
    return None


def _noop_sync() -> None:
    return None


def _search_term(model: OpportunityTableModel) -> str:
    row = model.row_at(0)
    words = [w for w in (row.company.split() if row else []) if len(w) >= 4]
    return words[0] if words else "sarl"


def _cold_start(db_url: str) -> float:
    """A fresh process, from exec to the painted list (``--quit-after-paint`` prints
    :data:`PAINTED_LINE` then): the median of three, after one run that leaves the bytecode
    cache written, as an installed app has it (pip compiles it at install; the frozen bundle
    carries it). Shutting down afterwards is not part of the figure."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-m", "oppdesk", "--db", db_url, "--quit-after-paint"]
    times = []
    for run in range(1 + COLD_START_RUNS):
        start = time.perf_counter()
        with subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
        ) as child:
            assert child.stdout is not None
            for line in child.stdout:
                if line.strip() == PAINTED_LINE:
                    times.append(_ms(start))
                    break
            child.stdout.read()  # let it shut down
        if child.returncode or len(times) <= run:
            raise RuntimeError(f"cold start failed (exit code {child.returncode})")
    return statistics.median(times[1:])


def run_bench(opportunities: int, db: str | None, as_json: bool) -> int:
    target = db or str(data_dir() / f"bench-{opportunities}.sqlite3")
    start = time.perf_counter()
    with open_workspace(target) as ws:
        figures: dict[str, Any] = {"opportunities": opportunities, "database": ws.location}
        if ws.count_opportunities() < opportunities:
            if ws.count_opportunities():
                print(f"{ws.location} holds other data; pass --db for a new file", file=sys.stderr)
                return 2
            print(f"creating {opportunities:,} demo opportunities…", file=sys.stderr)
            # Imported only here: Faker's data would sit in the measured process's heap.
            from oppdesk.services.demo_data import load_demo_data  # noqa: PLC0415

            load_demo_data(ws.db, opportunities=opportunities)
        figures["db_open_ms"] = _ms(start)
        app = make_application()
        assert app is not None
        figures.update(qasync.run(_measure(ws.db, ws.user_id, Path(target).parent)))
    figures["cold_start_ms"] = _cold_start(target)
    figures["targets"] = TARGETS
    _report(figures)
    if as_json:
        print(json.dumps(figures, ensure_ascii=False))
    return 0


def _report(figures: dict[str, Any]) -> None:
    for key, value in figures.items():
        if key == "targets":
            continue
        target = TARGETS.get(key)
        verdict = "" if target is None else ("  ok" if value <= target else f"  > {target}!")
        print(f"{key:<32} {value}{verdict}", file=sys.stderr)

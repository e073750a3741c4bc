"""``oppdesk bench --bulk``: each bulk action, then its undo, on ``checked`` opportunities of
a demo workspace (issue target on SQLite: ≤ 3 s each, history included; undo ≤ 3 s).

Every action is undone right after it is measured, so each one starts from the same data.
``<name>_ms`` is the time the user waits: the whole transaction, history included, committed.
On SQLite a big bulk action leaves copying the WAL back into the database file to a
checkpoint on a thread of its own (see :func:`oppdesk.services.bulk_sqlite.checkpoint_later`);
the bench waits for it before going on and reports it apart (``<name>_checkpoint_ms``), so
no measurement pays for the previous one's disk writes.

``<name>_user_cpu_ms`` and ``<name>_sys_cpu_ms`` split the process's CPU time during the
action (where the OS reports it): user is SQLite and Python at work; sys is the kernel's,
mostly first touches of fresh memory for the page cache and copies into the WAL. On the
2-core VM this was measured on, sys took 0.9–3.2 s of a 3–5 s action, varying run to run
for the same work — what a wall-clock figure alone cannot show.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from oppdesk.api import open_workspace
from oppdesk.config import data_dir
from oppdesk.db import Database
from oppdesk.models import Opportunity
from oppdesk.services import (
    OpportunityQuery,
    bulk,
    list_custom_fields,
    list_pipelines,
    list_sources,
    list_users,
)
from oppdesk.services.bulk_sqlite import wait_for_checkpoint
from oppdesk.services.opportunity_list import Selection

TARGET_MS = 3000


def _actions(ws: Any) -> dict[str, Any]:
    db, me = ws.db, ws.user_id
    pipeline = list_pipelines(db, me)[-1]
    sources = list_sources(db, me)
    users = [u for u in list_users(db, me) if u.id != me]
    texts = [f for f in list_custom_fields(db, me) if f.field_type == "text"]
    other = users[0].id if users else me
    actions: dict[str, Any] = {
        "sharing": bulk.ChangeSharing(owner_id=other, add_users=(me,)),
        "delete": bulk.Delete(),
        "collaborators": bulk.AssignCollaborators(add=(other,)),
        "tags": bulk.EditTags(add=("Bench",)),
        "move": bulk.Move(pipeline.id, pipeline.stages[-1].id),
        "status": bulk.SetStatus("won"),
        "due_dates_shift": bulk.ShiftDueDate(7),
        "source": bulk.SetSource(sources[0].id if sources else None),
        "task": bulk.CreateTask("Relancer", datetime.now(UTC) + timedelta(days=1)),
    }
    if texts:
        actions["custom_fields"] = bulk.SetCustomFields({texts[0].code: "bench"})
    return actions


def _checked(ws: Any, checked: int) -> Selection:
    with ws.db.uow() as uow:
        ids = uow.session.scalars(
            select(Opportunity.id)
            .where(Opportunity.deleted_at.is_(None))
            .order_by(Opportunity.updated_at.desc(), Opportunity.id)
            .limit(checked)
        )
        return Selection(OpportunityQuery(), ids=frozenset(ids))


def _settle(db: Database) -> None:
    """PostgreSQL: ``VACUUM (ANALYZE)`` before each measurement (not timed), the work
    autovacuum does between two bulk actions in a real deployment. Each action rewrites
    100,000 rows (MVCC: a new version of each, in every index); without it, 20 of them
    leave 17 dead tuples per live one and every later figure measures the bloat."""
    if db.is_sqlite:
        return
    with db.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM (ANALYZE)")


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def _cpu() -> tuple[float, float] | None:
    """(user, system) CPU seconds of this process so far; None where the OS does not say."""
    try:
        import resource  # noqa: PLC0415 — Unix only
    except ImportError:
        return None
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime, usage.ru_stime


def _cpu_figures(name: str, before: tuple[float, float] | None) -> dict[str, float]:
    after = _cpu()
    if before is None or after is None:
        return {}
    return {
        f"{name}_user_cpu_ms": round((after[0] - before[0]) * 1000, 1),
        f"{name}_sys_cpu_ms": round((after[1] - before[1]) * 1000, 1),
    }


def run_bulk_bench(
    db_url_or_path: str | None, opportunities: int, checked: int = 100_000
) -> dict[str, Any]:
    """Milliseconds per bulk action (``<name>_ms``) and per undo (``<name>_undo_ms``)."""
    from oppdesk.services.demo_data import load_demo_data  # noqa: PLC0415

    target = db_url_or_path or str(data_dir() / f"bench-{opportunities}.sqlite3")
    figures: dict[str, Any] = {"opportunities": opportunities, "checked": checked}
    with open_workspace(target) as ws:
        if ws.count_opportunities() < opportunities:
            print(f"creating {opportunities:,} demo opportunities…", file=sys.stderr)
            load_demo_data(ws.db, opportunities=opportunities)
        selection = _checked(ws, checked)
        path = ws.db.url.database if ws.db.is_sqlite else None
        for name, action in _actions(ws).items():
            _settle(ws.db)
            cpu, start = _cpu(), time.perf_counter()
            report = bulk.bulk_update(ws.db, ws.user_id, selection, action)
            figures[f"{name}_ms"] = _ms(start)
            figures.update(_cpu_figures(name, cpu))
            figures[f"{name}_changed"] = report.changed
            start = time.perf_counter()
            wait_for_checkpoint(path)
            figures[f"{name}_checkpoint_ms"] = _ms(start)
            _settle(ws.db)
            cpu, start = _cpu(), time.perf_counter()
            bulk.undo_bulk(ws.db, ws.user_id, report.batch_id)
            figures[f"{name}_undo_ms"] = _ms(start)
            figures.update(_cpu_figures(f"{name}_undo", cpu))
            start = time.perf_counter()
            wait_for_checkpoint(path)
            figures[f"{name}_undo_checkpoint_ms"] = _ms(start)
    figures["target_ms"] = TARGET_MS
    return figures


def report(figures: dict[str, Any]) -> None:
    for key, value in figures.items():
        timed = key.endswith("_ms") and key != "target_ms" and "checkpoint" not in key
        timed = timed and not key.endswith("_cpu_ms")
        slow = timed and value > TARGET_MS
        print(f"{key:<28} {value}{'  > target!' if slow else ''}", file=sys.stderr)

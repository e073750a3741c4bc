"""``oppdesk bench --bulk`` on a small workspace: every action is measured, really changes
rows, and is undone, so the workspace ends as it began (each figure starts from the same
data); the CPU split is reported where the OS gives it."""

from __future__ import annotations

import sys
from typing import Any

from sqlalchemy import select

from oppdesk.db import Database
from oppdesk.devtools.bench_bulk import run_bulk_bench
from oppdesk.models import (
    CustomFieldValue,
    Opportunity,
    OpportunityShare,
    opportunity_assignees,
    opportunity_tags,
)
from oppdesk.services.demo_data import load_demo_data

ROWS, CHECKED = 60, 40
ACTIONS = ("sharing", "delete", "collaborators", "tags", "move", "status", "due_dates_shift")


def _state(db: Database) -> dict[str, Any]:
    o = Opportunity
    with db.uow() as uow:
        s = uow.session
        columns = (o.id, o.status, o.pipeline_id, o.stage_id, o.probability, o.owner_id)
        rows = s.execute(select(*columns, o.due_date, o.source_id, o.deleted_at)).all()
        links = [
            s.execute(select(opportunity_tags.c.opportunity_id, opportunity_tags.c.tag_id)),
            s.execute(
                select(opportunity_assignees.c.opportunity_id, opportunity_assignees.c.user_id)
            ),
            s.execute(select(OpportunityShare.opportunity_id, OpportunityShare.user_id)),
            s.execute(
                select(
                    CustomFieldValue.opportunity_id,
                    CustomFieldValue.field_id,
                    CustomFieldValue.value_text,
                )
            ),
        ]
        return {"rows": set(rows), "links": [set(link.all()) for link in links]}


def test_every_action_is_measured_changes_rows_and_is_undone(db: Database) -> None:
    load_demo_data(db, opportunities=ROWS, seed=5)
    before = _state(db)

    figures = run_bulk_bench(db.url.render_as_string(hide_password=False), ROWS, CHECKED)

    for name in ACTIONS:
        assert figures[f"{name}_changed"] > 0, name
        assert figures[f"{name}_ms"] > 0 and figures[f"{name}_undo_ms"] > 0
        if sys.platform != "win32":
            assert figures[f"{name}_user_cpu_ms"] + figures[f"{name}_sys_cpu_ms"] > 0
            assert f"{name}_undo_sys_cpu_ms" in figures
    assert figures["delete_changed"] == CHECKED
    assert _state(db) == before

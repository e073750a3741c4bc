"""Concurrent writers on the shared PostgreSQL: no update is ever lost.

8 threads each update the same 20 opportunities ROUNDS times through the services, reading
the version first (as a record window does) and writing with ``expected_version``. Every
write either lands or raises ``ConflictError``; the final amounts must account for exactly
the writes that landed.
"""

from __future__ import annotations

import os
import threading
from decimal import Decimal

import pytest

from oppdesk import services
from oppdesk.db import create_database

THREADS = 8
OPPORTUNITIES = 20
# 100 rounds is the figure (about 4 min here on PostgreSQL); fewer for a quick local run.
ROUNDS = int(os.environ.get("OPPDESK_CONCURRENCY_ROUNDS", "100"))


@pytest.fixture
def pg_db(pg_template):
    """PostgreSQL only: the shared-server scenario (SQLite serialises writers by design)."""
    from tests.conftest import _wipe

    database = create_database(pg_template)
    _wipe(database)
    services.ensure_defaults(database)
    yield database
    database.dispose()


@pytest.mark.postgres
@pytest.mark.slow
def test_no_lost_update_under_contention(pg_db):
    db = pg_db
    admin_id = services.ensure_defaults(db)
    company = services.create_company(db, admin_id, {"name": "Concurrence SA"})
    opps = [
        services.create_opportunity(
            db, admin_id, {"name": f"Affaire {i}", "company_id": company.id, "amount": 0}
        )
        for i in range(OPPORTUNITIES)
    ]
    landed = [[0] * OPPORTUNITIES for _ in range(THREADS)]
    conflicts = [0] * THREADS
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS)

    def worker(n: int) -> None:
        try:
            start.wait()
            for _ in range(ROUNDS):
                for i, opp in enumerate(opps):
                    current = services.get_opportunity(db, admin_id, opp.id)
                    try:
                        services.update_opportunity(
                            db,
                            admin_id,
                            opp.id,
                            {"amount": current.amount + 1},
                            expected_version=current.version,
                        )
                    except services.ConflictError:
                        conflicts[n] += 1
                    else:
                        landed[n][i] += 1
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    total_landed = 0
    for i, opp in enumerate(opps):
        writes = sum(landed[n][i] for n in range(THREADS))
        final = services.get_opportunity(db, admin_id, opp.id)
        assert final.amount == Decimal(writes), f"lost update on opportunity {i}"
        assert final.version == 1 + writes
        total_landed += writes
    assert total_landed + sum(conflicts) == THREADS * OPPORTUNITIES * ROUNDS
    assert sum(conflicts) > 0, "the test did not create contention"

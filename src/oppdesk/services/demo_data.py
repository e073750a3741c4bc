"""Realistic French demo data for an empty workspace — a million opportunities in seconds.

Everything is drawn from one seeded ``random.Random`` (Faker only fills small pools), so the
same seed on the same day gives the same data, UUIDs included; dates are relative to today.
Rows are written with set-based inserts in one transaction: catalog tables through Core,
the bulk tables as pre-bound tuples through the driver's ``executemany`` (values bound once
per pool entry by the columns' own SQLAlchemy types). On SQLite the load runs in rollback
journal mode without foreign-key checks (the generator guarantees them), with the bulk
tables' secondary indexes and the search triggers dropped and rebuilt at the end: the end
state is exactly the migrated schema.
"""

from __future__ import annotations

import os
import random
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Index, Table, select, update

from oppdesk.db import Database
from oppdesk.models import (
    SEARCH_OBJECT_PREFIXES,
    Counter,
    CustomFieldValue,
    Opportunity,
    StageChange,
    opportunity_assignees,
    opportunity_tags,
)
from oppdesk.services import demo_pools as catalog
from oppdesk.services.demo_pools import Catalog, Sql, table_of
from oppdesk.services.errors import ValidationError
from oppdesk.services.opportunity_rules import weighted
from oppdesk.services.sort_keys import fold

MAX_OPPORTUNITIES = 5_000_000
CHUNK = 25_000
DAYS_BACK = 730
DAYS_AHEAD = 400
BULK_CACHE_KIB = 1_000_000
Progress = Callable[[str, int, int], None]

OPPORTUNITY_COLUMNS = (
    *("id", "reference", "name", "company_id", "contact_id", "amount", "currency"),
    *("probability", "probability_is_manual", "weighted_amount", "due_date", "pipeline_id"),
    *("stage_id", "status", "brief", "owner_id", "source_id", "closed_at", "closed_reason"),
    *("name_key", "company_key", "contact_key", "owner_key", "source_key", "pipeline_key"),
    *("stage_key", "search_text", "version", "created_at", "updated_at", "created_by"),
    "updated_by",
)
STAGE_CHANGE_COLUMNS = ("id", "opportunity_id", "to_stage_id", "changed_by", "changed_at")
BULK_TABLES: tuple[Table, ...] = (
    table_of(Opportunity),
    table_of(StageChange),
    opportunity_assignees,
    opportunity_tags,
    table_of(CustomFieldValue),
)
STATUSES = ("open", "won", "lost", "cancelled", "closed")
STATUS_WEIGHTS = (68, 12, 11, 4, 5)


class DemoCancelled(Exception):
    """``cancelled()`` returned True: everything written so far was rolled back."""


@dataclass(frozen=True)
class DemoReport:
    opportunities: int
    companies: int
    contacts: int
    users: int
    groups: int
    pipelines: int
    tags: int
    custom_fields: int
    activities: int
    sales_documents: int
    time_entries: int
    seconds: float


def load_demo_data(
    db: Database,
    *,
    opportunities: int,
    seed: int = 0,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoReport:
    """Fill an empty, seeded workspace with ``opportunities`` deals and all they refer to."""
    if isinstance(opportunities, bool) or not isinstance(opportunities, int):
        raise ValueError("opportunities must be a whole number")
    if not 0 <= opportunities <= MAX_OPPORTUNITIES:
        raise ValueError(f"opportunities must be between 0 and {MAX_OPPORTUNITIES:,}")
    started = time.perf_counter()
    with db.engine.connect() as conn, _bulk_settings(conn):
        _begin(conn)
        try:
            _refuse_if_not_empty(conn)
            loader = _Loader(conn, random.Random(seed), progress, cancelled)
            counts = loader.run(seed, opportunities)
            loader.step("commit", 0, 1)
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
    loader.step("commit", 1, 1)
    return DemoReport(**counts, seconds=round(time.perf_counter() - started, 3))


def _begin(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        # pysqlite would run DDL outside any transaction: open it ourselves (and lock now).
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _refuse_if_not_empty(conn: Connection) -> None:
    if conn.execute(select(Opportunity.id).limit(1)).first() is not None:
        raise ValidationError.single(
            "opportunities",
            "not_empty",
            "demo data can only be loaded into a workspace without opportunities",
        )


@contextmanager
def _bulk_settings(conn: Connection) -> Iterator[None]:
    """SQLite: no FK checks (the generator keeps them), rollback journal, big cache."""
    if conn.dialect.name != "sqlite":
        yield
        return
    pragma = conn.exec_driver_sql
    journal = pragma("PRAGMA journal_mode").scalar()
    cache = pragma("PRAGMA cache_size").scalar()
    pragma("PRAGMA foreign_keys=OFF")
    # Leaving WAL needs the only connection to the file; when others are open it stays WAL.
    pragma("PRAGMA journal_mode=DELETE").scalar()
    if os.environ.get("DEMO_PAGE"):  # EXPERIMENT
        pragma(f"PRAGMA page_size={os.environ['DEMO_PAGE']}")
        pragma("VACUUM")
    for setting in (f"cache_size={-BULK_CACHE_KIB}", "temp_store=MEMORY", "threads=2"):
        pragma(f"PRAGMA {setting}")
    try:
        yield
    finally:
        conn.rollback()
        for setting in (f"journal_mode={journal}", f"cache_size={cache}", "temp_store=DEFAULT"):
            pragma(f"PRAGMA {setting}")
        pragma("PRAGMA threads=0")
        pragma("PRAGMA foreign_keys=ON")
        conn.commit()


def _uuid_ints(rng: random.Random, count: int) -> Iterator[int]:
    """``count`` random version-4 UUIDs as integers, strictly ascending.

    Ascending keys append to the primary-key index instead of splitting pages at random.
    """
    low = 122 - max(1, count).bit_length()
    for i in range(count):
        v = (i << low) | rng.getrandbits(low)
        yield (
            ((v >> 74) << 80)
            | (4 << 76)
            | (((v >> 62) & 0xFFF) << 64)
            | (2 << 62)
            | (v & ((1 << 62) - 1))
        )


class _Clock:
    """Days and seconds counted from midnight UTC ``DAYS_BACK`` days ago, pre-bound."""

    def __init__(self, sql: Sql) -> None:
        self.start = datetime.now(UTC).date() - timedelta(days=DAYS_BACK)
        self.base = datetime(self.start.year, self.start.month, self.start.day, tzinfo=UTC)
        self.today = DAYS_BACK
        self.days = [self.start + timedelta(days=d) for d in range(DAYS_BACK + DAYS_AHEAD + 1)]
        self.bound_days = [sql.bind(Opportunity, "due_date")(d) for d in self.days]
        self._bind = sql.bind(Opportunity, "created_at")
        self._fast: tuple[list[str], list[str]] | None = None
        texts = [f"{d.isoformat()} " for d in self.days]
        times = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000" for s in range(86400)]
        probe = 86400 * 3 + 3723
        if self._bind(self.moment(probe)) == texts[3] + times[3723]:
            self._fast = (texts, times)  # SQLite stores this text: format it ourselves

    def moment(self, second: int) -> datetime:
        return self.base + timedelta(seconds=second)

    def stamps(self, seconds: Sequence[int]) -> list[Any]:
        if self._fast is None:
            return [self._bind(self.moment(s)) for s in seconds]
        texts, times = self._fast
        return [texts[s // 86400] + times[s % 86400] for s in seconds]


class _Loader:
    def __init__(
        self,
        conn: Connection,
        rng: random.Random,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.conn = conn
        self.rng = rng
        self.sql = Sql(conn)
        self.clock = _Clock(self.sql)
        self._progress = progress
        self._cancelled = cancelled

    def step(self, label: str, done: int, total: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise DemoCancelled("demo data loading was cancelled; nothing was written")
        if self._progress is not None:
            self._progress(label, done, total)

    def run(self, seed: int, n: int) -> dict[str, int]:
        self.step("catalog", 0, 1)
        cat = catalog.build(self.sql, self.rng, seed, n, self.clock.moment(0))
        self.step("catalog", 1, 1)
        dropped = _detach(self.conn) if self.conn.dialect.name == "sqlite" else None
        factory = _Opportunities(self, cat, n)
        for start in range(0, n, CHUNK):
            factory.write(start, min(n, start + CHUNK))
            self.step("opportunities", min(n, start + CHUNK), n)
        now = self.clock.moment(self.clock.today * 86400)
        details, counters = catalog.write_details(self.sql, self.rng, cat, factory.detailed, now)
        self._set_counters({**counters, "opportunity_reference": n})
        if dropped is not None:
            _reattach(self, dropped)
        return {**cat.counts(), **details, "opportunities": n}

    def _set_counters(self, values: dict[str, int]) -> None:
        existing = set(self.conn.scalars(select(Counter.name)))
        for name, value in values.items():
            if name in existing:
                self.conn.execute(update(Counter).where(Counter.name == name).values(value=value))
            else:
                self.conn.execute(table_of(Counter).insert().values(name=name, value=value))


def _detach(conn: Connection) -> tuple[list[Index], list[str]]:
    """Drop the bulk tables' secondary indexes and the search triggers (SQLite only)."""
    import os  # EXPERIMENT

    keep = set(os.environ.get("DEMO_KEEP", "").split(","))
    indexes = sorted(
        (i for t in BULK_TABLES for i in t.indexes if i.name not in keep), key=lambda i: str(i.name)
    )
    for index in indexes:
        index.drop(conn)
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
        (Opportunity.__tablename__,),
    ).all()
    search = [(name, sql) for name, sql in triggers if name.startswith(SEARCH_OBJECT_PREFIXES)]
    for name, _sql in search:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return indexes, [sql for _name, sql in search]


def _reattach(loader: _Loader, dropped: tuple[list[Index], list[str]]) -> None:
    indexes, triggers = dropped
    conn = loader.conn
    for done, index in enumerate(indexes):
        loader.step("indexes", done, len(indexes))
        t = time.perf_counter()
        index.create(conn)
        if os.environ.get("DEMO_VERBOSE"):
            print(f"   {index.name}: {time.perf_counter() - t:.2f}")
    loader.step("indexes", len(indexes), len(indexes))
    if triggers:
        loader.step("search index", 0, 1)
        table = SEARCH_OBJECT_PREFIXES[0]
        conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
        for sql in triggers:
            conn.exec_driver_sql(sql)
        loader.step("search index", 1, 1)


class _Opportunities:
    """Builds and writes opportunities chunk by chunk, column by column (C-speed zips)."""

    def __init__(self, loader: _Loader, cat: Catalog, n: int) -> None:
        self.loader, self.cat, self.n = loader, cat, n
        self.rng = loader.rng
        self.clock = loader.clock
        self.ids = _uuid_ints(self.rng, n)
        self.change_ids = _uuid_ints(self.rng, n)
        self.uuid = cat.bind_uuid
        self.detailed: list[catalog.Detail] = []
        pattern = str(cat.reference_pattern)
        self.pattern = pattern
        folded = fold(pattern)
        same = all(fold(pattern.format(number=i)) == folded.format(number=i) for i in (1, 10**6))
        self.key_pattern = folded if same else None
        self.span = self.clock.today * 86400
        self._weights: dict[int, Any] = {}
        status_cum = [sum(STATUS_WEIGHTS[: i + 1]) for i in range(len(STATUSES))]
        self.status_cum = status_cum

    def _bound_ids(self, ints: Iterator[int], k: int) -> list[Any]:
        raw = [f"{next(ints):032x}" for _ in range(k)]
        if self.uuid(uuid.UUID(raw[0])) == raw[0]:
            return raw
        return [self.uuid(uuid.UUID(h)) for h in raw]

    def _weighted(self, amount: int, probability: int) -> Any:
        key = amount * 101 + probability
        value = self._weights.get(key)
        if value is None:
            value = self.cat.bind_money(weighted(self.cat.amounts[amount], probability))
            self._weights[key] = value
        return value

    def write(self, start: int, stop: int) -> None:
        k = stop - start
        rng, cat = self.rng, self.cat
        ids = self._bound_ids(self.ids, k)
        numbers = range(start + 1, stop + 1)
        refs = [self.pattern.format(number=i) for i in numbers]
        if self.key_pattern is not None:
            ref_keys = [self.key_pattern.format(number=i) for i in numbers]
        else:
            ref_keys = [fold(r) for r in refs]
        parties = rng.choices(cat.parties, k=k)
        names, name_keys = self._names(parties, k)
        statuses = rng.choices(STATUSES, cum_weights=self.status_cum, k=k)
        stages = self._stages(statuses, k)
        probs, manual = self._probabilities(stages, k)
        amounts = rng.choices(range(len(cat.amounts)), k=k)
        created = [
            (i * self.span) // self.n + rng.randrange(max(1, self.span // self.n))
            for i in range(start, stop)
        ]
        owners = rng.choices(cat.owners, k=k)
        sources = rng.choices(cat.sources, k=k)
        closed_at, reasons = self._closing(statuses, created, k)
        created_b = self.clock.stamps(created)
        updated_b = self.clock.stamps(self._updates(created))
        owner_ids = [o.bound for o in owners]
        rows = list(
            zip(
                ids,
                refs,
                names,
                [p.company for p in parties],
                [p.contact for p in parties],
                [cat.bound_amounts[a] for a in amounts],
                [cat.currency] * k,
                probs,
                manual,
                [self._weighted(a, p) for a, p in zip(amounts, probs, strict=True)],
                self._due_dates(k),
                [s.pipeline for s in stages],
                [s.stage for s in stages],
                statuses,
                rng.choices(cat.briefs, k=k),
                owner_ids,
                [s[0] for s in sources],
                closed_at,
                reasons,
                name_keys,
                [p.company_key for p in parties],
                [p.contact_key for p in parties],
                [o.key for o in owners],
                [s[1] for s in sources],
                [s.pipeline_key for s in stages],
                [s.stage_key for s in stages],
                [
                    f"{r} {n} {p.search_tail}"
                    for r, n, p in zip(ref_keys, name_keys, parties, strict=True)
                ],
                [1] * k,
                created_b,
                updated_b,
                owner_ids,
                owner_ids,
                strict=True,
            )
        )
        sql = self.loader.sql
        sql.bulk(table_of(Opportunity), OPPORTUNITY_COLUMNS, rows)
        changes = self._bound_ids(self.change_ids, k)
        sql.bulk(
            table_of(StageChange),
            STAGE_CHANGE_COLUMNS,
            list(zip(changes, ids, [s.stage for s in stages], owner_ids, created_b, strict=True)),
        )
        catalog.write_links(sql, rng, cat, ids)
        if len(self.detailed) < catalog.DETAILED:
            self._remember(zip(ids, parties, owners, created, amounts, statuses, strict=True))

    def _names(self, parties: list[catalog.Party], k: int) -> tuple[list[str], list[str]]:
        rng = self.rng
        titles = rng.choices(self.cat.titles, k=k)
        flags = [r < 0.55 for r in (rng.random() for _ in range(k))]
        names = [
            f"{t[0]} – {p.company_name}" if f else t[0]
            for t, p, f in zip(titles, parties, flags, strict=True)
        ]
        keys = [
            f"{t[1]} – {p.company_key}" if f else t[1]
            for t, p, f in zip(titles, parties, flags, strict=True)
        ]
        return names, keys

    def _stages(self, statuses: list[str], k: int) -> list[catalog.StageRef]:
        rng, cat = self.rng, self.cat
        any_stage = rng.choices(cat.stages, cum_weights=cat.stage_cum, k=k)
        last = rng.choices(cat.last_stages, k=k)
        return [w if s == "won" else a for a, w, s in zip(any_stage, last, statuses, strict=True)]

    def _probabilities(self, stages: list[catalog.StageRef], k: int) -> tuple[list[int], list[Any]]:
        rng = self.rng
        manual_flags = [r < 0.05 for r in (rng.random() for _ in range(k))]
        probs = [
            rng.randrange(0, 101, 5) if m else s.probability
            for s, m in zip(stages, manual_flags, strict=True)
        ]
        yes, no = self.cat.bound_true, self.cat.bound_false
        return probs, [yes if m else no for m in manual_flags]

    def _due_dates(self, k: int) -> list[Any]:
        rng, days = self.rng, self.clock.bound_days
        today = self.clock.today
        return [
            None if r < 0.04 else days[today + int(r * 520) - 130]
            for r in (rng.random() for _ in range(k))
        ]

    def _closing(
        self, statuses: list[str], created: list[int], k: int
    ) -> tuple[list[Any], list[str | None]]:
        rng, days, today = self.rng, self.clock.bound_days, self.clock.today
        closed = [
            None if s == "open" else days[c // 86400 + int(rng.random() * (today - c // 86400))]
            for s, c in zip(statuses, created, strict=True)
        ]
        reasons = self.cat.loss_reasons
        why = [rng.choice(reasons) if s == "lost" else None for s in statuses]
        return closed, why

    def _updates(self, created: list[int]) -> list[int]:
        rng, now = self.rng, self.clock.today * 86400
        return [
            c if r < 0.3 else c + int((r - 0.3) / 0.7 * (now - c))
            for c, r in zip(created, (rng.random() for _ in created), strict=True)
        ]

    def _remember(self, rows: Iterator[tuple[Any, ...]]) -> None:
        cat, moment = self.cat, self.clock.moment
        for opp, party, owner, created, amount, status in rows:
            if len(self.detailed) >= catalog.DETAILED:
                return
            self.detailed.append(
                catalog.Detail(
                    cat.unbind_uuid(opp),
                    party,
                    owner.id,
                    moment(created),
                    cat.amounts[amount],
                    status,
                )
            )

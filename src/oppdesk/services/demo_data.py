"""Realistic French demo data for an empty workspace, up to millions of opportunities.

Everything comes from one seeded ``random.Random`` (Faker only fills small pools): the same
seed on the same day gives the same data, UUIDs included; dates are relative to today.

Speed (a million opportunities on SQLite; measured figures in the issue notes): rows are
built column by column and written as pre-bound tuples through the driver's ``executemany``,
in one transaction, with the cyclic GC paused. On SQLite the load runs in rollback-journal
mode without foreign-key checks (the generator guarantees them); the opportunities' ~20
secondary indexes and search triggers are dropped, and rebuilt once at the end (one sort
beats a million random B-tree inserts per index). SQLite works without the GIL, so a worker
thread builds the next batch of rows while SQLite fills the search index with the previous
one, and the related rows while it sorts the indexes. The end state is the migrated schema.
"""

from __future__ import annotations

import gc
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Connection, Index, Table, select, update
from sqlalchemy.exc import OperationalError

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
from oppdesk.models.base import built_on
from oppdesk.services import demo_pools as pools
from oppdesk.services.demo_pools import Catalog, Sql, table_of
from oppdesk.services.errors import ValidationError
from oppdesk.services.opportunity_rules import weighted
from oppdesk.services.sort_keys import fold

MAX_OPPORTUNITIES = 5_000_000
CHUNK = 50_000
DETAILED = 2_000  # opportunities that also get activities, documents and time entries
COMPANY_RATIO, MIN_COMPANIES = 50, 5
DAYS_BACK, DAYS_AHEAD = 730, 400
LARGE_LOAD = 50_000  # from here on, an empty SQLite workspace is rebuilt with 16 KiB pages
PAGE_SIZE = 16_384
CACHE_KIB = 1_000_000
# CREATE INDEX: a 32 MB page cache instead of the 1 GB the inserts want (measured no slower,
# often faster), and one helper thread for SQLite's sorter (~5 % faster on two cores).
INDEX_CACHE_KIB, INDEX_SORT_THREADS = 32_000, 2
FTS_LOAD_SETTINGS = {"hashsize": 16 << 20, "automerge": 0, "crisismerge": 64}
FTS_DEFAULTS = {"hashsize": 1 << 20, "automerge": 4, "crisismerge": 16}  # FTS5's own
STATUSES, STATUS_CUM = ("open", "won", "lost", "cancelled", "closed"), (68, 80, 91, 95, 100)
BRIEFS = ("",) * 24 + pools.BRIEFS  # most deals have no brief
Progress = Callable[[str, int, int], None]

OPPORTUNITY_COLUMNS = tuple(c.name for c in table_of(Opportunity).columns if c.name != "deleted_at")
STAGE_CHANGE_COLUMNS = ("id", "opportunity_id", "to_stage_id", "changed_by", "changed_at")
FIELD_VALUE_COLUMNS: tuple[str, ...] = ("opportunity_id", "field_id")  # + the pools' tuples:
FIELD_VALUE_COLUMNS += ("value_text", "value_number", "value_date", "value_bool")
_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


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
    """Fill an empty, seeded workspace with ``opportunities`` deals and all they refer to.

    ``progress(stage, done, total)`` is called between steps, ``cancelled()`` too: when it
    returns True everything is rolled back and :class:`DemoCancelled` is raised.
    """
    if isinstance(opportunities, bool) or not isinstance(opportunities, int):
        raise ValueError("opportunities must be a whole number")
    if not 0 <= opportunities <= MAX_OPPORTUNITIES:
        raise ValueError(f"opportunities must be between 0 and {MAX_OPPORTUNITIES:,}")
    started = time.perf_counter()
    with _no_gc(), db.engine.connect() as conn, _bulk_settings(conn, opportunities):
        if conn.dialect.name == "sqlite":  # pysqlite would run the DDL outside a transaction
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            _refuse_if_not_empty(conn)
            loader = _Loader(conn, seed, progress, cancelled)
            counts = loader.run(opportunities)
            loader.step("commit", 0, 1)
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
    if progress is not None:
        progress("commit", 1, 1)
    return DemoReport(**counts, seconds=round(time.perf_counter() - started, 3))


@contextmanager
def _no_gc() -> Iterator[None]:
    """Millions of live tuples make every cyclic collection slow; the load makes no cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _refuse_if_not_empty(conn: Connection) -> None:
    if conn.execute(select(Opportunity.id).limit(1)).first() is not None:
        raise ValidationError.single(
            "opportunities", "not_empty", "demo data can only be loaded into an empty workspace"
        )


@contextmanager
def _bulk_settings(conn: Connection, n: int) -> Iterator[None]:
    """SQLite: rollback journal (leaving WAL needs the only connection), big cache, no FK."""
    if conn.dialect.name != "sqlite":
        yield
        return
    pragma = conn.exec_driver_sql
    journal, cache = pragma("PRAGMA journal_mode").scalar(), pragma("PRAGMA cache_size").scalar()
    pragma("PRAGMA foreign_keys=OFF")
    try:
        exclusive = pragma("PRAGMA journal_mode=DELETE").scalar() == "delete"
    except OperationalError:  # another connection has the file open: stay in WAL
        exclusive = False
    if exclusive and n >= LARGE_LOAD and (pragma("PRAGMA page_size").scalar() or 0) < PAGE_SIZE:
        pragma(f"PRAGMA page_size={PAGE_SIZE}")  # fewer, fuller pages: ~30 % faster indexing
        pragma("VACUUM")  # the workspace has no opportunity yet: this is quick
    pragma(f"PRAGMA cache_size={-CACHE_KIB}")
    pragma("PRAGMA temp_store=MEMORY")
    try:
        yield
    except BaseException:
        # Closing the driver connection rolls back and ends every statement; the pool's next
        # connection gets the engine's usual pragmas (WAL, foreign keys) again.
        conn.invalidate()
        raise
    for setting in (f"journal_mode={journal}", f"cache_size={cache}", "temp_store=DEFAULT"):
        pragma(f"PRAGMA {setting}")
    pragma("PRAGMA foreign_keys=ON")
    conn.commit()


class _Ids:
    """Random version-4 UUIDs in strictly ascending order, bound for the dialect.

    The top bits count up, so rows append to the primary-key index instead of splitting
    its pages at random.
    """

    def __init__(self, rng: random.Random, total: int, bind: Callable[[Any], Any]) -> None:
        self.rng, self.low, self.done = rng, 124 - max(1, total).bit_length(), 0
        self.bind = None if bind(uuid.UUID(int=0)) == "0" * 32 else bind

    def take(self, k: int) -> list[Any]:
        bits, low, first = self.rng.getrandbits, self.low, self.done
        self.done += k
        raw = [f"{(i << low) | bits(low):031x}" for i in range(first, first + k)]
        ids = [f"{h[:12]}4{h[12:15]}{_VARIANT[h[15]]}{h[16:]}" for h in raw]
        return ids if self.bind is None else [self.bind(uuid.UUID(h)) for h in ids]


class _Clock:
    """Days and seconds from midnight UTC ``DAYS_BACK`` days ago, as bound values."""

    def __init__(self, sql: Sql) -> None:
        start = datetime.now(UTC).date() - timedelta(days=DAYS_BACK)
        self.base = datetime(start.year, start.month, start.day, tzinfo=UTC)
        self.today = DAYS_BACK
        days = [start + timedelta(days=d) for d in range(DAYS_BACK + DAYS_AHEAD + 1)]
        self.days = [sql.bind(Opportunity, "due_date")(d) for d in days]
        self._bind = sql.bind(Opportunity, "created_at")
        texts = [f"{d.isoformat()} " for d in days]
        times = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000" for s in range(86400)]
        same = self._bind(self.moment(3 * 86400 + 3723)) == texts[3] + times[3723]
        self._text = (texts, times) if same else None  # SQLite stores this text: build it

    def moment(self, second: int) -> datetime:
        return self.base + timedelta(seconds=second)

    def stamps(self, seconds: Sequence[int]) -> list[Any]:
        if self._text is None:
            return [self._bind(self.moment(s)) for s in seconds]
        texts, times = self._text
        return [texts[s // 86400] + times[s % 86400] for s in seconds]


class _Chunk(NamedTuple):
    """What the related rows need from a chunk of opportunities."""

    ids: list[Any]
    stages: Sequence[Any]
    owners: Sequence[Any]
    created: list[Any]


class _Loader:
    def __init__(
        self,
        conn: Connection,
        seed: int,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.conn, self.seed, self.rng = conn, seed, random.Random(seed)
        self.sql = Sql(conn)
        self.clock = _Clock(self.sql)
        self._progress, self._cancelled = progress, cancelled
        self.built, self.to_build = 0, 0

    def step(self, label: str, done: int, total: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise DemoCancelled("demo data loading was cancelled; nothing was written")
        if self._progress is not None:
            self._progress(label, done, total)

    def run(self, n: int) -> dict[str, int]:
        self.step("catalog", 0, 1)
        companies = max(MIN_COMPANIES, n // COMPANY_RATIO)
        cat = pools.build(self.sql, self.rng, self.seed, companies, self.clock.moment(0))
        self.step("catalog", 1, 1)
        sqlite = self.conn.dialect.name == "sqlite"
        indexes, triggers = _detach(self.conn) if sqlite else ([], [])
        search = _Search(self.conn, triggers) if triggers else None
        self.to_build = len(indexes)
        writer = _Opportunities(self, cat, n)
        self._write_opportunities(writer, search)
        related = self._build_while_generating(indexes, writer)
        self._insert_related(related)
        if search is not None:
            search.finish()
        now = self.clock.moment(self.clock.today * 86400)
        self.step("details", 0, 1)
        details, counters = pools.write_details(self.sql, self.rng, writer.details, now)
        self._set_counters(counters | {"opportunity_reference": n})
        self.step("details", 1, 1)
        return cat.counts | details | {"opportunities": n}

    def _write_opportunities(self, writer: _Opportunities, search: _Search | None) -> None:
        """Insert batch i, then index it for search (no GIL) while a worker builds i + 1."""
        n = writer.n
        spans = [(start, min(n, start + CHUNK)) for start in range(0, n, CHUNK)]
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-data") as pool:
            batch = writer.build(*spans[0]) if spans else None
            for i, (_start, stop) in enumerate(spans):
                writer.insert(batch)  # the worker is idle: executemany needs the GIL per row
                self.step("opportunities", stop, n)
                job = pool.submit(writer.build, *spans[i + 1]) if i + 1 < len(spans) else None
                if search is not None:
                    search.add_new_rows()
                batch = job.result() if job is not None else None

    def _build_while_generating(
        self, indexes: list[Index], writer: _Opportunities
    ) -> dict[str, list[tuple[Any, ...]]]:
        """Sort the opportunities' indexes (no GIL) while a worker builds the related rows."""
        stop = threading.Event()
        rng = random.Random(self.rng.getrandbits(64))
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-data") as pool:
            job = pool.submit(_related_rows, rng, writer.cat, writer.chunks, stop)
            try:
                self._build(indexes)
            except BaseException:
                stop.set()
                raise
            return job.result()

    def _build(self, indexes: list[Index]) -> None:
        pragma = self.conn.exec_driver_sql
        if indexes:
            threads = pragma("PRAGMA threads").scalar()
            pragma(f"PRAGMA cache_size={-INDEX_CACHE_KIB}")
            pragma(f"PRAGMA threads={INDEX_SORT_THREADS}")
        for index in indexes:
            self.step("indexes", self.built, self.to_build)
            index.create(self.conn)
            self.built += 1
        if indexes:
            self.step("indexes", self.built, self.to_build)
            pragma(f"PRAGMA cache_size={-CACHE_KIB}")
            pragma(f"PRAGMA threads={int(threads or 0)}")

    def _insert_related(self, related: dict[str, list[tuple[Any, ...]]]) -> None:
        tables: tuple[tuple[Table, tuple[str, ...], str], ...] = (
            (table_of(StageChange), STAGE_CHANGE_COLUMNS, "stage_changes"),
            (opportunity_assignees, ("opportunity_id", "user_id"), "assignees"),
            (opportunity_tags, ("opportunity_id", "tag_id"), "tags"),
            (table_of(CustomFieldValue), FIELD_VALUE_COLUMNS, "values"),
        )
        total, done = sum(len(rows) for rows in related.values()), 0
        for table, columns, name in tables:
            rows = related.pop(name)
            for start in range(0, len(rows), 2 * CHUNK):
                self.sql.bulk(table, columns, rows[start : start + 2 * CHUNK])
                done += len(rows[start : start + 2 * CHUNK])
                self.step("related records", done, total)

    def _set_counters(self, values: dict[str, int]) -> None:
        existing = set(self.conn.scalars(select(Counter.name)))
        for name, value in values.items():
            if name in existing:
                self.conn.execute(update(Counter).where(Counter.name == name).values(value=value))
            else:
                self.conn.execute(table_of(Counter).insert().values(name=name, value=value))


def _detach(conn: Connection) -> tuple[list[Index], list[str]]:
    """Drop the opportunities' secondary indexes and search triggers (SQLite only).

    Sorting once at the end beats a million random inserts into each of ~20 indexes. The
    related tables keep theirs: their rows come in ascending opportunity order.
    """
    indexes = sorted(
        (index for index in table_of(Opportunity).indexes if built_on(index.name, "sqlite")),
        key=lambda index: str(index.name),
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


class _Search:
    """Fills the FTS5 search table batch by batch, as its triggers would, then restores them.

    While loading, FTS5 flushes bigger segments (``hashsize``) and does not merge them as it
    goes (``automerge`` off, ``crisismerge`` high): 40 % less work for a million rows, and a
    search over the few dozen segments left measured as fast as over merged ones. The
    settings are put back at the end, so later edits merge as usual.
    """

    def __init__(self, conn: Connection, triggers: list[str]) -> None:
        self.conn, self.triggers, self.after = conn, triggers, 0
        quote, name = conn.dialect.identifier_preparer.quote, SEARCH_OBJECT_PREFIXES[0]
        self.fts, self.config = quote(name), quote(f"{name}_config")
        self.previous = {
            k: conn.exec_driver_sql(f"SELECT v FROM {self.config} WHERE k = ?", (k,)).scalar()
            for k in FTS_LOAD_SETTINGS
        }
        self.tuned = [k for k, v in FTS_LOAD_SETTINGS.items() if self._set(k, v)]

    def _set(self, key: str, value: int) -> bool:
        try:
            self.conn.exec_driver_sql(
                f"INSERT INTO {self.fts}({self.fts}, rank) VALUES (?, ?)", (key, value)
            )
        except OperationalError:  # an SQLite without the option: keep its default
            return False
        return True

    def add_new_rows(self) -> None:
        top = self.conn.exec_driver_sql("SELECT max(rowid) FROM opportunities").scalar() or 0
        self.conn.exec_driver_sql(
            f"INSERT INTO {self.fts}(rowid, search_text) "
            "SELECT rowid, search_text FROM opportunities WHERE rowid > ? AND rowid <= ?",
            (self.after, top),
        )
        self.after = top

    def finish(self) -> None:
        for key in self.tuned:  # back as it was: usually no setting at all (the default)
            previous = self.previous[key]
            self._set(key, int(previous if previous is not None else FTS_DEFAULTS[key]))
            if previous is None:
                self.conn.exec_driver_sql(f"DELETE FROM {self.config} WHERE k = ?", (key,))
        for sql in self.triggers:
            self.conn.exec_driver_sql(sql)


def _related_rows(
    rng: random.Random, cat: Catalog, chunks: list[_Chunk], stop: threading.Event
) -> dict[str, list[tuple[Any, ...]]]:
    """Stage history, assignees (0–2), tags (0–3) and custom values (some) of every chunk.

    Runs in a worker thread: pure Python, no database access, its own ``Random``.
    """
    out: dict[str, list[tuple[Any, ...]]] = {"stage_changes": [], "assignees": []}
    out |= {"tags": [], "values": []}
    ids = _Ids(rng, sum(len(c.ids) for c in chunks), cat.bind_uuid)
    rnd, fields = rng.random, cat.field_sets
    for chunk in chunks:
        if stop.is_set():
            break
        k = len(chunk.ids)
        out["stage_changes"] += zip(ids.take(k), *chunk, strict=True)
        for name, sets, weights in (
            ("assignees", cat.assignee_sets, (55, 35, 10)),
            ("tags", cat.tag_sets, (50, 28, 15, 7)),
        ):
            sizes = rng.choices(range(len(weights)), weights=weights, k=k)
            picked = [
                (o, sets[s][int(rnd() * len(sets[s]))])
                for o, s in zip(chunk.ids, sizes, strict=True)
            ]
            out[name] += [(o, x) for o, combo in picked for x in combo]
        sizes = rng.choices(range(4), weights=(88, 7, 3, 2), k=k)
        combos = [
            (o, fields[s][int(rnd() * len(fields[s]))])
            for o, s in zip(chunk.ids, sizes, strict=True)
        ]
        out["values"] += [(o, *v[int(rnd() * len(v))]) for o, combo in combos for v in combo]
    return out


class _Opportunities:
    """Builds and writes opportunities chunk by chunk, column by column."""

    def __init__(self, loader: _Loader, cat: Catalog, n: int) -> None:
        self.sql, self.rng, self.clock = loader.sql, loader.rng, loader.clock
        self.cat, self.n = cat, n
        self.ids = _Ids(self.rng, n, cat.bind_uuid)
        self.chunks: list[_Chunk] = []
        self.details: list[pools.Detail] = []
        self.pattern = cat.reference_pattern
        folded = fold(self.pattern)
        same = all(
            fold(self.pattern.format(number=i)) == folded.format(number=i) for i in (1, 10**7)
        )
        self.key_pattern = folded if same else None
        self.weights: dict[int, Any] = {}

    def build(self, start: int, stop: int) -> list[tuple[Any, ...]]:
        """The rows of opportunities ``start`` to ``stop``; remembers what follows from them."""
        k = stop - start
        cols: dict[str, Sequence[Any]] = {"id": self.ids.take(k), "version": [1] * k}
        cols |= {"currency": [self.cat.currency] * k, "brief": self.rng.choices(BRIEFS, k=k)}
        parties = self._identity(cols, start, stop)
        statuses, amounts = self._deal(cols, k)
        owners = self._people(cols, k)
        created = self._dates(cols, start, stop, statuses)
        ids, stages, owner_ids = cols["id"], cols["stage_id"], cols["owner_id"]
        self.chunks.append(_Chunk(list(ids), stages, owner_ids, list(cols["created_at"])))
        for i in range(min(k, DETAILED - len(self.details))):
            when, amount = self.clock.moment(created[i]), self.cat.amounts[amounts[i]]
            opp = self.cat.unbind_uuid(ids[i])
            self.details.append(
                pools.Detail(opp, parties[i], owners[i].id, when, amount, statuses[i])
            )
        return list(zip(*(cols[c] for c in OPPORTUNITY_COLUMNS), strict=True))

    def insert(self, rows: list[tuple[Any, ...]] | None) -> None:
        if rows:
            self.sql.bulk(table_of(Opportunity), OPPORTUNITY_COLUMNS, rows)

    def _identity(self, cols: dict[str, Sequence[Any]], start: int, stop: int) -> list[pools.Party]:
        """Reference, name, company and contact, their sort keys and the search text."""
        numbers, rng = range(start + 1, stop + 1), self.rng
        cols["reference"] = [self.pattern.format(number=i) for i in numbers]
        if self.key_pattern is not None:
            keys = [self.key_pattern.format(number=i) for i in numbers]
        else:
            keys = [fold(r) for r in cols["reference"]]
        parties = rng.choices(self.cat.parties, k=len(keys))
        titles = rng.choices(self.cat.titles, k=len(keys))
        names = [  # (name, its folded key): fold works word by word
            (f"{t[0]} – {p.company_name}", f"{t[1]} – {p.company_key}") if r < 0.4 else t
            for t, p, r in zip(titles, parties, (rng.random() for _ in keys), strict=True)
        ]
        cols["name"], cols["name_key"] = zip(*names, strict=True)
        company, contact, company_key, contact_key, tail, *_ = zip(*parties, strict=True)
        cols |= {"company_id": company, "contact_id": contact, "company_key": company_key}
        cols["contact_key"] = contact_key
        cols["search_text"] = [
            f"{r} {n} {t}" for r, n, t in zip(keys, cols["name_key"], tail, strict=True)
        ]
        return parties

    def _deal(self, cols: dict[str, Sequence[Any]], k: int) -> tuple[list[str], list[int]]:
        """Status, pipeline and stage (won deals at the last stage), probability, amounts."""
        rng, cat, rnd = self.rng, self.cat, self.rng.random
        statuses = rng.choices(STATUSES, cum_weights=STATUS_CUM, k=k)
        anywhere = rng.choices(cat.stages, cum_weights=cat.stage_cum, k=k)
        last = rng.choices(cat.last_stages, k=k)
        stages = [w if s == "won" else a for a, w, s in zip(anywhere, last, statuses, strict=True)]
        pipeline, stage, default, pipeline_key, stage_key = zip(*stages, strict=True)
        manual = [r < 0.05 for r in (rnd() for _ in range(k))]
        chance = [5 * int(rnd() * 21) if m else p for p, m in zip(default, manual, strict=True)]
        amounts = rng.choices(range(len(cat.amounts)), k=k)
        cols |= {"status": statuses, "pipeline_id": pipeline, "stage_id": stage}
        cols |= {"pipeline_key": pipeline_key, "stage_key": stage_key, "probability": chance}
        cols["probability_is_manual"] = [cat.bound_true if m else cat.bound_false for m in manual]
        cols["amount"] = [cat.bound_amounts[a] for a in amounts]
        cols["weighted_amount"] = [
            self._weighted(a, p) for a, p in zip(amounts, chance, strict=True)
        ]
        reasons = cat.loss_reasons
        cols["closed_reason"] = [
            reasons[int(rnd() * len(reasons))] if s == "lost" else None for s in statuses
        ]
        return statuses, amounts

    def _weighted(self, amount: int, probability: int) -> Any:
        key = amount * 101 + probability
        if key not in self.weights:
            value = weighted(self.cat.amounts[amount], probability)  # the services' own rule
            self.weights[key] = self.cat.bind_money(value)
        return self.weights[key]

    def _people(self, cols: dict[str, Sequence[Any]], k: int) -> list[pools.Owner]:
        owners = self.rng.choices(self.cat.owners, k=k)
        owner_ids, owner_keys, _ = zip(*owners, strict=True)
        cols |= {"owner_id": owner_ids, "owner_key": owner_keys}
        cols |= {"created_by": owner_ids, "updated_by": owner_ids}
        source_ids, source_keys = zip(*self.rng.choices(self.cat.sources, k=k), strict=True)
        cols |= {"source_id": source_ids, "source_key": source_keys}
        return owners

    def _dates(
        self, cols: dict[str, Sequence[Any]], start: int, stop: int, statuses: list[str]
    ) -> list[int]:
        """Created in reference order over two years, updated since, due around today."""
        rnd, clock, today = self.rng.random, self.clock, self.clock.today
        span = today * 86400
        created = [(i * span) // self.n + int(rnd() * span / self.n) for i in range(start, stop)]
        updated = [
            c if r < 0.3 else c + int((r - 0.3) / 0.7 * (span - c))
            for c, r in zip(created, (rnd() for _ in created), strict=True)
        ]
        cols |= {"created_at": clock.stamps(created), "updated_at": clock.stamps(updated)}
        cols["due_date"] = [
            None if r < 0.04 else clock.days[today - 130 + int(r * 520)]
            for r in (rnd() for _ in created)
        ]
        cols["closed_at"] = [
            None if s == "open" else clock.days[c // 86400 + int(rnd() * (today - c // 86400))]
            for s, c in zip(statuses, created, strict=True)
        ]
        return created

"""One database thread for the whole app; coroutines await service calls on it.

``await runner.call(services.list_opportunities, query)`` runs
``list_opportunities(db, user_id, query)`` on the database thread, with its own unit of
work, and returns its DTOs to the UI thread. No Session or ORM object crosses threads.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Concatenate, ParamSpec, TypeVar

from oppdesk.db import Database

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")


class DbRunner:
    def __init__(self, db: Database, user_id: uuid.UUID) -> None:
        self.db = db
        self.user_id = user_id
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="oppdesk-db")
        # Aggregates that read every matching row (list totals, counts) run here, on their
        # own connection, so they never hold up a page, a sort or a save.
        self._background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="oppdesk-db-bg")
        # Work that waits on the network (sending e-mail): a slow or silent server must not
        # hold up pages and saves queued on the database thread (its thread starts on first use).
        self._network = ThreadPoolExecutor(max_workers=1, thread_name_prefix="oppdesk-net")

    async def call(
        self,
        fn: Callable[Concatenate[Database, uuid.UUID, P], R],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R:
        """Run a service ``fn(db, user_id, *args, **kwargs)`` on the database thread."""
        return await self.run(fn, self.db, self.user_id, *args, **kwargs)

    def submit(
        self,
        fn: Callable[Concatenate[Database, uuid.UUID, P], R],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> asyncio.Future[R]:
        """Like :meth:`call`, but queued on the database thread right now, from plain code
        (a model's ``data()``): the query runs while the view goes on painting, instead of
        waiting for the event loop to start a coroutine. Await the returned future.
        Like ``spawn``, it uses the thread's event loop even between two of its runs."""
        loop = asyncio.get_event_loop()
        call = functools.partial(fn, self.db, self.user_id, *args, **kwargs)
        return loop.run_in_executor(self._executor, call)

    async def call_background(
        self,
        fn: Callable[Concatenate[Database, uuid.UUID, P], R],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R:
        """Like :meth:`call`, on the background thread (read-only aggregates only)."""
        loop = asyncio.get_running_loop()
        call = functools.partial(fn, self.db, self.user_id, *args, **kwargs)
        return await loop.run_in_executor(self._background, call)

    async def call_network(
        self,
        fn: Callable[Concatenate[Database, uuid.UUID, P], R],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R:
        """Like :meth:`call`, on a thread of its own for services that wait on the network
        (SMTP): the database thread goes on serving the list meanwhile."""
        loop = asyncio.get_running_loop()
        call = functools.partial(fn, self.db, self.user_id, *args, **kwargs)
        return await loop.run_in_executor(self._network, call)

    async def run(self, fn: Callable[..., R], *args: object, **kwargs: object) -> R:
        """Run any blocking callable on the database thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(fn, *args, **kwargs))

    def call_sync(
        self,
        fn: Callable[Concatenate[Database, uuid.UUID, P], R],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R:
        """Blocking variant for start-up and tests (never from a slot)."""
        return self._executor.submit(fn, self.db, self.user_id, *args, **kwargs).result()

    def warm_up(self) -> Future[None]:
        """Fetch a one-row page on the database thread now, without waiting for it.

        The first query of a process pays for SQLAlchemy's mapper set-up and for compiling
        the list's statements (~60 ms; both are cached per engine afterwards). Started right
        after sign-in, that work overlaps building the main window instead of delaying the
        list's first page. Best effort: a failure here is the real call's to report.
        """
        from oppdesk.services.opportunity_list import list_opportunities  # noqa: PLC0415

        def run() -> None:
            try:
                list_opportunities(self.db, self.user_id, limit=1)
            except Exception:  # the next real call raises and reports it
                log.debug("warm-up failed", exc_info=True)

        return self._executor.submit(run)

    def as_user(self, user_id: uuid.UUID) -> DbRunner:
        """A runner sharing this database thread but acting as ``user_id``."""
        other = DbRunner.__new__(DbRunner)
        other.db, other.user_id, other._executor = self.db, user_id, self._executor
        other._background, other._network = self._background, self._network
        return other

    def shutdown(self) -> None:
        self._network.shutdown(wait=False, cancel_futures=True)  # a send ends at its timeout
        self._background.shutdown(wait=True, cancel_futures=True)
        self._executor.shutdown(wait=True, cancel_futures=True)

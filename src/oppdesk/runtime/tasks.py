"""Keeping references to the tasks we start, and a latest-wins guard for repeated requests."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)
_running: set[asyncio.Task[Any]] = set()


def spawn(coro: Coroutine[Any, Any, Any], *, name: str | None = None) -> asyncio.Task[Any]:
    """Start ``coro`` and keep it alive until done (asyncio only keeps weak references)."""
    task = asyncio.ensure_future(coro)
    if name:
        task.set_name(name)
    _running.add(task)
    task.add_done_callback(_finished)
    return task


def _finished(task: asyncio.Task[Any]) -> None:
    _running.discard(task)
    if not task.cancelled() and task.exception() is not None:
        loop = asyncio.get_event_loop()
        loop.call_exception_handler(
            {
                "message": f"task {task.get_name()} failed",
                "exception": task.exception(),
                "task": task,
            }
        )


def running_tasks() -> int:
    return len(_running)


async def cancel_all() -> None:
    """At exit: cancel what is still running and wait for it, before the runner stops."""
    pending = [t for t in _running if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.gather(*pending, return_exceptions=True)


class Generation:
    """Latest wins: each request takes a ticket; only the newest ticket's result is used."""

    def __init__(self) -> None:
        self._value = 0

    def next(self) -> int:
        self._value += 1
        return self._value

    @property
    def current(self) -> int:
        return self._value

    def is_current(self, ticket: int) -> bool:
        return ticket == self._value

"""GUI fixtures: a qasync loop that fails the test on any loop error, and an AppContext over
the real test database (SQLite and PostgreSQL, from tests/conftest.py).

qasync callbacks only run while the loop runs: drive everything with ``aio(coro)``, and wait
for something asynchronous with ``aio(wait_until(predicate))`` — never ``time.sleep``.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from oppdesk import services
from oppdesk.db import Database
from oppdesk.runtime.db_runner import DbRunner
from oppdesk.runtime.events import Events
from oppdesk.runtime.tasks import running_tasks
from oppdesk.views.app_context import AppContext
from oppdesk.views.prompter import ScriptedPrompter

T = TypeVar("T")

# The offscreen platform says so whenever a shown top-level window gets a minimum or maximum
# size (every dialog with a layout): a limit of the test platform, not a problem of ours.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


async def wait_until(predicate: Callable[[], object], timeout: float = 5.0) -> None:
    """Let the loop run until ``predicate()`` is true; raise ``TimeoutError`` after ``timeout``."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"condition not met within {timeout} s")
        await asyncio.sleep(0.01)


async def settle(timeout: float = 5.0) -> None:
    """Wait until every task started with ``runtime.tasks.spawn`` has finished: call it before
    a test's widgets go away, so no task resumes on a deleted widget."""
    await wait_until(lambda: running_tasks() == 0, timeout)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """After a test that used the loop, let its spawned tasks finish while its widgets live.

    pytest-qt then processes events, closes and deletes the widgets before fixtures are torn
    down; a task still pending would resume on a deleted widget, outside the running loop.
    """
    try:
        return (yield)
    finally:
        event_loop = getattr(item, "funcargs", {}).get("loop")
        if event_loop is not None and not event_loop.is_closed():
            run_to_completion(event_loop, settle())


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop as the current asyncio loop; any loop error fails the test.

    Closing the last window must not end the loop (a test's only window is often a dialog).
    """
    quit_on_close = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    event_loop = qasync.QEventLoop(qapp)
    errors: list[dict[str, Any]] = []
    event_loop.set_exception_handler(lambda _loop, context: errors.append(context))
    asyncio.set_event_loop(event_loop)
    try:
        yield event_loop
        pending = [t for t in asyncio.all_tasks(event_loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            run_to_completion(event_loop, asyncio.gather(*pending, return_exceptions=True))
        # delete the widgets pytest-qt closed (deleteLater), timers and all, while a loop exists
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        asyncio.set_event_loop(None)
        event_loop.close()
        qapp.setQuitOnLastWindowClosed(quit_on_close)
    if errors:
        details = "\n".join(f"{c.get('message')}: {c.get('exception')!r}" for c in errors)
        pytest.fail(f"errors in the event loop:\n{details}", pytrace=False)


def run_to_completion(loop: asyncio.AbstractEventLoop, coro: Any) -> Any:
    """Like ``loop.run_until_complete`` without qasync's final ``processEvents()``: that
    last pass runs ready callbacks with no running loop set, so a task stepping there
    fails with "no running event loop" — something the app (whose loop runs for its whole
    life) never sees."""
    future = asyncio.ensure_future(coro, loop=loop)
    future.add_done_callback(lambda _f: loop.stop())
    if not future.done():
        loop.run_forever()
    return future.result()


@pytest.fixture
def aio(loop: asyncio.AbstractEventLoop) -> Callable[[Coroutine[Any, Any, T]], T]:
    """``aio(coro)`` runs the loop until ``coro`` is done and returns its result."""

    def run(coro: Coroutine[Any, Any, T] | Awaitable[T]) -> T:
        return run_to_completion(loop, coro)  # type: ignore[no-any-return]

    return run


@pytest.fixture(name="wait_until")
def wait_until_fixture() -> Callable[..., Coroutine[Any, Any, None]]:
    """The :func:`wait_until` coroutine function, for ``aio(wait_until(lambda: ...))``."""
    return wait_until


@pytest.fixture
def app_ctx(
    db: Database, admin_id: uuid.UUID, tmp_path: Path, loop: asyncio.AbstractEventLoop
) -> Iterator[AppContext]:
    """The AppContext the windows receive, signed in as the administrator."""
    runner = DbRunner(db, admin_id)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(
        runner=runner,
        me=services.current_user(db, admin_id),
        settings=settings,
        events=Events(),
        prompter=ScriptedPrompter(),
        location="test",
    )
    yield ctx
    runner.shutdown()

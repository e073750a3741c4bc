"""Anything that is not a user error is a bug: log it and tell the user, never swallow it."""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

log = logging.getLogger("oppdesk")
Reporter = Callable[[str], None]


def install(loop: asyncio.AbstractEventLoop, report: Reporter) -> None:
    """Route uncaught exceptions (Qt slots, tasks, callbacks) to the log and ``report``."""

    def excepthook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("uncaught exception:\n%s", text)
        report(text)

    def loop_handler(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if exc is None:
            log.error("event loop: %s", context.get("message"))
            return
        excepthook(type(exc), exc, exc.__traceback__)

    sys.excepthook = excepthook
    loop.set_exception_handler(loop_handler)

"""The cyclic garbage collector during start-up.

Start-up allocates a few hundred thousand long-lived objects (modules, classes, SQLAlchemy
mappers and compiled statements, Qt wrappers) and almost no cyclic garbage. With the collector
running, every few thousand allocations it walks them again, and the list's first page (a 1M-row
count, the page itself) triggered full collections over all of it: exec → painted list took
0.90 s with the collector running and 0.63 s with it paused (median of 3 each, here).

So the desktop application pauses it from the first import to its first page (:func:`pause`),
then moves everything alive into the permanent generation and resumes it (:func:`settle`).
Later full collections no longer walk the start-up heap: measured here, a heap made bigger by
one large import made the list's first page 70–90 ms slower through the full collections it
triggered; frozen, it no longer does. The price: the little cyclic garbage of start-up is
frozen with the rest and never freed (Python's documentation describes the same trade for
``gc.freeze`` before ``fork``).
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Stop automatic collections until :func:`settle` (explicit ``gc.collect`` still works)."""
    global _paused  # noqa: PLW0603 - one process-wide switch, like the collector itself
    _paused = True
    gc.disable()


def settle() -> None:
    """Freeze what start-up left alive and resume automatic collections. Only the first call
    after :func:`pause` does anything."""
    global _paused  # noqa: PLW0603
    if not _paused:
        return
    _paused = False
    gc.freeze()
    gc.enable()

"""What a bulk action does to the rows it may change: a plan of changes, each one where the
row really changes (a bit of the work table's mask), run one chunk at a time."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import reduce
from operator import add
from typing import Any

from sqlalchemy import ColumnElement, case, literal

from oppdesk.models import Opportunity
from oppdesk.services.bulk_sql import Chunk


@dataclass(frozen=True)
class Change:
    """One field of the opportunity row an action may change. Where a row really changes
    it gets one history row ``(field, old_text, new_text)`` and the columns of ``sets``."""

    field: str
    old_text: Any
    new_text: Any
    differs: ColumnElement[bool]
    sets: Mapping[str, Any]
    then: Callable[[Chunk, int], None] | None = None
    """Extra rows to write for the changed rows (given the chunk and the change's bit)."""


def column_change(
    name: str, new: Any, to_text: Callable[[Any], Any], new_text: Any = None, **extra: Any
) -> Change:
    """``name`` := ``new`` where it differs; history in the text form ``to_text`` gives."""
    column = getattr(Opportunity, name)
    shown = to_text(new) if new_text is None else new_text
    return Change(name, to_text(column), shown, column.is_distinct_from(new), {name: new, **extra})


Links = Callable[[Chunk, int], int]


@dataclass(frozen=True)
class Plan:
    """A checked action: which rows it may touch and what it changes.

    Bit *i* of a row's mask is set where ``changes[i]`` applies; the next bit where
    ``links`` (a predicate on the row) says ``run_links`` will add or remove something."""

    changes: tuple[Change, ...] = ()
    links: ColumnElement[bool] | None = None
    run_links: Links | None = None
    scope: str = "edit"  # "edit" → editable rows; "delete" → deletable rows
    stamp: bool = True
    """False: the opportunity rows stay as they are (tasks); changed = what run_links says."""

    @property
    def links_bit(self) -> int:
        return 1 << len(self.changes)

    def mask(self) -> ColumnElement[Any]:
        parts: list[Any] = [case((c.differs, 1 << i), else_=0) for i, c in enumerate(self.changes)]
        if self.links is not None:
            parts.append(case((self.links, self.links_bit), else_=0))
        return reduce(add, parts) if parts else literal(0)

    def values(self, mask: int) -> dict[str, Any]:
        """The columns to set on rows whose mask is ``mask`` (only those that change)."""
        out: dict[str, Any] = {}
        for i, c in enumerate(self.changes):
            if mask & (1 << i):
                out.update(c.sets)
        return out

    def run(self, chunk: Chunk) -> int:
        for i, c in enumerate(self.changes):
            chunk.log(c.field, c.old_text, c.new_text, chunk.in_chunk(bit=1 << i))
            if c.then is not None:
                c.then(chunk, 1 << i)
        count = self.run_links(chunk, self.links_bit) if self.run_links is not None else 0
        if not self.stamp:
            return count
        return sum(chunk.stamp(m, self.values(m)) for m in chunk.masks())

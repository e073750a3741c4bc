"""Durations as people write them: time entries in ``h:mm``, time spent in a stage as
"3 d 4 h"."""

from __future__ import annotations

import re
from datetime import timedelta

from PySide6.QtCore import QCoreApplication

_CLOCK = re.compile(r"^(\d{1,2})\s*[:hH]\s*(\d{1,2})?\s*(?:min|m)?$")
_HOURS = re.compile(r"^(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:h|H)?$")
_MINUTES = re.compile(r"^(\d{1,4})\s*(?:min|m)$")


def format_minutes(minutes: int) -> str:
    """``90`` → ``1:30`` (hours may exceed 24 for totals)."""
    hours, rest = divmod(max(0, int(minutes)), 60)
    return f"{hours}:{rest:02d}"


def parse_duration(text: str) -> int | None:
    """Minutes from ``1:30``, ``1h30``, ``1 h``, ``1,5`` (hours) or ``45 min``; else None."""
    value = text.strip()
    if not value:
        return None
    if match := _CLOCK.match(value):
        hours, minutes = int(match.group(1)), int(match.group(2) or 0)
        return hours * 60 + minutes if minutes < 60 else None
    if match := _MINUTES.match(value):
        return int(match.group(1))
    if match := _HOURS.match(value):
        return round(float(match.group(1).replace(",", ".")) * 60)
    return None


def humanize_duration(delta: timedelta | None) -> str:
    """``3 d 4 h``, ``5 h 20 min``, ``12 min``, ``< 1 min`` — the two largest units."""
    if delta is None:
        return ""
    minutes = int(max(delta, timedelta(0)).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        text = (
            QCoreApplication.translate("Durations", "%1 d %2 h")
            if hours
            else QCoreApplication.translate("Durations", "%1 d")
        )
        return text.replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        text = (
            QCoreApplication.translate("Durations", "%1 h %2 min")
            if minutes
            else QCoreApplication.translate("Durations", "%1 h")
        )
        return text.replace("%1", str(hours)).replace("%2", str(minutes))
    if minutes:
        return QCoreApplication.translate("Durations", "%1 min").replace("%1", str(minutes))
    return QCoreApplication.translate("Durations", "< 1 min")

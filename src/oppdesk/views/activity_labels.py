"""Words and colours for the activity history: kinds, email states, badges, summary lines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from oppdesk.services import ActivityInfo
from oppdesk.views.badge_delegate import Badge
from oppdesk.views.durations import humanize_duration
from oppdesk.views.formatting import format_datetime

KINDS = ("comment", "email", "call", "task", "event")
KIND_COLORS = {
    "comment": "#7E57C2",
    "email": "#1E88E5",
    "call": "#43A047",
    "task": "#FB8C00",
    "event": "#00897B",
}


def kind_label(kind: str) -> str:
    return {
        "comment": QCoreApplication.translate("ActivityLabels", "Comment"),
        "email": QCoreApplication.translate("ActivityLabels", "Email"),
        "call": QCoreApplication.translate("ActivityLabels", "Call"),
        "task": QCoreApplication.translate("ActivityLabels", "Task"),
        "event": QCoreApplication.translate("ActivityLabels", "Event"),
    }.get(kind, kind)


def kind_filter_labels() -> list[tuple[str, str | None]]:
    """The history filter's entries: (label, kind or None for all)."""
    return [
        (QCoreApplication.translate("ActivityLabels", "All activities"), None),
        (QCoreApplication.translate("ActivityLabels", "Comments"), "comment"),
        (QCoreApplication.translate("ActivityLabels", "Emails"), "email"),
        (QCoreApplication.translate("ActivityLabels", "Calls"), "call"),
        (QCoreApplication.translate("ActivityLabels", "Tasks"), "task"),
        (QCoreApplication.translate("ActivityLabels", "Events"), "event"),
    ]


def email_state_label(state: str | None) -> str:
    return {
        "draft": QCoreApplication.translate("ActivityLabels", "Draft"),
        "to_send": QCoreApplication.translate("ActivityLabels", "To send"),
        "sent": QCoreApplication.translate("ActivityLabels", "Sent"),
        "failed": QCoreApplication.translate("ActivityLabels", "Failed"),
    }.get(state or "", state or "")


def direction_label(direction: str | None) -> str:
    return {
        "in": QCoreApplication.translate("ActivityLabels", "Incoming call"),
        "out": QCoreApplication.translate("ActivityLabels", "Outgoing call"),
    }.get(direction or "", "")


def is_late(info: ActivityInfo, now: datetime | None = None) -> bool:
    """An open task whose due time has passed."""
    if info.kind != "task" or info.task_done or info.task_due_at is None:
        return False
    return info.task_due_at < (now or datetime.now(UTC))


def badge(info: ActivityInfo, now: datetime | None = None) -> Badge | None:
    if info.kind == "email":
        colors = {
            "draft": ("#ECEFF1", "#455A64"),
            "to_send": ("#FFF3E0", "#E65100"),
            "sent": ("#E8F5E9", "#2E7D32"),
            "failed": ("#FFEBEE", "#C62828"),
        }
        background, foreground = colors.get(info.email_state or "", ("#ECEFF1", "#455A64"))
        return Badge(email_state_label(info.email_state), background, foreground)
    if info.kind == "task":
        if info.task_done:
            return Badge(QCoreApplication.translate("ActivityLabels", "Done"), "#E8F5E9", "#2E7D32")
        if is_late(info, now):
            return Badge(QCoreApplication.translate("ActivityLabels", "Late"), "#FFEBEE", "#C62828")
        return Badge(QCoreApplication.translate("ActivityLabels", "To do"), "#E3F2FD", "#1565C0")
    upcoming = info.event_end is not None and info.event_end >= (now or datetime.now(UTC))
    if info.kind == "event" and upcoming:
        return Badge(QCoreApplication.translate("ActivityLabels", "Upcoming"), "#E0F2F1", "#00695C")
    return None


def headline(info: ActivityInfo) -> str:
    """The bold line under the author: subject, title, or the call's direction."""
    if info.kind == "call":
        return direction_label(info.call_direction)
    if info.kind == "email":
        return info.subject or QCoreApplication.translate("ActivityLabels", "(no subject)")
    return info.subject


def meta_line(info: ActivityInfo) -> str:
    """The grey line: recipients, due date and assignee, call details, event times."""
    if info.kind == "email":
        parts = [
            QCoreApplication.translate("ActivityLabels", "To: %1").replace(
                "%1", ", ".join(info.email_to or ())
            )
        ]
        if info.email_cc:
            parts.append(
                QCoreApplication.translate("ActivityLabels", "Cc: %1").replace(
                    "%1", ", ".join(info.email_cc)
                )
            )
        return "  ·  ".join(parts)
    if info.kind == "task":
        parts = [
            QCoreApplication.translate("ActivityLabels", "Due %1").replace(
                "%1", format_datetime(info.task_due_at)
            )
        ]
        if info.task_assignee is not None:
            parts.append(
                QCoreApplication.translate("ActivityLabels", "Assigned to %1").replace(
                    "%1", info.task_assignee.name
                )
            )
        return "  ·  ".join(parts)
    if info.kind == "call":
        seconds = info.call_duration_seconds or 0
        parts = [humanize_duration(timedelta(seconds=seconds))]
        if info.call_outcome:
            parts.append(info.call_outcome)
        return "  ·  ".join(parts)
    if info.kind == "event":
        return _event_line(info)
    return ""


def _event_line(info: ActivityInfo) -> str:
    start, end = info.event_start, info.event_end
    when = format_datetime(start)
    if start and end:
        same_day = start.astimezone().date() == end.astimezone().date()
        local_end = end.astimezone()
        clock = QLocale().toString(
            QTime(local_end.hour, local_end.minute), QLocale.FormatType.ShortFormat
        )
        end_text = clock if same_day else format_datetime(end)
        when = f"{when} – {end_text}"
    parts = [when]
    if info.event_location:
        parts.append(info.event_location)
    if info.event_attendees:
        parts.append(", ".join(info.event_attendees))
    return "  ·  ".join(parts)


def summary(info: ActivityInfo) -> str:
    """One plain-text line for accessibility and the item's display role."""
    head = headline(info)
    body = " ".join(info.body.split())
    parts = [kind_label(info.kind), info.author.name, head, body]
    return " — ".join(p for p in parts if p)

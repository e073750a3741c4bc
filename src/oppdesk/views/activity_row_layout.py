"""Where each part of an activity card goes (shared by painting, sizing and hit-testing)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics

from oppdesk.services import ActivityInfo
from oppdesk.views.activity_labels import badge, headline

TOGGLE_DONE, SEND, RETRY, EXPORT_ICS, DELETE = (
    "toggle_done",
    "send",
    "retry",
    "export_ics",
    "delete",
)
PAD, MARGIN, AVATAR, GAP, BUTTON_H, LINE_GAP, CHECK = 12, 4, 34, 12, 24, 3, 16
BODY_LINES = {"comment": 5}
DEFAULT_BODY_LINES = 2


@dataclass
class Layout:
    card: QRect
    avatar: QRect
    header: QRect
    badge: QRect | None = None
    buttons: dict[str, QRect] = field(default_factory=dict)
    checkbox: QRect | None = None
    title: QRect | None = None
    body: list[tuple[QRect, str]] = field(default_factory=list)
    meta: QRect | None = None
    error: QRect | None = None

    def bottom(self) -> int:
        rects = [self.avatar, self.header, self.title, self.meta, self.error]
        rects += [rect for rect, _ in self.body]
        return max(rect.bottom() for rect in rects if rect is not None)


def fonts(base: QFont) -> tuple[QFont, QFont]:
    """The card's bold and small variants of ``base``."""
    bold = QFont(base)
    bold.setBold(True)
    small = QFont(base)
    small.setPointSizeF(max(base.pointSizeF() - 1, 7))
    return bold, small


def body_lines(info: ActivityInfo) -> list[str]:
    """The text's first lines (five for a comment, two otherwise), the rest joined."""
    lines = [line.strip() for line in info.body.splitlines() if line.strip()]
    limit = BODY_LINES.get(info.kind, DEFAULT_BODY_LINES)
    if len(lines) > limit:
        lines = [*lines[: limit - 1], " ".join(lines[limit - 1 :])]
    return lines


def _place_buttons(
    out: Layout,
    inner: QRect,
    small: QFontMetrics,
    buttons: list[tuple[str, str]],
    info: ActivityInfo,
) -> int:
    """Buttons then the badge, from the right; returns where the header text must end."""
    right = inner.right()
    for action, text in reversed(buttons):
        width = BUTTON_H if not text else small.horizontalAdvance(text) + 36
        out.buttons[action] = QRect(right - width + 1, inner.top(), width, BUTTON_H)
        right -= width + 6
    state = badge(info)
    if state is not None:
        width = small.horizontalAdvance(state.text) + 18
        out.badge = QRect(right - width + 1, inner.top() + (BUTTON_H - 20) // 2, width, 20)
        right -= width + 8
    return right


def compute_layout(
    rect: QRect, info: ActivityInfo, font: QFont, buttons: list[tuple[str, str]]
) -> Layout:
    """The card for ``info`` in ``rect``; ``buttons`` are (action, text) pairs, text "" for
    an icon-only button."""
    bold, small = fonts(font)
    fm, fm_bold, fm_small = QFontMetrics(font), QFontMetrics(bold), QFontMetrics(small)
    card = rect.adjusted(MARGIN * 2, MARGIN, -MARGIN * 2, -MARGIN)
    inner = card.adjusted(PAD, PAD, -PAD, -PAD)
    avatar = QRect(inner.left(), inner.top(), AVATAR, AVATAR)
    left = avatar.right() + GAP
    header_h = max(BUTTON_H, fm_bold.height())
    out = Layout(card, avatar, QRect())
    right = _place_buttons(out, inner, fm_small, buttons, info)
    out.header = QRect(left, inner.top(), max(right - left, 10), header_h)
    y = inner.top() + header_h + LINE_GAP
    width = inner.right() - left
    if headline(info) or info.kind == "task":
        title_left = left
        if info.kind == "task":
            out.checkbox = QRect(left, y + (fm_bold.height() - CHECK) // 2, CHECK, CHECK)
            title_left += CHECK + 8
        out.title = QRect(title_left, y, inner.right() - title_left, fm_bold.height())
        y += fm_bold.height() + LINE_GAP
    for line in body_lines(info):
        out.body.append((QRect(left, y, width, fm.height()), line))
        y += fm.height()
    if info.kind != "comment":
        out.meta = QRect(left, y + LINE_GAP, width, fm_small.height())
        y += LINE_GAP + fm_small.height()
    if info.kind == "email" and info.email_state == "failed" and info.email_error:
        out.error = QRect(left, y + LINE_GAP, width, fm_small.height())
    return out

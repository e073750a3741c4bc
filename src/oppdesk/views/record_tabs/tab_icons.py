"""Icons the record tabs need beyond ``resources/icons``: activity kinds, editor tools, links.

Original drawings in the house style of ``resources/icons/README.md`` (24 × 24, 2 px outline,
``#37474F``), rendered through :func:`oppdesk.views.icons.render_svg`. ``tab_icon`` falls back
to the shared set, so callers can ask for either by name.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon, QPixmap

from oppdesk.views.icons import ICON_COLOR, ICON_SIZES, icon, render_svg

_PATHS: dict[str, str] = {
    "comment": '<path d="M4 5.5h16v10.5H10l-6 4z"/><path d="M8 9.5h8M8 12.5h5"/>',
    "email": '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3.5 6.5L12 13l8.5-6.5"/>',
    "call": (
        '<path d="M6.5 3.5h3l1.5 4.5-2 1.5c1 2.5 3 4.5 5.5 5.5l1.5-2 4.5 1.5v3'
        'c0 1-1 2-2 2C11 19.5 4.5 13 4.5 5.5c0-1 1-2 2-2z"/>'
    ),
    "task": '<rect x="4" y="4" width="16" height="16" rx="3"/><path d="M8 12.5l3 3 5-6.5"/>',
    "event": (
        '<rect x="3.5" y="5" width="17" height="15" rx="2"/>'
        '<path d="M3.5 10h17M8 3v4M16 3v4M8 14h2M14 14h2"/>'
    ),
    "send": '<path d="M21 3L10.5 13.5M21 3l-6.5 18-4-7.5L3 9.5z"/>',
    "download": '<path d="M12 4v11M7 10.5l5 5 5-5M5 20h14"/>',
    "upload": '<path d="M12 16V5M7 9.5l5-5 5 5M5 20h14"/>',
    "link": (
        '<path d="M10 14a4 4 0 0 0 5.5 0l3-3a4 4 0 0 0-5.5-5.5l-1 1"/>'
        '<path d="M14 10a4 4 0 0 0-5.5 0l-3 3a4 4 0 0 0 5.5 5.5l1-1"/>'
    ),
    "unlink": (
        '<path d="M15.5 13.5l3-3a4 4 0 0 0-5.5-5.5l-1.5 1.5M8.5 10.5l-3 3a4 4 0 0 0 5.5 5.5'
        'l1.5-1.5M4 4l16 16"/>'
    ),
    "view": (
        '<path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z"/>'
        '<circle cx="12" cy="12" r="3"/>'
    ),
    "file": '<path d="M6 3h8l4 4v14H6z"/><path d="M14 3v4h4M9 12h6M9 16h6"/>',
    "bold": '<path d="M7 4h6a4 4 0 0 1 0 8H7zM7 12h7a4 4 0 0 1 0 8H7z"/>',
    "italic": '<path d="M10 4h8M6 20h8M14.5 4l-5 16"/>',
    "underline": '<path d="M7 4v7a5 5 0 0 0 10 0V4M5 20h14"/>',
    "bullets": (
        '<path d="M9 6h11M9 12h11M9 18h11"/><circle cx="4.5" cy="6" r="1"/>'
        '<circle cx="4.5" cy="12" r="1"/><circle cx="4.5" cy="18" r="1"/>'
    ),
    "numbers": '<path d="M10 6h10M10 12h10M10 18h10M4 4.5h1.5V8.5M3.5 14h3L3.5 18.5h3"/>',
    "table": (
        '<rect x="3" y="4" width="18" height="16" rx="1.5"/>'
        '<path d="M3 9.5h18M3 15h18M9 4v16M15 4v16"/>'
    ),
    "image": (
        '<rect x="3" y="4" width="18" height="16" rx="2"/><circle cx="9" cy="9.5" r="1.8"/>'
        '<path d="M3.5 18l5.5-5.5 4 4 3-3 4.5 4.5"/>'
    ),
    "page_break": '<path d="M6 3v6h12V3M6 21v-6h12v6M3 12h2M8 12h2.5M13.5 12H16M19 12h2"/>',
}


def _svg(name: str, color: str) -> bytes:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">'
        f'<g fill="none" stroke="{color}" stroke-width="2" stroke-linecap="round" '
        f'stroke-linejoin="round">{_PATHS[name]}</g></svg>'
    ).encode()


@cache
def _cached(name: str, color: str) -> QIcon:
    result = QIcon()
    for size in ICON_SIZES:
        result.addPixmap(QPixmap.fromImage(render_svg(_svg(name, color), size)))
    return result


def tab_icon(name: str, color: str | None = None) -> QIcon:
    """The tab icon ``name`` (or the shared icon of that name), optionally in ``color``."""
    if name not in _PATHS:
        return icon(name, color)
    wanted = QColor(color).name().upper() if color else ICON_COLOR
    return QIcon(_cached(name, wanted))


def tab_icon_names() -> list[str]:
    return sorted(_PATHS)

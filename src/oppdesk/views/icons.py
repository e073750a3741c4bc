"""Application icons: the SVG files in ``oppdesk/resources/icons`` as ``QIcon`` objects.

The SVGs are read through :mod:`importlib.resources` (so this works from a source tree, a wheel
and the PyInstaller bundle alike, without ``sys._MEIPASS``) and rendered with ``QSvgRenderer``
into one pixmap per common size, device-pixel-ratio variants included. A pixmap set, rather
than a Python ``QIconEngine``, keeps painting entirely in C++ and lets ``QIcon`` derive the
disabled/selected looks itself.

Call these functions once a ``QGuiApplication`` exists (pixmaps need one).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_COLOR = "#37474F"
"""The stroke colour every action icon is drawn with; ``icon(name, color=...)`` replaces it."""

APP_ICON_NAME = "oppdesk"
ICON_SIZES = (16, 20, 24, 32, 40, 48, 64)
"""Up to 32 px (the largest icon the views draw) at twice the pixel ratio. 96 and 128 px
were once rendered too: they cost two thirds of the rendering time at start-up for sizes
nothing drew."""
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _icons_dir() -> Traversable:
    return files("oppdesk.resources") / "icons"


def icon_names() -> list[str]:
    """Names of the action/section icons (every ``*.svg`` except the application logo)."""
    return sorted(
        entry.name.removesuffix(".svg")
        for entry in _icons_dir().iterdir()
        if entry.name.endswith(".svg") and entry.name != f"{APP_ICON_NAME}.svg"
    )


def svg_data(name: str) -> bytes:
    """The SVG source of icon ``name``; ``KeyError`` for an unknown name."""
    entry = _icons_dir() / f"{name}.svg"
    if not entry.is_file():
        raise KeyError(f"no icon named {name!r}")
    return entry.read_bytes()


def render_svg(data: bytes, size: int) -> QImage:
    """Render SVG ``data`` into a transparent ``size`` × ``size`` image (aspect ratio kept)."""
    return _render(_renderer(data), size)


def _renderer(data: bytes) -> QSvgRenderer:
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise ValueError("invalid SVG data")
    return renderer


def _render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    view = renderer.viewBoxF()
    scale = size / max(view.width(), view.height())
    width, height = view.width() * scale, view.height() * scale
    target = QRectF((size - width) / 2, (size - height) / 2, width, height)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, target)
    finally:
        painter.end()
    return image


def _icon_from_svg(data: bytes, sizes: tuple[int, ...]) -> QIcon:
    renderer = _renderer(data)  # parsed once for every size
    result = QIcon()
    for size in sizes:
        result.addPixmap(QPixmap.fromImage(_render(renderer, size)))
    return result


@cache
def _cached_icon(name: str, color: str) -> QIcon:
    data = svg_data(name)
    if color != ICON_COLOR:
        data = data.replace(ICON_COLOR.encode(), color.encode())
    return _icon_from_svg(data, ICON_SIZES)


def icon(name: str, color: str | None = None) -> QIcon:
    """The icon called ``name`` (e.g. ``"add"``), optionally redrawn in another ``color``.

    Rendered once per (name, colour) and cached; each call returns a cheap implicitly shared
    copy, so a caller that modifies its QIcon cannot spoil the cache.
    """
    if color is None:
        wanted = ICON_COLOR
    else:
        qcolor = QColor(color)
        if not qcolor.isValid():
            raise ValueError(f"invalid colour {color!r}")
        wanted = qcolor.name().upper()
    return QIcon(_cached_icon(name, wanted))


@cache
def _cached_app_icon() -> QIcon:
    return _icon_from_svg(svg_data(APP_ICON_NAME), APP_ICON_SIZES)


def app_icon() -> QIcon:
    """The application logo in sizes from 16 to 512 px (window icon, taskbar, about box)."""
    return QIcon(_cached_app_icon())

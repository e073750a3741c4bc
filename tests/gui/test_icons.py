"""The SVG icon set, the application icon and the generated .png/.ico/.icns files."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from importlib.resources import files

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QApplication

from oppdesk.views.icons import ICON_COLOR, app_icon, icon, icon_names, render_svg, svg_data

ICONS_DIR = files("oppdesk.resources") / "icons"
REQUIRED = [
    *("add", "opportunity", "company", "contact", "search", "filter", "columns", "more"),
    *("open", "edit", "duplicate", "delete", "save", "share", "tag", "activity", "pipeline"),
    *("info", "documents", "fields", "redactor", "files", "time", "settings", "users"),
    *("refresh", "undo", "warning", "check"),
]
SVG_NS = "{http://www.w3.org/2000/svg}"


def opaque_pixels(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 0
    )


def test_the_required_icons_exist() -> None:
    assert set(REQUIRED) <= set(icon_names())
    assert "oppdesk" not in icon_names()


@pytest.mark.parametrize("name", REQUIRED)
def test_icon_svg_follows_the_house_style(name: str) -> None:
    root = ET.fromstring(svg_data(name))
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 24 24"
    text = svg_data(name).decode()
    assert "currentColor" not in text
    assert ICON_COLOR in text


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("name", REQUIRED)
def test_icon_loads_and_renders(name: str) -> None:
    result = icon(name)
    assert isinstance(result, QIcon)
    assert not result.isNull()
    pixmap = result.pixmap(QSize(24, 24))
    assert not pixmap.isNull()
    assert pixmap.size() == QSize(24, 24)
    assert opaque_pixels(pixmap.toImage()) > 10


@pytest.mark.usefixtures("qapp")
def test_icons_are_cached_but_callers_get_their_own_copy() -> None:
    first = icon("add")
    first.addPixmap(QPixmap.fromImage(render_svg(svg_data("delete"), 200)))  # a caller's own change
    second = icon("add")
    assert first is not second
    assert first.cacheKey() != second.cacheKey()
    assert QSize(200, 200) not in second.availableSizes()


@pytest.mark.usefixtures("qapp")
def test_icon_recoloured() -> None:
    image = icon("check", color="#ff0000").pixmap(QSize(48, 48)).toImage()
    colours = {
        image.pixelColor(x, y).name()
        for y in range(48)
        for x in range(48)
        if image.pixelColor(x, y).alpha() == 255
    }
    assert colours == {"#ff0000"}
    with pytest.raises(ValueError, match="invalid colour"):
        icon("check", color="not-a-colour")


def test_unknown_icon_name() -> None:
    with pytest.raises(KeyError, match="no icon named"):
        icon("no-such-icon")


@pytest.mark.usefixtures("qapp")
def test_app_icon_has_many_sizes() -> None:
    result = app_icon()
    assert not result.isNull()
    sizes = {size.width() for size in result.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert opaque_pixels(result.pixmap(QSize(64, 64)).toImage()) > 64 * 64 // 2


@pytest.mark.usefixtures("qapp")
def test_icons_render_on_a_high_dpi_screen(qapp: QApplication) -> None:
    pixmap = icon("settings").pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.width() == 48


def _png_ok(data: bytes, size: int) -> None:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage.fromData(data, "PNG")
    assert (image.width(), image.height()) == (size, size)
    assert opaque_pixels(image) > 0


@pytest.mark.usefixtures("qapp")
def test_generated_png() -> None:
    _png_ok((ICONS_DIR / "oppdesk.png").read_bytes(), 256)


@pytest.mark.usefixtures("qapp")
def test_generated_ico_is_valid() -> None:
    data = (ICONS_DIR / "oppdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, height, _colors, _res, planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        size = width or 256
        assert (width, planes, bpp) == (height, 1, 32)
        assert offset + length <= len(data)
        _png_ok(data[offset : offset + length], size)
        sizes.add(size)
    assert {16, 32, 48, 256} <= sizes


@pytest.mark.usefixtures("qapp")
def test_generated_icns_is_valid() -> None:
    data = (ICONS_DIR / "oppdesk.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    expected = {b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024, b"icp4": 16}
    found = {}
    position = 8
    while position < len(data):
        kind = data[position : position + 4]
        length = struct.unpack_from(">I", data, position + 4)[0]
        found[kind] = data[position + 8 : position + length]
        position += length
    assert position == len(data)
    for kind, size in expected.items():
        _png_ok(found[kind], size)


def test_generated_files_are_up_to_date_with_the_svg() -> None:
    """The 256 px PNG must be what make_app_icons.py renders today from oppdesk.svg, give
    or take anti-aliasing rounding, which moves between Qt patch releases (seen with 6.11.3:
    16 pixels one level apart)."""
    image = render_svg(svg_data("oppdesk"), 256).convertToFormat(QImage.Format.Format_ARGB32)
    stored = QImage.fromData((ICONS_DIR / "oppdesk.png").read_bytes(), "PNG").convertToFormat(
        QImage.Format.Format_ARGB32
    )
    assert stored.size() == image.size()
    worst = (
        max(
            abs((stored.pixel(x, y) >> shift & 0xFF) - (image.pixel(x, y) >> shift & 0xFF))
            for y in range(image.height())
            for x in range(image.width())
            if stored.pixel(x, y) != image.pixel(x, y)
            for shift in (0, 8, 16, 24)
        )
        if stored != image
        else 0
    )
    assert worst <= 2, "oppdesk.svg changed: run python scripts/make_app_icons.py"


def test_logo_uses_an_accent_colour() -> None:
    text = svg_data("oppdesk").decode()
    assert ICON_COLOR not in text
    assert QColor("#1E88E5").name().upper() in text.upper()

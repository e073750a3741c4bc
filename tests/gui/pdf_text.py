"""Just enough PDF reading to find the text Qt's PDF writer drew (no poppler here).

Qt embeds subset fonts with a ToUnicode CMap and draws glyph ids with ``<hex> Tj``: inflate
the streams, read the CMaps, map each drawn glyph back to its character.
"""

from __future__ import annotations

import re
import zlib

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.DOTALL)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def _stream(body: bytes) -> bytes:
    found = _STREAM.search(body)
    if found is None:
        return b""
    raw = found.group(1)
    return zlib.decompress(raw) if b"/FlateDecode" in body else raw


def _cmap(text: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.DOTALL):
        for start, end, target in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", section
        ):
            first, last = int(start, 16), int(end, 16)
            if target.startswith(b"["):
                for offset, code in enumerate(_HEX.findall(target)):
                    mapping[first + offset] = bytes.fromhex(code.decode()).decode("utf-16-be")
            else:
                base = int(target[1:-1], 16)
                for offset in range(last - first + 1):
                    mapping[first + offset] = chr(base + offset)
    for section in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.DOTALL):
        for source, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", section):
            mapping[int(source, 16)] = bytes.fromhex(target.decode()).decode("utf-16-be")
    return mapping


def pdf_text(data: bytes) -> str:
    """The characters drawn in the PDF, in drawing order (word spacing is not recovered)."""
    objects = {int(number): body for number, body in _OBJECT.findall(data)}
    cmaps = {
        number: _cmap(_stream(objects[int(ref.group(1))]))
        for number, body in objects.items()
        if (ref := re.search(rb"/ToUnicode (\d+) 0 R", body))
    }
    fonts: dict[bytes, int] = {}
    for body in objects.values():
        for table in re.findall(rb"/Font\s*<<(.*?)>>", body, re.DOTALL):
            fonts.update(
                {name: int(ref) for name, ref in re.findall(rb"/(\w+)\s+(\d+) 0 R", table)}
            )
    out: list[str] = []
    for body in objects.values():
        content = _stream(body)
        if b"BT" not in content or b"Tj" not in content:
            continue
        current: dict[int, str] = {}
        for font, glyphs in re.findall(rb"/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>\s*Tj", content):
            if font:
                current = cmaps.get(fonts.get(font, -1), {})
            else:
                codes = glyphs.decode()
                out += [current.get(int(codes[i : i + 4], 16), "") for i in range(0, len(codes), 4)]
    return "".join(out)

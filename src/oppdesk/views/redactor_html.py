"""Redactor HTML between the database and Qt's rich-text editor, and out to PDF.

Qt's HTML import keeps no ``class`` or ``data-*`` attribute: the service's merge fields,
``<span class="merge-field" data-field="opportunity.name">…</span>``, would come back from
``QTextEdit.toHtml()`` as bare text and "Refresh merge fields" would find nothing to refresh.
Anchors survive, so the editor holds each field as ``<a href="oppdesk-merge:FIELD">``
(highlighted, not underlined), and saving turns those anchors back into the service's spans.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QColor,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFragment,
)

MERGE_SCHEME = "oppdesk-merge:"
HIGHLIGHT = "#FFF3C4"
EMPTY = "\u200b"  # zero-width space: keeps an empty merge field alive in the editor
_SPAN = re.compile(r'<span class="merge-field" data-field="([a-z_.]+)">([^<]*)</span>')
_ANCHOR = re.compile(rf'<a href="{MERGE_SCHEME}([a-z_.]+)">(.*?)</a>', re.DOTALL)
_STYLED = re.compile(r'^<span style="([^"]*)">')
_TAG = re.compile(r"<[^>]*>")


def to_editor_html(body_html: str) -> str:
    """Stored HTML → HTML for ``QTextEdit.setHtml`` (merge fields as anchors; an empty one
    holds a zero-width space, or Qt would drop it)."""
    return _SPAN.sub(lambda m: f'<a href="{MERGE_SCHEME}{m[1]}">{m[2] or EMPTY}</a>', body_html)


def merge_field_of(fmt: QTextCharFormat) -> str | None:
    href = fmt.anchorHref() if fmt.isAnchor() else ""
    return href.removeprefix(MERGE_SCHEME) if href.startswith(MERGE_SCHEME) else None


def _fragments(document: QTextDocument) -> list[QTextFragment]:
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                found.append(fragment)
            it += 1
        block = block.next()
    return found


def _restyle(document: QTextDocument, change: Callable[[QTextCharFormat], None]) -> None:
    for fragment in _fragments(document):
        fmt = fragment.charFormat()
        if merge_field_of(fmt) is None:
            continue
        change(fmt)
        cursor = QTextCursor(document)
        cursor.setPosition(fragment.position())
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)


def highlight_merge_fields(document: QTextDocument) -> None:
    """Show merge fields as tinted text instead of the links Qt makes of anchors."""

    def change(fmt: QTextCharFormat) -> None:
        fmt.clearForeground()
        fmt.clearProperty(QTextFormat.Property.TextUnderlineStyle)
        fmt.clearProperty(QTextFormat.Property.FontUnderline)
        fmt.setBackground(QColor(HIGHLIGHT))

    _restyle(document, change)


def plain_format(fmt: QTextCharFormat) -> QTextCharFormat:
    """``fmt`` without the merge field (what text typed right after a field should get)."""
    plain = QTextCharFormat(fmt)
    plain.setAnchor(False)
    plain.clearProperty(QTextFormat.Property.AnchorHref)
    if plain.background().color() == QColor(HIGHLIGHT):
        plain.clearBackground()
    return plain


def _merge_span(field: str, inners: list[str]) -> str:
    text = "".join(_TAG.sub("", inner) for inner in inners).replace(EMPTY, "")
    span = f'<span class="merge-field" data-field="{field}">{text}</span>'
    styled = _STYLED.match(inners[0])
    style = styled.group(1).strip() if styled else ""
    return f'<span style="{style}">{span}</span>' if style else span


def _restore_spans(html: str) -> str:
    """Adjacent anchors of one field (Qt splits a partly formatted run) become one span."""
    matches = list(_ANCHOR.finditer(html))
    out, position, i = [], 0, 0
    while i < len(matches):
        first = matches[i]
        inners, end, i = [first[2]], first.end(), i + 1
        while i < len(matches) and matches[i].start() == end and matches[i][1] == first[1]:
            inners.append(matches[i][2])
            end = matches[i].end()
            i += 1
        out += [html[position : first.start()], _merge_span(first[1], inners)]
        position = end
    out.append(html[position:])
    return "".join(out)


def from_editor_document(document: QTextDocument) -> str:
    """The editor's document → HTML to store (merge fields as the service's spans)."""
    copy = document.clone()

    def change(fmt: QTextCharFormat) -> None:
        if fmt.background().color() == QColor(HIGHLIGHT):
            fmt.clearBackground()

    _restyle(copy, change)
    html = copy.toHtml()
    copy.deleteLater()
    return _restore_spans(html)


def render_pdf(body_html: str, path: str, title: str) -> None:
    """Print ``body_html`` to an A4 PDF at ``path`` (2 cm margins), with Qt."""
    document = QTextDocument()
    document.setHtml(body_html)
    final = Path(path)
    partial = final.with_name(f".{final.name}.partial")  # renamed once complete
    writer = QPdfWriter(str(partial))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("oppdesk")
    document.print_(writer)
    del writer  # finishes the file
    os.replace(partial, final)

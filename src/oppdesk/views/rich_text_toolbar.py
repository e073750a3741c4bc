"""The Redactor's formatting bar: headings, bold/italic/underline, bulleted and numbered
lists, tables, images (embedded as data: URIs, so they survive saving as HTML) and page
breaks. Each tool is also a public method, for tests and automation."""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeDatabase, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QFont,
    QImage,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextLength,
    QTextListFormat,
    QTextTableFormat,
)
from PySide6.QtWidgets import QComboBox, QToolBar, QWidget

from oppdesk.runtime.tasks import spawn
from oppdesk.views.record_tabs.tab_icons import tab_icon
from oppdesk.views.redactor_text_edit import PAGE_BREAK_AFTER, RedactorTextEdit
from oppdesk.views.table_size_dialog import TableSizeDialog
from oppdesk.views.widgets import named

HEADING_SIZES = {0: 0, 1: 3, 2: 2, 3: 1}  # QTextFormat.FontSizeAdjustment per level
MAX_IMAGE_SIDE = 1600
MAX_EMBEDDED_BYTES = 400_000


def image_data_uri(data: bytes) -> tuple[str, QImage] | None:
    """A data: URI for the image in ``data`` (large pictures re-encoded smaller), or None."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    mime = QMimeDatabase().mimeTypeForData(data).name()
    too_big = max(image.width(), image.height()) > MAX_IMAGE_SIDE
    if too_big or len(data) > MAX_EMBEDDED_BYTES or mime not in ("image/png", "image/jpeg"):
        if too_big:
            image = image.scaled(
                MAX_IMAGE_SIDE,
                MAX_IMAGE_SIDE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        opaque = not image.hasAlphaChannel()
        mime = "image/jpeg" if opaque and len(data) > MAX_EMBEDDED_BYTES else "image/png"
        buffer_bytes = QByteArray()
        buffer = QBuffer(buffer_bytes)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, b"JPEG" if mime == "image/jpeg" else b"PNG", 85)
        data = bytes(buffer_bytes.data())
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}", image


class RichTextToolbar(QToolBar):
    def __init__(
        self,
        editor: RedactorTextEdit,
        choose_image: Callable[[], Awaitable[str | None]],
        read_bytes: Callable[[str], Awaitable[bytes]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, "redactorToolbar")
        self.editor = editor
        self._choose_image = choose_image
        self._read_bytes = read_bytes
        self.message: Callable[[str], None] = lambda _text: None
        self._build()
        editor.currentCharFormatChanged.connect(self._on_editor_format_changed)
        editor.cursorPositionChanged.connect(self._on_editor_cursor_moved)

    def _action(
        self,
        name: str,
        icon_name: str,
        text: str,
        key: QKeySequence | None = None,
        checkable: bool = False,
    ) -> QAction:
        action = named(QAction(tab_icon(icon_name), text, self), name)
        action.setCheckable(checkable)
        if key is not None:
            action.setShortcut(key)
            action.setToolTip(f"{text} ({key.toString(QKeySequence.SequenceFormat.NativeText)})")
        self.addAction(action)
        return action

    def _build(self) -> None:
        self.heading = named(QComboBox(self), "headingCombo")
        for level, text in enumerate(
            (self.tr("Paragraph"), self.tr("Heading 1"), self.tr("Heading 2"), self.tr("Heading 3"))
        ):
            self.heading.addItem(text, level)
        self.addWidget(self.heading)
        self.addSeparator()
        key = QKeySequence.StandardKey
        self.bold = self._action(
            "boldAction", "bold", self.tr("Bold"), QKeySequence(key.Bold), True
        )
        self.italic = self._action(
            "italicAction", "italic", self.tr("Italic"), QKeySequence(key.Italic), True
        )
        self.underline = self._action(
            "underlineAction", "underline", self.tr("Underline"), QKeySequence(key.Underline), True
        )
        self.addSeparator()
        self.bullets = self._action("bulletListAction", "bullets", self.tr("Bulleted list"))
        self.numbers = self._action("numberedListAction", "numbers", self.tr("Numbered list"))
        self.addSeparator()
        self.table = self._action("insertTableAction", "table", self.tr("Insert a table…"))
        self.image = self._action("insertImageAction", "image", self.tr("Insert an image…"))
        self.page_break = self._action("pageBreakAction", "page_break", self.tr("Page break"))
        self.heading.activated.connect(lambda i: self.set_heading(int(self.heading.itemData(i))))
        self.bold.triggered.connect(lambda on: self._merge(_weight(on)))
        self.italic.triggered.connect(lambda on: self._merge(_italic(on)))
        self.underline.triggered.connect(lambda on: self._merge(_underline(on)))
        self.bullets.triggered.connect(lambda: self.toggle_list(QTextListFormat.Style.ListDisc))
        self.numbers.triggered.connect(lambda: self.toggle_list(QTextListFormat.Style.ListDecimal))
        self.table.triggered.connect(self._on_table_triggered)
        self.image.triggered.connect(lambda: spawn(self.insert_image(), name="insert-image"))
        self.page_break.triggered.connect(self.insert_page_break)

    # ---------------------------------------------------------------- tools
    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.editor.mergeCurrentCharFormat(fmt)

    def set_heading(self, level: int) -> None:
        """0 for a paragraph, 1 to 3 for a heading (Qt writes <h1>… in the HTML)."""
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        block = cursor.blockFormat()
        block.setHeadingLevel(level)
        cursor.setBlockFormat(block)
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZES[level])
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
        self.editor.mergeCurrentCharFormat(fmt)
        cursor.endEditBlock()

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            current.remove(cursor.block())
            block = cursor.blockFormat()
            block.setIndent(0)
            cursor.setBlockFormat(block)
            return
        fmt = QTextListFormat()
        fmt.setStyle(style)
        cursor.createList(fmt)

    def _on_table_triggered(self) -> None:
        dialog = TableSizeDialog(self.editor)
        dialog.chosen.connect(self.insert_table)
        dialog.open()

    def insert_table(self, rows: int, columns: int) -> None:
        fmt = QTextTableFormat()
        fmt.setBorder(1)
        fmt.setCellPadding(6)
        fmt.setCellSpacing(0)
        fmt.setBorderCollapse(True)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        self.editor.textCursor().insertTable(rows, columns, fmt)

    async def insert_image(self, path: str | None = None) -> bool:
        path = path or await self._choose_image()
        if not path:
            return False
        try:
            data = await self._read_bytes(path)
        except OSError as exc:
            self.message(
                self.tr("Cannot read %1: %2")
                .replace("%1", path)
                .replace("%2", exc.strerror or str(exc))
            )
            return False
        made = image_data_uri(data)
        if made is None:
            self.message(self.tr("%1 is not an image Qt can read.").replace("%1", path))
            return False
        uri, image = made
        document = self.editor.document()
        document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(uri), image)
        fmt = QTextImageFormat()
        fmt.setName(uri)
        width = min(image.width(), 600)
        fmt.setWidth(width)
        fmt.setHeight(image.height() * width / max(image.width(), 1))
        self.editor.textCursor().insertImage(fmt)
        return True

    def insert_page_break(self) -> None:
        """The current paragraph ends its page; writing continues on the next one."""
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        block = cursor.blockFormat()
        block.setPageBreakPolicy(PAGE_BREAK_AFTER)
        cursor.setBlockFormat(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertBlock()
        after = cursor.blockFormat()
        after.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
        cursor.setBlockFormat(after)
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)

    # ---------------------------------------------------------------- state
    def _on_editor_format_changed(self, fmt: QTextCharFormat) -> None:
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.Bold.value)
        self.italic.setChecked(fmt.fontItalic())
        self.underline.setChecked(fmt.fontUnderline())

    def _on_editor_cursor_moved(self) -> None:
        level = self.editor.textCursor().blockFormat().headingLevel()
        self.heading.setCurrentIndex(level if 0 <= level <= 3 else 0)


def _weight(on: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
    return fmt


def _italic(on: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontItalic(on)
    return fmt


def _underline(on: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontUnderline(on)
    return fmt

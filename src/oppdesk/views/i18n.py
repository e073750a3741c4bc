"""Translations (no build step) and locale-aware formatting for the views.

Source strings are English, written as ``self.tr("…")`` in the views (plurals with ``%n``).
French lives in ``oppdesk/resources/translations/oppdesk_fr.ts`` (Qt Linguist XML, refreshed
by ``scripts/update_translations.py``). :class:`TsTranslator` reads that file at start-up and
compiles it in memory into Qt's binary ``.qm`` format, which a plain ``QTranslator`` then
serves from C++: nothing to build, ship or forget, and no Python in the lookup path.

Why not override ``QTranslator.translate()`` in Python: PySide6 does call the override for
``self.tr()`` and ``QCoreApplication.translate()``, but (PySide6 6.12) every call made with no
disambiguation passes a borrowed ``None`` that is released once too often; on Python 3.11,
where ``None`` is not immortal, the interpreter aborts ("deallocating None") after a few
thousand lookups. ``tests/gui/test_i18n.py`` keeps a check of that bug.

How Qt and PySide6 use the catalogue (also checked by the tests):

* ``QObject.tr()`` in PySide6 tries the context of each class in ``type(self).__mro__``
  (``SubWidget``, then ``BaseWidget``, then ``QWidget``…) and stops at the first one that
  gives something other than the source text; ``pyside6-lupdate`` records the class that
  lexically contains the call. The two agree, inherited methods included.
* A message with a disambiguation that has no entry falls back to the entry without one.
* Qt replaces ``%n`` itself, with the locale's digits, after choosing the plural form.

English needs a catalogue too, for plurals only: ``self.tr("%n opportunities", "", n)`` would
read "1 opportunities" without ``oppdesk_en.ts`` (made by lupdate ``-pluralonly``).
"""

from __future__ import annotations

import logging
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QObject,
    QTime,
    QTranslator,
)

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("en", "fr")
TRANSLATIONS_PACKAGE = "oppdesk.resources.translations"
APP_TRANSLATOR_NAME = "oppdesk-translator"
QT_TRANSLATOR_NAME = "oppdesk-qt-translator"
_SKIPPED_TYPES = frozenset({"unfinished", "vanished", "obsolete"})
_GONE_TYPES = frozenset({"vanished", "obsolete"})

TsSource = Path | str | Traversable | bytes


# --- .ts files -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TsMessage:
    """One ``<message>`` of a .ts file."""

    context: str
    source: str
    disambiguation: str
    forms: tuple[str, ...]  # the translation, or one entry per <numerusform>
    numerus: bool
    status: str  # the translation's type attribute: "", "unfinished", "vanished", "obsolete"

    @property
    def usable(self) -> bool:
        """Finished, current, not empty and, for plurals, both French/English forms given."""
        enough_forms = len(self.forms) >= (2 if self.numerus else 1)
        return self.status not in _SKIPPED_TYPES and enough_forms and all(self.forms)


def _read_bytes(source: TsSource) -> bytes:
    if isinstance(source, bytes):
        return source
    if isinstance(source, str):
        source = Path(source)
    return source.read_bytes()


def _translation_forms(element: ET.Element | None, numerus: bool) -> tuple[str, ...]:
    if element is None:
        return ()
    if numerus:
        return tuple(form.text or "" for form in element.findall("numerusform"))
    variants = element.findall("lengthvariant")  # Linguist's length variants: use the first
    return ((variants[0] if variants else element).text or "",)


def read_ts(source: TsSource) -> tuple[str, list[TsMessage]]:
    """Parse a Qt Linguist .ts file: its target language and every message in it."""
    root = ET.fromstring(_read_bytes(source))
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            messages.append(
                TsMessage(
                    context=name,
                    source=message.findtext("source") or "",
                    disambiguation=message.findtext("comment") or "",
                    forms=_translation_forms(translation, numerus),
                    numerus=numerus,
                    status="" if translation is None else translation.get("type", ""),
                )
            )
    return root.get("language", ""), messages


def untranslated_entries(ts_path: TsSource) -> list[tuple[str, str]]:
    """(context, source) of every current message that is unfinished or has an empty text."""
    _language, messages = read_ts(ts_path)
    return [(m.context, m.source) for m in messages if m.status not in _GONE_TYPES and not m.usable]


def misattributed_entries(ts_path: TsSource) -> list[tuple[str, str]]:
    """(context, source) of current messages whose context cannot be a class name.

    lupdate records the enclosing class for ``self.tr("…")`` but an empty or variable-like
    context for aliased calls (``tr = self.tr; tr("…")``) or ``window.tr("…")`` from outside
    the class; PySide6 looks such strings up under the class name, so they never show
    translated, however complete the .ts file is.
    """
    _language, messages = read_ts(ts_path)
    return [
        (m.context, m.source)
        for m in messages
        if m.status not in _GONE_TYPES and not m.context[:1].isupper()
    ]


def packaged_ts(language: str) -> Traversable:
    """The .ts file shipped for ``language`` (e.g. ``"fr"``) inside the package."""
    return files(TRANSLATIONS_PACKAGE) / f"oppdesk_{language}.ts"


# --- .qm compilation ---------------------------------------------------------------------
# The layout QTranslator reads (qtranslator.cpp): a 16-byte magic, then blocks of (tag,
# big-endian length, data). "Hashes" is a table of (elfHash(source + disambiguation), offset
# of the message) sorted by hash; "Messages" holds tagged fields per message, translations in
# UTF-16BE; "NumerusRules" is the plural rule as bytecode; "Language" the target language.

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_TAG_END, _TAG_TRANSLATION, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 1, 3, 6, 7, 8
_BLOCK_HASHES, _BLOCK_MESSAGES, _BLOCK_NUMERUS, _BLOCK_LANGUAGE = 0x42, 0x69, 0x88, 0xA7
_Q_EQ, _Q_LEQ = 0x01, 0x03
PLURAL_RULES = {
    "fr": bytes([_Q_LEQ, 1]),  # form 0 for n <= 1 (0 and 1 are singular in French)
    "en": bytes([_Q_EQ, 1]),  # form 0 for n == 1
}


def _elf_hash(data: bytes, h: int = 0) -> int:
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g
    return h


def _qm_field(tag: int, data: bytes) -> bytes:
    return bytes([tag]) + len(data).to_bytes(4, "big") + data


def compile_qm(language: str, messages: list[TsMessage]) -> bytes:
    """Qt's binary translation format for ``messages`` (only usable ones are written)."""
    records = []
    for message in messages:
        if not message.usable:
            continue
        source = message.source.encode()
        comment = message.disambiguation.encode()
        body = b"".join(_qm_field(_TAG_TRANSLATION, f.encode("utf-16-be")) for f in message.forms)
        body += _qm_field(_TAG_SOURCE, source)
        if comment:
            body += _qm_field(_TAG_COMMENT, comment)
        body += _qm_field(_TAG_CONTEXT, message.context.encode()) + bytes([_TAG_END])
        records.append((_elf_hash(comment, _elf_hash(source)) or 1, body))
    records.sort(key=lambda record: record[0])
    hashes, bodies, offset = [], [], 0
    for hash_value, body in records:
        hashes.append(hash_value.to_bytes(4, "big") + offset.to_bytes(4, "big"))
        bodies.append(body)
        offset += len(body)
    rules = PLURAL_RULES.get(language.partition("_")[0], PLURAL_RULES["en"])
    return (
        _QM_MAGIC
        + _qm_field(_BLOCK_HASHES, b"".join(hashes))
        + _qm_field(_BLOCK_MESSAGES, b"".join(bodies))
        + _qm_field(_BLOCK_NUMERUS, rules)
        + _qm_field(_BLOCK_LANGUAGE, language.encode())
    )


class TsTranslator(QTranslator):
    """A ``QTranslator`` loaded from a Qt Linguist .ts file (compiled in memory)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._qm = b""  # QTranslator.load(data) does not copy: keep the bytes alive
        self._message_count = 0
        self.source_path = ""

    @classmethod
    def for_language(cls, language: str, parent: QObject | None = None) -> TsTranslator:
        translator = cls(parent)
        translator.load_ts(packaged_ts(language))
        return translator

    def load_ts(self, source: TsSource) -> bool:
        """Replace the catalogue with ``source``'s usable messages; True if it has any.

        Unfinished, vanished and obsolete entries and empty translations are left out, so Qt
        shows the English source for them.
        """
        language, messages = read_ts(source)
        self.source_path = "" if isinstance(source, bytes) else str(source)
        self._qm = compile_qm(language, messages)
        self._message_count = sum(1 for m in messages if m.usable)
        if not self._message_count:  # QTranslator refuses a catalogue without messages
            self._qm = b""
            self.load(self._qm)  # clears any previous catalogue
            return False
        if not self.load(self._qm):
            raise ValueError(f"Qt rejected the catalogue compiled from {self.source_path!r}")
        return True

    def message_count(self) -> int:
        return self._message_count


# --- installing ----------------------------------------------------------------------------


def choose_language(language: str | None, system: QLocale | None = None) -> str:
    """``"fr"`` or ``"en"``: the explicit choice, else French for a French system locale."""
    if language and language.lower() not in ("system", "auto"):
        code = language.replace("-", "_").split("_")[0].lower()
        if code not in SUPPORTED_LANGUAGES:
            raise ValueError(f"unsupported language {language!r}; use one of {SUPPORTED_LANGUAGES}")
        return code
    system = system if system is not None else QLocale.system()
    return "fr" if system.language() == QLocale.Language.French else "en"


def _remove_installed(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator):
        if translator.objectName() in (APP_TRANSLATOR_NAME, QT_TRANSLATOR_NAME):
            QCoreApplication.removeTranslator(translator)
            translator.setParent(None)  # back to Python, freed with the last reference


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Install oppdesk's and Qt's translations for ``language``; return the code in use.

    ``language`` is ``"fr"``, ``"en"`` or None/``"system"`` (French if the system locale is
    French, else English). Calling it again switches language: the previous translators are
    removed and widgets receive ``QEvent.LanguageChange``. The translators are children of
    ``app``, which keeps them (and their Python overrides) alive.
    """
    code = choose_language(language)
    _remove_installed(app)
    source = packaged_ts(code)  # oppdesk_en.ts holds only the English plural forms
    if source.is_file():
        ours = TsTranslator(app)
        ours.setObjectName(APP_TRANSLATOR_NAME)
        ours.load_ts(source)
        QCoreApplication.installTranslator(ours)
    if code == "fr":
        qt = QTranslator(app)
        qt.setObjectName(QT_TRANSLATOR_NAME)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load("qtbase_fr", qt_dir):
            QCoreApplication.installTranslator(qt)  # installed last, so searched first
        else:
            log.warning("Qt's French translations (qtbase_fr.qm) not found in %s", qt_dir)
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    else:
        system = QLocale.system()
        english = system.language() == QLocale.Language.English
        QLocale.setDefault(system if english else QLocale(QLocale.Language.English))
    return code


# --- formatting ----------------------------------------------------------------------------

_CURRENCY_MARK = "\u00a4"  # ¤, replaced by the symbol after Qt placed it
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009'’]")
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF"}
_CODE = rf"(?:[A-Z]{{3}}|(?i:{'|'.join(CURRENCY_SYMBOLS)}))"
_ISO_CODE = re.compile(rf"^{_CODE}(?=[\d\s.,+\-\u2212])|(?<=[\d\s.,]){_CODE}$")
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d*)?|\.\d+")
_MINUS_SIGNS = ("-", "\u2212")


def currency_symbol(currency: str) -> str:
    """``"€"`` for ``"EUR"``…; an unknown code (or a symbol) is shown as given."""
    return CURRENCY_SYMBOLS.get(currency.strip().upper(), currency.strip())


def format_number(value: Decimal | int, decimals: int = 2, locale: QLocale | None = None) -> str:
    """``12 500,50`` / ``12,500.50``: exact decimal digits, the locale's separators."""
    loc = locale if locale is not None else QLocale()
    amount = Decimal(value).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    try:
        text = loc.toString(int(whole))
    except OverflowError:  # beyond 64 bits: no grouping rather than a crash
        text = whole
    if fraction:
        text += loc.decimalPoint() + fraction
    return loc.negativeSign() + text if amount < 0 else text


def format_amount(
    value: Decimal | int, currency: str = "EUR", locale: QLocale | None = None
) -> str:
    """``12 500,00 €`` in French, ``€12,500.00`` in English (Qt places the symbol)."""
    loc = locale if locale is not None else QLocale()
    amount = Decimal(value).quantize(Decimal("0.01"), ROUND_HALF_UP)
    # Qt's negative currency pattern is the accounting one, "(1,00 €)": use the positive
    # pattern and a leading minus sign, as a CRM's amounts expect.
    template = loc.toCurrencyString(1.0, _CURRENCY_MARK, 2)
    number = format_number(abs(amount), 2, loc)
    text = template.replace(loc.toString(1.0, "f", 2), number, 1)
    text = text.replace(_CURRENCY_MARK, currency_symbol(currency))
    return loc.negativeSign() + text if amount < 0 else text


def format_percent(value: int, locale: QLocale | None = None) -> str:
    """``45 %`` (narrow no-break space) in French, ``45%`` in English."""
    loc = locale if locale is not None else QLocale()
    space = "\u202f" if loc.language() == QLocale.Language.French else ""
    return f"{loc.toString(int(value))}{space}{loc.percent()}"


def format_date(
    d: date | None,
    locale: QLocale | None = None,
    fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat,
) -> str:
    """``05/03/2024`` in French, ``3/5/24`` in US English; ``""`` for no date."""
    if d is None:
        return ""
    loc = locale if locale is not None else QLocale()
    return loc.toString(QDate(d.year, d.month, d.day), fmt)


def format_datetime(
    dt: datetime | None,
    locale: QLocale | None = None,
    fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat,
) -> str:
    """Local time, e.g. ``05/03/2024 14:05``. Aware values (UTC from the database) are
    converted to the computer's time zone; naive values are shown as they are."""
    if dt is None:
        return ""
    loc = locale if locale is not None else QLocale()
    if dt.tzinfo is not None:
        dt = dt.astimezone()
    qdt = QDateTime(
        QDate(dt.year, dt.month, dt.day),
        QTime(dt.hour, dt.minute, dt.second, dt.microsecond // 1000),
    )
    return loc.toString(qdt, fmt)


def _normalise_separators(text: str, loc: QLocale) -> str:
    """Make ``text`` (digits, ``,`` and ``.``) a plain ``1234.5`` number."""
    if "," in text and "." in text:  # both: the last one is the decimal separator
        decimal_char = text[max(text.rfind(","), text.rfind("."))]
        group_char = "." if decimal_char == "," else ","
        return text.replace(group_char, "").replace(decimal_char, ".")
    for char in ",.":
        if char not in text:
            continue
        if text.count(char) > 1:  # 1.250.000 / 1,250,000
            return text.replace(char, "")
        grouping = char == loc.groupSeparator() and char != loc.decimalPoint()
        if grouping and re.fullmatch(rf"\d{{1,3}}{re.escape(char)}\d{{3}}", text):
            return text.replace(char, "")  # 12,500 in English
        return text.replace(char, ".")  # 12500,50 or 12500.50: a decimal separator
    return text


def parse_amount(text: str, locale: QLocale | None = None) -> Decimal | None:
    """``Decimal`` from what a user typed (``12 500,50``, ``12500.50``, ``12 500,50 €``,
    ``-1,5 EUR``, ``(1 234,50 €)``); None when it is empty or not a number."""
    loc = locale if locale is not None else QLocale()
    cleaned = "".join(ch for ch in text if unicodedata.category(ch) != "Sc").strip()
    cleaned = _ISO_CODE.sub("", cleaned)
    cleaned = _SPACES.sub("", cleaned)
    negative = cleaned.startswith("(") and cleaned.endswith(")")  # accounting notation
    if negative:
        cleaned = cleaned[1:-1]
    for sign in (loc.negativeSign(), *_MINUS_SIGNS, "+"):
        if sign and cleaned.startswith(sign):
            negative, cleaned = not negative and sign != "+", cleaned[len(sign) :]
            break
    number = _normalise_separators(cleaned, loc)
    if not _PLAIN_NUMBER.fullmatch(number):
        return None
    try:
        value = Decimal(number)
    except InvalidOperation:  # pragma: no cover - the pattern above admits only valid text
        return None
    return -value if negative else value

"""Translations read from .ts files at run time, and locale formatting.

These tests also pin the Qt/PySide6 behaviour the design relies on: ``self.tr()`` uses the
Python class name as context (walking the MRO), a missing entry falls back to the source
text, Qt substitutes ``%n`` after choosing the plural form, and the in-memory .qm compiler
agrees with Qt's own ``lrelease``.
"""

from __future__ import annotations

import gc
import shutil
import sys
import weakref
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from oppdesk.views.i18n import (
    APP_TRANSLATOR_NAME,
    TsMessage,
    TsTranslator,
    choose_language,
    compile_qm,
    format_amount,
    format_date,
    format_datetime,
    format_number,
    format_percent,
    install_translations,
    misattributed_entries,
    packaged_ts,
    parse_amount,
    read_ts,
    untranslated_entries,
)

FR = QLocale(QLocale.Language.French, QLocale.Country.France)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

SAMPLE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>GreetingWidget</name>
    <message>
        <source>Hello</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities</source>
        <translation>
            <numerusform>%n opportunité</numerusform>
            <numerusform>%n opportunités</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft text</source>
        <translation type="unfinished">Texte brouillon</translation>
    </message>
    <message>
        <source>Removed text</source>
        <translation type="vanished">Texte supprimé</translation>
    </message>
    <message>
        <source>Old text</source>
        <translation type="obsolete">Ancien texte</translation>
    </message>
    <message>
        <source>Empty text</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n half-done</source>
        <translation>
            <numerusform>%n à moitié</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
</context>
</TS>
"""


class GreetingWidget(QWidget):
    """A Python widget whose strings live in the 'GreetingWidget' context."""

    def hello(self) -> str:
        return self.tr("Hello")

    def open_status(self) -> str:
        return self.tr("Open", "status")

    def open_action(self) -> str:
        return self.tr("Open")

    def count(self, n: int) -> str:
        return self.tr("%n opportunities", "", n)

    def text(self, source: str) -> str:
        return self.tr(source)

    def half_done(self, n: int) -> str:
        return self.tr("%n half-done", "", n)


class SpecialGreetingWidget(GreetingWidget):
    """Inherits GreetingWidget's methods: lupdate records 'GreetingWidget' for them."""


class PlainObject(QObject):
    def hello(self) -> str:
        return self.tr("Hello")


@pytest.fixture
def sample_ts(tmp_path: Path) -> Path:
    path = tmp_path / "sample_fr.ts"
    path.write_text(SAMPLE_TS, encoding="utf-8")
    return path


@pytest.fixture
def translator(qapp: QApplication, sample_ts: Path) -> Iterator[TsTranslator]:
    translator = TsTranslator(qapp)
    assert translator.load_ts(sample_ts)
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
    translator.setParent(None)


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    yield
    install_translations(qapp, "en")
    QLocale.setDefault(QLocale.system())


def test_ts_parsing_skips_unusable_entries(sample_ts: Path) -> None:
    language, messages = read_ts(sample_ts)
    assert language == "fr_FR"
    assert len(messages) == 10
    translator = TsTranslator()
    translator.load_ts(sample_ts)
    assert translator.message_count() == 5
    assert translator.language() == "fr_FR"
    assert translator.source_path == str(sample_ts)
    assert not translator.isEmpty()


def test_catalogue_without_usable_entries_is_empty(qapp: QApplication) -> None:
    translator = TsTranslator(qapp)
    try:
        assert translator.load_ts(SAMPLE_TS.encode())
        only_drafts = SAMPLE_TS.replace("<translation>", '<translation type="unfinished">')
        assert not translator.load_ts(only_drafts.encode())
        assert translator.isEmpty()
        assert translator.translate("Statuses", "Won") == ""
    finally:
        translator.setParent(None)


def test_misattributed_entries(sample_ts: Path) -> None:
    assert misattributed_entries(sample_ts) == []
    odd = SAMPLE_TS.replace("<name>Statuses</name>", "<name>window</name>")
    odd = odd.replace("<name>GreetingWidget</name>", "<name></name>", 1)
    found = misattributed_entries(odd.encode())
    assert ("window", "Won") in found
    assert ("", "Hello") in found


def test_untranslated_entries_lists_unfinished_and_empty(sample_ts: Path) -> None:
    assert untranslated_entries(sample_ts) == [
        ("GreetingWidget", "Draft text"),
        ("GreetingWidget", "Empty text"),
        ("GreetingWidget", "%n half-done"),
    ]


@pytest.mark.usefixtures("translator")
def test_python_override_serves_self_tr_with_the_class_name_as_context(qtbot) -> None:
    widget = GreetingWidget()
    qtbot.addWidget(widget)
    assert widget.hello() == "Bonjour"
    assert widget.open_status() == "En cours"  # disambiguation selects the entry
    assert widget.open_action() == "Ouvrir"
    assert PlainObject().hello() == "Hello"  # other context: not translated


@pytest.mark.usefixtures("translator")
def test_subclass_finds_its_base_class_context(qtbot) -> None:
    widget = SpecialGreetingWidget()
    qtbot.addWidget(widget)
    assert widget.hello() == "Bonjour"


@pytest.mark.usefixtures("translator")
def test_unknown_disambiguation_falls_back_to_the_plain_entry(qtbot) -> None:
    widget = GreetingWidget()
    qtbot.addWidget(widget)
    assert widget.tr("Open", "menu") == "Ouvrir"  # Qt's rule: then try without disambiguation


@pytest.mark.usefixtures("translator")
def test_lookups_never_run_python_code() -> None:
    """Guard: a Python ``translate()`` override leaks a reference to None per call in
    PySide6 6.12 (fatal on Python 3.11 after a few thousand calls); ours is pure C++."""
    before = sys.getrefcount(None)
    for _ in range(20_000):
        QCoreApplication.translate("Statuses", "Won")
        QCoreApplication.translate("Statuses", "Missing")
    assert abs(sys.getrefcount(None) - before) < 100


@pytest.mark.usefixtures("translator")
def test_core_application_translate() -> None:
    assert QCoreApplication.translate("Statuses", "Won") == "Gagnée"
    assert QCoreApplication.translate("GreetingWidget", "Open", "status") == "En cours"
    assert QCoreApplication.translate("Statuses", "Lost") == "Lost"


@pytest.mark.usefixtures("translator")
@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "0 opportunité"), (1, "1 opportunité"), (2, "2 opportunités"), (5, "5 opportunités")],
)
def test_french_plurals_and_qt_substitutes_percent_n(qtbot, n: int, expected: str) -> None:
    widget = GreetingWidget()
    qtbot.addWidget(widget)
    assert widget.count(n) == expected
    assert QCoreApplication.translate("GreetingWidget", "%n opportunities", "", n) == expected


@pytest.mark.usefixtures("translator")
@pytest.mark.parametrize("source", ["Draft text", "Removed text", "Old text", "Empty text", "New"])
def test_unusable_or_unknown_entries_fall_back_to_the_source(qtbot, source: str) -> None:
    widget = GreetingWidget()
    qtbot.addWidget(widget)
    assert widget.text(source) == source


@pytest.mark.usefixtures("translator")
def test_partly_translated_plural_falls_back_to_the_source(qtbot) -> None:
    widget = GreetingWidget()
    qtbot.addWidget(widget)
    assert widget.half_done(3) == "3 half-done"  # source, with %n still substituted


def test_translator_survives_garbage_collection(qapp: QApplication, sample_ts: Path) -> None:
    """Qt reads the compiled catalogue from the Python bytes the translator holds: the app
    (its parent) must keep the Python object alive after the last reference is dropped."""
    translator = TsTranslator(qapp)
    translator.load_ts(sample_ts)
    QCoreApplication.installTranslator(translator)
    alive = weakref.ref(translator)
    del translator
    gc.collect()
    try:
        assert alive() is not None
        assert QCoreApplication.translate("Statuses", "Won") == "Gagnée"
    finally:
        for child in qapp.findChildren(TsTranslator):
            QCoreApplication.removeTranslator(child)
            child.setParent(None)


@pytest.mark.parametrize(
    ("n", "expected"), [(0, "0 opportunities"), (1, "1 opportunity"), (2, "2 opportunities")]
)
def test_english_plural_rule(qapp: QApplication, n: int, expected: str) -> None:
    english = SAMPLE_TS.replace('language="fr_FR"', 'language="en_US"')
    english = english.replace("%n opportunité<", "%n opportunity<")
    english = english.replace("%n opportunités<", "%n opportunities<")
    translator = TsTranslator(qapp)
    translator.load_ts(english.encode())
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("GreetingWidget", "%n opportunities", "", n) == expected
    finally:
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.is_file() else shutil.which("pyside6-lrelease")


def test_compiled_catalogue_matches_qt_lrelease(
    qapp: QApplication, sample_ts: Path, tmp_path: Path
) -> None:
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease not installed")
    import subprocess

    qm = tmp_path / "sample_fr.qm"
    subprocess.run(
        [lrelease, "-nounfinished", "-silent", str(sample_ts), "-qm", str(qm)], check=True
    )
    reference = QTranslator(qapp)
    assert reference.load(str(qm))
    ours = TsTranslator(qapp)
    ours.load_ts(sample_ts)
    _language, messages = read_ts(sample_ts)
    try:
        for m in messages:
            for disambiguation in {m.disambiguation, "", "other"}:
                for n in (-1, 0, 1, 2, 5):
                    args = (m.context, m.source, disambiguation, n)
                    assert ours.translate(*args) == reference.translate(*args), args
    finally:
        reference.setParent(None)
        ours.setParent(None)


_text = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=30)


@settings(max_examples=60, deadline=None)
@given(
    entries=st.dictionaries(
        st.tuples(_text, _text, st.sampled_from(["", "status", "menu"])),
        st.lists(_text, min_size=1, max_size=2),
        min_size=1,
        max_size=25,
    )
)
def test_any_catalogue_round_trips(qapp: QApplication, entries: dict) -> None:
    messages = [
        TsMessage(context, source, disambiguation, tuple(forms), len(forms) > 1, "")
        for (context, source, disambiguation), forms in entries.items()
    ]
    translator = QTranslator(qapp)
    data = compile_qm("fr_FR", messages)
    assert translator.load(data)
    try:
        for m in messages:
            key = (m.context, m.source, m.disambiguation)
            if m.numerus:
                assert translator.translate(*key, 1) == m.forms[0]
                assert translator.translate(*key, 5) == m.forms[1]
            else:
                assert translator.translate(*key, -1) == m.forms[0]
    finally:
        translator.setParent(None)


def test_packaged_translations_load() -> None:
    assert TsTranslator.for_language("en").language() == "en_US"
    translator = TsTranslator.for_language("fr")
    assert translator.language() == "fr_FR"
    assert packaged_ts("fr").is_file()


@pytest.mark.usefixtures("restore_language")
def test_install_french_translates_standard_dialog_buttons(qapp: QApplication, qtbot) -> None:
    assert install_translations(qapp, "fr") == "fr"
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Save
    )
    texts = {button.text() for button in box.buttons()}
    assert {"&Oui", "&Non", "Annuler", "Enregistrer"} <= texts
    assert QLocale().language() == QLocale.Language.French
    assert [t.objectName() for t in qapp.findChildren(TsTranslator)] == [APP_TRANSLATOR_NAME]


@pytest.mark.usefixtures("restore_language")
def test_switching_back_to_english_removes_the_translators(qapp: QApplication, qtbot) -> None:
    install_translations(qapp, "fr")
    assert install_translations(qapp, "en") == "en"
    assert [t.language() for t in qapp.findChildren(TsTranslator)] == ["en_US"]  # plurals
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


@pytest.mark.parametrize(
    ("language", "system", "expected"),
    [
        ("fr", EN, "fr"),
        ("en", FR, "en"),
        ("fr_CA", EN, "fr"),
        (None, FR, "fr"),
        ("system", FR, "fr"),
        (None, EN, "en"),
        (None, QLocale(QLocale.Language.German, QLocale.Country.Germany), "en"),
    ],
)
def test_choose_language(language: str | None, system: QLocale, expected: str) -> None:
    assert choose_language(language, system) == expected


def test_choose_language_rejects_unsupported() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        choose_language("de")


def _spaces(text: str) -> str:
    """Normalise the no-break spaces Qt uses in French (U+00A0, U+202F) to plain spaces."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("value", "currency", "locale", "expected"),
    [
        (Decimal("12500"), "EUR", FR, "12 500,00 €"),
        (Decimal("12500"), "EUR", EN, "€12,500.00"),
        (Decimal("-1234.565"), "EUR", FR, "-1 234,57 €"),
        (Decimal("-1234.5"), "USD", EN, "-$1,234.50"),
        (Decimal("0"), "GBP", FR, "0,00 £"),
        (Decimal("98765432109876.01"), "EUR", FR, "98 765 432 109 876,01 €"),
        (Decimal("10"), "XYZ", EN, "XYZ10.00"),
    ],
)
def test_format_amount(value: Decimal, currency: str, locale: QLocale, expected: str) -> None:
    assert _spaces(format_amount(value, currency, locale)) == expected


@pytest.mark.usefixtures("restore_language")
def test_format_amount_uses_the_default_locale() -> None:
    QLocale.setDefault(FR)
    assert _spaces(format_amount(Decimal("12500"), "EUR")) == "12 500,00 €"


def test_format_number_and_percent() -> None:
    assert _spaces(format_number(Decimal("12500.5"), 2, FR)) == "12 500,50"
    assert format_number(7, 0, EN) == "7"
    assert _spaces(format_percent(45, FR)) == "45 %"
    assert format_percent(45, EN) == "45%"


def test_format_dates() -> None:
    assert format_date(date(2024, 3, 5), FR) == "05/03/2024"
    assert format_date(date(2024, 3, 5), EN) == "3/5/24"
    assert format_date(None, FR) == ""
    assert "mars 2024" in format_date(date(2024, 3, 5), FR, QLocale.FormatType.LongFormat)
    assert format_datetime(datetime(2024, 3, 5, 14, 5), FR) == "05/03/2024 14:05"
    assert format_datetime(None) == ""
    aware = datetime(2024, 3, 5, 14, 5, tzinfo=UTC)
    assert format_datetime(aware, FR) == format_datetime(
        aware.astimezone().replace(tzinfo=None), FR
    )


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("12 500,50", FR, Decimal("12500.50")),
        ("12\u202f500,50", FR, Decimal("12500.50")),
        ("12500.50", FR, Decimal("12500.50")),
        ("12 500,50 €", FR, Decimal("12500.50")),
        ("-1 234,5", FR, Decimal("-1234.5")),
        ("1.234.567,89", FR, Decimal("1234567.89")),
        ("EUR 42", FR, Decimal("42")),
        ("(1 234,50 €)", FR, Decimal("-1234.50")),
        ("42 eur", FR, Decimal("42")),
        ("€12,500.00", EN, Decimal("12500.00")),
        ("12,500", EN, Decimal("12500")),
        ("1,234,567", EN, Decimal("1234567")),
        ("12.5", EN, Decimal("12.5")),
        ("0", EN, Decimal("0")),
        ("", FR, None),
        ("   ", FR, None),
        ("abc", FR, None),
        ("12abc", FR, None),
        ("1,2,3.4.5", EN, None),
        ("--5", EN, None),
    ],
)
def test_parse_amount(text: str, locale: QLocale, expected: Decimal | None) -> None:
    assert parse_amount(text, locale) == expected


@pytest.mark.parametrize("value", ["0", "0.01", "12500", "-999.99", "1234567.89"])
@pytest.mark.parametrize("locale", [FR, EN], ids=["fr", "en"])
def test_formatted_amounts_parse_back(value: str, locale: QLocale) -> None:
    assert parse_amount(format_amount(Decimal(value), "EUR", locale), locale) == Decimal(value)

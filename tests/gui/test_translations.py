"""The French catalogue covers every visible string of the views, with the source document's
labels (/work/shared/spec/sellsy-opportunites-fr.txt, GLOSSARY.md) where it has them.

``test_catalogue_covers_every_string_in_the_code`` is the one that fails when someone adds a
``self.tr("…")`` without its French: it runs ``pyside6-lupdate`` exactly as
``scripts/update_translations.py`` does, over the current views, into a copy of the committed
catalogue, and lists what the copy lacks.
"""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from oppdesk.views.i18n import (
    install_translations,
    misattributed_entries,
    read_ts,
    untranslated_entries,
)

ROOT = Path(__file__).resolve().parents[2]
UPDATE_SCRIPT = ROOT / "scripts" / "update_translations.py"

HOW_TO_FIX = (
    "Run `python scripts/update_translations.py`, then translate the new entries of "
    "src/oppdesk/resources/translations/oppdesk_fr.ts (add them to the dictionary of "
    "scripts/fill_translations.py and run it, or use pyside6-linguist); plural (%n) strings "
    "also need their English singular/plural forms in oppdesk_en.ts."
)


def _update_translations() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", UPDATE_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _format(entries: list[tuple[str, str]]) -> str:
    return "\n".join(f"  {context or '(no context)'}: {source!r}" for context, source in entries)


@pytest.mark.parametrize("catalogue", ["oppdesk_fr.ts", "oppdesk_en.ts"])
def test_catalogue_covers_every_string_in_the_code(
    catalogue: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    update = _update_translations()
    committed = update.TRANSLATIONS / catalogue
    language, options = update.CATALOGUES[committed]
    copy = tmp_path / catalogue  # the committed file stays as it is
    shutil.copyfile(committed, copy)

    update.run_lupdate(copy, language, options, keep_obsolete=False)
    capfd.readouterr()  # lupdate's progress lines

    missing = untranslated_entries(copy)
    assert not missing, (
        f"{len(missing)} string(s) of the views have no translation in {catalogue}:\n"
        f"{_format(missing)}\n{HOW_TO_FIX}"
    )
    misattributed = misattributed_entries(copy)
    assert not misattributed, (
        f"{len(misattributed)} string(s) have no class context in {catalogue}: an aliased tr "
        "(`tr = self.tr`), `other.tr(…)` outside its class or a lowercase translate() context; "
        "PySide6 looks them up under the class name, so they never show translated. Call "
        f'self.tr("…") inside the class instead:\n{_format(misattributed)}'
    )


def test_the_coverage_check_sees_a_new_string(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Guard against a vacuous check: a new self.tr() in a view shows up as unfinished."""
    update = _update_translations()
    views = tmp_path / "oppdesk" / "views"
    shutil.copytree(update.VIEWS, views, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copyfile(update.VIEWS.parent / "bootstrap.py", views.parent / "bootstrap.py")
    (views / "brand_new_screen.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "class BrandNewScreen(QWidget):\n"
        "    def label(self) -> str:\n"
        '        return self.tr("A label nobody translated")\n',
        encoding="utf-8",
    )
    copy = tmp_path / "oppdesk_fr.ts"
    shutil.copyfile(update.TRANSLATIONS / "oppdesk_fr.ts", copy)
    monkeypatch.setattr(update, "VIEWS", views)  # this module object only
    update.run_lupdate(copy, "fr_FR", [], keep_obsolete=False)
    capfd.readouterr()
    assert ("BrandNewScreen", "A label nobody translated") in untranslated_entries(copy)


def test_french_catalogue_has_no_unfinished_entry_as_committed() -> None:
    """Cheap twin of the lupdate test: the committed file itself is complete."""
    update = _update_translations()
    for catalogue in update.CATALOGUES:
        missing = untranslated_entries(catalogue)
        assert not missing, f"{catalogue.name}:\n{_format(missing)}\n{HOW_TO_FIX}"


# --- the French labels of the source document -----------------------------------------------

TAB_TITLES = [
    ("Activity", "Activité"),
    ("Pipeline", "Pipeline"),
    ("General information", "Informations générales"),
    ("Linked documents", "Documents liés"),
    ("Custom fields", "Champs personnalisés"),
    ("Redactor documents", "Documents Redactor"),
    ("Files", "Fichiers"),
]

SOURCE_DOCUMENT_LABELS: list[tuple[str, str, str]] = [
    # "cliquez sur le bouton "Ajout" … puis choisissez "Opportunité""
    ("MainWindow", "Add", "Ajout"),
    ("MainWindow", "Opportunity", "Opportunité"),
    ("MainWindow", "Opportunities", "Opportunités"),
    ("MainWindow", "Companies", "Sociétés"),
    ("OpportunityListWidget", "Create an opportunity", "Créer une opportunité"),
    ("OpportunityFormDialog", "Create an opportunity", "Créer une opportunité"),
    # the list's row menu ("les 3 points en bout de ligne")
    ("OpportunityListWidget", "Open", "Ouvrir"),
    ("OpportunityListWidget", "Edit", "Modifier"),
    ("OpportunityListWidget", "Duplicate", "Dupliquer"),
    ("OpportunityListWidget", "Delete", "Supprimer"),
    # the record's "Actions" button
    ("RecordActionsButton", "Actions", "Actions"),
    ("RecordActionsButton", "Edit the opportunity", "Modifier l'opportunité"),
    ("RecordActionsButton", "Duplicate the opportunity", "Dupliquer l'opportunité"),
    ("RecordActionsButton", "Delete the opportunity", "Supprimer l'opportunité"),
    ("RecordActionsButton", "Log time", "Déclarer des heures"),
    ("RecordActionsButton", "See the time entries", "Voir les entrées de temps"),
    # the tabs, as the record window names them and as each tab names itself
    *[("OpportunityRecordWindow", en, fr) for en, fr in TAB_TITLES],
    ("ActivityTab", "Activity", "Activité"),
    ("PipelineTab", "Pipeline", "Pipeline"),
    ("GeneralInfoTab", "General information", "Informations générales"),
    ("LinkedDocumentsTab", "Linked documents", "Documents liés"),
    ("CustomFieldsTab", "Custom fields", "Champs personnalisés"),
    ("RedactorTab", "Redactor documents", "Documents Redactor"),
    ("FilesTab", "Files", "Fichiers"),
    # Activité
    ("ActivityTab", "Comment", "Commenter"),
    ("ActivityTab", "Send an email", "Envoyer un email"),
    ("ActivityTab", "Log a call", "Ajouter un appel"),
    ("ActivityTab", "Schedule a task", "Programmer une tâche"),
    ("ActivityTab", "Create an event", "Créer un événement"),
    ("ActivityHistoryWidget", "Activity history", "Historique des activités"),
    # Informations générales, Champs personnalisés: "Éditer", "Partager", "Ajouter"
    ("GeneralInfoTab", "Edit", "Éditer"),
    ("GeneralInfoTab", "Share", "Partager"),
    ("TagChipsWidget", "Add", "Ajouter"),
    ("CustomFieldsTab", "Edit", "Éditer"),
    # Documents liés, Documents Redactor, Fichiers
    ("LinkedDocumentsTab", "Link a document", "Lier un document"),
    ("LinkedDocumentsTab", "Create a document", "Créer un document"),
    ("RedactorTab", "Create a Redactor document", "Créer un document Redactor"),
    ("FilesTab", "Add a document", "Ajouter un document"),
    # the form's fields and its button
    ("OpportunityFormDialog", "Reference", "Identifiant"),
    ("OpportunityFormDialog", "Source", "Source"),
    ("OpportunityFormDialog", "Due date", "Date d'échéance"),
    ("OpportunityFormDialog", "Opportunity name", "Nom de l'opportunité"),
    ("OpportunityFormDialog", "Potential amount", "Montant potentiel"),
    ("OpportunityFormDialog", "Pipeline", "Pipeline"),
    ("OpportunityFormDialog", "Stage", "Étape"),
    ("OpportunityFormDialog", "Probability", "Probabilité"),
    ("OpportunityFormDialog", "Brief", "Brief"),
    ("OpportunityFormDialog", "Note", "Note"),
    ("OpportunityFormDialog", "Responsible contact", "Contact responsable"),
    ("OpportunityFormDialog", "Status", "Statut"),
    ("OpportunityFormDialog", "Save", "Enregistrer"),
    ("GeneralInfoTab", "Company", "Société liée"),
    # statuses (GLOSSARY.md)
    ("Status", "Open", "En cours"),
    ("Status", "Won", "Gagnée"),
    ("Status", "Lost", "Perdue"),
    ("Status", "Cancelled", "Annulée"),
    ("Status", "Closed", "Clôturée"),
    ("Status", "Late", "En retard"),
    # sales documents
    ("SalesDocuments", "Quote", "Devis"),
    ("SalesDocuments", "Invoice", "Facture"),
    ("SalesDocuments", "Order", "Bon de commande"),
    ("SalesDocuments", "Delivery note", "Bon de livraison"),
    ("SalesDocuments", "Credit note", "Avoir"),
    ("SalesDocuments", "Proforma invoice", "Facture proforma"),
]

# Bulk actions (GLOSSARY.md): checked once the list has them, in whatever class holds them.
CHOOSE_AN_ACTION = "Choisissez une action à effectuer"
APPLY = "Valider"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The French translators for one test; English (and the system locale) back after it."""
    assert install_translations(qapp, "fr") == "fr"
    try:
        yield
    finally:
        install_translations(qapp, "en")
        QLocale.setDefault(QLocale.system())


@pytest.mark.usefixtures("french")
@pytest.mark.parametrize(("context", "source", "expected"), SOURCE_DOCUMENT_LABELS)
def test_source_document_labels(context: str, source: str, expected: str) -> None:
    assert QCoreApplication.translate(context, source) == expected


@pytest.mark.usefixtures("french")
def test_plural_forms_in_french() -> None:
    def count(n: int) -> str:
        return QCoreApplication.translate("OpportunityListWidget", "%n opportunities", "", n)

    assert (count(0), count(1), count(2)) == ("0 opportunité", "1 opportunité", "2 opportunités")
    checked = QCoreApplication.translate("OpportunityListWidget", "%n checked", "", 3)
    assert checked == "3 cochées"


@pytest.mark.usefixtures("french")
def test_bulk_actions_labels() -> None:
    _language, messages = read_ts(ROOT / "src/oppdesk/resources/translations/oppdesk_fr.ts")
    current = [m for m in messages if m.status not in ("vanished", "obsolete")]
    placeholders = [m for m in current if m.source.startswith("Choose an action")]
    if not placeholders:
        pytest.skip("no bulk actions in the views yet")
    contexts = {m.context for m in placeholders}
    for m in placeholders:
        assert QCoreApplication.translate(m.context, m.source) == CHOOSE_AN_ACTION, m
    for m in (m for m in current if m.source == "Apply" and m.context in contexts):
        translated = QCoreApplication.translate(m.context, m.source, m.disambiguation or None)
        assert translated == APPLY, m


@pytest.mark.usefixtures("french")
def test_a_real_widget_shows_french(qtbot) -> None:
    from oppdesk.views.record_actions_button import RecordActionsButton

    button = RecordActionsButton()
    qtbot.addWidget(button)
    assert button.text().startswith("Actions")
    assert [a.text() for a in button.menu_.actions() if not a.isSeparator()] == [
        "Modifier l'opportunité",
        "Dupliquer l'opportunité",
        "Supprimer l'opportunité",
        "Déclarer des heures",
        "Voir les entrées de temps",
    ]


def test_english_is_back_after_the_french_tests(qapp: QApplication) -> None:
    assert QCoreApplication.translate("MainWindow", "Add") == "Add"
    assert QCoreApplication.translate("Status", "Won") == "Won"

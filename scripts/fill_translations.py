"""Fill the translation catalogues from the French (and English plural) dictionary below.

Usage:
    python scripts/update_translations.py      # refresh the .ts files from the code
    python scripts/fill_translations.py        # then give every entry its text from here
    python scripts/fill_translations.py --check       # exit 1 if an entry has no text
    python scripts/fill_translations.py --unused      # also list dictionary keys no longer used

Looks each ``<message>`` of ``oppdesk_fr.ts`` up in, by priority:
    BY_CONTEXT[(context, source, disambiguation)]
    BY_CONTEXT[(context, source)]
    COMMON[source]                     (texts that mean the same everywhere)
Plural (``numerus="yes"``) messages use PLURALS_FR / PLURALS_EN, keyed the same way, with a
(singular, plural) pair: French uses the first form for n <= 1, English for n == 1.

Found entries get the dictionary's text and lose ``type="unfinished"``; entries the dictionary
does not know keep what they have (a translation made in Qt Linguist stays) and are listed
when still unfinished. The file keeps lupdate's layout (declaration, DOCTYPE, indentation,
entities), so ``update_translations.py`` afterwards changes nothing.

House style (the source document, /work/shared/spec/sellsy-opportunites-fr.txt, and
/work/shared/GLOSSARY.md): vouvoiement; straight apostrophe '; a plain space before
« : ; ? ! »; French quotes « » with no-break spaces inside; "…" kept; placeholders (%1, %n,
{name}), HTML tags, & mnemonics and keyboard hints such as "(Ctrl+N)" kept as in the source.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "src" / "oppdesk" / "resources" / "translations"
FR_TS = TRANSLATIONS / "oppdesk_fr.ts"
EN_TS = TRANSLATIONS / "oppdesk_en.ts"

NBSP = "\u00a0"  # inside « »
NNBSP = "\u202f"  # thousands separator, as QLocale("fr") writes it


def q(text: str) -> str:
    """« text » with no-break spaces inside the quotes."""
    return f"«{NBSP}{text}{NBSP}»"


MOVE_TO = q("Déplacer les opportunités vers")  # PipelinesSection's field
PRIVILEGES = (
    "veuillez vous rapprocher de votre administrateur afin qu'il modifie vos droits dans "
    "votre profil de privilèges."
)

# --- texts that mean the same wherever they appear ------------------------------------------
COMMON: dict[str, str] = {
    # actions
    "Save": "Enregistrer",
    "Save (Ctrl+S)": "Enregistrer (Ctrl+S)",
    "Save as…": "Enregistrer sous…",
    "Save as draft": "Enregistrer comme brouillon",
    "Cancel": "Annuler",
    "Close": "Fermer",
    "Delete": "Supprimer",
    "Edit": "Modifier",
    "View": "Consulter",
    "Open": "Ouvrir",
    "Add": "Ajouter",
    "Create": "Créer",
    "Duplicate": "Dupliquer",
    "Share": "Partager",
    "Send": "Envoyer",
    "Send now": "Envoyer maintenant",
    "Retry": "Réessayer",
    "Retry sending": "Relancer l'envoi",
    "Reload": "Recharger",
    "Reset": "Réinitialiser",
    "Link": "Lier",
    "Unlink": "Délier",
    "Download": "Télécharger",
    "Apply": "Valider",
    "OK": "OK",
    "Yes": "Oui",
    "No": "Non",
    "Saved views": "Vues enregistrées",
    "Saved views: a search and filters under a name": (
        "Vues enregistrées : une recherche et des filtres sous un nom"
    ),
    "Save the current search and filters as a view": (
        "Enregistrer la recherche et les filtres actuels comme une vue"
    ),
    "Delete the selected view": "Supprimer la vue sélectionnée",
    "Save the view": "Enregistrer la vue",
    "Name of the view:": "Nom de la vue :",
    "%1 d %2 h": "%1 j %2 h",
    "%1 d": "%1 j",
    "%1 h %2 min": "%1 h %2 min",
    "%1 h": "%1 h",
    "%1 min": "%1 min",
    "< 1 min": "< 1 min",
    "Loading…": "Chargement…",
    "Sending…": "Envoi en cours…",
    "Saved.": "Enregistré.",
    "Saved to %1.": "Enregistré dans %1.",
    "Could not write %1: %2": "Impossible d'écrire %1 : %2",
    "Cannot read %1: %2": "Impossible de lire %1 : %2",
    "Must not be in the future.": "Ne doit pas être dans le futur.",
    "Must be after the start.": "Doit être après le début.",
    "another user": "un autre utilisateur",
    "Another user": "Un autre utilisateur",
    "Showing the first %1 — refine the search": (
        "Affichage des %1 premiers résultats — affinez la recherche"
    ),
    # the opportunity and its fields (GLOSSARY.md)
    "Opportunity": "Opportunité",
    "Opportunities": "Opportunités",
    "Opportunity record": "Fiche opportunité",
    "Opportunity name": "Nom de l'opportunité",
    "Reference": "Identifiant",
    "Source": "Source",
    "Due date": "Date d'échéance",
    "Potential amount": "Montant potentiel",
    "Weighted amount": "Montant pondéré",
    "Pipeline": "Pipeline",
    "Stage": "Étape",
    "Stages": "Étapes",
    "Probability": "Probabilité",
    "Brief": "Brief",
    "Note": "Note",
    "Notes": "Notes",
    "Assigned collaborator": "Collaborateur affecté",
    "Assigned collaborators": "Collaborateurs affectés",
    "Collaborator": "Collaborateur",
    "Owner": "Propriétaire",
    "Responsible contact": "Contact responsable",
    "Linked contact": "Contact lié",
    "Linked company": "Société liée",
    "Status": "Statut",
    "Closing date": "Date de clôture",
    "Reason for loss": "Motif de la perte",
    "Reason": "Motif",
    "Custom fields": "Champs personnalisés",
    "Smart-tags": "Smart-tags",
    "Smart-tag": "Smart-tag",
    "Tags": "Smart-tags",
    "Shared with": "Partagée avec",
    "Currency": "Devise",
    "Bulk actions": "Actions en masse",
    "Choose an action": "Choisissez une action à effectuer",
    "Choose an action to perform": "Choisissez une action à effectuer",
    "Actions": "Actions",
    "Edit the opportunity": "Modifier l'opportunité",
    "Duplicate the opportunity": "Dupliquer l'opportunité",
    "Delete the opportunity": "Supprimer l'opportunité",
    "Create an opportunity": "Créer une opportunité",
    "Create an opportunity (Ctrl+N)": "Créer une opportunité (Ctrl+N)",
    "Delete the opportunity %1 — %2?": "Supprimer l'opportunité %1 — %2 ?",
    "Opportunity deleted.": "Opportunité supprimée.",
    "Late: the due date has passed": "En retard : la date d'échéance est dépassée",
    # record tabs and their actions (source document)
    "Activity": "Activité",
    "Activity history": "Historique des activités",
    "General information": "Informations générales",
    "Linked documents": "Documents liés",
    "Redactor documents": "Documents Redactor",
    "Files": "Fichiers",
    "Comment": "Commenter",
    "Send an email": "Envoyer un email",
    "Log a call": "Ajouter un appel",
    "Schedule a task": "Programmer une tâche",
    "Create an event": "Créer un événement",
    "Link a document": "Lier un document",
    "Create a document": "Créer un document",
    "Create a Redactor document": "Créer un document Redactor",
    "Add a document": "Ajouter un document",
    "Log time": "Déclarer des heures",
    "See the time entries": "Voir les entrées de temps",
    "View time entries": "Voir les entrées de temps",
    "Time entries": "Entrées de temps",
    # companies and contacts
    "Company": "Société",
    "Companies": "Sociétés",
    "Contact": "Contact",
    "Contacts": "Contacts",
    "Client": "Client",
    "Clients": "Clients",
    "Prospect": "Prospect",
    "Prospects": "Prospects",
    "New company": "Nouvelle société",
    "New contact": "Nouveau contact",
    "Name": "Nom",
    "Name *": "Nom *",
    "Kind": "Type",
    "Type": "Type",
    "Address": "Adresse",
    "Postal code": "Code postal",
    "City": "Ville",
    "Country": "Pays",
    "Phone": "Téléphone",
    "Email": "Email",
    "Website": "Site web",
    "SIREN": "SIREN",
    "First name": "Prénom",
    "Last name": "Nom",
    "Last name *": "Nom *",
    "Job title": "Fonction",
    "name@example.com": "nom@exemple.fr",
    "name@example.com, …": "nom@exemple.fr, …",
    # users and administration
    "Users": "Utilisateurs",
    "User": "Utilisateur",
    "Login": "Nom d'utilisateur",
    "Password": "Mot de passe",
    "Display name": "Nom affiché",
    "Profile": "Profil",
    "Privilege profile": "Profil de privilèges",
    "Privilege profiles": "Profils de privilèges",
    "Groups": "Groupes",
    "Group": "Groupe",
    "New user": "Nouvel utilisateur",
    "Reset password": "Réinitialiser le mot de passe",
    "Password changed.": "Mot de passe modifié.",
    "Deactivate": "Désactiver",
    "Reactivate": "Réactiver",
    "Rename": "Renommer",
    "Administration": "Administration",
    "Bulk action": "Action en masse",
    "Move opportunities to": "Déplacer les opportunités vers",
    "Default probability": "Probabilité par défaut",
    "Merge into": "Fusionner dans",
    "Members": "Membres",
    "Remove": "Retirer",
    # sales documents
    "Quote": "Devis",
    "Invoice": "Facture",
    "Order": "Bon de commande",
    "Delivery note": "Bon de livraison",
    "Credit note": "Avoir",
    "Proforma invoice": "Facture proforma",
    # common columns and labels
    "Title": "Titre",
    "Date": "Date",
    "Date and time": "Date et heure",
    "Duration": "Durée",
    "Description": "Description",
    "Total": "Total",
    "Total: %1": "Total : %1",
    "Size": "Taille",
    "Number": "Numéro",
    "Amount": "Montant",
    "Template": "Modèle",
    "Author": "Auteur",
    "Field": "Champ",
    "Columns": "Colonnes",
    "Rows": "Lignes",
    "Filters": "Filtres",
    "Progress": "Avancement",
    "Information": "Informations",
    "Page break": "Saut de page",
    "Insert an image": "Insérer une image",
    "Insert a table": "Insérer un tableau",
    "Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)": (
        "Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)"
    ),
    "View, edit or download": "Consulter, éditer ou télécharger",
    "Delete the document": "Supprimer le document",
    "No custom field is defined for opportunities.": (
        "Aucun champ personnalisé n'est défini pour les opportunités."
    ),
    "Your privilege profile does not allow this; ask an administrator.": (
        f"Votre profil de privilèges ne le permet pas : {PRIVILEGES}"
    ),
}

# --- texts that depend on where they are (context = the Python class, or the
# QCoreApplication.translate context) -------------------------------------------------------
BY_CONTEXT: dict[tuple[str, ...], str] = {
    (
        "FieldFormDialog",
        "%1 saved this record on %2, after you opened it. Your changes are still here: save "
        "again to apply them on top of theirs, or cancel to keep theirs.",
    ): (
        "%1 a enregistré cette fiche le %2, après que vous l'avez ouverte. Vos modifications "
        "sont toujours là : enregistrez à nouveau pour les appliquer par-dessus les siennes, "
        "ou annulez pour garder les siennes."
    ),
    # ActivityHistoryWidget
    ("ActivityHistoryWidget", "Show:"): "Afficher :",
    ("ActivityHistoryWidget", "Mark done / not done"): "Marquer comme faite / à faire",
    ("ActivityHistoryWidget", "Export .ics…"): "Exporter en .ics…",
    ("ActivityHistoryWidget", "No activity of this kind yet."): (
        "Aucune activité de ce type pour le moment."
    ),
    ("ActivityHistoryWidget", "No activity yet."): "Aucune activité pour le moment.",
    (
        "ActivityHistoryWidget",
        "No activity yet: use the buttons above to comment, send an email, log a call, "
        "schedule a task or create an event.",
    ): (
        "Aucune activité pour le moment : utilisez les boutons ci-dessus pour commenter, "
        "envoyer un email, ajouter un appel, programmer une tâche ou créer un événement."
    ),
    # ActivityLabels (kinds, filters, badges, history lines)
    ("ActivityLabels", "Comment"): "Commentaire",
    ("ActivityLabels", "Email"): "Email",
    ("ActivityLabels", "Call"): "Appel",
    ("ActivityLabels", "Task"): "Tâche",
    ("ActivityLabels", "Event"): "Événement",
    ("ActivityLabels", "All activities"): "Toutes les activités",
    ("ActivityLabels", "Comments"): "Commentaires",
    ("ActivityLabels", "Emails"): "Emails",
    ("ActivityLabels", "Calls"): "Appels",
    ("ActivityLabels", "Tasks"): "Tâches",
    ("ActivityLabels", "Events"): "Événements",
    ("ActivityLabels", "Draft"): "Brouillon",
    ("ActivityLabels", "To send"): "À envoyer",
    ("ActivityLabels", "Sent"): "Envoyé",
    ("ActivityLabels", "Failed"): "Échec",
    ("ActivityLabels", "Incoming call"): "Appel entrant",
    ("ActivityLabels", "Outgoing call"): "Appel sortant",
    ("ActivityLabels", "Done"): "Terminée",
    ("ActivityLabels", "Late"): "En retard",
    ("ActivityLabels", "To do"): "À faire",
    ("ActivityLabels", "Upcoming"): "À venir",
    ("ActivityLabels", "(no subject)"): "(sans objet)",
    ("ActivityLabels", "To: %1"): "À : %1",
    ("ActivityLabels", "Cc: %1"): "Cc : %1",
    ("ActivityLabels", "Due %1"): "Échéance : %1",
    ("ActivityLabels", "Assigned to %1"): "Affectée à %1",
    # ActivityRowDelegate (buttons painted on a history row, and their tooltips)
    ("ActivityRowDelegate", "Export .ics"): "Exporter .ics",
    ("ActivityRowDelegate", "Send this email now"): "Envoyer cet email maintenant",
    ("ActivityRowDelegate", "Put this email back in the outbox and send it"): (
        "Remettre cet email dans la boîte d'envoi et l'envoyer"
    ),
    ("ActivityRowDelegate", "Save this event as a calendar file (.ics)"): (
        "Enregistrer cet événement dans un fichier de calendrier (.ics)"
    ),
    ("ActivityRowDelegate", "Delete this entry"): "Supprimer cette entrée",
    # ActivityTab
    ("ActivityTab", "%1 saved."): "Activité enregistrée : %1.",
    ("ActivityTab", "Export the event"): "Exporter l'événement",
    ("ActivityTab", "Calendar files (*.ics)"): "Fichiers de calendrier (*.ics)",
    ("ActivityTab", "Event exported to %1."): "Événement exporté vers %1.",
    ("ActivityTab", "Delete this entry (%1) from the activity history?"): (
        "Supprimer cette entrée (%1) de l'historique des activités ?"
    ),
    ("ActivityTab", "Delete the entry"): "Supprimer l'entrée",
    # App (bootstrap.py: start-up questions)
    ("App", "Empty workspace"): "Espace de travail vide",
    (
        "App",
        "This workspace is empty. Load demo data (1,000 opportunities with French companies "
        "and contacts) to try oppdesk?",
    ): (
        f"Cet espace de travail est vide. Charger des données de démonstration (1{NNBSP}000 "
        "opportunités avec des sociétés et des contacts français) pour essayer oppdesk ?"
    ),
    ("App", "Loading demo data…"): "Chargement des données de démonstration…",
    (
        "App",
        "Updating the workspace database to this version of oppdesk…\n"
        "This happens once, and can take a minute for a very large workspace.",
    ): (
        "Mise à jour de la base de données de l'espace de travail pour cette version "
        "d'oppdesk…\nCela n'arrive qu'une fois et peut prendre une minute pour un très "
        "grand espace de travail."
    ),
    ("App", "An unexpected error occurred. Details were written to the log."): (
        "Une erreur inattendue s'est produite. Les détails ont été écrits dans le journal."
    ),
    # AdminSection (the common frame of the administration sections: errors, field names)
    ("AdminSection", "The workspace must keep at least one active administrator."): (
        "L'espace de travail doit conserver au moins un administrateur actif."
    ),
    ("AdminSection", "Users still have this profile: give them another one first."): (
        "Des utilisateurs ont encore ce profil : attribuez-leur d'abord un autre profil."
    ),
    ("AdminSection", "It still holds opportunities: move them first."): (
        "Des opportunités s'y trouvent encore : déplacez-les d'abord."
    ),
    ("AdminSection", "It is the only one left and cannot be deleted."): (
        "C'est le dernier restant : il ne peut pas être supprimé."
    ),
    ("AdminSection", "The list no longer matches: reload and try again."): (
        "La liste n'est plus à jour : rechargez-la et réessayez."
    ),
    ("AdminSection", "Choose another smart-tag."): "Choisissez un autre smart-tag.",
    ("AdminSection", "Must contain {number} once, e.g. OPP-{number:05d}."): (
        "Doit contenir {number} une seule fois, par exemple OPP-{number:05d}."
    ),
    ("AdminSection", "Use 2 to 80 lowercase letters, digits and . _ @ -"): (
        "Utilisez de 2 à 80 lettres minuscules, chiffres et . _ @ -"
    ),
    ("AdminSection", "Active"): "Actif",
    # BulkActionBarWidget (Actions en masse: the source document's list of actions)
    ("BulkActionBarWidget", "Change sharing options"): "Modifier les options de partage",
    ("BulkActionBarWidget", "Delete"): "Supprimer des opportunités",
    ("BulkActionBarWidget", "Assign collaborators"): "Assigner des collaborateurs",
    ("BulkActionBarWidget", "Edit custom fields"): "Éditer les champs personnalisés",
    ("BulkActionBarWidget", "Edit smart-tags"): "Modifier les smart-tags",
    ("BulkActionBarWidget", "Move (pipeline and stage)"): "Déplacer (pipeline et étape)",
    ("BulkActionBarWidget", "Change the status"): "Modifier le statut",
    ("BulkActionBarWidget", "Change due dates"): "Modifier les dates d'échéance",
    ("BulkActionBarWidget", "Edit the source"): "Éditer la source",
    ("BulkActionBarWidget", "Create a task"): "Créer une tâche",
    ("BulkActionBarWidget", "Choose an action"): "Choisissez une action à effectuer",
    ("BulkActionBarWidget", "Apply"): "Valider",
    ("BulkActionBarWidget", "Undo last bulk action"): "Annuler la dernière action en masse",
    ("BulkActionBarWidget", "Applying the bulk action…"): "Application de l'action en masse…",
    ("BulkActionBarWidget", "Cancelled: nothing was changed."): "Annulé : rien n'a été modifié.",
    (
        "BulkActionBarWidget",
        "Some of these records were changed after the bulk action; it can no longer be undone.",
    ): (
        "Certaines de ces opportunités ont été modifiées après l'action en masse ; elle ne peut "
        "plus être annulée."
    ),
    ("BulkActionBarWidget", "Undo"): "Annuler",
    # BulkActionDialog (the form of each bulk action)
    ("BulkActionDialog", "(unchanged)"): "(inchangé)",
    ("BulkActionDialog", "Share with"): "Partager avec",
    ("BulkActionDialog", "Share with groups"): "Partager avec des groupes",
    ("BulkActionDialog", "The checked opportunities will be deleted."): (
        "Les opportunités cochées seront supprimées."
    ),
    ("BulkActionDialog", "Value"): "Valeur",
    ("BulkActionDialog", "Comma-separated smart-tags"): "Smart-tags séparés par des virgules",
    ("BulkActionDialog", "Open"): "En cours",  # statuses
    ("BulkActionDialog", "Won"): "Gagnée",
    ("BulkActionDialog", "Lost"): "Perdue",
    ("BulkActionDialog", "Cancelled"): "Annulée",
    ("BulkActionDialog", "Closed"): "Clôturée",
    ("BulkActionDialog", "Late"): "En retard",
    ("BulkActionDialog", "Reason (lost)"): "Motif de la perte",
    ("BulkActionDialog", "Change"): "Modification",
    ("BulkActionDialog", "Set a date"): "Fixer une date",
    ("BulkActionDialog", "Shift by days"): "Décaler d'un nombre de jours",
    ("BulkActionDialog", "Days"): "Jours",
    ("BulkActionDialog", "(none)"): "(aucune)",  # no source
    ("BulkActionDialog", "Due"): "Échéance",
    ("BulkActionDialog", "Assignee"): "Affectée à",  # the task's collaborator
    # CallFormDialog
    ("CallFormDialog", "Outgoing call"): "Appel sortant",
    ("CallFormDialog", "Incoming call"): "Appel entrant",
    ("CallFormDialog", " min"): " min",
    ("CallFormDialog", "Reached"): "Joint",
    ("CallFormDialog", "Voicemail"): "Messagerie vocale",
    ("CallFormDialog", "No answer"): "Pas de réponse",
    ("CallFormDialog", "Call back"): "À rappeler",
    ("CallFormDialog", "Direction"): "Sens",
    ("CallFormDialog", "Outcome"): "Résultat",
    # ClosingDialog
    ("ClosingDialog", "Mark the opportunity as won"): "Marquer l'opportunité comme gagnée",
    ("ClosingDialog", "Mark the opportunity as lost"): "Marquer l'opportunité comme perdue",
    ("ClosingDialog", "Cancel the opportunity"): "Annuler l'opportunité",
    ("ClosingDialog", "Close the opportunity"): "Clôturer l'opportunité",
    ("ClosingDialog", "Choose or type a reason"): "Choisissez ou saisissez un motif",
    # CommentFormDialog: the window title and the field's label
    ("CommentFormDialog", "Comment"): "Commentaire",
    ("CommentFormDialog", "Write a comment…"): "Écrivez un commentaire…",
    # CompaniesWidget
    ("CompaniesWidget", "Search a company…"): "Rechercher une société…",
    ("CompaniesWidget", "All companies"): "Toutes les sociétés",
    # CompanyFormDialog
    ("CompanyFormDialog", "Edit the company"): "Modifier la société",
    ("CompanyFormDialog", "9 digits"): "9 chiffres",
    ("CompanyFormDialog", "A SIREN number has 9 digits."): "Un numéro SIREN comporte 9 chiffres.",
    # CompanyPickerWidget
    ("CompanyPickerWidget", "Type to search a client or prospect…"): (
        "Saisissez pour rechercher un client ou un prospect…"
    ),
    ("CompanyPickerWidget", "Create a new company"): "Créer une nouvelle société",
    # CompanyRecordWindow
    ("CompanyRecordWindow", "Contacts (%1)"): "Contacts (%1)",
    ("CompanyRecordWindow", "%1 — Company"): "%1 — Société",
    # ConflictDialog
    ("ConflictDialog", "Someone else changed this opportunity"): (
        "Quelqu'un d'autre a modifié cette opportunité"
    ),
    ("ConflictDialog", "%1 deleted this opportunity (%2). Your changes cannot be saved."): (
        "%1 a supprimé cette opportunité (%2). Vos modifications ne peuvent pas être enregistrées."
    ),
    ("ConflictDialog", "%1 saved this opportunity on %2, after you opened it."): (
        "%1 a enregistré cette opportunité le %2, après que vous l'avez ouverte."
    ),
    ("ConflictDialog", "Their changes do not touch the values you set."): (
        "Ses modifications ne concernent pas les valeurs que vous avez saisies."
    ),
    ("ConflictDialog", "Your other changes: %1."): "Vos autres modifications : %1.",
    ("ConflictDialog", "Your value"): "Votre valeur",
    ("ConflictDialog", "Value saved by them"): "Valeur enregistrée entre-temps",
    ("ConflictDialog", "Discard your changes and show the record as saved"): (
        "Abandonner vos modifications et afficher la fiche telle qu'elle est enregistrée"
    ),
    ("ConflictDialog", "Apply my changes on top"): "Appliquer mes modifications par-dessus",
    ("ConflictDialog", "Keep your changes in the form without saving"): (
        "Conserver vos modifications dans le formulaire sans enregistrer"
    ),
    # ContactFormDialog
    ("ContactFormDialog", "Edit the contact"): "Modifier le contact",
    ("ContactFormDialog", "Company *"): "Société *",
    # ContactsWidget
    ("ContactsWidget", "Search a contact or a company…"): "Rechercher un contact ou une société…",
    # CustomFieldsSection (administration: the custom fields of opportunities)
    ("CustomFieldsSection", "One choice per line (choice fields)"): (
        "Un choix par ligne (champs à choix)"
    ),
    ("CustomFieldsSection", "Required"): "Obligatoire",
    ("CustomFieldsSection", "Active"): "Actif",
    ("CustomFieldsSection", "New field"): "Nouveau champ",
    ("CustomFieldsSection", "Label"): "Libellé",
    ("CustomFieldsSection", "Code"): "Code",
    ("CustomFieldsSection", "Choices"): "Choix",
    ("CustomFieldsSection", "Order"): "Ordre",
    ("CustomFieldsSection", "Text"): "Texte",  # field types
    ("CustomFieldsSection", "Long text"): "Texte long",
    ("CustomFieldsSection", "Number"): "Nombre",
    ("CustomFieldsSection", "Amount"): "Montant",
    ("CustomFieldsSection", "Yes / no"): "Oui / non",
    ("CustomFieldsSection", "Single choice"): "Choix unique",
    ("CustomFieldsSection", "Multiple choice"): "Choix multiple",
    ("CustomFieldsSection", "Web address"): "Adresse web",
    ("CustomFieldsSection", " (inactive)"): " (inactif)",
    ("CustomFieldsSection", "Custom field saved."): "Champ personnalisé enregistré.",
    # CustomFieldsTab: "Éditer" in the record tabs (source document)
    ("CustomFieldsTab", "Edit"): "Éditer",
    ("CustomFieldsTab", "Edit the custom fields"): "Éditer les champs personnalisés",
    # EmailFormDialog
    ("EmailFormDialog", "To"): "À",
    ("EmailFormDialog", "Cc"): "Cc",
    ("EmailFormDialog", "Subject"): "Objet",
    ("EmailFormDialog", "Message"): "Message",
    # Errors (error_text.py): field errors and the names of the fields they are about
    ("Errors", "This field is required."): "Ce champ est obligatoire.",
    ("Errors", "At most %1 characters."): "%1 caractères au maximum.",
    ("Errors", "This value has the wrong format."): "Le format de cette valeur est incorrect.",
    ("Errors", "Must not be negative."): "Ne peut pas être négatif.",
    ("Errors", "This amount is too large."): "Ce montant est trop élevé.",
    ("Errors", "At most two decimals."): "Deux décimales au maximum.",
    ("Errors", "Must be between %1 and %2."): "Doit être compris entre %1 et %2.",
    ("Errors", "Choose one of the proposed values."): "Choisissez l'une des valeurs proposées.",
    ("Errors", "This record no longer exists or is inactive."): (
        "Cet élément n'existe plus ou est inactif."
    ),
    ("Errors", "Must belong to the linked company."): "Doit appartenir à la société liée.",
    ("Errors", "Choose a stage of the selected pipeline."): (
        "Choisissez une étape du pipeline sélectionné."
    ),
    ("Errors", "This value is already used."): "Cette valeur est déjà utilisée.",
    ("Errors", "This person cannot see this opportunity: share it with them first."): (
        "Cette personne ne voit pas cette opportunité : partagez-la d'abord avec elle."
    ),
    ("Errors", "Enter an email address such as name@example.com."): (
        "Saisissez une adresse email, par exemple nom@exemple.fr."
    ),
    ("Errors", "Enter a web address starting with http:// or https://."): (
        "Saisissez une adresse web commençant par http:// ou https://."
    ),
    ("Errors", "Enter a phone number (digits, spaces, + . - ( ))."): (
        "Saisissez un numéro de téléphone (chiffres, espaces, + . - ( ))."
    ),
    ("Errors", "Enter a three-letter currency code such as EUR."): (
        "Saisissez un code de devise à trois lettres, par exemple EUR."
    ),
    ("Errors", "Contains characters that are not allowed."): (
        "Contient des caractères non autorisés."
    ),
    ("Errors", "This date and time needs a time zone."): (
        "Cette date et heure doit comporter un fuseau horaire."
    ),
    ("Errors", "Unlink the sales documents of the current company before changing it."): (
        "Déliez les documents de vente de la société actuelle avant de la changer."
    ),
    ("Errors", "Too many values."): "Trop de valeurs.",
    ("Errors", "Too short."): "Trop court.",
    ("Errors", "Choose one or the other, not both."): "Choisissez l'un ou l'autre, pas les deux.",
    ("Errors", "More than 24 hours would be logged on that day."): (
        "Plus de 24 heures seraient déclarées ce jour-là."
    ),
    ("Errors", "This activity is not a task."): "Cette activité n'est pas une tâche.",
    ("Errors", "This activity is not an event."): "Cette activité n'est pas un événement.",
    ("Errors", "This activity is not an email."): "Cette activité n'est pas un email.",
    ("Errors", "This email cannot go to that state from its current one."): (
        "Cet email ne peut pas passer à cet état depuis son état actuel."
    ),
    ("Errors", "Contact"): "Contact responsable",
    (
        "Errors",
        "Your privilege profile does not allow this action. Ask your administrator to change "
        "your rights in your privilege profile.",
    ): f"Votre profil de privilèges ne permet pas cette action : {PRIVILEGES}",
    ("Errors", "%1 changed this record since you opened it."): (
        "%1 a modifié cette fiche depuis que vous l'avez ouverte."
    ),
    ("Errors", "This record no longer exists (it may have been deleted)."): (
        "Cette fiche n'existe plus (elle a peut-être été supprimée)."
    ),
    ("Errors", "Unknown login or wrong password."): (
        "Nom d'utilisateur inconnu ou mot de passe incorrect."
    ),
    # EventFormDialog
    ("EventFormDialog", "Start"): "Début",
    ("EventFormDialog", "End"): "Fin",
    ("EventFormDialog", "Location"): "Lieu",
    ("EventFormDialog", "Attendees"): "Participants",
    # FileTableModel
    ("FileTableModel", "Added by"): "Ajouté par",
    # FileTransfers: why a file was refused, after "file name: "
    ("FileTransfers", "it is larger than the limit of %1 MB per file."): (
        "il dépasse la limite de %1 Mo par fichier."
    ),
    ("FileTransfers", "it is too large to be added."): "il est trop volumineux pour être ajouté.",
    ("FileTransfers", "it cannot be read (%1)."): "il ne peut pas être lu (%1).",
    # FilesTab
    ("FilesTab", "No file yet. Click “Add a document” or drop files here."): (
        f"Aucun fichier pour le moment. Cliquez sur {q('Ajouter un document')} ou déposez des "
        "fichiers ici."
    ),
    ("FilesTab", "Tip: drop files on this tab to add them."): (
        "Astuce : déposez des fichiers sur cet onglet pour les ajouter."
    ),
    (
        "FilesTab",
        "If you don't have access to files, ask your administrator to change your rights in "
        "your privilege profile.",
    ): f"Attention : si vous n'avez pas accès aux fichiers, {PRIVILEGES}",
    ("FilesTab", "No file has been added to this opportunity."): (
        "Aucun fichier n'a été ajouté à cette opportunité."
    ),
    ("FilesTab", "Add files (or drop them on this tab)"): (
        "Ajouter des fichiers (ou les déposer sur cet onglet)"
    ),
    ("FilesTab", "Add documents"): "Ajouter des documents",
    ("FilesTab", "Adding %1 (%2 of %3)…"): "Ajout de %1 (%2 sur %3)…",
    ("FilesTab", "Adding %1…"): "Ajout de %1…",
    ("FilesTab", "Files added: %1."): "Fichiers ajoutés : %1.",
    ("FilesTab", "Refused: %1."): "Refusés : %1.",
    ("FilesTab", "Some files were not added"): "Certains fichiers n'ont pas été ajoutés",
    ("FilesTab", "Save the document as"): "Enregistrer le document sous",
    ("FilesTab", "Delete the file “%1”?"): f"Supprimer le fichier {q('%1')} ?",
    ("FilesTab", "Delete the file"): "Supprimer le fichier",
    ("FilesTab", "%1 deleted."): "%1 supprimé.",
    # GeneralSection (administration: workspace settings)
    ("GeneralSection", "General"): "Général",
    ("GeneralSection", "Must contain {number}, e.g. OPP-{number:05d}"): (
        "Doit contenir {number}, par exemple OPP-{number:05d}"
    ),
    ("GeneralSection", " MB"): " Mo",
    ("GeneralSection", "One reason per line"): "Un motif par ligne",
    ("GeneralSection", "Reference pattern"): "Modèle d'identifiant",
    ("GeneralSection", "Next reference"): "Prochain identifiant",
    ("GeneralSection", "Default currency"): "Devise par défaut",
    ("GeneralSection", "File size limit"): "Taille maximale des fichiers",
    ("GeneralSection", "Reasons for a lost opportunity"): "Motifs de perte d'une opportunité",
    ("GeneralSection", "Invalid pattern: it must contain {number} once."): (
        "Modèle non valide : il doit contenir {number} une seule fois."
    ),
    ("GeneralSection", "Settings saved."): "Paramètres enregistrés.",
    # GeneralInfoTab: "Éditer" in the record tabs (source document)
    ("GeneralInfoTab", "Edit"): "Éditer",
    ("GeneralInfoTab", "Company"): "Société liée",
    ("GeneralInfoTab", "No note."): "Aucune note.",
    ("GeneralInfoTab", "Owner and shares"): "Propriétaire et partages",
    ("GeneralInfoTab", "No custom field."): "Aucun champ personnalisé.",
    ("GeneralInfoTab", "Created on %1 by %2"): "Créée le %1 par %2",
    ("GeneralInfoTab", "last changed on %1 by %2"): "modifiée le %1 par %2",
    # LinkDocumentDialog
    (
        "LinkDocumentDialog",
        "Sales documents of %1 that are not linked to this opportunity yet. Only documents "
        "created on the same client or prospect record can be linked.",
    ): (
        "Documents de vente de %1 qui ne sont pas encore liés à cette opportunité. Seuls les "
        "documents créés sur la même fiche client ou prospect peuvent être liés."
    ),
    ("LinkDocumentDialog", "Filter by number, type, title…"): "Filtrer par numéro, type, titre…",
    ("LinkDocumentDialog", "This company has no other sales document to link."): (
        "Cette société n'a aucun autre document de vente à lier."
    ),
    # LinkedDocumentsTab
    (
        "LinkedDocumentsTab",
        "No sales document is linked to this opportunity yet. Link an existing quote, "
        "invoice, order, delivery note, credit note or proforma invoice of the same company, "
        "or create one.",
    ): (
        "Aucun document de vente n'est encore lié à cette opportunité. Liez un devis, une "
        "facture, un bon de commande, un bon de livraison, un avoir ou une facture proforma "
        "existant de la même société, ou créez-en un."
    ),
    ("LinkedDocumentsTab", "No sales document is linked to this opportunity."): (
        "Aucun document de vente n'est lié à cette opportunité."
    ),
    ("LinkedDocumentsTab", "Documents: %1"): "Documents : %1",
    ("LinkedDocumentsTab", "Link a sales document of the same company"): (
        "Lier un document de vente de la même société"
    ),
    ("LinkedDocumentsTab", "Create a sales document, already linked"): (
        "Créer un document de vente déjà lié"
    ),
    ("LinkedDocumentsTab", "Unlink the selected document"): "Délier le document sélectionné",
    ("LinkedDocumentsTab", "%1 %2 linked."): "Document lié : %1 %2.",
    ("LinkedDocumentsTab", "%1 %2 created and linked."): "Document créé et lié : %1 %2.",
    ("LinkedDocumentsTab", "Unlink %1 %2 from this opportunity? The document itself is kept."): (
        f"Délier le document {q('%1 %2')} de cette opportunité ? Le document lui-même est conservé."
    ),
    ("LinkedDocumentsTab", "Unlink the document"): "Délier le document",
    ("LinkedDocumentsTab", "%1 unlinked."): "Document %1 délié.",
    # MainWindow
    ("MainWindow", "oppdesk — %1 — %2"): "oppdesk — %1 — %2",
    ("MainWindow", "Main"): "Barre principale",
    ("MainWindow", "Add"): "Ajout",  # the global add button (source document)
    ("MainWindow", "Add", "global add button"): "Ajout",
    ("MainWindow", "oppdesk"): "oppdesk",
    # NewRedactorDocumentDialog
    ("NewRedactorDocumentDialog", "Blank document"): "Document vierge",
    ("NewRedactorDocumentDialog", "Start from:"): "À partir de :",
    # OpportunityFilterBarWidget
    ("OpportunityFilterBarWidget", "any"): "indifférente",  # an empty date bound
    ("OpportunityFilterBarWidget", "Due from"): "Échéance à partir du",
    ("OpportunityFilterBarWidget", "Due until"): "Échéance jusqu'au",
    ("OpportunityFilterBarWidget", "Min. amount"): "Montant min.",
    ("OpportunityFilterBarWidget", "Max. amount"): "Montant max.",
    ("OpportunityFilterBarWidget", "Due:"): "Échéance :",
    ("OpportunityFilterBarWidget", "All statuses"): "Tous les statuts",
    ("OpportunityFilterBarWidget", "All pipelines"): "Tous les pipelines",
    ("OpportunityFilterBarWidget", "All owners"): "Tous les propriétaires",
    ("OpportunityFilterBarWidget", "All collaborators"): "Tous les collaborateurs",
    ("OpportunityFilterBarWidget", "All sources"): "Toutes les sources",
    ("OpportunityFilterBarWidget", "All stages"): "Toutes les étapes",
    # OpportunityFormDialog
    ("OpportunityFormDialog", "none"): "aucune",  # an empty due date
    ("OpportunityFormDialog", "(none)"): "(aucun)",  # no contact
    ("OpportunityFormDialog", "Company (client or prospect)"): "Société (client ou prospect)",
    ("OpportunityFormDialog", "Your changes were discarded; here is the saved record."): (
        "Vos modifications ont été abandonnées ; voici la fiche enregistrée."
    ),
    # OpportunityListWidget (the list, its totals and the row menu "…")
    ("OpportunityListWidget", "Search name, reference, company, contact…"): (
        "Rechercher par nom, identifiant, société, contact…"
    ),
    ("OpportunityListWidget", "Amount: %1"): "Montant potentiel : %1",
    ("OpportunityListWidget", "Weighted: %1"): "Montant pondéré : %1",
    ("OpportunityListWidget", "Open"): "Ouvrir",
    ("OpportunityListWidget", "Edit"): "Modifier",
    ("OpportunityListWidget", "Duplicate"): "Dupliquer",
    ("OpportunityListWidget", "Delete"): "Supprimer",
    ("OpportunityListWidget", "Reset columns"): "Réinitialiser les colonnes",
    ("OpportunityListWidget", "Apply", "bulk actions"): "Valider",
    ("OpportunityListWidget", "Apply"): "Valider",
    # OpportunityRecordWindow
    ("OpportunityRecordWindow", "This tab is being built."): (
        "Cet onglet est en cours de construction."
    ),
    ("OpportunityRecordWindow", "%1 — %2 — Opportunity"): "%1 — %2 — Opportunité",
    (
        "OpportunityRecordWindow",
        "The opportunity %1 was deleted or is no longer shared with you; its record closed.",
    ): (
        "L'opportunité %1 a été supprimée ou n'est plus partagée avec vous ; sa fiche a été fermée."
    ),
    # OpportunitySummaryDialog
    ("OpportunitySummaryDialog", "Company"): "Société liée",
    ("OpportunitySummaryDialog", "Contact"): "Contact responsable",
    # OpportunityTableModel (list columns)
    ("OpportunityTableModel", "Name"): "Nom de l'opportunité",
    ("OpportunityTableModel", "Amount"): "Montant potentiel",
    ("OpportunityTableModel", "Created"): "Créée le",
    ("OpportunityTableModel", "Updated"): "Modifiée le",
    ("OpportunityTableModel", "Late: the due date has passed and the opportunity is still open"): (
        "En retard : la date d'échéance est dépassée et l'opportunité est toujours en cours"
    ),
    # OutboxText (the outbox bar of the Activité tab)
    (
        "OutboxText",
        "No SMTP server is configured in the settings: emails are kept as “To send” until an "
        "administrator configures one.",
    ): (
        "Aucun serveur SMTP n'est configuré dans les paramètres : les emails restent "
        f"{q('À envoyer')} jusqu'à ce qu'un administrateur en configure un."
    ),
    (
        "OutboxText",
        "The SMTP password cannot be read: no system keyring is available on this computer. "
        "Emails are kept as “To send”.",
    ): (
        "Le mot de passe SMTP ne peut pas être lu : aucun trousseau système n'est disponible "
        f"sur cet ordinateur. Les emails restent {q('À envoyer')}."
    ),
    (
        "OutboxText",
        "No SMTP password is stored on this computer: enter it in the SMTP settings. Emails "
        "are kept as “To send”.",
    ): (
        "Aucun mot de passe SMTP n'est enregistré sur cet ordinateur : saisissez-le dans les "
        f"paramètres SMTP. Les emails restent {q('À envoyer')}."
    ),
    (
        "OutboxText",
        "The mail server cannot be reached (offline?): emails are kept as “To send”; send "
        "them again later.",
    ): (
        "Le serveur de messagerie est injoignable (hors ligne ?) : les emails restent "
        f"{q('À envoyer')} ; renvoyez-les plus tard."
    ),
    (
        "OutboxText",
        "The secure connection to the mail server failed: emails are kept as “To send”.",
    ): (
        "La connexion sécurisée au serveur de messagerie a échoué : les emails restent "
        f"{q('À envoyer')}."
    ),
    (
        "OutboxText",
        "The mail server refused the login: check the SMTP settings. Emails are kept as “To send”.",
    ): (
        "Le serveur de messagerie a refusé l'authentification : vérifiez les paramètres SMTP. "
        f"Les emails restent {q('À envoyer')}."
    ),
    ("OutboxText", "Emails waiting to be sent: %1."): "Emails en attente d'envoi : %1.",
    ("OutboxText", "No email was waiting to be sent."): "Aucun email n'était en attente d'envoi.",
    ("OutboxText", "Emails sent: %1."): "Emails envoyés : %1.",
    ("OutboxText", "Refused by the server: %1 (see the error in the history)."): (
        "Refusés par le serveur : %1 (voir l'erreur dans l'historique)."
    ),
    # GroupsSection (administration: groups of collaborators)
    ("GroupsSection", "Group name"): "Nom du groupe",
    ("GroupsSection", "New group"): "Nouveau groupe",
    ("GroupsSection", "Save members"): "Enregistrer les membres",
    ("GroupsSection", "Members"): "Membres",
    ("GroupsSection", "Delete the group “%1”? Opportunities shared with it are unshared."): (
        f"Supprimer le groupe {q('%1')} ? Les opportunités partagées avec ce groupe ne le "
        "seront plus."
    ),
    ("GroupsSection", "Delete group"): "Supprimer le groupe",
    ("GroupsSection", "Members saved."): "Membres enregistrés.",
    # PipelinesSection (administration: pipelines and their stages)
    ("PipelinesSection", "Pipelines and stages"): "Pipelines et étapes",
    ("PipelinesSection", "New pipeline"): "Nouveau pipeline",
    ("PipelinesSection", "Rename"): "Renommer",
    ("PipelinesSection", "Make default"): "Définir par défaut",
    ("PipelinesSection", "Delete pipeline"): "Supprimer le pipeline",
    ("PipelinesSection", "Add stage"): "Ajouter une étape",
    ("PipelinesSection", "Update stage"): "Mettre à jour l'étape",
    ("PipelinesSection", "Delete stage"): "Supprimer l'étape",
    ("PipelinesSection", "Save order"): "Enregistrer l'ordre",
    ("PipelinesSection", "Pipelines"): "Pipelines",
    ("PipelinesSection", "Stages (drag to reorder)"): "Étapes (glisser pour réordonner)",
    ("PipelinesSection", "Stage name"): "Nom de l'étape",
    ("PipelinesSection", "Default probability"): "Probabilité par défaut",
    ("PipelinesSection", "Move opportunities to"): "Déplacer les opportunités vers",
    ("PipelinesSection", " (default)"): " (par défaut)",
    ("PipelinesSection", "— choose a stage —"): "— choisissez une étape —",
    ("PipelinesSection", "Delete the pipeline “%1”?"): f"Supprimer le pipeline {q('%1')} ?",
    ("PipelinesSection", "Stage order saved."): "Ordre des étapes enregistré.",
    ("PipelinesSection", "Select a stage first."): "Sélectionnez d'abord une étape.",
    ("PipelinesSection", "Choose another stage to move the opportunities to."): (
        "Choisissez une autre étape vers laquelle déplacer les opportunités."
    ),
    ("PipelinesSection", "Delete the stage “%1”?"): f"Supprimer l'étape {q('%1')} ?",
    ("PipelinesSection", "Its opportunities move to “%1”."): (
        f"Ses opportunités seront déplacées vers {q('%1')}."
    ),
    # ProfilesSection (administration: privilege profiles; the rights are its columns)
    ("ProfilesSection", "Privilege profiles"): "Profils de privilèges",
    ("ProfilesSection", "Time tracking"): "Timetracking",  # the source document's module name
    ("ProfilesSection", "Bulk\nactions"): "Actions\nen masse",  # column headers on two lines
    ("ProfilesSection", "Time\ntracking"): "Time-\ntracking",
    ("ProfilesSection", "Linked\ndocuments"): "Documents\nliés",
    ("ProfilesSection", "Admin-\nistration"): "Adminis-\ntration",
    ("ProfilesSection", "Redactor"): "Redactor",
    ("ProfilesSection", "Administration"): "Administration",
    ("ProfilesSection", "None"): "Aucune",  # scopes: which opportunities
    ("ProfilesSection", "Own"): "Les siennes",
    ("ProfilesSection", "Shared"): "Partagées",
    ("ProfilesSection", "All"): "Toutes",
    ("ProfilesSection", "New profile name"): "Nouveau profil",
    ("ProfilesSection", "Create profile"): "Créer le profil",
    ("ProfilesSection", "Delete selected profile"): "Supprimer le profil sélectionné",
    ("ProfilesSection", "Profile “%1” saved."): f"Profil {q('%1')} enregistré.",
    ("ProfilesSection", "Select a profile first."): "Sélectionnez d'abord un profil.",
    ("ProfilesSection", "Delete the profile “%1”?"): f"Supprimer le profil {q('%1')} ?",
    ("ProfilesSection", "Delete profile"): "Supprimer le profil",
    # UsersSection (administration: users)
    ("UsersSection", "At least 8 characters"): "8 caractères minimum",
    ("UsersSection", "Create user"): "Créer l'utilisateur",
    ("UsersSection", "Active"): "Actif",
    ("UsersSection", "Inactive"): "Inactif",
    # PipelineTab
    ("PipelineTab", "Click a stage to move the opportunity there."): (
        "Cliquez sur une étape pour y déplacer l'opportunité."
    ),
    ("PipelineTab", "Stage history"): "Historique des étapes",
    ("PipelineTab", "From"): "De",
    ("PipelineTab", "To"): "Vers",
    ("PipelineTab", "By"): "Par",
    ("PipelineTab", "Time in stage"): "Durée dans l'étape",
    ("PipelineTab", "%1 (current stage)"): "%1 (étape actuelle)",
    ("PipelineTab", "(creation)"): "(création)",
    # RecipientsEditWidget
    ("RecipientsEditWidget", "Add one of the company's contacts"): (
        "Ajouter l'un des contacts de la société"
    ),
    ("RecipientsEditWidget", "No contact of this company has an email address"): (
        "Aucun contact de cette société n'a d'adresse email"
    ),
    # RecordCommands
    ("RecordCommands", "Time logged."): "Heures déclarées.",
    # RecordHeaderWidget
    ("RecordHeaderWidget", "Open the company"): "Ouvrir la société",
    ("RecordHeaderWidget", "Change the status"): "Modifier le statut",
    # RedactorDocumentTableModel
    ("RedactorDocumentTableModel", "Created"): "Créé le",
    ("RedactorDocumentTableModel", "Last modified"): "Dernière modification",
    ("RedactorDocumentTableModel", "Blank"): "Vierge",
    # RedactorEditorDialog: "Consulter / Éditer" a Redactor document (source document)
    ("RedactorEditorDialog", "Refresh merge fields"): "Actualiser les champs de fusion",
    ("RedactorEditorDialog", "Fill the merge fields again from the opportunity as it is now"): (
        "Remplir à nouveau les champs de fusion à partir de l'opportunité dans son état actuel"
    ),
    ("RedactorEditorDialog", "Edit"): "Éditer",
    ("RedactorEditorDialog", "%1 deleted this document: your changes cannot be saved."): (
        "%1 a supprimé ce document : vos modifications ne peuvent pas être enregistrées."
    ),
    (
        "RedactorEditorDialog",
        "%1 saved this document on %2, after you opened it.\n\nReload their version? Your "
        "changes will be lost.\nChoose No to keep your text: saving again will replace their "
        "version.",
    ): (
        "%1 a enregistré ce document le %2, après que vous l'avez ouvert.\n\nRecharger sa "
        "version ? Vos modifications seront perdues.\nChoisissez Non pour conserver votre "
        "texte : en enregistrant à nouveau, vous remplacerez sa version."
    ),
    ("RedactorEditorDialog", "Document changed meanwhile"): "Document modifié entre-temps",
    ("RedactorEditorDialog", "Their version is shown."): "Sa version est affichée.",
    ("RedactorEditorDialog", "%1 changed it: save again to replace their version with yours."): (
        "%1 l'a modifié : enregistrez à nouveau pour remplacer sa version par la vôtre."
    ),
    ("RedactorEditorDialog", "Merge fields refreshed from the opportunity."): (
        "Champs de fusion actualisés à partir de l'opportunité."
    ),
    ("RedactorEditorDialog", "Unsaved changes"): "Modifications non enregistrées",
    ("RedactorEditorDialog", "Close without saving your changes to this document?"): (
        "Fermer sans enregistrer vos modifications de ce document ?"
    ),
    # RedactorRowMenu (the "…" of a Redactor document: Le consulter, L'éditer, Le télécharger)
    ("RedactorRowMenu", "Edit"): "Éditer",
    ("RedactorRowMenu", "PDF document (.pdf)"): "Document PDF (.pdf)",
    ("RedactorRowMenu", "Web page (.html)"): "Page web (.html)",
    # RedactorTab
    (
        "RedactorTab",
        "No Redactor document yet. Create one from a template (commercial proposal, cover "
        "letter) or from a blank page.",
    ): (
        "Aucun document Redactor pour le moment. Créez-en un à partir d'un modèle "
        "(proposition commerciale, lettre d'accompagnement) ou d'une page vierge."
    ),
    ("RedactorTab", "Write a document from a template or a blank page"): (
        "Rédiger un document à partir d'un modèle ou d'une page vierge"
    ),
    ("RedactorTab", "No Redactor document has been written yet."): (
        "Aucun document Redactor n'a encore été rédigé."
    ),
    ("RedactorTab", "Download as PDF"): "Télécharger en PDF",
    ("RedactorTab", "PDF documents (*.pdf)"): "Documents PDF (*.pdf)",
    ("RedactorTab", "Download as HTML"): "Télécharger en HTML",
    ("RedactorTab", "Web pages (*.html *.htm)"): "Pages web (*.html *.htm)",
    ("RedactorTab", "Delete the Redactor document “%1”?"): (
        f"Supprimer le document Redactor {q('%1')} ?"
    ),
    # RichTextToolbar
    ("RichTextToolbar", "Paragraph"): "Paragraphe",
    ("RichTextToolbar", "Heading 1"): "Titre 1",
    ("RichTextToolbar", "Heading 2"): "Titre 2",
    ("RichTextToolbar", "Heading 3"): "Titre 3",
    ("RichTextToolbar", "Bold"): "Gras",
    ("RichTextToolbar", "Italic"): "Italique",
    ("RichTextToolbar", "Underline"): "Souligné",
    ("RichTextToolbar", "Bulleted list"): "Liste à puces",
    ("RichTextToolbar", "Numbered list"): "Liste numérotée",
    ("RichTextToolbar", "Insert a table…"): "Insérer un tableau…",
    ("RichTextToolbar", "Insert an image…"): "Insérer une image…",
    ("RichTextToolbar", "%1 is not an image Qt can read."): (
        "%1 n'est pas une image dans un format reconnu."
    ),
    # Rights (the tooltip of anything the privilege profile forbids)
    (
        "Rights",
        "Your privilege profile does not allow this; ask an administrator to change your "
        "privilege profile.",
    ): f"Votre profil de privilèges ne le permet pas : {PRIVILEGES}",
    # SalesDocuments (types and statuses of quotes, invoices…)
    ("SalesDocuments", "Draft"): "Brouillon",
    ("SalesDocuments", "Sent"): "Envoyé",
    ("SalesDocuments", "Accepted"): "Accepté",
    ("SalesDocuments", "Refused"): "Refusé",
    ("SalesDocuments", "Expired"): "Expiré",
    ("SalesDocuments", "Cancelled"): "Annulé",
    ("SalesDocuments", "Due"): "À payer",
    ("SalesDocuments", "Partially paid"): "Partiellement payé",
    ("SalesDocuments", "Paid"): "Payé",
    ("SalesDocuments", "Delivered"): "Livré",
    ("SalesDocuments", "Refunded"): "Remboursé",
    (
        "SalesDocuments",
        "This document cannot be linked: a document can be linked to an opportunity only if "
        "the document and the opportunity were created on the same client or prospect record.",
    ): (
        "Ce document ne peut pas être lié : la liaison d'un document à une opportunité n'est "
        "possible que si le document et l'opportunité ont été créés sur la même fiche client "
        "ou prospect."
    ),
    # SettingsWindow (administration)
    ("SettingsWindow", "Settings"): "Paramètres",
    (
        "SettingsWindow",
        "Your privilege profile does not include administration. Ask an administrator to "
        "change your rights.",
    ): f"Votre profil de privilèges n'inclut pas l'administration : {PRIVILEGES}",
    # SignInDialog
    ("SignInDialog", "Sign in"): "Se connecter",
    ("SignInDialog", "Who is signing in to this workspace?"): (
        "Qui se connecte à cet espace de travail ?"
    ),
    ("SignInDialog", "Enter your login and your password."): (
        "Saisissez votre nom d'utilisateur et votre mot de passe."
    ),
    ("SignInDialog", "Unknown login or wrong password. Check both and try again."): (
        "Nom d'utilisateur inconnu ou mot de passe incorrect. Vérifiez-les et réessayez."
    ),
    # SmtpSection (administration: the mail server for the Activité emails)
    ("SmtpSection", "SMTP server"): "Serveur SMTP",
    ("SmtpSection", "STARTTLS"): "STARTTLS",
    ("SmtpSection", "SSL/TLS"): "SSL/TLS",
    ("SmtpSection", "None (unencrypted)"): "Aucune (non chiffré)",
    ("SmtpSection", "Leave empty to keep the stored password"): (
        "Laisser vide pour conserver le mot de passe enregistré"
    ),
    ("SmtpSection", "Host"): "Hôte",
    ("SmtpSection", "Port"): "Port",
    ("SmtpSection", "Security"): "Sécurité",
    ("SmtpSection", "Username"): "Nom d'utilisateur",
    ("SmtpSection", "From address"): "Adresse de l'expéditeur",
    ("SmtpSection", "From name"): "Nom de l'expéditeur",
    ("SmtpSection", "SMTP settings saved."): "Paramètres SMTP enregistrés.",
    # ShareDialog (Partager: the owner, a collaborator, a group of collaborators)
    ("ShareDialog", "Share — %1"): "Partager — %1",
    (
        "ShareDialog",
        "Nobody else: only the owner and the assigned collaborators see this opportunity.",
    ): (
        "Personne d'autre : seuls le propriétaire et les collaborateurs affectés voient cette "
        "opportunité."
    ),
    ("ShareDialog", "Change the owner"): "Modifier le propriétaire",
    ("ShareDialog", "Share with a collaborator"): "Partager à un collaborateur",
    ("ShareDialog", "Share with a group of collaborators"): (
        "Partager à un groupe de collaborateurs"
    ),
    ("ShareDialog", "group"): "groupe",
    ("ShareDialog", "collaborator"): "collaborateur",
    ("ShareDialog", "Stop sharing"): "Arrêter le partage",
    # SourcesSection (administration: where opportunities come from)
    ("SourcesSection", "Sources"): "Sources",
    ("SourcesSection", "Source name"): "Nom de la source",
    ("SourcesSection", "%1 (inactive)"): "%1 (inactive)",
    # StageBarWidget
    ("StageBarWidget", "Stage %1 of %2: %3"): "Étape %1 sur %2 : %3",
    ("StageBarWidget", "%1 — default probability %2"): "%1 — probabilité par défaut : %2",
    # Status (GLOSSARY.md), with and without the "status" disambiguation
    ("Status", "Open"): "En cours",
    ("Status", "Won"): "Gagnée",
    ("Status", "Lost"): "Perdue",
    ("Status", "Cancelled"): "Annulée",
    ("Status", "Closed"): "Clôturée",
    ("Status", "Late"): "En retard",
    # TagChipsWidget ("Ajouter" des smart-tags: source document)
    ("TagChipsWidget", "Add"): "Ajouter",
    ("TagChipsWidget", "New smart-tag"): "Nouveau smart-tag",
    ("TagChipsWidget", "No smart-tag"): "Aucun smart-tag",
    ("TagChipsWidget", "Add a smart-tag"): "Ajouter un smart-tag",
    ("TagChipsWidget", "Remove this smart-tag"): "Retirer ce smart-tag",
    # TagsSection (administration: smart-tags)
    ("TagsSection", "Merge"): "Fusionner",
    ("TagsSection", "New name"): "Nouveau nom",
    ("TagsSection", "Merge into"): "Fusionner dans",
    ("TagsSection", "Merge “%1” into “%2”? “%1” is deleted."): (
        f"Fusionner {q('%1')} dans {q('%2')} ? {q('%1')} sera supprimé."
    ),
    ("TagsSection", "Merge smart-tags"): "Fusionner les smart-tags",
    # TaskFormDialog
    ("TaskFormDialog", "Due"): "Échéance",
    ("TaskFormDialog", "Assigned to"): "Affectée à",
    # TimeEntriesDialog
    ("TimeEntriesDialog", "Totals per collaborator"): "Totaux par collaborateur",
    ("TimeEntriesDialog", "Delete the time entry"): "Supprimer l'entrée de temps",
    ("TimeEntriesDialog", "Delete this time entry?"): "Supprimer cette entrée de temps ?",
    # TimeEntryDialog
    ("TimeEntryDialog", "h:mm, e.g. 1:30"): "h:mm, ex. 1:30",
    ("TimeEntryDialog", "What was done"): "Travail effectué",
    ("TimeEntryDialog", "Enter a duration such as 1:30 (hours:minutes)."): (
        "Saisissez une durée, par exemple 1:30 (heures:minutes)."
    ),
    ("TimeEntryDialog", "More than 24 hours on that day (%1 already logged)."): (
        "Plus de 24 heures ce jour-là (%1 déjà déclarées)."
    ),
    ("TimeEntryDialog", "Between 0:01 and 24:00."): "Entre 0:01 et 24:00.",
    ("TimeEntryDialog", "Choose a day between 1 January 2000 and today."): (
        "Choisissez un jour entre le 1er janvier 2000 et aujourd'hui."
    ),
}

# Statuses may also come with the "status" disambiguation, in any context.
STATUS_FR = {
    "Open": "En cours",
    "Won": "Gagnée",
    "Lost": "Perdue",
    "Cancelled": "Annulée",
    "Closed": "Clôturée",
    "Late": "En retard",
}
BY_DISAMBIGUATION: dict[tuple[str, str], str] = {
    **{(source, "status"): french for source, french in STATUS_FR.items()},
    ("Add", "global add button"): "Ajout",
    ("Apply", "bulk actions"): "Valider",
    ("Name", "opportunity"): "Nom de l'opportunité",
}

# --- plurals: (n <= 1 form, other form) in French; (n == 1, other) in English ---------------
PLURALS_FR: dict[tuple[str, ...] | str, tuple[str, str]] = {
    "%n opportunities": ("%n opportunité", "%n opportunités"),
    "%n companies": ("%n société", "%n sociétés"),
    "%n contacts": ("%n contact", "%n contacts"),
    "%n checked": ("%n cochée", "%n cochées"),  # opportunities checked in the list
    "%n files": ("%n fichier", "%n fichiers"),
    "%n documents": ("%n document", "%n documents"),
    "%n activities": ("%n activité", "%n activités"),
    "%n selected": ("%n sélectionnée", "%n sélectionnées"),
    "%n opportunities will be changed. Continue?": (
        "%n opportunité va être modifiée. Continuer ?",
        "%n opportunités vont être modifiées. Continuer ?",
    ),
    "%n changed": ("%n modifiée", "%n modifiées"),  # opportunities, after a bulk action
    "%n skipped: insufficient rights": (
        "%n ignorée : droits insuffisants",
        "%n ignorées : droits insuffisants",
    ),
    "%n skipped: the assignee cannot see them": (
        "%n ignorée : la personne assignée ne la voit pas",
        "%n ignorées : la personne assignée ne les voit pas",
    ),
    "%n user(s)": ("%n utilisateur", "%n utilisateurs"),
    (
        "PipelinesSection",
        "This stage holds %n opportunity(ies): choose in “Move opportunities to” where they "
        "go, then delete again.",
    ): (
        f"Cette étape contient %n opportunité : choisissez dans {MOVE_TO} où la déplacer, "
        "puis supprimez à nouveau.",
        f"Cette étape contient %n opportunités : choisissez dans {MOVE_TO} où les déplacer, "
        "puis supprimez à nouveau.",
    ),
}
PLURALS_EN: dict[tuple[str, ...] | str, tuple[str, str]] = {
    "%n opportunities": ("%n opportunity", "%n opportunities"),
    "%n companies": ("%n company", "%n companies"),
    "%n contacts": ("%n contact", "%n contacts"),
    "%n checked": ("%n checked", "%n checked"),
    "%n files": ("%n file", "%n files"),
    "%n documents": ("%n document", "%n documents"),
    "%n activities": ("%n activity", "%n activities"),
    "%n selected": ("%n selected", "%n selected"),
    "%n opportunities will be changed. Continue?": (
        "%n opportunity will be changed. Continue?",
        "%n opportunities will be changed. Continue?",
    ),
    "%n changed": ("%n changed", "%n changed"),
    "%n skipped: insufficient rights": (
        "%n skipped: insufficient rights",
        "%n skipped: insufficient rights",
    ),
    "%n skipped: the assignee cannot see them": (
        "%n skipped: the assignee cannot see it",
        "%n skipped: the assignee cannot see them",
    ),
    "%n user(s)": ("%n user", "%n users"),
    (
        "PipelinesSection",
        "This stage holds %n opportunity(ies): choose in “Move opportunities to” where they "
        "go, then delete again.",
    ): (
        "This stage holds %n opportunity: choose in “Move opportunities to” where it goes, "
        "then delete again.",
        "This stage holds %n opportunities: choose in “Move opportunities to” where they go, "
        "then delete again.",
    ),
}


# --- the machinery ---------------------------------------------------------------------------
_PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[^{}]*\}|<[^<>]+>|\((?:Ctrl|Alt|Shift|Meta)\+[^)]*\)")


def placeholders(text: str) -> list[str]:
    """%1, %n, {field}, HTML tags and "(Ctrl+N)" hints, sorted: must be the same in both."""
    return sorted(_PLACEHOLDER.findall(text))


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def lookup(
    context: str,
    source: str,
    disambiguation: str,
    by_context: dict[tuple[str, ...], str],
    common: dict[str, str],
) -> tuple[str | None, tuple[str, ...] | str | None]:
    """The text for a message and the key it came from (None, None when unknown).

    A disambiguation ("status", "global add button"…) is more specific than the context."""
    if disambiguation and (context, source, disambiguation) in by_context:
        return by_context[(context, source, disambiguation)], (context, source, disambiguation)
    if disambiguation and (source, disambiguation) in BY_DISAMBIGUATION:
        return BY_DISAMBIGUATION[(source, disambiguation)], (source, disambiguation)
    if (context, source) in by_context:
        return by_context[(context, source)], (context, source)
    if source in common:
        return common[source], source
    return None, None


def lookup_plural(
    context: str,
    source: str,
    disambiguation: str,
    table: dict[tuple[str, ...] | str, tuple[str, str]],
) -> tuple[tuple[str, str] | None, tuple[str, ...] | str | None]:
    for key in ((context, source, disambiguation), (context, source), source):
        if key in table:
            return table[key], key
    return None, None


def _escape_like_lupdate(body: str) -> str:
    """ElementTree writes ' and " raw in text; lupdate writes &apos; and &quot;."""

    def text(match: re.Match[str]) -> str:
        return ">" + match.group(1).replace('"', "&quot;").replace("'", "&apos;") + "<"

    body = re.sub(r">([^<]*)<", text, body)
    # and character references for the special spaces (no-break, narrow no-break…)
    body = re.sub(r"[^\S \n\t]", lambda m: f"&#x{ord(m.group()):x};", body)
    return body.replace(" />", "/>")


def write_ts(root: ET.Element, path: Path) -> None:
    body = ET.tostring(root, encoding="unicode")
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    path.write_text(header + _escape_like_lupdate(body) + "\n", encoding="utf-8", newline="\n")


def _set_forms(translation: ET.Element, forms: tuple[str, str]) -> None:
    existing = translation.findall("numerusform")
    indent = (translation.text or "\n            ") if existing else "\n            "
    for form in existing:
        translation.remove(form)
    translation.text = indent
    for i, text in enumerate(forms):
        element = ET.SubElement(translation, "numerusform")
        element.text = text
        element.tail = indent if i < len(forms) - 1 else indent[:-4]


Where = tuple[str, str, str, str]  # context, source, disambiguation, label for messages


@dataclass
class Catalogue:
    """What to fill a .ts file with (``texts`` is None for the plural-only English file)."""

    plurals: dict[tuple[str, ...] | str, tuple[str, str]]
    texts: tuple[dict[tuple[str, ...], str], dict[str, str]] | None = None


@dataclass
class Result:
    changed: int = 0
    missing: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    used: set[object] = field(default_factory=set)


def _fill_plural(translation: ET.Element, where: Where, cat: Catalogue, result: Result) -> bool:
    name, source, comment, label = where
    forms, key = lookup_plural(name, source, comment, cat.plurals)
    if forms is None:
        return False
    for form in forms:
        if "%n" in source and "%n" not in form:
            result.warnings.append(f"{label}: plural form {form!r} lacks %n")
    old = tuple(f.text or "" for f in translation.findall("numerusform"))
    if old != tuple(forms) or translation.get("type"):
        _set_forms(translation, forms)
        result.changed += 1
    result.used.add(key)
    return True


def _fill_text(translation: ET.Element, where: Where, cat: Catalogue, result: Result) -> bool:
    name, source, comment, label = where
    if cat.texts is None:
        return False
    text, key = lookup(name, source, comment, *cat.texts)
    if text is None:
        return False
    if placeholders(text) != placeholders(source):
        result.warnings.append(f"{label}: placeholders differ in {text!r}")
    if mnemonics(text) != mnemonics(source):
        result.warnings.append(f"{label}: & mnemonics differ in {text!r}")
    if translation.text != text or translation.get("type"):
        translation.text = text
        result.changed += 1
    result.used.add(key)
    return True


def fill(path: Path, cat: Catalogue) -> Result:
    """Give every current message of ``path`` its text from ``cat``; rewrite the file."""
    tree = ET.parse(path)
    result = Result()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation", {"type": "unfinished"})
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            label = f"{name}: {source!r}" + (f" ({comment})" if comment else "")
            where = (name, source, comment, label)
            if message.get("numerus") == "yes":
                found = _fill_plural(translation, where, cat, result)
            else:
                found = _fill_text(translation, where, cat, result)
            if found:
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or not "".join(translation.itertext()):
                result.missing.append(label)
    write_ts(tree.getroot(), path)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if an entry has no text")
    parser.add_argument("--unused", action="store_true", help="list unused dictionary keys")
    args = parser.parse_args()

    problems = 0
    used_keys: set[object] = set()
    for path, catalogue in (
        (FR_TS, Catalogue(PLURALS_FR, (BY_CONTEXT, COMMON))),
        (EN_TS, Catalogue(PLURALS_EN)),
    ):
        result = fill(path, catalogue)
        changed, missing, warnings = result.changed, result.missing, result.warnings
        used_keys |= result.used
        print(f"{path.relative_to(ROOT)}: {changed} entries set, {len(missing)} without a text")
        for line in missing:
            print(f"  missing  {line}")
        for line in warnings:
            print(f"  warning  {line}")
        problems += len(missing) + len(warnings)
    if args.unused:
        keys = [*BY_CONTEXT, *COMMON, *BY_DISAMBIGUATION, *PLURALS_FR]
        for key in keys:
            if key not in used_keys:
                print(f"  unused   {key!r}")
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())

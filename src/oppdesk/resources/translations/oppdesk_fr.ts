<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ActivityFormDialog</name>
    <message>
        <location filename="../../views/activity_form_dialog.py" line="+39"/>
        <source>Must not be in the future.</source>
        <translation>Ne doit pas être dans le futur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be after the start.</source>
        <translation>Doit être après le début.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>ActivityHistoryWidget</name>
    <message>
        <location filename="../../views/activity_history_widget.py" line="+53"/>
        <source>Activity history</source>
        <translation>Historique des activités</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Mark done / not done</source>
        <translation>Marquer comme faite / à faire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry sending</source>
        <translation>Relancer l&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export .ics…</source>
        <translation>Exporter en .ics…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No activity of this kind yet.</source>
        <translation>Aucune activité de ce type pour le moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No activity yet.</source>
        <translation>Aucune activité pour le moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No activity yet: use the buttons above to comment, send an email, log a call, schedule a task or create an event.</source>
        <translation>Aucune activité pour le moment : utilisez les boutons ci-dessus pour commenter, envoyer un email, ajouter un appel, programmer une tâche ou créer un événement.</translation>
    </message>
</context>
<context>
    <name>ActivityLabels</name>
    <message>
        <location filename="../../views/activity_labels.py" line="+26"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All activities</source>
        <translation>Toutes les activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing call</source>
        <translation>Appel sortant</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cc: %1</source>
        <translation>Cc : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assigned to %1</source>
        <translation>Affectée à %1</translation>
    </message>
</context>
<context>
    <name>ActivityRowDelegate</name>
    <message>
        <location filename="../../views/activity_row_delegate.py" line="+81"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export .ics</source>
        <translation>Exporter .ics</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send this email now</source>
        <translation>Envoyer cet email maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this email back in the outbox and send it</source>
        <translation>Remettre cet email dans la boîte d&apos;envoi et l&apos;envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this event as a calendar file (.ics)</source>
        <translation>Enregistrer cet événement dans un fichier de calendrier (.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this entry</source>
        <translation>Supprimer cette entrée</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../views/record_tabs/activity_tab.py" line="+73"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send an email</source>
        <translation>Envoyer un email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a call</source>
        <translation>Ajouter un appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule a task</source>
        <translation>Programmer une tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an event</source>
        <translation>Créer un événement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 saved.</source>
        <translation>Activité enregistrée : %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the event</source>
        <translation>Exporter l&apos;événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event exported to %1.</source>
        <translation>Événement exporté vers %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this entry (%1) from the activity history?</source>
        <translation>Supprimer cette entrée (%1) de l&apos;historique des activités ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the entry</source>
        <translation>Supprimer l&apos;entrée</translation>
    </message>
</context>
<context>
    <name>AdminSection</name>
    <message>
        <location filename="../../views/admin/section.py" line="+91"/>
        <source>The workspace must keep at least one active administrator.</source>
        <translation>L&apos;espace de travail doit conserver au moins un administrateur actif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users still have this profile: give them another one first.</source>
        <translation>Des utilisateurs ont encore ce profil : attribuez-leur d&apos;abord un autre profil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It still holds opportunities: move them first.</source>
        <translation>Des opportunités s&apos;y trouvent encore : déplacez-les d&apos;abord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is the only one left and cannot be deleted.</source>
        <translation>C&apos;est le dernier restant : il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list no longer matches: reload and try again.</source>
        <translation>La liste n&apos;est plus à jour : rechargez-la et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another smart-tag.</source>
        <translation>Choisissez un autre smart-tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must contain {number} once, e.g. OPP-{number:05d}.</source>
        <translation>Doit contenir {number} une seule fois, par exemple OPP-{number:05d}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use 2 to 80 lowercase letters, digits and . _ @ -</source>
        <translation>Utilisez de 2 à 80 lettres minuscules, chiffres et . _ @ -</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move opportunities to</source>
        <translation>Déplacer les opportunités vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default probability</source>
        <translation>Probabilité par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privilege profile</source>
        <translation>Profil de privilèges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into</source>
        <translation>Fusionner dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../bootstrap.py" line="+100"/>
        <source>Updating the workspace database to this version of oppdesk…
This happens once, and can take a minute for a very large workspace.</source>
        <translation>Mise à jour de la base de données de l&apos;espace de travail pour cette version d&apos;oppdesk…
Cela n&apos;arrive qu&apos;une fois et peut prendre une minute pour un très grand espace de travail.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Empty workspace</source>
        <translation>Espace de travail vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workspace is empty. Load demo data (1,000 opportunities with French companies and contacts) to try oppdesk?</source>
        <translation>Cet espace de travail est vide. Charger des données de démonstration (1&#x202f;000 opportunités avec des sociétés et des contacts français) pour essayer oppdesk ?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading demo data…</source>
        <translation>Chargement des données de démonstration…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>An unexpected error occurred. Details were written to the log.</source>
        <translation>Une erreur inattendue s&apos;est produite. Les détails ont été écrits dans le journal.</translation>
    </message>
</context>
<context>
    <name>BulkActionBarWidget</name>
    <message>
        <location filename="../../views/bulk_action_bar_widget.py" line="+74"/>
        <source>Change sharing options</source>
        <translation>Modifier les options de partage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer des opportunités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign collaborators</source>
        <translation>Assigner des collaborateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit custom fields</source>
        <translation>Éditer les champs personnalisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit smart-tags</source>
        <translation>Modifier les smart-tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move (pipeline and stage)</source>
        <translation>Déplacer (pipeline et étape)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status</source>
        <translation>Modifier le statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change due dates</source>
        <translation>Modifier les dates d&apos;échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the source</source>
        <translation>Éditer la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a task</source>
        <translation>Créer une tâche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an action</source>
        <translation>Choisissez une action à effectuer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo last bulk action</source>
        <translation>Annuler la dernière action en masse</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+18"/>
        <location line="+10"/>
        <location line="+46"/>
        <source>Bulk action</source>
        <translation>Action en masse</translation>
    </message>
    <message numerus="yes">
        <location line="-57"/>
        <source>%n opportunities will be changed. Continue?</source>
        <translation>
            <numerusform>%n opportunité va être modifiée. Continuer ?</numerusform>
            <numerusform>%n opportunités vont être modifiées. Continuer ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skipped: insufficient rights</source>
        <translation>
            <numerusform>%n ignorée : droits insuffisants</numerusform>
            <numerusform>%n ignorées : droits insuffisants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped: the assignee cannot see them</source>
        <translation>
            <numerusform>%n ignorée : la personne assignée ne la voit pas</numerusform>
            <numerusform>%n ignorées : la personne assignée ne les voit pas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Applying the bulk action…</source>
        <translation>Application de l&apos;action en masse…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Some of these records were changed after the bulk action; it can no longer be undone.</source>
        <translation>Certaines de ces opportunités ont été modifiées après l&apos;action en masse ; elle ne peut plus être annulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <location filename="../../views/bulk_action_dialogs.py" line="+69"/>
        <source>Bulk action</source>
        <translation>Action en masse</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share with</source>
        <translation>Partager avec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share with groups</source>
        <translation>Partager avec des groupes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The checked opportunities will be deleted.</source>
        <translation>Les opportunités cochées seront supprimées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Comma-separated smart-tags</source>
        <translation>Smart-tags séparés par des virgules</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason (lost)</source>
        <translation>Motif de la perte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a date</source>
        <translation>Fixer une date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift by days</source>
        <translation>Décaler d&apos;un nombre de jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Affectée à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CallFormDialog</name>
    <message>
        <location filename="../../views/activity_form_dialog.py" line="+78"/>
        <source>Log a call</source>
        <translation>Ajouter un appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing call</source>
        <translation>Appel sortant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call back</source>
        <translation>À rappeler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../../views/closing_dialog.py" line="+65"/>
        <source>Mark the opportunity as won</source>
        <translation>Marquer l&apos;opportunité comme gagnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the opportunity as lost</source>
        <translation>Marquer l&apos;opportunité comme perdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the opportunity</source>
        <translation>Annuler l&apos;opportunité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the opportunity</source>
        <translation>Clôturer l&apos;opportunité</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose or type a reason</source>
        <translation>Choisissez ou saisissez un motif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for loss</source>
        <translation>Motif de la perte</translation>
    </message>
</context>
<context>
    <name>CommentFormDialog</name>
    <message>
        <location filename="../../views/activity_form_dialog.py" line="-37"/>
        <location line="+3"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Write a comment…</source>
        <translation>Écrivez un commentaire…</translation>
    </message>
</context>
<context>
    <name>CompaniesWidget</name>
    <message>
        <location filename="../../views/companies_widget.py" line="+76"/>
        <source>New company</source>
        <translation>Nouvelle société</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search a company…</source>
        <translation>Rechercher une société…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All companies</source>
        <translation>Toutes les sociétés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Showing the first %1 — refine the search</source>
        <translation>Affichage des %1 premiers résultats — affinez la recherche</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n companies</source>
        <translation>
            <numerusform>%n société</numerusform>
            <numerusform>%n sociétés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyFormDialog</name>
    <message>
        <location filename="../../views/company_form_dialog.py" line="+201"/>
        <source>Edit the company</source>
        <translation>Modifier la société</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New company</source>
        <translation>Nouvelle société</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 digits</source>
        <translation>9 chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A SIREN number has 9 digits.</source>
        <translation>Un numéro SIREN comporte 9 chiffres.</translation>
    </message>
</context>
<context>
    <name>CompanyKind</name>
    <message>
        <location filename="../../views/formatting.py" line="+37"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
</context>
<context>
    <name>CompanyPickerWidget</name>
    <message>
        <location filename="../../views/company_picker_widget.py" line="+36"/>
        <source>Type to search a client or prospect…</source>
        <translation>Saisissez pour rechercher un client ou un prospect…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a new company</source>
        <translation>Créer une nouvelle société</translation>
    </message>
</context>
<context>
    <name>CompanyRecordWindow</name>
    <message>
        <location filename="../../views/company_record_window.py" line="+86"/>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — Company</source>
        <translation>%1 — Société</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../views/item_models/company_table_model.py" line="+33"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../views/conflict_dialog.py" line="+70"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Someone else changed this opportunity</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette opportunité</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Another user</source>
        <translation>Un autre utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 deleted this opportunity (%2). Your changes cannot be saved.</source>
        <translation>%1 a supprimé cette opportunité (%2). Vos modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 saved this opportunity on %2, after you opened it.</source>
        <translation>%1 a enregistré cette opportunité le %2, après que vous l&apos;avez ouverte.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Their changes do not touch the values you set.</source>
        <translation>Ses modifications ne concernent pas les valeurs que vous avez saisies.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your other changes: %1.</source>
        <translation>Vos autres modifications : %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value saved by them</source>
        <translation>Valeur enregistrée entre-temps</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard your changes and show the record as saved</source>
        <translation>Abandonner vos modifications et afficher la fiche telle qu&apos;elle est enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply my changes on top</source>
        <translation>Appliquer mes modifications par-dessus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep your changes in the form without saving</source>
        <translation>Conserver vos modifications dans le formulaire sans enregistrer</translation>
    </message>
</context>
<context>
    <name>ContactFormDialog</name>
    <message>
        <location filename="../../views/contact_form_dialog.py" line="+45"/>
        <source>Edit the contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Company *</source>
        <translation>Société *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../views/item_models/contact_table_model.py" line="+50"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>ContactsWidget</name>
    <message>
        <location filename="../../views/contacts_widget.py" line="+46"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search a contact or a company…</source>
        <translation>Rechercher un contact ou une société…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Showing the first %1 — refine the search</source>
        <translation>Affichage des %1 premiers résultats — affinez la recherche</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <location filename="../../views/record_tabs/custom_fields_tab.py" line="+48"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>CustomFieldsSection</name>
    <message>
        <location filename="../../views/admin/custom_fields_section.py" line="+30"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One choice per line (choice fields)</source>
        <translation>Un choix par ligne (champs à choix)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New field</source>
        <translation>Nouveau champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long text</source>
        <translation>Texte long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes / no</source>
        <translation>Oui / non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple choice</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (inactive)</source>
        <translation> (inactif)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Custom field saved.</source>
        <translation>Champ personnalisé enregistré.</translation>
    </message>
</context>
<context>
    <name>CustomFieldsTab</name>
    <message>
        <location filename="../../views/record_tabs/custom_fields_tab.py" line="+27"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation>Éditer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No custom field is defined for opportunities.</source>
        <translation>Aucun champ personnalisé n&apos;est défini pour les opportunités.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit the custom fields</source>
        <translation>Éditer les champs personnalisés</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../views/durations.py" line="+46"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
</context>
<context>
    <name>EmailFormDialog</name>
    <message>
        <location filename="../../views/email_form_dialog.py" line="+23"/>
        <source>Send an email</source>
        <translation>Envoyer un email</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as draft</source>
        <translation>Enregistrer comme brouillon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../views/error_text.py" line="+21"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au maximum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>This value has the wrong format.</source>
        <translation>Le format de cette valeur est incorrect.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Must not be negative.</source>
        <translation>Ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This amount is too large.</source>
        <translation>Ce montant est trop élevé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most two decimals.</source>
        <translation>Deux décimales au maximum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be between %1 and %2.</source>
        <translation>Doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one of the proposed values.</source>
        <translation>Choisissez l&apos;une des valeurs proposées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record no longer exists or is inactive.</source>
        <translation>Cet élément n&apos;existe plus ou est inactif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must belong to the linked company.</source>
        <translation>Doit appartenir à la société liée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a stage of the selected pipeline.</source>
        <translation>Choisissez une étape du pipeline sélectionné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is already used.</source>
        <translation>Cette valeur est déjà utilisée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person cannot see this opportunity: share it with them first.</source>
        <translation>Cette personne ne voit pas cette opportunité : partagez-la d&apos;abord avec elle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an email address such as name@example.com.</source>
        <translation>Saisissez une adresse email, par exemple nom@exemple.fr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a web address starting with http:// or https://.</source>
        <translation>Saisissez une adresse web commençant par http:// ou https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a phone number (digits, spaces, + . - ( )).</source>
        <translation>Saisissez un numéro de téléphone (chiffres, espaces, + . - ( )).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a three-letter currency code such as EUR.</source>
        <translation>Saisissez un code de devise à trois lettres, par exemple EUR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contains characters that are not allowed.</source>
        <translation>Contient des caractères non autorisés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This date and time needs a time zone.</source>
        <translation>Cette date et heure doit comporter un fuseau horaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink the sales documents of the current company before changing it.</source>
        <translation>Déliez les documents de vente de la société actuelle avant de la changer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many values.</source>
        <translation>Trop de valeurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short.</source>
        <translation>Trop court.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must not be in the future.</source>
        <translation>Ne doit pas être dans le futur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be after the start.</source>
        <translation>Doit être après le début.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one or the other, not both.</source>
        <translation>Choisissez l&apos;un ou l&apos;autre, pas les deux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than 24 hours would be logged on that day.</source>
        <translation>Plus de 24 heures seraient déclarées ce jour-là.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This activity is not a task.</source>
        <translation>Cette activité n&apos;est pas une tâche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity is not an event.</source>
        <translation>Cette activité n&apos;est pas un événement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity is not an email.</source>
        <translation>Cette activité n&apos;est pas un email.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This email cannot go to that state from its current one.</source>
        <translation>Cet email ne peut pas passer à cet état depuis son état actuel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential amount</source>
        <translation>Montant potentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned collaborators</source>
        <translation>Collaborateurs affectés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your privilege profile does not allow this action. Ask your administrator to change your rights in your privilege profile.</source>
        <translation>Votre profil de privilèges ne permet pas cette action : veuillez vous rapprocher de votre administrateur afin qu&apos;il modifie vos droits dans votre profil de privilèges.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed this record since you opened it.</source>
        <translation>%1 a modifié cette fiche depuis que vous l&apos;avez ouverte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This record no longer exists (it may have been deleted).</source>
        <translation>Cette fiche n&apos;existe plus (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown login or wrong password.</source>
        <translation>Nom d&apos;utilisateur inconnu ou mot de passe incorrect.</translation>
    </message>
</context>
<context>
    <name>EventFormDialog</name>
    <message>
        <location filename="../../views/activity_forms.py" line="+72"/>
        <source>Create an event</source>
        <translation>Créer un événement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>FieldFormDialog</name>
    <message>
        <location filename="../../views/company_form_dialog.py" line="-217"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Another user</source>
        <translation>Un autre utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 saved this record on %2, after you opened it. Your changes are still here: save again to apply them on top of theirs, or cancel to keep theirs.</source>
        <translation>%1 a enregistré cette fiche le %2, après que vous l&apos;avez ouverte. Vos modifications sont toujours là : enregistrez à nouveau pour les appliquer par-dessus les siennes, ou annulez pour garder les siennes.</translation>
    </message>
</context>
<context>
    <name>FileTableModel</name>
    <message>
        <location filename="../../views/item_models/file_table_model.py" line="+46"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>FileTransfers</name>
    <message>
        <location filename="../../views/record_tabs/file_transfers.py" line="+33"/>
        <source>it is larger than the limit of %1 MB per file.</source>
        <translation>il dépasse la limite de %1 Mo par fichier.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it is too large to be added.</source>
        <translation>il est trop volumineux pour être ajouté.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it cannot be read (%1).</source>
        <translation>il ne peut pas être lu (%1).</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../../views/record_tabs/files_tab.py" line="+58"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+54"/>
        <source>No file yet. Click “Add a document” or drop files here.</source>
        <translation>Aucun fichier pour le moment. Cliquez sur «&#xa0;Ajouter un document&#xa0;» ou déposez des fichiers ici.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Tip: drop files on this tab to add them.</source>
        <translation>Astuce : déposez des fichiers sur cet onglet pour les ajouter.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>If you don&apos;t have access to files, ask your administrator to change your rights in your privilege profile.</source>
        <translation>Attention : si vous n&apos;avez pas accès aux fichiers, veuillez vous rapprocher de votre administrateur afin qu&apos;il modifie vos droits dans votre profil de privilèges.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No file has been added to this opportunity.</source>
        <translation>Aucun fichier n&apos;a été ajouté à cette opportunité.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add files (or drop them on this tab)</source>
        <translation>Ajouter des fichiers (ou les déposer sur cet onglet)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add documents</source>
        <translation>Ajouter des documents</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adding %1 (%2 of %3)…</source>
        <translation>Ajout de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adding %1…</source>
        <translation>Ajout de %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Files added: %1.</source>
        <translation>Fichiers ajoutés : %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused: %1.</source>
        <translation>Refusés : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some files were not added</source>
        <translation>Certains fichiers n&apos;ont pas été ajoutés</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the document as</source>
        <translation>Enregistrer le document sous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the file “%1”?</source>
        <translation>Supprimer le fichier «&#xa0;%1&#xa0;» ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the file</source>
        <translation>Supprimer le fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 deleted.</source>
        <translation>%1 supprimé.</translation>
    </message>
</context>
<context>
    <name>GeneralInfoTab</name>
    <message>
        <location filename="../../views/record_tabs/general_info_tab.py" line="+62"/>
        <source>General information</source>
        <translation>Informations générales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation>Éditer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smart-tags</source>
        <translation>Smart-tags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opportunity name</source>
        <translation>Nom de l&apos;opportunité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Société liée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible contact</source>
        <translation>Contact responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned collaborators</source>
        <translation>Collaborateurs affectés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with</source>
        <translation>Partagée avec</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential amount</source>
        <translation>Montant potentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted amount</source>
        <translation>Montant pondéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for loss</source>
        <translation>Motif de la perte</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No note.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit the opportunity</source>
        <translation>Modifier l&apos;opportunité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner and shares</source>
        <translation>Propriétaire et partages</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No custom field.</source>
        <translation>Aucun champ personnalisé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created on %1 by %2</source>
        <translation>Créée le %1 par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last changed on %1 by %2</source>
        <translation>modifiée le %1 par %2</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../../views/admin/general_section.py" line="+27"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must contain {number}, e.g. OPP-{number:05d}</source>
        <translation>Doit contenir {number}, par exemple OPP-{number:05d}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One reason per line</source>
        <translation>Un motif par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference pattern</source>
        <translation>Modèle d&apos;identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next reference</source>
        <translation>Prochain identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default currency</source>
        <translation>Devise par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File size limit</source>
        <translation>Taille maximale des fichiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasons for a lost opportunity</source>
        <translation>Motifs de perte d&apos;une opportunité</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Invalid pattern: it must contain {number} once.</source>
        <translation>Modèle non valide : il doit contenir {number} une seule fois.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>GroupsSection</name>
    <message>
        <location filename="../../views/admin/groups_section.py" line="+30"/>
        <location line="+16"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save members</source>
        <translation>Enregistrer les membres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete the group “%1”? Opportunities shared with it are unshared.</source>
        <translation>Supprimer le groupe «&#xa0;%1&#xa0;» ? Les opportunités partagées avec ce groupe ne le seront plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Members saved.</source>
        <translation>Membres enregistrés.</translation>
    </message>
</context>
<context>
    <name>LinkDocumentDialog</name>
    <message>
        <location filename="../../views/link_document_dialog.py" line="+48"/>
        <source>Link a document</source>
        <translation>Lier un document</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sales documents of %1 that are not linked to this opportunity yet. Only documents created on the same client or prospect record can be linked.</source>
        <translation>Documents de vente de %1 qui ne sont pas encore liés à cette opportunité. Seuls les documents créés sur la même fiche client ou prospect peuvent être liés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by number, type, title…</source>
        <translation>Filtrer par numéro, type, titre…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This company has no other sales document to link.</source>
        <translation>Cette société n&apos;a aucun autre document de vente à lier.</translation>
    </message>
</context>
<context>
    <name>LinkedDocumentsTab</name>
    <message>
        <location filename="../../views/record_tabs/linked_documents_tab.py" line="+65"/>
        <source>Linked documents</source>
        <translation>Documents liés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No sales document is linked to this opportunity yet. Link an existing quote, invoice, order, delivery note, credit note or proforma invoice of the same company, or create one.</source>
        <translation>Aucun document de vente n&apos;est encore lié à cette opportunité. Liez un devis, une facture, un bon de commande, un bon de livraison, un avoir ou une facture proforma existant de la même société, ou créez-en un.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+148"/>
        <source>Link a document</source>
        <translation>Lier un document</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Create a document</source>
        <translation>Créer un document</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+117"/>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>No sales document is linked to this opportunity.</source>
        <translation>Aucun document de vente n&apos;est lié à cette opportunité.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Documents: %1</source>
        <translation>Documents : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link a sales document of the same company</source>
        <translation>Lier un document de vente de la même société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a sales document, already linked</source>
        <translation>Créer un document de vente déjà lié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink the selected document</source>
        <translation>Délier le document sélectionné</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 %2 linked.</source>
        <translation>Document lié : %1 %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 created and linked.</source>
        <translation>Document créé et lié : %1 %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlink %1 %2 from this opportunity? The document itself is kept.</source>
        <translation>Délier le document «&#xa0;%1 %2&#xa0;» de cette opportunité ? Le document lui-même est conservé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink the document</source>
        <translation>Délier le document</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 unlinked.</source>
        <translation>Document %1 délié.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="+53"/>
        <source>oppdesk — %1 — %2</source>
        <translation>oppdesk — %1 — %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Delete the opportunity %1 — %2?</source>
        <translation>Supprimer l&apos;opportunité %1 — %2 ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the opportunity</source>
        <translation>Supprimer l&apos;opportunité</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opportunity deleted.</source>
        <translation>Opportunité supprimée.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>oppdesk</source>
        <translation>oppdesk</translation>
    </message>
</context>
<context>
    <name>NewRedactorDocumentDialog</name>
    <message>
        <location filename="../../views/new_redactor_document_dialog.py" line="+48"/>
        <source>Create a Redactor document</source>
        <translation>Créer un document Redactor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Blank document</source>
        <translation>Document vierge</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from:</source>
        <translation>À partir de :</translation>
    </message>
</context>
<context>
    <name>OpportunityFilterBarWidget</name>
    <message>
        <location filename="../../views/opportunity_filter_bar_widget.py" line="+56"/>
        <source>any</source>
        <translation>indifférente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned collaborator</source>
        <translation>Collaborateur affecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smart-tag</source>
        <translation>Smart-tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due from</source>
        <translation>Échéance à partir du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due until</source>
        <translation>Échéance jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min. amount</source>
        <translation>Montant min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max. amount</source>
        <translation>Montant max.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All pipelines</source>
        <translation>Tous les pipelines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All owners</source>
        <translation>Tous les propriétaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All collaborators</source>
        <translation>Tous les collaborateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
</context>
<context>
    <name>OpportunityFormDialog</name>
    <message>
        <location filename="../../views/opportunity_form_dialog.py" line="+97"/>
        <source>Create an opportunity</source>
        <translation>Créer une opportunité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the opportunity</source>
        <translation>Modifier l&apos;opportunité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate the opportunity</source>
        <translation>Dupliquer l&apos;opportunité</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Company (client or prospect)</source>
        <translation>Société (client ou prospect)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity name</source>
        <translation>Nom de l&apos;opportunité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential amount</source>
        <translation>Montant potentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned collaborators</source>
        <translation>Collaborateurs affectés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible contact</source>
        <translation>Contact responsable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for loss</source>
        <translation>Motif de la perte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No custom field is defined for opportunities.</source>
        <translation>Aucun champ personnalisé n&apos;est défini pour les opportunités.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Your changes were discarded; here is the saved record.</source>
        <translation>Vos modifications ont été abandonnées ; voici la fiche enregistrée.</translation>
    </message>
</context>
<context>
    <name>OpportunityListWidget</name>
    <message>
        <location filename="../../views/opportunity_list_widget.py" line="+93"/>
        <source>Create an opportunity</source>
        <translation>Créer une opportunité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an opportunity (Ctrl+N)</source>
        <translation>Créer une opportunité (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search name, reference, company, contact…</source>
        <translation>Rechercher par nom, identifiant, société, contact…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n checked</source>
        <translation>
            <numerusform>%n cochée</numerusform>
            <numerusform>%n cochées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n opportunities</source>
        <translation>
            <numerusform>%n opportunité</numerusform>
            <numerusform>%n opportunités</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount: %1</source>
        <translation>Montant potentiel : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted: %1</source>
        <translation>Montant pondéré : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your privilege profile does not allow this; ask an administrator.</source>
        <translation>Votre profil de privilèges ne le permet pas : veuillez vous rapprocher de votre administrateur afin qu&apos;il modifie vos droits dans votre profil de privilèges.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>OpportunityRecordWindow</name>
    <message>
        <location filename="../../views/opportunity_record_window.py" line="+79"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General information</source>
        <translation>Informations générales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked documents</source>
        <translation>Documents liés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redactor documents</source>
        <translation>Documents Redactor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This tab is being built.</source>
        <translation>Cet onglet est en cours de construction.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 — %2 — Opportunity</source>
        <translation>%1 — %2 — Opportunité</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The opportunity %1 was deleted or is no longer shared with you; its record closed.</source>
        <translation>L&apos;opportunité %1 a été supprimée ou n&apos;est plus partagée avec vous ; sa fiche a été fermée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
</context>
<context>
    <name>OpportunityTableModel</name>
    <message>
        <location filename="../../views/item_models/opportunity_table_model.py" line="+439"/>
        <source>Reference</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom de l&apos;opportunité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant potentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted amount</source>
        <translation>Montant pondéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned collaborators</source>
        <translation>Collaborateurs affectés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smart-tags</source>
        <translation>Smart-tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Late: the due date has passed and the opportunity is still open</source>
        <translation>En retard : la date d&apos;échéance est dépassée et l&apos;opportunité est toujours en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <location filename="../../views/record_tabs/outbox_text.py" line="+13"/>
        <source>No SMTP server is configured in the settings: emails are kept as “To send” until an administrator configures one.</source>
        <translation>Aucun serveur SMTP n&apos;est configuré dans les paramètres : les emails restent «&#xa0;À envoyer&#xa0;» jusqu&apos;à ce qu&apos;un administrateur en configure un.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SMTP password cannot be read: no system keyring is available on this computer. Emails are kept as “To send”.</source>
        <translation>Le mot de passe SMTP ne peut pas être lu : aucun trousseau système n&apos;est disponible sur cet ordinateur. Les emails restent «&#xa0;À envoyer&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No SMTP password is stored on this computer: enter it in the SMTP settings. Emails are kept as “To send”.</source>
        <translation>Aucun mot de passe SMTP n&apos;est enregistré sur cet ordinateur : saisissez-le dans les paramètres SMTP. Les emails restent «&#xa0;À envoyer&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mail server cannot be reached (offline?): emails are kept as “To send”; send them again later.</source>
        <translation>Le serveur de messagerie est injoignable (hors ligne ?) : les emails restent «&#xa0;À envoyer&#xa0;» ; renvoyez-les plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to the mail server failed: emails are kept as “To send”.</source>
        <translation>La connexion sécurisée au serveur de messagerie a échoué : les emails restent «&#xa0;À envoyer&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server refused the login: check the SMTP settings. Emails are kept as “To send”.</source>
        <translation>Le serveur de messagerie a refusé l&apos;authentification : vérifiez les paramètres SMTP. Les emails restent «&#xa0;À envoyer&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Emails waiting to be sent: %1.</source>
        <translation>Emails en attente d&apos;envoi : %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No email was waiting to be sent.</source>
        <translation>Aucun email n&apos;était en attente d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails sent: %1.</source>
        <translation>Emails envoyés : %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused by the server: %1 (see the error in the history).</source>
        <translation>Refusés par le serveur : %1 (voir l&apos;erreur dans l&apos;historique).</translation>
    </message>
</context>
<context>
    <name>PipelineTab</name>
    <message>
        <location filename="../../views/record_tabs/pipeline_tab.py" line="+46"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a stage to move the opportunity there.</source>
        <translation>Cliquez sur une étape pour y déplacer l&apos;opportunité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time in stage</source>
        <translation>Durée dans l&apos;étape</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (current stage)</source>
        <translation>%1 (étape actuelle)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(creation)</source>
        <translation>(création)</translation>
    </message>
</context>
<context>
    <name>PipelinesSection</name>
    <message>
        <location filename="../../views/admin/pipelines_section.py" line="+35"/>
        <source>Pipelines and stages</source>
        <translation>Pipelines et étapes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New pipeline</source>
        <translation>Nouveau pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>Delete pipeline</source>
        <translation>Supprimer le pipeline</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update stage</source>
        <translation>Mettre à jour l&apos;étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+158"/>
        <source>Delete stage</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Save order</source>
        <translation>Enregistrer l&apos;ordre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages (drag to reorder)</source>
        <translation>Étapes (glisser pour réordonner)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stage name</source>
        <translation>Nom de l&apos;étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default probability</source>
        <translation>Probabilité par défaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move opportunities to</source>
        <translation>Déplacer les opportunités vers</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>— choose a stage —</source>
        <translation>— choisissez une étape —</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete the pipeline “%1”?</source>
        <translation>Supprimer le pipeline «&#xa0;%1&#xa0;» ?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stage order saved.</source>
        <translation>Ordre des étapes enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a stage first.</source>
        <translation>Sélectionnez d&apos;abord une étape.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another stage to move the opportunities to.</source>
        <translation>Choisissez une autre étape vers laquelle déplacer les opportunités.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the stage “%1”?</source>
        <translation>Supprimer l&apos;étape «&#xa0;%1&#xa0;» ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its opportunities move to “%1”.</source>
        <translation>Ses opportunités seront déplacées vers «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>This stage holds %n opportunity(ies): choose in “Move opportunities to” where they go, then delete again.</source>
        <translation>
            <numerusform>Cette étape contient %n opportunité : choisissez dans «&#xa0;Déplacer les opportunités vers&#xa0;» où la déplacer, puis supprimez à nouveau.</numerusform>
            <numerusform>Cette étape contient %n opportunités : choisissez dans «&#xa0;Déplacer les opportunités vers&#xa0;» où les déplacer, puis supprimez à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesSection</name>
    <message>
        <location filename="../../views/admin/profiles_section.py" line="+30"/>
        <source>Privilege profiles</source>
        <translation>Profils de privilèges</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>View</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redactor</source>
        <translation>Redactor</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Bulk
actions</source>
        <translation>Actions
en masse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time
tracking</source>
        <translation>Time-
tracking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked
documents</source>
        <translation>Documents
liés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin-
istration</source>
        <translation>Adminis-
tration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own</source>
        <translation>Les siennes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>Partagées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New profile name</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete selected profile</source>
        <translation>Supprimer le profil sélectionné</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Profile “%1” saved.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a profile first.</source>
        <translation>Sélectionnez d&apos;abord un profil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the profile “%1”?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;» ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
</context>
<context>
    <name>RecipientsEditWidget</name>
    <message>
        <location filename="../../views/recipients_edit_widget.py" line="+29"/>
        <source>name@example.com, …</source>
        <translation>nom@exemple.fr, …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add one of the company&apos;s contacts</source>
        <translation>Ajouter l&apos;un des contacts de la société</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact of this company has an email address</source>
        <translation>Aucun contact de cette société n&apos;a d&apos;adresse email</translation>
    </message>
</context>
<context>
    <name>RecordActionsButton</name>
    <message>
        <location filename="../../views/record_actions_button.py" line="+19"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the opportunity</source>
        <translation>Modifier l&apos;opportunité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate the opportunity</source>
        <translation>Dupliquer l&apos;opportunité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the opportunity</source>
        <translation>Supprimer l&apos;opportunité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log time</source>
        <translation>Déclarer des heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See the time entries</source>
        <translation>Voir les entrées de temps</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <location filename="../../views/record_commands.py" line="+62"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Time logged.</source>
        <translation>Heures déclarées.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete the opportunity %1 — %2?</source>
        <translation>Supprimer l&apos;opportunité %1 — %2 ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the opportunity</source>
        <translation>Supprimer l&apos;opportunité</translation>
    </message>
</context>
<context>
    <name>RecordHeaderWidget</name>
    <message>
        <location filename="../../views/record_header_widget.py" line="+133"/>
        <source>Potential amount</source>
        <translation>Montant potentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted amount</source>
        <translation>Montant pondéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open the company</source>
        <translation>Ouvrir la société</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Late: the due date has passed</source>
        <translation>En retard : la date d&apos;échéance est dépassée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the status</source>
        <translation>Modifier le statut</translation>
    </message>
</context>
<context>
    <name>RedactorDocumentTableModel</name>
    <message>
        <location filename="../../views/item_models/redactor_document_table_model.py" line="+35"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>View, edit or download</source>
        <translation>Consulter, éditer ou télécharger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blank</source>
        <translation>Vierge</translation>
    </message>
</context>
<context>
    <name>RedactorEditorDialog</name>
    <message>
        <location filename="../../views/redactor_editor_dialog.py" line="+79"/>
        <source>Refresh merge fields</source>
        <translation>Actualiser les champs de fusion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill the merge fields again from the opportunity as it is now</source>
        <translation>Remplir à nouveau les champs de fusion à partir de l&apos;opportunité dans son état actuel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+47"/>
        <source>Edit</source>
        <translation>Éditer</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>View</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Insert an image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 deleted this document: your changes cannot be saved.</source>
        <translation>%1 a supprimé ce document : vos modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 saved this document on %2, after you opened it.

Reload their version? Your changes will be lost.
Choose No to keep your text: saving again will replace their version.</source>
        <translation>%1 a enregistré ce document le %2, après que vous l&apos;avez ouvert.

Recharger sa version ? Vos modifications seront perdues.
Choisissez Non pour conserver votre texte : en enregistrant à nouveau, vous remplacerez sa version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document changed meanwhile</source>
        <translation>Document modifié entre-temps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their version is shown.</source>
        <translation>Sa version est affichée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changed it: save again to replace their version with yours.</source>
        <translation>%1 l&apos;a modifié : enregistrez à nouveau pour remplacer sa version par la vôtre.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Merge fields refreshed from the opportunity.</source>
        <translation>Champs de fusion actualisés à partir de l&apos;opportunité.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving your changes to this document?</source>
        <translation>Fermer sans enregistrer vos modifications de ce document ?</translation>
    </message>
</context>
<context>
    <name>RedactorRowMenu</name>
    <message>
        <location filename="../../views/record_tabs/redactor_row_menu.py" line="+22"/>
        <source>View</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Éditer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (.pdf)</source>
        <translation>Document PDF (.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (.html)</source>
        <translation>Page web (.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>RedactorTab</name>
    <message>
        <location filename="../../views/record_tabs/redactor_tab.py" line="+77"/>
        <source>Redactor documents</source>
        <translation>Documents Redactor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a Redactor document</source>
        <translation>Créer un document Redactor</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No Redactor document yet. Create one from a template (commercial proposal, cover letter) or from a blank page.</source>
        <translation>Aucun document Redactor pour le moment. Créez-en un à partir d&apos;un modèle (proposition commerciale, lettre d&apos;accompagnement) ou d&apos;une page vierge.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Write a document from a template or a blank page</source>
        <translation>Rédiger un document à partir d&apos;un modèle ou d&apos;une page vierge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Redactor document has been written yet.</source>
        <translation>Aucun document Redactor n&apos;a encore été rédigé.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>View, edit or download</source>
        <translation>Consulter, éditer ou télécharger</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Download as PDF</source>
        <translation>Télécharger en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download as HTML</source>
        <translation>Télécharger en HTML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the Redactor document “%1”?</source>
        <translation>Supprimer le document Redactor «&#xa0;%1&#xa0;» ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the document</source>
        <translation>Supprimer le document</translation>
    </message>
</context>
<context>
    <name>RedactorTextEdit</name>
    <message>
        <location filename="../../views/redactor_text_edit.py" line="+51"/>
        <source>Page break</source>
        <translation>Saut de page</translation>
    </message>
</context>
<context>
    <name>RichTextToolbar</name>
    <message>
        <location filename="../../views/rich_text_toolbar.py" line="+100"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading 1</source>
        <translation>Titre 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading 2</source>
        <translation>Titre 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading 3</source>
        <translation>Titre 3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert a table…</source>
        <translation>Insérer un tableau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert an image…</source>
        <translation>Insérer une image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page break</source>
        <translation>Saut de page</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an image Qt can read.</source>
        <translation>%1 n&apos;est pas une image dans un format reconnu.</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <location filename="../../views/rights_text.py" line="+11"/>
        <source>Your privilege profile does not allow this; ask an administrator to change your privilege profile.</source>
        <translation>Votre profil de privilèges ne le permet pas : veuillez vous rapprocher de votre administrateur afin qu&apos;il modifie vos droits dans votre profil de privilèges.</translation>
    </message>
</context>
<context>
    <name>SalesDocumentTableModel</name>
    <message>
        <location filename="../../views/item_models/sales_document_table_model.py" line="+36"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>SalesDocuments</name>
    <message>
        <location filename="../../views/sales_document_labels.py" line="+28"/>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery note</source>
        <translation>Bon de livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proforma invoice</source>
        <translation>Facture proforma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>À payer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially paid</source>
        <translation>Partiellement payé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This document cannot be linked: a document can be linked to an opportunity only if the document and the opportunity were created on the same client or prospect record.</source>
        <translation>Ce document ne peut pas être lié : la liaison d&apos;un document à une opportunité n&apos;est possible que si le document et l&apos;opportunité ont été créés sur la même fiche client ou prospect.</translation>
    </message>
</context>
<context>
    <name>SavedViewsWidget</name>
    <message>
        <location filename="../../views/saved_views_widget.py" line="+24"/>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved views: a search and filters under a name</source>
        <translation>Vues enregistrées : une recherche et des filtres sous un nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the current search and filters as a view</source>
        <translation>Enregistrer la recherche et les filtres actuels comme une vue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected view</source>
        <translation>Supprimer la vue sélectionnée</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../../views/admin/settings_window.py" line="+38"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your privilege profile does not include administration. Ask an administrator to change your rights.</source>
        <translation>Votre profil de privilèges n&apos;inclut pas l&apos;administration : veuillez vous rapprocher de votre administrateur afin qu&apos;il modifie vos droits dans votre profil de privilèges.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../views/share_dialog.py" line="+53"/>
        <source>Share — %1</source>
        <translation>Partager — %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared with</source>
        <translation>Partagée avec</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody else: only the owner and the assigned collaborators see this opportunity.</source>
        <translation>Personne d&apos;autre : seuls le propriétaire et les collaborateurs affectés voient cette opportunité.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change the owner</source>
        <translation>Modifier le propriétaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with a collaborator</source>
        <translation>Partager à un collaborateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with a group of collaborators</source>
        <translation>Partager à un groupe de collaborateurs</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>collaborator</source>
        <translation>collaborateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../views/sign_in_dialog.py" line="+40"/>
        <location line="+18"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Who is signing in to this workspace?</source>
        <translation>Qui se connecte à cet espace de travail ?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Login</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter your login and your password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown login or wrong password. Check both and try again.</source>
        <translation>Nom d&apos;utilisateur inconnu ou mot de passe incorrect. Vérifiez-les et réessayez.</translation>
    </message>
</context>
<context>
    <name>SmtpSection</name>
    <message>
        <location filename="../../views/admin/smtp_section.py" line="+17"/>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (unencrypted)</source>
        <translation>Aucune (non chiffré)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to keep the stored password</source>
        <translation>Laisser vide pour conserver le mot de passe enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>SMTP settings saved.</source>
        <translation>Paramètres SMTP enregistrés.</translation>
    </message>
</context>
<context>
    <name>SourcesSection</name>
    <message>
        <location filename="../../views/admin/sources_section.py" line="+26"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source name</source>
        <translation>Nom de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
</context>
<context>
    <name>StageBarWidget</name>
    <message>
        <location filename="../../views/stage_bar_widget.py" line="+76"/>
        <source>Stage %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — default probability %2</source>
        <translation>%1 — probabilité par défaut : %2</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../views/formatting.py" line="-16"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>TableSizeDialog</name>
    <message>
        <location filename="../../views/table_size_dialog.py" line="+18"/>
        <source>Insert a table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>TagChipsWidget</name>
    <message>
        <location filename="../../views/tag_chips_widget.py" line="+76"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New smart-tag</source>
        <translation>Nouveau smart-tag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No smart-tag</source>
        <translation>Aucun smart-tag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a smart-tag</source>
        <translation>Ajouter un smart-tag</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove this smart-tag</source>
        <translation>Retirer ce smart-tag</translation>
    </message>
</context>
<context>
    <name>TagsSection</name>
    <message>
        <location filename="../../views/admin/tags_section.py" line="+24"/>
        <source>Smart-tags</source>
        <translation>Smart-tags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge into</source>
        <translation>Fusionner dans</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Merge “%1” into “%2”? “%1” is deleted.</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» ? «&#xa0;%1&#xa0;» sera supprimé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge smart-tags</source>
        <translation>Fusionner les smart-tags</translation>
    </message>
</context>
<context>
    <name>TaskFormDialog</name>
    <message>
        <location filename="../../views/activity_forms.py" line="-53"/>
        <source>Schedule a task</source>
        <translation>Programmer une tâche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Affectée à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TimeEntriesDialog</name>
    <message>
        <location filename="../../views/time_entries_dialog.py" line="+45"/>
        <location line="+132"/>
        <source>Time entries</source>
        <translation>Entrées de temps</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Collaborator</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log time</source>
        <translation>Déclarer des heures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Totals per collaborator</source>
        <translation>Totaux par collaborateur</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Delete the time entry</source>
        <translation>Supprimer l&apos;entrée de temps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this time entry?</source>
        <translation>Supprimer cette entrée de temps ?</translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <location filename="../../views/time_entry_dialog.py" line="+44"/>
        <source>Log time</source>
        <translation>Déclarer des heures</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>h:mm, e.g. 1:30</source>
        <translation>h:mm, ex. 1:30</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was done</source>
        <translation>Travail effectué</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter a duration such as 1:30 (hours:minutes).</source>
        <translation>Saisissez une durée, par exemple 1:30 (heures:minutes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than 24 hours on that day (%1 already logged).</source>
        <translation>Plus de 24 heures ce jour-là (%1 déjà déclarées).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Between 0:01 and 24:00.</source>
        <translation>Entre 0:01 et 24:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a day between 1 January 2000 and today.</source>
        <translation>Choisissez un jour entre le 1er janvier 2000 et aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <location filename="../../views/admin/users_section.py" line="+35"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Login</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+29"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>At least 8 characters</source>
        <translation>8 caractères minimum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privilege profile</source>
        <translation>Profil de privilèges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create user</source>
        <translation>Créer l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Password changed.</source>
        <translation>Mot de passe modifié.</translation>
    </message>
</context>
</TS>

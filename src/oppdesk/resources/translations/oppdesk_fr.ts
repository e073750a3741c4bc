<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Glossary</name>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Opportunity record</source>
        <translation>Fiche opportunité</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d'échéance</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>opportunity</comment>
        <translation>Nom de l'opportunité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant potentiel</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>Montant pondéré</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Assigned collaborators</source>
        <translation>Collaborateurs affectés</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact responsable</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société liée</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Smart-tags</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Activity history</source>
        <translation>Historique des activités</translation>
    </message>
    <message>
        <source>Linked documents</source>
        <translation>Documents liés</translation>
    </message>
    <message>
        <source>Redactor documents</source>
        <translation>Documents Redactor</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>Déclarer des heures</translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation>Actions en masse</translation>
    </message>
    <message>
        <source>Choose an action</source>
        <translation>Choisissez une action à effectuer</translation>
    </message>
    <message>
        <source>Apply</source>
        <comment>bulk actions</comment>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>global add button</comment>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Won</source>
        <comment>status</comment>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>status</comment>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>status</comment>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>status</comment>
        <translation>En retard</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities</source>
        <translation>
            <numerusform>%n opportunité</numerusform>
            <numerusform>%n opportunités</numerusform>
        </translation>
    </message>
</context>
</TS>

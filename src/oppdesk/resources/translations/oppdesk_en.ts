<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>BulkActionBarWidget</name>
    <message numerus="yes">
        <location filename="../../views/bulk_action_bar_widget.py" line="+160"/>
        <source>%n opportunities will be changed. Continue?</source>
        <translation>
            <numerusform>%n opportunity will be changed. Continue?</numerusform>
            <numerusform>%n opportunities will be changed. Continue?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skipped: insufficient rights</source>
        <translation>
            <numerusform>%n skipped: insufficient rights</numerusform>
            <numerusform>%n skipped: insufficient rights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped: the assignee cannot see them</source>
        <translation>
            <numerusform>%n skipped: the assignee cannot see it</numerusform>
            <numerusform>%n skipped: the assignee cannot see them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompaniesWidget</name>
    <message numerus="yes">
        <location filename="../../views/companies_widget.py" line="+141"/>
        <source>%n companies</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsWidget</name>
    <message numerus="yes">
        <location filename="../../views/contacts_widget.py" line="+104"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpportunityListWidget</name>
    <message numerus="yes">
        <location filename="../../views/opportunity_list_widget.py" line="+283"/>
        <source>%n checked</source>
        <translation>
            <numerusform>%n checked</numerusform>
            <numerusform>%n checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n opportunities</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelinesSection</name>
    <message numerus="yes">
        <location filename="../../views/admin/pipelines_section.py" line="+228"/>
        <source>This stage holds %n opportunity(ies): choose in “Move opportunities to” where they go, then delete again.</source>
        <translation>
            <numerusform>This stage holds %n opportunity: choose in “Move opportunities to” where it goes, then delete again.</numerusform>
            <numerusform>This stage holds %n opportunities: choose in “Move opportunities to” where they go, then delete again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesSection</name>
    <message numerus="yes">
        <location filename="../../views/admin/profiles_section.py" line="+94"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="56" />
        <source>Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="57" />
        <source>Something went wrong. Your data is safe; please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="77" />
        <location filename="../../netzwerk_app/ui/app.py" line="103" />
        <source>Netzwerk cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="78" />
        <source>The database cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="84" />
        <source>The database cannot be opened. The newest backup (%1) can take its place; the file it replaces is kept beside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="91" />
        <source>Restore the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="104" />
        <source>The backup could not be restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="157" />
        <source>Other users of this computer can look into the data folder %1; make it private (chmod 700).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CareTray</name>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="167" />
        <source>Netzwerk: nothing due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="198" />
        <source>Open Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/tray.py" line="171" />
        <source>%n due today</source>
        <translation><numerusform>%n due today</numerusform><numerusform>%n due today</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/tray.py" line="173" />
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="205" />
        <source>Due today and overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="207" />
        <source>Nothing due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/tray.py" line="214" />
        <source>%n more in the agenda…</source>
        <translation><numerusform>%n more in the agenda…</numerusform><numerusform>%n more in the agenda…</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="216" />
        <source>Open the Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="218" />
        <source>Snooze All until Tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="222" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/tray.py" line="228" />
        <source>overdue %n day(s)</source>
        <translation><numerusform>overdue %n day</numerusform><numerusform>overdue %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="230" />
        <source>Open Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="232" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="234" />
        <source>Snooze until Tomorrow</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="69" />
        <source>Tier colour</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <location filename="../../netzwerk_app/ui/conflict_banner.py" line="29" />
        <source>This contact was changed elsewhere while you edited it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/conflict_banner.py" line="42" />
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/conflict_banner.py" line="44" />
        <source>Keep the changes made elsewhere and save yours with them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/conflict_banner.py" line="46" />
        <source>Keep &amp;theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/conflict_banner.py" line="47" />
        <source>Drop your edits and show the contact as stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/conflict_banner.py" line="48" />
        <source>Keep m&amp;ine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/conflict_banner.py" line="50" />
        <source>Save the card exactly as you see it, undoing the changes made elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/conflict_banner.py" line="66" />
        <source>Fields marked ⚠ were changed by you too; Merge keeps your value there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/conflict_banner.py" line="68" />
        <source>Merge keeps both: their changes and yours.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="216" />
        <source>Select a contact to see the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="239" />
        <source>Change the photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="242" />
        <source>Choose photo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="243" />
        <source>Remove photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="282" />
        <source>&amp;Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="283" />
        <source>&amp;Touchpoints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="284" />
        <source>&amp;Relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="288" />
        <source>Log touchpoint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="292" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="294" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="335" />
        <source>Built from the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="341" />
        <source>27.11.1980 or 27.11. (no year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="343" />
        <source>1980-11-27 or --11-27 (no year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="354" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1027" />
        <source>Given name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="355" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1028" />
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="357" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1027" />
        <source>Prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="358" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1028" />
        <source>Middle names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="359" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1029" />
        <source>Suffix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="363" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="365" />
        <source>Displa&amp;y name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="366" />
        <source>Nic&amp;kname:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="367" />
        <source>&amp;Organization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="368" />
        <source>Dep&amp;artment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="369" />
        <source>&amp;Job title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="370" />
        <source>&amp;Birthday:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="374" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="374" />
        <source>Address or number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="374" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="395" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="383" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="401" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="383" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="401" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="391" />
        <source>Reach:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="395" />
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="395" />
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="395" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="396" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="396" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="404" />
        <source>Addresses:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="406" />
        <source>Where and how you met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="410" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="416" />
        <source>&amp;Met:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="417" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1034" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="418" />
        <source>Not&amp;es:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="483" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="487" />
        <source>History (newest first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="491" />
        <source>Log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="493" />
        <source>Plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="495" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="497" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="514" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="537" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="514" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="514" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="514" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="531" />
        <source>Why the tier changes (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="535" />
        <source>T&amp;ier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="537" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="537" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="540" />
        <source>Tier history:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="542" />
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="542" />
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="542" />
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="545" />
        <source>Career:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="546" />
        <source>Knowledge, contacts, opportunities…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="547" />
        <source>What they offer /
what I expect:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="548" />
        <source>Help, introductions, know-how…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="549" />
        <source>What I can offer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="550" />
        <source>Shared interests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="551" />
        <source>Intere&amp;sts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="552" />
        <source>Comma-separated, e.g. board, alumni</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="557" />
        <source>Ta&amp;gs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="581" />
        <source>not a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="699" />
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="719" />
        <source>Tier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="725" />
        <source>Unsorted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="744" />
        <source>(skipped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="764" />
        <source>Overdue since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="767" />
        <source>Next touchpoint due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="779" />
        <source>new contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="780" />
        <source>imported from a vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="807" />
        <source>Open (write, call, visit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="903" />
        <source>The birthday is not a date: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="884" />
        <source>A contact needs a name, an organization, an email or a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="989" />
        <source>Cannot save the contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1019" />
        <source>(yours: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1029" />
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1030" />
        <source>Nickname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1030" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1031" />
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1031" />
        <source>Job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1032" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1032" />
        <source>Reach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1033" />
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1033" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1034" />
        <source>Met on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1034" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1035" />
        <source>What they offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1035" />
        <source>What I can offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1036" />
        <source>Interests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1036" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1037" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1038" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1038" />
        <source>Other vCard data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1044" />
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1078" />
        <source>%1 is not a phone number here; kept as typed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1080" />
        <source>%1 does not look like an email address; kept as typed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1119" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1131" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1135" />
        <source>Choose a photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1121" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1135" />
        <source>This file is not an image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1210" />
        <source>Delete touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1210" />
        <source>Delete the selected touchpoint?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../netzwerk_app/ui/contact_model.py" line="239" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_model.py" line="240" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_model.py" line="241" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_model.py" line="242" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_model.py" line="243" />
        <source>Last touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_model.py" line="244" />
        <source>Next due</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/contact_model.py" line="306" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>Overdue by %n day</numerusform><numerusform>Overdue by %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_model.py" line="308" />
        <source>Due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/contact_model.py" line="309" />
        <source>Due in %n day(s)</source>
        <translation><numerusform>Due in %n day</numerusform><numerusform>Due in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="123" />
        <source>Welcome to Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="132" />
        <source>Keep your valuable relationships alive on purpose. Start by importing the address book of your phone (a .vcf file), or add your first contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="147" />
        <source>Import from your phone…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="152" />
        <source>Add a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="164" />
        <source>Tip: export your contacts from your phone as a vCard file and drop it on this window.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/export_dialog.py" line="50" />
        <location filename="../../netzwerk_app/ui/export_dialog.py" line="112" />
        <source>Export vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/export_dialog.py" line="55" />
        <source>All contacts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/export_dialog.py" line="56" />
        <source>The contacts shown now (%n)</source>
        <translation><numerusform>The contact shown now (%n)</numerusform><numerusform>The contacts shown now (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/export_dialog.py" line="57" />
        <source>The selected contacts (%n)</source>
        <translation><numerusform>The selected contact (%n)</numerusform><numerusform>The selected contacts (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/export_dialog.py" line="58" />
        <source>One tier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/export_dialog.py" line="85" />
        <source>vCard 3.0 (most compatible)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/export_dialog.py" line="86" />
        <source>vCard 4.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/export_dialog.py" line="89" />
        <source>Export:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/export_dialog.py" line="90" />
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/export_dialog.py" line="93" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/export_dialog.py" line="112" />
        <source>contacts.vcf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/export_dialog.py" line="113" />
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/export_dialog.py" line="140" />
        <source>The file could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/export_dialog.py" line="149" />
        <source>%n contact(s) exported.</source>
        <translation><numerusform>%n contact exported.</numerusform><numerusform>%n contacts exported.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="120" />
        <source>Import vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="143" />
        <source>Reading the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="162" />
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="163" />
        <source>updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="164" />
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="165" />
        <source>problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="187" />
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="188" />
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="189" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="187" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="188" />
        <source>What changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="190" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="190" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="199" />
        <source>File &amp;new contacts in tier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="206" />
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="344" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="257" />
        <source>Reading and checking the contacts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="261" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="267" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="290" />
        <source>The import failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="291" />
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="368" />
        <source>Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="300" />
        <source>New (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="301" />
        <source>Updates (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="302" />
        <source>Unchanged (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="307" />
        <source>Problems (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="322" />
        <source>card %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="324" />
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="325" />
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="325" />
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="340" />
        <source>Nothing has been written yet. Check the lists, choose the tier for new contacts, then import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="348" />
        <source>There is nothing to import: every contact in the file is already there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="350" />
        <source>No contact could be read from the file. See the problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="367" />
        <source>Import cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="371" />
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="373" />
        <source>%n contact(s) added</source>
        <translation><numerusform>%n contact added</numerusform><numerusform>%n contacts added</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="374" />
        <source>%n contact(s) updated</source>
        <translation><numerusform>%n contact updated</numerusform><numerusform>%n contacts updated</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="375" />
        <source>%n unchanged</source>
        <translation><numerusform>%n unchanged</numerusform><numerusform>%n unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="378" />
        <source>%n card(s) skipped</source>
        <translation><numerusform>%n card skipped</numerusform><numerusform>%n cards skipped</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="85" />
        <source>The disk is full: nothing was imported. Make room and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="63" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="64" />
        <source>Lunch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="65" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="66" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="67" />
        <location filename="../../netzwerk_app/ui/i18n.py" line="106" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="68" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="69" />
        <source>Greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="70" />
        <source>Introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="71" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="78" />
        <source>In person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="79" />
        <location filename="../../netzwerk_app/ui/i18n.py" line="107" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="80" />
        <source>Written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="81" />
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="88" />
        <source>days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="89" />
        <source>weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="90" />
        <source>months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="91" />
        <source>years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="98" />
        <source>Last touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="99" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="108" />
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="109" />
        <source>Social</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="110" />
        <source>Messenger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="118" />
        <source>Unsorted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="126" />
        <source>System language</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="300" />
        <location filename="../../netzwerk_app/ui/main_window.py" line="1067" />
        <source>Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="336" />
        <source>&amp;New Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="339" />
        <source>&amp;Import vCard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="342" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="345" />
        <source>&amp;Log Touchpoint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="348" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="354" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="357" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="360" />
        <location filename="../../netzwerk_app/ui/main_window.py" line="944" />
        <source>&amp;Undo Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="364" />
        <source>Select &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="367" />
        <location filename="../../netzwerk_app/ui/main_window.py" line="801" />
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="370" />
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="373" />
        <source>Export &amp;Selection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="375" />
        <source>&amp;Open Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="387" />
        <source>&amp;Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="388" />
        <source>&amp;Tier Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="389" />
        <source>C&amp;alendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="399" />
        <source>&amp;About Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="434" />
        <location filename="../../netzwerk_app/ui/main_window.py" line="647" />
        <source>All tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="439" />
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="472" />
        <source>The tier board is coming soon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="475" />
        <source>The calendar is coming soon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="507" />
        <source>Search contacts (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="517" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="529" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="534" />
        <source>&amp;Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="536" />
        <location filename="../../netzwerk_app/ui/main_window.py" line="976" />
        <source>Set &amp;Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="542" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="544" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="548" />
        <source>Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="650" />
        <source>Tier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="652" />
        <source>Unsorted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="654" />
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="660" />
        <location filename="../../netzwerk_app/ui/main_window.py" line="669" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="661" />
        <source>%n due today</source>
        <translation><numerusform>%n due today</numerusform><numerusform>%n due today</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="662" />
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="667" />
        <source>%n archived contact(s)</source>
        <translation><numerusform>%n archived contact</numerusform><numerusform>%n archived contacts</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="672" />
        <source>%1 of %2 shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="801" />
        <source>&amp;Restore from Archive</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="867" />
        <source>Touchpoint logged with %n contact(s).</source>
        <translation><numerusform>Touchpoint logged with %n contact.</numerusform><numerusform>Touchpoint logged with %n contacts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="880" />
        <source>Tier changed for %n contact(s).</source>
        <translation><numerusform>Tier changed for %n contact.</numerusform><numerusform>Tier changed for %n contacts.</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="894" />
        <source>&amp;Undo Archive</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="898" />
        <source>%n contact(s) archived. Undo with Ctrl+Z.</source>
        <translation><numerusform>%n contact archived. Undo with Ctrl+Z.</numerusform><numerusform>%n contacts archived. Undo with Ctrl+Z.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="908" />
        <source>%n contact(s) restored from the archive.</source>
        <translation><numerusform>%n contact restored from the archive.</numerusform><numerusform>%n contacts restored from the archive.</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="916" />
        <source>Delete “%1” for good?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="920" />
        <source>Delete %n contacts for good?</source>
        <translation><numerusform>Delete %n contact for good?</numerusform><numerusform>Delete %n contacts for good?</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="922" />
        <source>Delete contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="926" />
        <source>You can undo this with Edit ▸ Undo Delete until you quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="927" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="948" />
        <source>%n contact(s) deleted. Undo with Ctrl+Z.</source>
        <translation><numerusform>%n contact deleted. Undo with Ctrl+Z.</numerusform><numerusform>%n contacts deleted. Undo with Ctrl+Z.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="964" />
        <source>%n contact(s) restored.</source>
        <translation><numerusform>%n contact restored.</numerusform><numerusform>%n contacts restored.</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="993" />
        <source>Import vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="995" />
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="1048" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="1049" />
        <source>The new language applies when you start Netzwerk again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="1055" />
        <source>About Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="1057" />
        <source>&lt;h3&gt;Netzwerk %1&lt;/h3&gt;&lt;p&gt;Keep your valuable relationships alive on purpose: contacts in tiers, care cadences, what is due.&lt;/p&gt;&lt;p&gt;Your data stays on this computer.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="1147" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="1148" />
        <source>The contact has changes that cannot be saved. Quit anyway?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../netzwerk_app/ui/banner.py" line="31" />
        <source>Open agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/banner.py" line="36" />
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderWording</name>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="97" />
        <source>meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="98" />
        <source>lunch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="99" />
        <source>call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="100" />
        <source>message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="101" />
        <source>email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="102" />
        <source>event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="103" />
        <source>greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="104" />
        <source>introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="105" />
        <source>touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="106" />
        <source>birthday</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/tray.py" line="118" />
        <source>%n touchpoint(s) due</source>
        <translation><numerusform>%n touchpoint due</numerusform><numerusform>%n touchpoints due</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/tray.py" line="121" />
        <source>, and %n more</source>
        <translation><numerusform>, and %n more</numerusform><numerusform>, and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="126" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="128" />
        <source>&amp;Tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="129" />
        <source>&amp;General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="144" />
        <source>Each tier has a care cadence: how often a contact of that tier should hear from you, counted from the last touchpoint or from the birthday.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="152" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="152" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="152" />
        <source>Every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="152" />
        <source>Counted from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="153" />
        <source>Typical touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="153" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="153" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="194" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="195" />
        <source>A new language applies when Netzwerk starts again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="198" />
        <source>Remind me of due touchpoints every day at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="208" />
        <source>Reminders:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="209" />
        <source>Start Netzwerk in the tray when I log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="211" />
        <source>Start at login:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="215" />
        <source>Open folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="219" />
        <source>Data folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="234" />
        <source>The start at login could not be changed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TouchpointDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/touchpoint_dialog.py" line="71" />
        <source>Edit touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/touchpoint_dialog.py" line="73" />
        <source>Plan touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/touchpoint_dialog.py" line="75" />
        <source>Log touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/touchpoint_dialog.py" line="79" />
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/touchpoint_dialog.py" line="87" />
        <source>Happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/touchpoint_dialog.py" line="88" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/touchpoint_dialog.py" line="101" />
        <source>What did you talk about? What comes next?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/touchpoint_dialog.py" line="106" />
        <source>With:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/touchpoint_dialog.py" line="107" />
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/touchpoint_dialog.py" line="108" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/touchpoint_dialog.py" line="109" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/touchpoint_dialog.py" line="110" />
        <source>C&amp;hannel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/touchpoint_dialog.py" line="111" />
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="527" />
        <source>Netzwerk keeps running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="529" />
        <source>Netzwerk stays in the tray to remind you of due touchpoints. Quit it from the tray's menu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="543" />
        <source>Your desktop shows no system tray: Netzwerk reminds you of due touchpoints here while this window is open.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
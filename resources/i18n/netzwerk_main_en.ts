<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="51" />
        <source>Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="52" />
        <source>Something went wrong. Your data is safe; please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="72" />
        <location filename="../../netzwerk_app/ui/app.py" line="98" />
        <source>Netzwerk cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="73" />
        <source>The database cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="79" />
        <source>The database cannot be opened. The newest backup (%1) can take its place; the file it replaces is kept beside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="86" />
        <source>Restore the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="99" />
        <source>The backup could not be restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="132" />
        <source>Other users of this computer can look into the data folder %1; make it private (chmod 700).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="68" />
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
        <location filename="../../netzwerk_app/ui/contact_card.py" line="217" />
        <source>Select a contact to see the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="240" />
        <source>Change the photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="243" />
        <source>Choose photo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="244" />
        <source>Remove photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="283" />
        <source>&amp;Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="284" />
        <source>&amp;Touchpoints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="285" />
        <source>&amp;Relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="289" />
        <source>Log touchpoint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="293" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="295" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="336" />
        <source>Built from the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="342" />
        <source>27.11.1980 or 27.11. (no year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="344" />
        <source>1980-11-27 or --11-27 (no year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="355" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1025" />
        <source>Given name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="356" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1026" />
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="358" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1025" />
        <source>Prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="359" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1026" />
        <source>Middle names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="360" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1027" />
        <source>Suffix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="364" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="366" />
        <source>Displa&amp;y name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="367" />
        <source>Nic&amp;kname:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="368" />
        <source>&amp;Organization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="369" />
        <source>Dep&amp;artment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="370" />
        <source>&amp;Job title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="371" />
        <source>&amp;Birthday:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="375" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="375" />
        <source>Address or number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="375" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="395" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="384" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="401" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="384" />
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
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1032" />
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
        <location filename="../../netzwerk_app/ui/contact_card.py" line="901" />
        <source>The birthday is not a date: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="882" />
        <source>A contact needs a name, an organization, an email or a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="987" />
        <source>Cannot save the contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1017" />
        <source>(yours: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1027" />
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1028" />
        <source>Nickname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1028" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1029" />
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1029" />
        <source>Job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1030" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1030" />
        <source>Reach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1031" />
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1031" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1032" />
        <source>Met on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1032" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1033" />
        <source>What they offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1033" />
        <source>What I can offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1034" />
        <source>Interests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1034" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1035" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1036" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1036" />
        <source>Other vCard data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1042" />
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1076" />
        <source>%1 is not a phone number here; kept as typed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1078" />
        <source>%1 does not look like an email address; kept as typed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1117" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1129" />
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1133" />
        <source>Choose a photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1119" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1133" />
        <source>This file is not an image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1208" />
        <source>Delete touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_card.py" line="1208" />
        <source>Delete the selected touchpoint?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../netzwerk_app/ui/contact_model.py" line="235" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_model.py" line="236" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_model.py" line="237" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_model.py" line="238" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_model.py" line="239" />
        <source>Last touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_model.py" line="240" />
        <source>Next due</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/contact_model.py" line="302" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>Overdue by %n day</numerusform><numerusform>Overdue by %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/contact_model.py" line="304" />
        <source>Due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/contact_model.py" line="305" />
        <source>Due in %n day(s)</source>
        <translation><numerusform>Due in %n day</numerusform><numerusform>Due in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="122" />
        <source>Welcome to Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="131" />
        <source>Keep your valuable relationships alive on purpose. Start by importing the address book of your phone (a .vcf file), or add your first contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="146" />
        <source>Import from your phone…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="151" />
        <source>Add a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="163" />
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
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="340" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="256" />
        <source>Reading and checking the contacts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="260" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="266" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="286" />
        <source>The import failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="287" />
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="364" />
        <source>Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="296" />
        <source>New (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="297" />
        <source>Updates (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="298" />
        <source>Unchanged (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="303" />
        <source>Problems (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="318" />
        <source>card %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="320" />
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="321" />
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="321" />
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="336" />
        <source>Nothing has been written yet. Check the lists, choose the tier for new contacts, then import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="344" />
        <source>There is nothing to import: every contact in the file is already there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="346" />
        <source>No contact could be read from the file. See the problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="363" />
        <source>Import cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="367" />
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="369" />
        <source>%n contact(s) added</source>
        <translation><numerusform>%n contact added</numerusform><numerusform>%n contacts added</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="370" />
        <source>%n contact(s) updated</source>
        <translation><numerusform>%n contact updated</numerusform><numerusform>%n contacts updated</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="371" />
        <source>%n unchanged</source>
        <translation><numerusform>%n unchanged</numerusform><numerusform>%n unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/import_dialog.py" line="374" />
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
        <location filename="../../netzwerk_app/ui/main_window.py" line="287" />
        <location filename="../../netzwerk_app/ui/main_window.py" line="1020" />
        <source>Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="322" />
        <source>&amp;New Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="325" />
        <source>&amp;Import vCard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="328" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="331" />
        <source>&amp;Log Touchpoint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="334" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="340" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="343" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="346" />
        <location filename="../../netzwerk_app/ui/main_window.py" line="898" />
        <source>&amp;Undo Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="350" />
        <source>Select &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="353" />
        <location filename="../../netzwerk_app/ui/main_window.py" line="755" />
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="356" />
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="359" />
        <source>Export &amp;Selection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="361" />
        <source>&amp;Open Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="373" />
        <source>&amp;Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="374" />
        <source>&amp;Tier Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="375" />
        <source>C&amp;alendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="385" />
        <source>&amp;About Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="420" />
        <location filename="../../netzwerk_app/ui/main_window.py" line="616" />
        <source>All tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="425" />
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="458" />
        <source>The tier board is coming soon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="461" />
        <source>The calendar is coming soon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="482" />
        <source>Search contacts (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="492" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="504" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="509" />
        <source>&amp;Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="511" />
        <location filename="../../netzwerk_app/ui/main_window.py" line="930" />
        <source>Set &amp;Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="517" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="519" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="523" />
        <source>Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="619" />
        <source>Tier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="621" />
        <source>Unsorted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="623" />
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="629" />
        <location filename="../../netzwerk_app/ui/main_window.py" line="637" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="630" />
        <source>%n due today</source>
        <translation><numerusform>%n due today</numerusform><numerusform>%n due today</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="631" />
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="635" />
        <source>%n archived contact(s)</source>
        <translation><numerusform>%n archived contact</numerusform><numerusform>%n archived contacts</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="640" />
        <source>%1 of %2 shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="755" />
        <source>&amp;Restore from Archive</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="821" />
        <source>Touchpoint logged with %n contact(s).</source>
        <translation><numerusform>Touchpoint logged with %n contact.</numerusform><numerusform>Touchpoint logged with %n contacts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="834" />
        <source>Tier changed for %n contact(s).</source>
        <translation><numerusform>Tier changed for %n contact.</numerusform><numerusform>Tier changed for %n contacts.</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="848" />
        <source>&amp;Undo Archive</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="852" />
        <source>%n contact(s) archived. Undo with Ctrl+Z.</source>
        <translation><numerusform>%n contact archived. Undo with Ctrl+Z.</numerusform><numerusform>%n contacts archived. Undo with Ctrl+Z.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="862" />
        <source>%n contact(s) restored from the archive.</source>
        <translation><numerusform>%n contact restored from the archive.</numerusform><numerusform>%n contacts restored from the archive.</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="870" />
        <source>Delete “%1” for good?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="874" />
        <source>Delete %n contacts for good?</source>
        <translation><numerusform>Delete %n contact for good?</numerusform><numerusform>Delete %n contacts for good?</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="876" />
        <source>Delete contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="880" />
        <source>You can undo this with Edit ▸ Undo Delete until you quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="881" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="902" />
        <source>%n contact(s) deleted. Undo with Ctrl+Z.</source>
        <translation><numerusform>%n contact deleted. Undo with Ctrl+Z.</numerusform><numerusform>%n contacts deleted. Undo with Ctrl+Z.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="918" />
        <source>%n contact(s) restored.</source>
        <translation><numerusform>%n contact restored.</numerusform><numerusform>%n contacts restored.</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="947" />
        <source>Import vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="949" />
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="1001" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="1002" />
        <source>The new language applies when you start Netzwerk again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="1008" />
        <source>About Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="1010" />
        <source>&lt;h3&gt;Netzwerk %1&lt;/h3&gt;&lt;p&gt;Keep your valuable relationships alive on purpose: contacts in tiers, care cadences, what is due.&lt;/p&gt;&lt;p&gt;Your data stays on this computer.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="1090" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="1091" />
        <source>The contact has changes that cannot be saved. Quit anyway?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="125" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="127" />
        <source>&amp;Tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="128" />
        <source>&amp;General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="143" />
        <source>Each tier has a care cadence: how often a contact of that tier should hear from you, counted from the last touchpoint or from the birthday.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="151" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="151" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="151" />
        <source>Every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="151" />
        <source>Counted from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="152" />
        <source>Typical touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="152" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="152" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="193" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="194" />
        <source>A new language applies when Netzwerk starts again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="197" />
        <source>Remind me of due touchpoints every day at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="207" />
        <source>Reminders:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="211" />
        <source>Open folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/settings_dialog.py" line="215" />
        <source>Data folder:</source>
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
</TS>
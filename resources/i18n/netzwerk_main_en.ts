<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="57" />
        <source>Edit Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="57" />
        <source>Add Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="69" />
        <source>&amp;Test Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="87" />
        <source>&amp;Provider:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="88" />
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="90" />
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="91" />
        <source>App &amp;password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="94" />
        <source>Address &amp;books to sync:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="95" />
        <source>New &amp;contacts go to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="114" />
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="210" />
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="224" />
        <source>Connected: %n address book(s) found.</source>
        <translation><numerusform>Connected: %n address book found.</numerusform><numerusform>Connected: %n address books found.</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="227" />
        <source>Connected, but no address books were found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="238" />
        <source>The server refused the user name or password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="240" />
        <source>The server answered, but not as a CardDAV server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="244" />
        <source>The server cannot be reached: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="254" />
        <source>Enter the app password.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="188" />
        <source>Sync Accounts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="52" />
        <source>Netzwerk syncs your contacts both ways with CardDAV address books (Nextcloud, Fastmail, iCloud, Radicale …): a number changed on the phone arrives here, a contact filed into a tier here reaches the phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="63" />
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="65" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="67" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="83" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="84" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="87" />
        <source>Sync &amp;every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="91" />
        <source>and at start, shortly after an edit, and with Sync Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="121" />
        <source>Address books: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="123" />
        <source>New contacts go to: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="126" />
        <source>Last sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="169" />
        <source>Remove Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="171" />
        <source>Remove the account %1? The contacts stay on this computer and on the server; the password is removed from the keyring.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="57" />
        <source>Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="58" />
        <source>Something went wrong. Your data is safe; please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="78" />
        <location filename="../../netzwerk_app/ui/app.py" line="104" />
        <source>Netzwerk cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="79" />
        <source>The database cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="85" />
        <source>The database cannot be opened. The newest backup (%1) can take its place; the file it replaces is kept beside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="92" />
        <source>Restore the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="105" />
        <source>The backup could not be restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="162" />
        <source>Other users of this computer can look into the data folder %1; make it private (chmod 700).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="105" />
        <source>Built from the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="121" />
        <source>Given name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="122" />
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="124" />
        <source>Prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="125" />
        <source>Middle names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="126" />
        <source>Suffix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="130" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="132" />
        <source>Displa&amp;y name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="133" />
        <source>Nic&amp;kname:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="134" />
        <source>&amp;Organization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="135" />
        <source>Dep&amp;artment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="136" />
        <source>&amp;Job title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="137" />
        <source>&amp;Birthday:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="141" />
        <source>Where and how you met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="145" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="151" />
        <source>&amp;Met:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="152" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="153" />
        <source>Not&amp;es:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="166" />
        <source>Why the tier changes (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="170" />
        <source>T&amp;ier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="175" />
        <source>Add a birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="188" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="188" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="188" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="190" />
        <source>Tier history:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="192" />
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="192" />
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="192" />
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="194" />
        <source>Career:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="195" />
        <source>Knowledge, contacts, opportunities…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="196" />
        <source>What they offer /
what I expect:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="197" />
        <source>Help, introductions, know-how…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="198" />
        <source>What I can offer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="199" />
        <source>Shared interests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="200" />
        <source>Intere&amp;sts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="201" />
        <source>Comma-separated, e.g. board, alumni</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="206" />
        <source>Ta&amp;gs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="212" />
        <source>27.11.1980 or 27.11. (no year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="214" />
        <source>%1 or %2 (no year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="223" />
        <source>not a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="237" />
        <source>Tier %1 is due on the birthday: without one, this contact is never due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="296" />
        <source>A contact needs a name, an organization, an email or a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="315" />
        <source>The birthday is not a date: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardPhoto</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/photo.py" line="45" />
        <source>Change the photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/photo.py" line="48" />
        <source>Choose photo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/photo.py" line="49" />
        <source>Remove photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/photo.py" line="65" />
        <location filename="../../netzwerk_app/ui/card/photo.py" line="77" />
        <location filename="../../netzwerk_app/ui/card/photo.py" line="81" />
        <source>Choose a photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/photo.py" line="67" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/photo.py" line="81" />
        <source>This file is not an image.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardReach</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="61" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="61" />
        <source>Address or number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="61" />
        <location filename="../../netzwerk_app/ui/card/reach.py" line="83" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="78" />
        <source>Reach:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="83" />
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="83" />
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="83" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="84" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="84" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="91" />
        <source>Addresses:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="113" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="115" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="147" />
        <source>Open (write, call, visit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="270" />
        <source>%1 is not a phone number here; kept as typed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="272" />
        <source>%1 does not look like an email address; kept as typed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardTimeline</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="39" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="43" />
        <source>History (newest first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="46" />
        <source>Log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="48" />
        <source>Plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="50" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="52" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="66" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="66" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="66" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="66" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="100" />
        <source>(skipped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="120" />
        <source>Overdue since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="123" />
        <source>Next touchpoint due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="142" />
        <source>new contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="143" />
        <source>imported from a vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="213" />
        <source>Delete touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="213" />
        <source>Delete the selected touchpoint?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CareTray</name>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="116" />
        <source>Netzwerk: nothing due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="147" />
        <source>Open Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="120" />
        <source>%n due today</source>
        <translation><numerusform>%n due today</numerusform><numerusform>%n due today</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="122" />
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="154" />
        <source>Due today and overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="156" />
        <source>Nothing due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="163" />
        <source>%n more in the agenda…</source>
        <translation><numerusform>%n more in the agenda…</numerusform><numerusform>%n more in the agenda…</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="165" />
        <source>Open the Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="167" />
        <source>Snooze All until Tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="174" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="180" />
        <source>overdue %n day(s)</source>
        <translation><numerusform>overdue %n day</numerusform><numerusform>overdue %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="182" />
        <source>Open Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="184" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="186" />
        <source>Snooze until Tomorrow</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CareerTimeline</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="40" />
        <source>No positions recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="45" />
        <source>today</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="65" />
        <source>Tier colour</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandWording</name>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/commands.py" line="23" />
        <source>Touchpoint logged with %n contact(s).</source>
        <translation><numerusform>Touchpoint logged with %n contact.</numerusform><numerusform>Touchpoint logged with %n contacts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/commands.py" line="26" />
        <source>Tier changed for %n contact(s).</source>
        <translation><numerusform>Tier changed for %n contact.</numerusform><numerusform>Tier changed for %n contacts.</numerusform></translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="29" />
        <source>This contact was changed elsewhere while you edited it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="40" />
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="42" />
        <source>Keep the changes made elsewhere and save yours with them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="44" />
        <source>Keep &amp;theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="45" />
        <source>Drop your edits and show the contact as stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="46" />
        <source>Keep m&amp;ine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="48" />
        <source>Save the card exactly as you see it, undoing the changes made elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="63" />
        <source>Fields marked ⚠ were changed by you too; Merge keeps your value there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="65" />
        <source>Merge keeps both: their changes and yours.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="73" />
        <source>Sync Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="89" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="89" />
        <source>Mine (this computer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="89" />
        <source>Theirs (the server)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="99" />
        <source>&amp;Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="100" />
        <source>Keep the values of this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="101" />
        <source>&amp;Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="102" />
        <source>Keep the server's values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="103" />
        <source>&amp;Both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="105" />
        <source>Keep the server's values and add this computer's to the notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="112" />
        <source>Keep:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="115" />
        <source>No open conflicts: everything is in sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="150" />
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="174" />
        <source>(a deleted contact)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="152" />
        <source>deleted on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="179" />
        <source>The card was deleted on the server while you edited the contact here. It was kept and uploaded again. Mine or Both keep it; Theirs archives it here and deletes it on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="187" />
        <source>Changed on both sides since the last sync. The server's values are in the contact now; yours are kept here until you choose.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="72" />
        <source>Select a contact to see the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="121" />
        <source>&amp;Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="122" />
        <source>&amp;Touchpoints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="123" />
        <source>&amp;Relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="126" />
        <source>Net&amp;work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="130" />
        <source>Log touchpoint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="134" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="136" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="335" />
        <source>Given name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="336" />
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="335" />
        <source>Prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="336" />
        <source>Middle names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="337" />
        <source>Suffix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="342" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="243" />
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="260" />
        <source>Tier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="266" />
        <source>Unsorted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="297" />
        <source>Cannot save the contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="327" />
        <source>(yours: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="337" />
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="338" />
        <source>Nickname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="338" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="339" />
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="339" />
        <source>Job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="340" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="340" />
        <source>Reach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="341" />
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="341" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="342" />
        <source>Met on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="342" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="343" />
        <source>What they offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="343" />
        <source>What I can offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="344" />
        <source>Interests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="344" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="345" />
        <location filename="../../netzwerk_app/ui/card/card.py" line="346" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="346" />
        <source>Other vCard data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="352" />
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../netzwerk_app/ui/contact_picker.py" line="28" />
        <source>Type a name…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="341" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="342" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="343" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="344" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="345" />
        <source>Last touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="346" />
        <source>Next due</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="408" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>Overdue by %n day</numerusform><numerusform>Overdue by %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="410" />
        <source>Due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="411" />
        <source>Due in %n day(s)</source>
        <translation><numerusform>Due in %n day</numerusform><numerusform>Due in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="222" />
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="257" />
        <source>All tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="227" />
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="260" />
        <source>Tier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="262" />
        <source>Unsorted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="264" />
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="284" />
        <source>%n archived contact(s)</source>
        <translation><numerusform>%n archived contact</numerusform><numerusform>%n archived contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="286" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="289" />
        <source>%1 of %2 shown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DialogOpeners</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/openers.py" line="31" />
        <source>Import vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/openers.py" line="33" />
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/openers.py" line="85" />
        <source>Possible &amp;Duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/openers.py" line="155" />
        <source>Check the Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/openers.py" line="158" />
        <source>The database is intact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/openers.py" line="164" />
        <source>About Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/openers.py" line="166" />
        <source>&lt;h3&gt;Netzwerk %1&lt;/h3&gt;&lt;p&gt;Keep your valuable relationships alive on purpose: contacts in tiers, care cadences, what is due.&lt;/p&gt;&lt;p&gt;Your data stays on this computer.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="130" />
        <source>Possible Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="143" />
        <source>&amp;Scan for Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="157" />
        <source>Choose which value to keep where the two differ (highlighted). All email addresses, phone numbers, tags, touchpoints and history of both are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="162" />
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="164" />
        <source>&amp;Not the Same Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="179" />
        <source>&amp;Undo Last Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="180" />
        <source>Ctrl+Z</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="201" />
        <source>%n possible duplicate(s)</source>
        <translation><numerusform>%n possible duplicate</numerusform><numerusform>%n possible duplicates</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="202" />
        <source>No possible duplicates. Scan to look for some among all contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="242" />
        <source>Why they may be one person: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="252" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="253" />
        <source>Given name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="254" />
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="255" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="256" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="257" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="258" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="259" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="260" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="312" />
        <source>Merged “%1” into “%2”. Undo with Ctrl+Z.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="324" />
        <source>“%1” and “%2” will not be proposed again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="354" />
        <source>There is no merge to undo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="359" />
        <source>The merge cannot be undone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="362" />
        <source>Merge undone: “%1” and “%2” are two contacts again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="373" />
        <source>Scanning all contacts for duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="385" />
        <source>The scan found %n new possible duplicate(s).</source>
        <translation><numerusform>The scan found %n new possible duplicate.</numerusform><numerusform>The scan found %n new possible duplicates.</numerusform></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="71" />
        <source>Welcome to Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="77" />
        <source>Keep your valuable relationships alive on purpose. Start by importing the address book of your phone (a .vcf file), or add your first contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="92" />
        <source>Import from your phone…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="97" />
        <source>Add a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="109" />
        <source>Tip: export your contacts from your phone as a vCard file and drop it on this window.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventsDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="49" />
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="174" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="54" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="54" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="54" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="54" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="57" />
        <source>e.g. Apéro of the trade association</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="60" />
        <source>Add &amp;Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="62" />
        <source>New event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="63" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="64" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="65" />
        <source>&amp;Place:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="74" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="74" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="76" />
        <source>First and last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="79" />
        <source>One line to remember them by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="80" />
        <source>Add &amp;Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="82" />
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="190" />
        <source>Met at this event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="83" />
        <source>Na&amp;me:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="84" />
        <source>&amp;Organization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="85" />
        <source>No&amp;te:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="89" />
        <source>&amp;Attach Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="90" />
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="204" />
        <source>Attach an existing contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="101" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="152" />
        <source>Choose or add an event.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="50" />
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="110" />
        <source>Export vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="55" />
        <source>All contacts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="56" />
        <source>The contacts shown now (%n)</source>
        <translation><numerusform>The contact shown now (%n)</numerusform><numerusform>The contacts shown now (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="57" />
        <source>The selected contacts (%n)</source>
        <translation><numerusform>The selected contact (%n)</numerusform><numerusform>The selected contacts (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="58" />
        <source>One tier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="85" />
        <source>vCard 3.0 (most compatible)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="86" />
        <source>vCard 4.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="89" />
        <source>Export:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="90" />
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="93" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="110" />
        <source>contacts.vcf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="111" />
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="138" />
        <source>The file could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="147" />
        <source>%n contact(s) exported.</source>
        <translation><numerusform>%n contact exported.</numerusform><numerusform>%n contacts exported.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="178" />
        <source>Import vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="201" />
        <source>Reading the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="206" />
        <source>You can keep working in the main window meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="220" />
        <source>File &amp;new contacts in tier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="223" />
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="350" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="239" />
        <source>Review Possible &amp;Duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="273" />
        <source>%1 (new in this import)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="284" />
        <source>Reading and checking the contacts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="289" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="297" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="327" />
        <source>The import failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="328" />
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="369" />
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="380" />
        <source>Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="356" />
        <source>No contact could be read from the file. See the skipped cards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="376" />
        <source>Undo it as a whole with File ▸ Recent Imports. Possible duplicates wait in Contact ▸ Possible Duplicates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="255" />
        <source>card %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="255" />
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="346" />
        <source>Nothing has been written yet. Check the lists, choose the tier for new contacts, then import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="354" />
        <source>There is nothing to import: every contact in the file is already there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="368" />
        <source>Import cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="373" />
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportLists</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="84" />
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="85" />
        <source>updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="86" />
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="87" />
        <source>possible duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="88" />
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="107" />
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="110" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="107" />
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="110" />
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="113" />
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="114" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="108" />
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="111" />
        <source>Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="108" />
        <source>Into contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="108" />
        <source>What changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="109" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="111" />
        <source>Imported as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="111" />
        <source>May be</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="112" />
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="113" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="114" />
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="129" />
        <source>New (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="130" />
        <source>Merged (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="131" />
        <source>Unchanged (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="132" />
        <source>Possible duplicates (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="133" />
        <source>Skipped (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="134" />
        <source>Warnings (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportPhrases</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="22" />
        <source>same UID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="23" />
        <source>same UID (renamed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="24" />
        <source>already held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="25" />
        <source>same name and a shared email or phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="28" />
        <source>no name; one contact shares its email or phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="31" />
        <source>different UIDs in one file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="34" />
        <source>shared email or phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="38" />
        <source>same name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="39" />
        <source>same organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="40" />
        <source>same birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="41" />
        <source>merge undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="43" />
        <source>prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="44" />
        <source>given name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="45" />
        <source>additional names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="46" />
        <source>family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="47" />
        <source>suffix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="48" />
        <source>nickname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="49" />
        <source>department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="50" />
        <source>notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="51" />
        <source>met where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="52" />
        <source>met on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="53" />
        <source>they offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="54" />
        <source>I offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="55" />
        <source>interests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="56" />
        <source>photo address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="57" />
        <source>photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="58" />
        <source>birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="59" />
        <source>position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="60" />
        <source>tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="61" />
        <source>tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="62" />
        <source>other properties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="64" />
        <source>no name, organization, email or phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="76" />
        <source>same email %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="80" />
        <source>same phone %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="86" />
        <source>email %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="87" />
        <source>phone %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="88" />
        <source>website %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="89" />
        <source>social %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="90" />
        <source>messenger %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="95" />
        <source>addresses (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="100" />
        <source>merged with a second record</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_worker.py" line="122" />
        <source>The disk is full: nothing was imported. Make room and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntroduceDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="41" />
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="72" />
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="84" />
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="92" />
        <source>Introduce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="48" />
        <source>Introduce:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="49" />
        <source>To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="59" />
        <source>Why they should meet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="61" />
        <source>What came of it (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="62" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="63" />
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="64" />
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="65" />
        <source>&amp;Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="67" />
        <source>Made: logs an introduction touchpoint with both and links them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="84" />
        <source>Choose both contacts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="72" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="73" />
        <source>Lunch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="74" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="75" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="76" />
        <location filename="../../netzwerk_app/ui/i18n.py" line="99" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="77" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="78" />
        <source>Greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="79" />
        <source>Introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="80" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="83" />
        <source>In person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="84" />
        <location filename="../../netzwerk_app/ui/i18n.py" line="100" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="85" />
        <source>Written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="86" />
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="89" />
        <source>days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="90" />
        <source>weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="91" />
        <source>months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="92" />
        <source>years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="95" />
        <source>Last touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="96" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="101" />
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="102" />
        <source>Social</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="103" />
        <source>Messenger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="135" />
        <source>Unsorted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="143" />
        <source>System language</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/link_dialog.py" line="20" />
        <location filename="../../netzwerk_app/ui/dialogs/link_dialog.py" line="28" />
        <location filename="../../netzwerk_app/ui/dialogs/link_dialog.py" line="39" />
        <source>Add Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/link_dialog.py" line="24" />
        <source>e.g. studied together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/link_dialog.py" line="26" />
        <source>Knows:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/link_dialog.py" line="27" />
        <source>How:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="94" />
        <location filename="../../netzwerk_app/ui/main_window.py" line="408" />
        <source>Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="374" />
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="185" />
        <source>Search contacts (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="283" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="284" />
        <source>%n due today</source>
        <translation><numerusform>%n due today</numerusform><numerusform>%n due today</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="285" />
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="372" />
        <source>&amp;Restore from Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="437" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="438" />
        <source>The contact has changes that cannot be saved. Quit anyway?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../netzwerk_app/ui/banner.py" line="48" />
        <source>Open agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/banner.py" line="53" />
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="21" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="22" />
        <source>Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="23" />
        <source>Followed up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NetworkMenu</name>
    <message>
        <location filename="../../netzwerk_app/ui/network_menu.py" line="42" />
        <source>&amp;Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/network_menu.py" line="43" />
        <source>Tier &amp;Review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/network_menu.py" line="44" />
        <source>&amp;Events…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/network_menu.py" line="45" />
        <source>Introduction &amp;Suggestions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/network_menu.py" line="46" />
        <source>&amp;Introduce…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/network_menu.py" line="50" />
        <source>Network &amp;Overview…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NetworkSection</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="106" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="106" />
        <source>How they know each other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="107" />
        <source>Add &amp;Link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="108" />
        <source>Remove Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="110" />
        <source>Through</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="110" />
        <source>Chain of acquaintances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="111" />
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="113" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="111" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="111" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="113" />
        <source>Introduced to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="113" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="113" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="115" />
        <source>&amp;Introduce…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="116" />
        <source>Mark as &amp;Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="117" />
        <source>Mark as &amp;Followed Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="123" />
        <source>Career</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="125" />
        <source>Knows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="128" />
        <source>Who could introduce me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="130" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="132" />
        <source>Introductions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="172" />
        <source>Network Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="175" />
        <source>Contacts per tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="176" />
        <source>Overdue per tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="177" />
        <source>Touchpoints per month (last 12 months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="178" />
        <source>In person (last 90 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="179" />
        <source>Introductions this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="187" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="189" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="228" />
        <source>%1 of %2 touchpoints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="232" />
        <source>made since 1 January</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/password_dialog.py" line="26" />
        <source>Sync Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/password_dialog.py" line="30" />
        <source>The server needs the (app) password of %1 to sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/password_dialog.py" line="39" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/password_field.py" line="16" />
        <source>The password is kept in the system's keyring, never in a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/password_field.py" line="20" />
        <source>No keyring is available on this system: the password is kept until Netzwerk quits, and asked for again next time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecentImportsDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="41" />
        <source>Recent Imports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="47" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="47" />
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="47" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="47" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="48" />
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="48" />
        <source>Possible duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="48" />
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="49" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="68" />
        <source>&amp;Undo This Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="72" />
        <source>Left as they are, because they were edited since:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="87" />
        <source>Undoing an import removes the contacts it added and puts back the contacts it changed, as they were before it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="102" />
        <source>undone</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="145" />
        <source>Import undone: %n contact(s) removed</source>
        <translation><numerusform>Import undone: %n contact removed</numerusform><numerusform>Import undone: %n contacts removed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="147" />
        <source>%n contact(s) restored</source>
        <translation><numerusform>%n contact restored</numerusform><numerusform>%n contacts restored</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="151" />
        <source>%n contact(s) no longer there.</source>
        <translation><numerusform>%n contact no longer there.</numerusform><numerusform>%n contacts no longer there.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReminderWording</name>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="15" />
        <source>meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="16" />
        <source>lunch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="17" />
        <source>call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="18" />
        <source>message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="19" />
        <source>email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="20" />
        <source>event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="21" />
        <source>greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="22" />
        <source>introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="23" />
        <source>touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="24" />
        <source>birthday</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="36" />
        <source>%n touchpoint(s) due</source>
        <translation><numerusform>%n touchpoint due</numerusform><numerusform>%n touchpoints due</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="39" />
        <source>, and %n more</source>
        <translation><numerusform>, and %n more</numerusform><numerusform>, and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>RemovalCommands</name>
    <message>
        <location filename="../../netzwerk_app/ui/undo.py" line="80" />
        <source>&amp;Undo Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/undo.py" line="98" />
        <source>Delete “%1” for good?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/undo.py" line="104" />
        <source>Delete contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/undo.py" line="108" />
        <source>You can undo this with Edit ▸ Undo Delete until you quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/undo.py" line="109" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/undo.py" line="123" />
        <source>&amp;Undo Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemovalWording</name>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/undo.py" line="51" />
        <source>%n contact(s) archived. Undo with Ctrl+Z.</source>
        <translation><numerusform>%n contact archived. Undo with Ctrl+Z.</numerusform><numerusform>%n contacts archived. Undo with Ctrl+Z.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/undo.py" line="54" />
        <source>%n contact(s) restored from the archive.</source>
        <translation><numerusform>%n contact restored from the archive.</numerusform><numerusform>%n contacts restored from the archive.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/undo.py" line="57" />
        <source>Delete %n contacts for good?</source>
        <translation><numerusform>Delete %n contact for good?</numerusform><numerusform>Delete %n contacts for good?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/undo.py" line="60" />
        <source>%n contact(s) deleted. Undo with Ctrl+Z.</source>
        <translation><numerusform>%n contact deleted. Undo with Ctrl+Z.</numerusform><numerusform>%n contacts deleted. Undo with Ctrl+Z.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/undo.py" line="63" />
        <source>%n contact(s) restored.</source>
        <translation><numerusform>%n contact restored.</numerusform><numerusform>%n contacts restored.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="57" />
        <source>Tier Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="74" />
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="77" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="74" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="74" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="74" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="76" />
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="76" />
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="76" />
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="77" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="77" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="80" />
        <source>Reason for a move (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="81" />
        <source>&amp;Keep Tier (K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="84" />
        <source>Move to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="87" />
        <source>Archive (X)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="88" />
        <source>Skip (S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="89" />
        <source>Open Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="90" />
        <source>Nothing to review: every tier is up to date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="98" />
        <source>Last touchpoints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="100" />
        <source>Career</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="101" />
        <source>Tier history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="134" />
        <source>Career changed since the last review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="137" />
        <source>Long neglected: consider tier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="140" />
        <source>Long neglected: consider archiving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="142" />
        <source>Frequent recent touchpoints: consider tier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="146" />
        <source>Not reviewed for a long time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="159" />
        <source>Waiting for review: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="170" />
        <source>Tier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="194" />
        <source>No touchpoints yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="205" />
        <source>new contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="206" />
        <source>imported from a vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="207" />
        <source>review</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="104" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="106" />
        <source>&amp;Tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="107" />
        <source>&amp;General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="110" />
        <source>&amp;Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="120" />
        <source>Each tier has a care cadence: how often a contact of that tier should hear from you, counted from the last touchpoint or from the birthday.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="128" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="128" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="128" />
        <source>Every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="128" />
        <source>Counted from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="129" />
        <source>Typical touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="129" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="129" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="163" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="166" />
        <source>The window, its menus, the list and the card switch at once; the board and the calendar when Netzwerk starts again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="172" />
        <source>Remind me of due touchpoints every day at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="182" />
        <source>Reminders:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="186" />
        <source> months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="188" />
        <source>Ask to re-check a tier after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="190" />
        <source>without a review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="192" />
        <source>Tier review:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="193" />
        <source>Start Netzwerk in the tray when I log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="195" />
        <source>Start at login:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="199" />
        <source>Open folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="203" />
        <source>Data folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="218" />
        <source>The start at login could not be changed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="104" />
        <source>Introduction Suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="107" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="107" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="109" />
        <source>No suggestions: add interests and offers to your contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="111" />
        <source>&amp;Introduce…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="112" />
        <source>&amp;Dismiss for Good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="113" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="150" />
        <source>%1 offers what %2 looks for: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="157" />
        <source>shared interests: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="122" />
        <source>Sync &amp;Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="123" />
        <source>&amp;Accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="124" />
        <source>Sync &amp;Conflicts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="125" />
        <source>S&amp;ync</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="277" />
        <source>%n sync conflict(s)</source>
        <translation><numerusform>%n sync conflict</numerusform><numerusform>%n sync conflicts</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="284" />
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="286" />
        <source>Offline: not synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="288" />
        <source>Not synced (see the tooltip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="290" />
        <source>Not synced: password needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="295" />
        <source>Synced just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="297" />
        <source>Synced %n min ago</source>
        <translation><numerusform>Synced %n min ago</numerusform><numerusform>Synced %n min ago</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="298" />
        <source>Synced at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="307" />
        <source>Enter the password for %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="33" />
        <source>Prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="34" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="35" />
        <source>Middle name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="36" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="37" />
        <source>Suffix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="38" />
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="39" />
        <source>Nickname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="40" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="41" />
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="42" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="43" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="44" />
        <source>Met where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="45" />
        <source>Met on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="46" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="47" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="48" />
        <source>They offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="49" />
        <source>I can offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="50" />
        <source>Interests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="51" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="58" />
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="60" />
        <source>(a photo)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPresets</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/presets.py" line="27" />
        <source>Nextcloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/presets.py" line="28" />
        <source>Fastmail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/presets.py" line="29" />
        <source>iCloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/presets.py" line="30" />
        <source>Radicale or another server (URL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/presets.py" line="36" />
        <source>Your Nextcloud's address. Use an app password: Nextcloud ▸ Settings ▸ Security.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/presets.py" line="40" />
        <source>Use an app password: Fastmail ▸ Settings ▸ Privacy &amp; Security ▸ App passwords.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/presets.py" line="44" />
        <source>Use an app-specific password from account.apple.com (Sign-In and Security).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/presets.py" line="48" />
        <source>The server's address; Netzwerk finds the address books there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TouchpointDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="55" />
        <source>Edit touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="57" />
        <source>Plan touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="59" />
        <source>Log touchpoint</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="63" />
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="69" />
        <source>Happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="70" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="76" />
        <source>What did you talk about? What comes next?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="81" />
        <source>With:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="82" />
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="83" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="84" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="85" />
        <source>C&amp;hannel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="86" />
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="304" />
        <source>Netzwerk keeps running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="306" />
        <source>Netzwerk stays in the tray to remind you of due touchpoints. Quit it from the tray's menu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="320" />
        <source>Your desktop shows no system tray: Netzwerk reminds you of due touchpoints here while this window is open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="34" />
        <source>&amp;New Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="37" />
        <source>&amp;Import vCard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="40" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="46" />
        <source>&amp;Log Touchpoint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="49" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="55" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="58" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="61" />
        <source>&amp;Undo Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="65" />
        <source>Select &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="68" />
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="71" />
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="74" />
        <source>Export &amp;Selection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="76" />
        <source>&amp;Recent Imports…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="78" />
        <source>Possible &amp;Duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="80" />
        <source>&amp;Open Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="92" />
        <source>&amp;Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="93" />
        <source>&amp;Tier Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="94" />
        <source>C&amp;alendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="104" />
        <source>&amp;Check the Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="105" />
        <source>&amp;About Netzwerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="114" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="128" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="133" />
        <source>&amp;Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="135" />
        <location filename="../../netzwerk_app/ui/actions.py" line="186" />
        <source>Set &amp;Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="144" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="147" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="153" />
        <source>Toolbar</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
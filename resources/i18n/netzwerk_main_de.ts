<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="57" />
        <source>Edit Account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="57" />
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="69" />
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="87" />
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="88" />
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="90" />
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="91" />
        <source>App &amp;password:</source>
        <translation>App-&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="94" />
        <source>Address &amp;books to sync:</source>
        <translation>Zu synchronisierende &amp;Adressbücher:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="95" />
        <source>New &amp;contacts go to:</source>
        <translation>Neue &amp;Kontakte kommen in:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="114" />
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="210" />
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="224" />
        <source>Connected: %n address book(s) found.</source>
        <translation><numerusform>Verbunden: %n Adressbuch gefunden.</numerusform><numerusform>Verbunden: %n Adressbücher gefunden.</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="227" />
        <source>Connected, but no address books were found.</source>
        <translation>Verbunden, aber keine Adressbücher gefunden.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="238" />
        <source>The server refused the user name or password.</source>
        <translation>Der Server hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="240" />
        <source>The server answered, but not as a CardDAV server: %1</source>
        <translation>Der Server hat geantwortet, aber nicht als CardDAV-Server: %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="244" />
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/account_editor.py" line="254" />
        <source>Enter the app password.</source>
        <translation>Geben Sie das App-Passwort ein.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="188" />
        <source>Sync Accounts</source>
        <translation>Sync-Konten</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="52" />
        <source>Netzwerk syncs your contacts both ways with CardDAV address books (Nextcloud, Fastmail, iCloud, Radicale …): a number changed on the phone arrives here, a contact filed into a tier here reaches the phone.</source>
        <translation>Netzwerk gleicht Ihre Kontakte in beide Richtungen mit CardDAV-Adressbüchern ab (Nextcloud, Fastmail, iCloud, Radicale …): Eine auf dem Telefon geänderte Nummer kommt hier an, ein hier einer Stufe zugeordneter Kontakt erreicht das Telefon.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="63" />
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="65" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="67" />
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="83" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="84" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="87" />
        <source>Sync &amp;every:</source>
        <translation>Synchronisieren &amp;alle:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="91" />
        <source>and at start, shortly after an edit, and with Sync Now</source>
        <translation>sowie beim Start, kurz nach einer Änderung und mit «Jetzt synchronisieren»</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="121" />
        <source>Address books: %1</source>
        <translation>Adressbücher: %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="123" />
        <source>New contacts go to: %1</source>
        <translation>Neue Kontakte kommen in: %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="126" />
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisation: %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="169" />
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/accounts_dialog.py" line="171" />
        <source>Remove the account %1? The contacts stay on this computer and on the server; the password is removed from the keyring.</source>
        <translation>Das Konto %1 entfernen? Die Kontakte bleiben auf diesem Computer und auf dem Server; das Passwort wird aus dem Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="57" />
        <source>Netzwerk</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="58" />
        <source>Something went wrong. Your data is safe; please try again.</source>
        <translation>Etwas ist schiefgegangen. Ihre Daten sind sicher; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="78" />
        <location filename="../../netzwerk_app/ui/app.py" line="104" />
        <source>Netzwerk cannot start</source>
        <translation>Netzwerk kann nicht starten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="79" />
        <source>The database cannot be opened.</source>
        <translation>Die Datenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="85" />
        <source>The database cannot be opened. The newest backup (%1) can take its place; the file it replaces is kept beside it.</source>
        <translation>Die Datenbank kann nicht geöffnet werden. Die neueste Sicherung (%1) kann an ihre Stelle treten; die ersetzte Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="92" />
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="105" />
        <source>The backup could not be restored.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/app.py" line="162" />
        <source>Other users of this computer can look into the data folder %1; make it private (chmod 700).</source>
        <translation>Andere Benutzer dieses Computers können in den Datenordner %1 sehen; machen Sie ihn privat (chmod 700).</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="105" />
        <source>Built from the name</source>
        <translation>Aus dem Namen gebildet</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="121" />
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="122" />
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="124" />
        <source>Prefix</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="125" />
        <source>Middle names</source>
        <translation>Weitere Vornamen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="126" />
        <source>Suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="130" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="132" />
        <source>Displa&amp;y name:</source>
        <translation>Anzeigenam&amp;e:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="133" />
        <source>Nic&amp;kname:</source>
        <translation>&amp;Spitzname:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="134" />
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="135" />
        <source>Dep&amp;artment:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="136" />
        <source>&amp;Job title:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="137" />
        <source>&amp;Birthday:</source>
        <translation>&amp;Geburtstag:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="141" />
        <source>Where and how you met</source>
        <translation>Wo und wie Sie sich kennengelernt haben</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="145" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="151" />
        <source>&amp;Met:</source>
        <translation>&amp;Kennengelernt:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="152" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="153" />
        <source>Not&amp;es:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="166" />
        <source>Why the tier changes (optional)</source>
        <translation>Warum sich die Stufe ändert (optional)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="170" />
        <source>T&amp;ier:</source>
        <translation>St&amp;ufe:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="175" />
        <source>Add a birthday</source>
        <translation>Geburtstag eintragen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="188" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="188" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="188" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="190" />
        <source>Tier history:</source>
        <translation>Stufenverlauf:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="192" />
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="192" />
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="192" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="194" />
        <source>Career:</source>
        <translation>Laufbahn:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="195" />
        <source>Knowledge, contacts, opportunities…</source>
        <translation>Wissen, Kontakte, Gelegenheiten …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="196" />
        <source>What they offer /
what I expect:</source>
        <translation>Was sie bieten /
was ich erwarte:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="197" />
        <source>Help, introductions, know-how…</source>
        <translation>Hilfe, Vorstellungen, Wissen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="198" />
        <source>What I can offer:</source>
        <translation>Was ich bieten kann:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="199" />
        <source>Shared interests</source>
        <translation>Gemeinsame Interessen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="200" />
        <source>Intere&amp;sts:</source>
        <translation>&amp;Interessen:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="201" />
        <source>Comma-separated, e.g. board, alumni</source>
        <translation>Durch Kommas getrennt, z. B. Vorstand, Alumni</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="206" />
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="212" />
        <source>27.11.1980 or 27.11. (no year)</source>
        <translation>27.11.1980 oder 27.11. (ohne Jahr)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="214" />
        <source>%1 or %2 (no year)</source>
        <translation>%1 oder %2 (ohne Jahr)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="223" />
        <source>not a date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="237" />
        <source>Tier %1 is due on the birthday: without one, this contact is never due.</source>
        <translation>Stufe %1 ist am Geburtstag fällig: ohne Geburtstag wird dieser Kontakt nie fällig.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="296" />
        <source>A contact needs a name, an organization, an email or a phone number.</source>
        <translation>Ein Kontakt braucht einen Namen, eine Organisation, eine E-Mail-Adresse oder eine Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/form.py" line="315" />
        <source>The birthday is not a date: %1</source>
        <translation>Der Geburtstag ist kein Datum: %1</translation>
    </message>
</context>
<context>
    <name>CardPhoto</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/photo.py" line="45" />
        <source>Change the photo</source>
        <translation>Foto ändern</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/photo.py" line="48" />
        <source>Choose photo…</source>
        <translation>Foto auswählen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/photo.py" line="49" />
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/photo.py" line="65" />
        <location filename="../../netzwerk_app/ui/card/photo.py" line="77" />
        <location filename="../../netzwerk_app/ui/card/photo.py" line="81" />
        <source>Choose a photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/photo.py" line="67" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/photo.py" line="81" />
        <source>This file is not an image.</source>
        <translation>Diese Datei ist kein Bild.</translation>
    </message>
</context>
<context>
    <name>CardReach</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="61" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="61" />
        <source>Address or number</source>
        <translation>Adresse oder Nummer</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="61" />
        <location filename="../../netzwerk_app/ui/card/reach.py" line="83" />
        <source>Label</source>
        <translation>Zusatz</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="78" />
        <source>Reach:</source>
        <translation>Erreichbar:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="83" />
        <source>Street</source>
        <translation>Strasse</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="83" />
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="83" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="84" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="84" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="91" />
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="113" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="115" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="147" />
        <source>Open (write, call, visit)</source>
        <translation>Öffnen (schreiben, anrufen, besuchen)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="270" />
        <source>%1 is not a phone number here; kept as typed.</source>
        <translation>%1 ist hier keine Telefonnummer; so belassen, wie eingegeben.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/reach.py" line="272" />
        <source>%1 does not look like an email address; kept as typed.</source>
        <translation>%1 sieht nicht wie eine E-Mail-Adresse aus; so belassen, wie eingegeben.</translation>
    </message>
</context>
<context>
    <name>CardTimeline</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="39" />
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="43" />
        <source>History (newest first)</source>
        <translation>Verlauf (neueste zuerst)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="46" />
        <source>Log…</source>
        <translation>Erfassen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="48" />
        <source>Plan…</source>
        <translation>Planen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="50" />
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="52" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="66" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="66" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="66" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="66" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="100" />
        <source>(skipped)</source>
        <translation>(ausgelassen)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="120" />
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="123" />
        <source>Next touchpoint due %1</source>
        <translation>Nächster Touchpoint fällig am %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="142" />
        <source>new contact</source>
        <translation>neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="143" />
        <source>imported from a vCard</source>
        <translation>aus einer vCard importiert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="213" />
        <source>Delete touchpoint</source>
        <translation>Touchpoint löschen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/timeline.py" line="213" />
        <source>Delete the selected touchpoint?</source>
        <translation>Den ausgewählten Touchpoint löschen?</translation>
    </message>
</context>
<context>
    <name>CareTray</name>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="116" />
        <source>Netzwerk: nothing due today</source>
        <translation>Netzwerk: heute nichts fällig</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="147" />
        <source>Open Netzwerk</source>
        <translation>Netzwerk öffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="120" />
        <source>%n due today</source>
        <translation><numerusform>%n heute fällig</numerusform><numerusform>%n heute fällig</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="122" />
        <source>%n overdue</source>
        <translation><numerusform>%n überfällig</numerusform><numerusform>%n überfällig</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="154" />
        <source>Due today and overdue</source>
        <translation>Heute fällig und überfällig</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="156" />
        <source>Nothing due today</source>
        <translation>Heute nichts fällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="163" />
        <source>%n more in the agenda…</source>
        <translation><numerusform>%n weiterer in der Agenda …</numerusform><numerusform>%n weitere in der Agenda …</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="165" />
        <source>Open the Agenda</source>
        <translation>Agenda öffnen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="167" />
        <source>Snooze All until Tomorrow</source>
        <translation>Alle auf morgen verschieben</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="174" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="180" />
        <source>overdue %n day(s)</source>
        <translation><numerusform>%n Tag überfällig</numerusform><numerusform>%n Tage überfällig</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="182" />
        <source>Open Card</source>
        <translation>Karte öffnen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="184" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray_icon.py" line="186" />
        <source>Snooze until Tomorrow</source>
        <translation>Auf morgen verschieben</translation>
    </message>
</context>
<context>
    <name>CareerTimeline</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="40" />
        <source>No positions recorded yet.</source>
        <translation>Noch keine Positionen erfasst.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="45" />
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="65" />
        <source>Tier colour</source>
        <translation>Farbe der Stufe</translation>
    </message>
</context>
<context>
    <name>CommandWording</name>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/commands.py" line="23" />
        <source>Touchpoint logged with %n contact(s).</source>
        <translation><numerusform>Touchpoint mit %n Kontakt erfasst.</numerusform><numerusform>Touchpoint mit %n Kontakten erfasst.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/commands.py" line="26" />
        <source>Tier changed for %n contact(s).</source>
        <translation><numerusform>Stufe für %n Kontakt geändert.</numerusform><numerusform>Stufe für %n Kontakte geändert.</numerusform></translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="29" />
        <source>This contact was changed elsewhere while you edited it.</source>
        <translation>Dieser Kontakt wurde anderswo geändert, während Sie ihn bearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="40" />
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="42" />
        <source>Keep the changes made elsewhere and save yours with them</source>
        <translation>Die anderswo gemachten Änderungen behalten und Ihre dazu speichern</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="44" />
        <source>Keep &amp;theirs</source>
        <translation>&amp;Deren Stand behalten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="45" />
        <source>Drop your edits and show the contact as stored</source>
        <translation>Ihre Änderungen verwerfen und den gespeicherten Kontakt zeigen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="46" />
        <source>Keep m&amp;ine</source>
        <translation>&amp;Meinen Stand behalten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="48" />
        <source>Save the card exactly as you see it, undoing the changes made elsewhere</source>
        <translation>Die Karte genau so speichern, wie Sie sie sehen; die anderswo gemachten Änderungen werden zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="63" />
        <source>Fields marked ⚠ were changed by you too; Merge keeps your value there.</source>
        <translation>Mit ⚠ markierte Felder haben Sie auch geändert; Zusammenführen behält dort Ihren Wert.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/conflict_banner.py" line="65" />
        <source>Merge keeps both: their changes and yours.</source>
        <translation>Zusammenführen behält beides: die anderen Änderungen und Ihre.</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="73" />
        <source>Sync Conflicts</source>
        <translation>Sync-Konflikte</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="89" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="89" />
        <source>Mine (this computer)</source>
        <translation>Meins (dieser Computer)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="89" />
        <source>Theirs (the server)</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="99" />
        <source>&amp;Mine</source>
        <translation>&amp;Meins</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="100" />
        <source>Keep the values of this computer</source>
        <translation>Die Werte dieses Computers behalten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="101" />
        <source>&amp;Theirs</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="102" />
        <source>Keep the server's values</source>
        <translation>Die Werte des Servers behalten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="103" />
        <source>&amp;Both</source>
        <translation>&amp;Beides</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="105" />
        <source>Keep the server's values and add this computer's to the notes</source>
        <translation>Die Werte des Servers behalten und die dieses Computers in die Notizen übernehmen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="112" />
        <source>Keep:</source>
        <translation>Behalten:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="115" />
        <source>No open conflicts: everything is in sync.</source>
        <translation>Keine offenen Konflikte: Alles ist abgeglichen.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="150" />
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="174" />
        <source>(a deleted contact)</source>
        <translation>(ein gelöschter Kontakt)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="152" />
        <source>deleted on the server</source>
        <translation>auf dem Server gelöscht</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="179" />
        <source>The card was deleted on the server while you edited the contact here. It was kept and uploaded again. Mine or Both keep it; Theirs archives it here and deletes it on the server.</source>
        <translation>Die Karte wurde auf dem Server gelöscht, während Sie den Kontakt hier bearbeitet haben. Er wurde behalten und wieder hochgeladen. «Meins» oder «Beides» behalten ihn; «Server» archiviert ihn hier und löscht ihn auf dem Server.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="187" />
        <source>Changed on both sides since the last sync. The server's values are in the contact now; yours are kept here until you choose.</source>
        <translation>Seit der letzten Synchronisation auf beiden Seiten geändert. Die Werte des Servers stehen jetzt im Kontakt; Ihre werden hier aufbewahrt, bis Sie entscheiden.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="72" />
        <source>Select a contact to see the card.</source>
        <translation>Wählen Sie einen Kontakt, um seine Karte zu sehen.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="121" />
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="122" />
        <source>&amp;Touchpoints</source>
        <translation>&amp;Touchpoints</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="123" />
        <source>&amp;Relationship</source>
        <translation>&amp;Beziehung</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="126" />
        <source>Net&amp;work</source>
        <translation>Netz&amp;werk</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="130" />
        <source>Log touchpoint…</source>
        <translation>Touchpoint erfassen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="134" />
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="136" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="335" />
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="336" />
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="335" />
        <source>Prefix</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="336" />
        <source>Middle names</source>
        <translation>Weitere Vornamen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="337" />
        <source>Suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="342" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="243" />
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="260" />
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="266" />
        <source>Unsorted</source>
        <translation>Unsortiert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="297" />
        <source>Cannot save the contact</source>
        <translation>Der Kontakt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="327" />
        <source>(yours: %1)</source>
        <translation>(Ihres: %1)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="337" />
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="338" />
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="338" />
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="339" />
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="339" />
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="340" />
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="340" />
        <source>Reach</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="341" />
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="341" />
        <source>Met</source>
        <translation>Kennengelernt</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="342" />
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="342" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="343" />
        <source>What they offer</source>
        <translation>Was sie bieten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="343" />
        <source>What I can offer</source>
        <translation>Was ich bieten kann</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="344" />
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="344" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="345" />
        <location filename="../../netzwerk_app/ui/card/card.py" line="346" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="346" />
        <source>Other vCard data</source>
        <translation>Weitere vCard-Daten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/card.py" line="352" />
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../netzwerk_app/ui/contact_picker.py" line="28" />
        <source>Type a name…</source>
        <translation>Namen eingeben …</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="341" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="342" />
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="343" />
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="344" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="345" />
        <source>Last touchpoint</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="346" />
        <source>Next due</source>
        <translation>Fällig am</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="408" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>Seit %n Tag überfällig</numerusform><numerusform>Seit %n Tagen überfällig</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="410" />
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/models/contact_model.py" line="411" />
        <source>Due in %n day(s)</source>
        <translation><numerusform>Fällig in %n Tag</numerusform><numerusform>Fällig in %n Tagen</numerusform></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="222" />
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="257" />
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="227" />
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="260" />
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="262" />
        <source>Unsorted</source>
        <translation>Unsortiert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="264" />
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="284" />
        <source>%n archived contact(s)</source>
        <translation><numerusform>%n archivierter Kontakt</numerusform><numerusform>%n archivierte Kontakte</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="286" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n Kontakt</numerusform><numerusform>%n Kontakte</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="289" />
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>DialogOpeners</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/openers.py" line="31" />
        <source>Import vCard</source>
        <translation>vCard importieren</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/openers.py" line="33" />
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/openers.py" line="85" />
        <source>Possible &amp;Duplicates…</source>
        <translation>Mögliche &amp;Duplikate …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/openers.py" line="155" />
        <source>Check the Database</source>
        <translation>Datenbank prüfen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/openers.py" line="158" />
        <source>The database is intact.</source>
        <translation>Die Datenbank ist unversehrt.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/openers.py" line="164" />
        <source>About Netzwerk</source>
        <translation>Über Netzwerk</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/openers.py" line="166" />
        <source>&lt;h3&gt;Netzwerk %1&lt;/h3&gt;&lt;p&gt;Keep your valuable relationships alive on purpose: contacts in tiers, care cadences, what is due.&lt;/p&gt;&lt;p&gt;Your data stays on this computer.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Netzwerk %1&lt;/h3&gt;&lt;p&gt;Wertvolle Beziehungen bewusst pflegen: Kontakte in Stufen, Pflegerhythmen, was fällig ist.&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben auf diesem Computer.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="130" />
        <source>Possible Duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="143" />
        <source>&amp;Scan for Duplicates</source>
        <translation>Nach Duplikaten &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="157" />
        <source>Choose which value to keep where the two differ (highlighted). All email addresses, phone numbers, tags, touchpoints and history of both are kept.</source>
        <translation>Wählen Sie, wo sich die beiden unterscheiden (hervorgehoben), welchen Wert Sie behalten. Alle E-Mail-Adressen, Telefonnummern, Schlagwörter, Touchpoints und der Verlauf beider bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="162" />
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="164" />
        <source>&amp;Not the Same Person</source>
        <translation>&amp;Nicht dieselbe Person</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="179" />
        <source>&amp;Undo Last Merge</source>
        <translation>Letztes Zusammenführen &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="180" />
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="201" />
        <source>%n possible duplicate(s)</source>
        <translation><numerusform>%n mögliches Duplikat</numerusform><numerusform>%n mögliche Duplikate</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="202" />
        <source>No possible duplicates. Scan to look for some among all contacts.</source>
        <translation>Keine möglichen Duplikate. Suchen Sie unter allen Kontakten danach.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="242" />
        <source>Why they may be one person: %1</source>
        <translation>Warum es dieselbe Person sein könnte: %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="252" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="253" />
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="254" />
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="255" />
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="256" />
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="257" />
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="258" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="259" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="260" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="312" />
        <source>Merged “%1” into “%2”. Undo with Ctrl+Z.</source>
        <translation>„%1“ wurde mit „%2“ zusammengeführt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="324" />
        <source>“%1” and “%2” will not be proposed again.</source>
        <translation>„%1“ und „%2“ werden nicht mehr vorgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="354" />
        <source>There is no merge to undo.</source>
        <translation>Es gibt kein Zusammenführen zum Rückgängigmachen.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="359" />
        <source>The merge cannot be undone: %1</source>
        <translation>Das Zusammenführen lässt sich nicht rückgängig machen: %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="362" />
        <source>Merge undone: “%1” and “%2” are two contacts again.</source>
        <translation>Rückgängig gemacht: „%1“ und „%2“ sind wieder zwei Kontakte.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="373" />
        <source>Scanning all contacts for duplicates…</source>
        <translation>Alle Kontakte werden nach Duplikaten durchsucht …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/duplicates_dialog.py" line="385" />
        <source>The scan found %n new possible duplicate(s).</source>
        <translation><numerusform>Die Suche fand %n neues mögliches Duplikat.</numerusform><numerusform>Die Suche fand %n neue mögliche Duplikate.</numerusform></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="71" />
        <source>Welcome to Netzwerk</source>
        <translation>Willkommen bei Netzwerk</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="77" />
        <source>Keep your valuable relationships alive on purpose. Start by importing the address book of your phone (a .vcf file), or add your first contact.</source>
        <translation>Pflegen Sie Ihre wertvollen Beziehungen bewusst. Importieren Sie zuerst das Adressbuch Ihres Telefons (eine .vcf-Datei) oder fügen Sie Ihren ersten Kontakt hinzu.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="92" />
        <source>Import from your phone…</source>
        <translation>Vom Telefon importieren …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="97" />
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/pages/contacts_page.py" line="109" />
        <source>Tip: export your contacts from your phone as a vCard file and drop it on this window.</source>
        <translation>Tipp: Exportieren Sie die Kontakte Ihres Telefons als vCard-Datei und ziehen Sie sie auf dieses Fenster.</translation>
    </message>
</context>
<context>
    <name>EventsDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="49" />
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="174" />
        <source>Events</source>
        <translation>Anlässe</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="54" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="54" />
        <source>Event</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="54" />
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="54" />
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="57" />
        <source>e.g. Apéro of the trade association</source>
        <translation>z. B. Apéro des Gewerbeverbands</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="60" />
        <source>Add &amp;Event</source>
        <translation>&amp;Anlass hinzufügen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="62" />
        <source>New event</source>
        <translation>Neuer Anlass</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="63" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="64" />
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="65" />
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="74" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="74" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="76" />
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="79" />
        <source>One line to remember them by</source>
        <translation>Eine Zeile, um sich an die Person zu erinnern</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="80" />
        <source>Add &amp;Person</source>
        <translation>&amp;Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="82" />
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="190" />
        <source>Met at this event</source>
        <translation>An diesem Anlass kennengelernt</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="83" />
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="84" />
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="85" />
        <source>No&amp;te:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="89" />
        <source>&amp;Attach Contact</source>
        <translation>Kontakt &amp;zuordnen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="90" />
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="204" />
        <source>Attach an existing contact</source>
        <translation>Einen bestehenden Kontakt zuordnen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="101" />
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/events_dialog.py" line="152" />
        <source>Choose or add an event.</source>
        <translation>Wählen Sie einen Anlass oder fügen Sie einen hinzu.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="50" />
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="110" />
        <source>Export vCard</source>
        <translation>vCard exportieren</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="55" />
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="56" />
        <source>The contacts shown now (%n)</source>
        <translation><numerusform>Der jetzt angezeigte Kontakt (%n)</numerusform><numerusform>Die jetzt angezeigten Kontakte (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="57" />
        <source>The selected contacts (%n)</source>
        <translation><numerusform>Der ausgewählte Kontakt (%n)</numerusform><numerusform>Die ausgewählten Kontakte (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="58" />
        <source>One tier:</source>
        <translation>Eine Stufe:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="85" />
        <source>vCard 3.0 (most compatible)</source>
        <translation>vCard 3.0 (am besten verträglich)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="86" />
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="89" />
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="90" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="93" />
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="110" />
        <source>contacts.vcf</source>
        <translation>kontakte.vcf</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="111" />
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="138" />
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/export_dialog.py" line="147" />
        <source>%n contact(s) exported.</source>
        <translation><numerusform>%n Kontakt exportiert.</numerusform><numerusform>%n Kontakte exportiert.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="178" />
        <source>Import vCard</source>
        <translation>vCard importieren</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="201" />
        <source>Reading the file…</source>
        <translation>Datei wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="206" />
        <source>You can keep working in the main window meanwhile.</source>
        <translation>Sie können im Hauptfenster derweil weiterarbeiten.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="220" />
        <source>File &amp;new contacts in tier:</source>
        <translation>&amp;Neue Kontakte in Stufe:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="223" />
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="350" />
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="239" />
        <source>Review Possible &amp;Duplicates…</source>
        <translation>Mögliche &amp;Duplikate prüfen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="273" />
        <source>%1 (new in this import)</source>
        <translation>%1 (neu in diesem Import)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="284" />
        <source>Reading and checking the contacts…</source>
        <translation>Kontakte werden gelesen und geprüft …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="289" />
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="297" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="327" />
        <source>The import failed</source>
        <translation>Der Import ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="328" />
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="369" />
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="380" />
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="356" />
        <source>No contact could be read from the file. See the skipped cards.</source>
        <translation>Aus der Datei konnte kein Kontakt gelesen werden. Siehe die übersprungenen Karten.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="376" />
        <source>Undo it as a whole with File ▸ Recent Imports. Possible duplicates wait in Contact ▸ Possible Duplicates.</source>
        <translation>Als Ganzes rückgängig machen mit Datei ▸ Letzte Importe. Mögliche Duplikate warten unter Kontakt ▸ Mögliche Duplikate.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="255" />
        <source>card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="255" />
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="346" />
        <source>Nothing has been written yet. Check the lists, choose the tier for new contacts, then import.</source>
        <translation>Noch wurde nichts gespeichert. Prüfen Sie die Listen, wählen Sie die Stufe für neue Kontakte und importieren Sie dann.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="354" />
        <source>There is nothing to import: every contact in the file is already there.</source>
        <translation>Es gibt nichts zu importieren: Jeder Kontakt der Datei ist schon vorhanden.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="368" />
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="373" />
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ImportLists</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="84" />
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="85" />
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="86" />
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="87" />
        <source>possible duplicates</source>
        <translation>mögliche Duplikate</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="88" />
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="107" />
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="110" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="107" />
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="110" />
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="113" />
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="114" />
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="108" />
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="111" />
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="108" />
        <source>Into contact</source>
        <translation>In Kontakt</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="108" />
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="109" />
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="111" />
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="111" />
        <source>May be</source>
        <translation>Vielleicht gleich wie</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="112" />
        <source>Evidence</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="113" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="114" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="129" />
        <source>New (%1)</source>
        <translation>Neu (%1)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="130" />
        <source>Merged (%1)</source>
        <translation>Zusammengeführt (%1)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="131" />
        <source>Unchanged (%1)</source>
        <translation>Unverändert (%1)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="132" />
        <source>Possible duplicates (%1)</source>
        <translation>Mögliche Duplikate (%1)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="133" />
        <source>Skipped (%1)</source>
        <translation>Übersprungen (%1)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_dialog.py" line="134" />
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
</context>
<context>
    <name>ImportPhrases</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="22" />
        <source>same UID</source>
        <translation>gleiche UID</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="23" />
        <source>same UID (renamed)</source>
        <translation>gleiche UID (umbenannt)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="24" />
        <source>already held</source>
        <translation>schon vorhanden</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="25" />
        <source>same name and a shared email or phone</source>
        <translation>gleicher Name, gemeinsame E-Mail/Nummer</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="28" />
        <source>no name; one contact shares its email or phone</source>
        <translation>ohne Namen; ein Kontakt hat dieselbe E-Mail oder Nummer</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="31" />
        <source>different UIDs in one file</source>
        <translation>verschiedene UIDs in einer Datei</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="34" />
        <source>shared email or phone</source>
        <translation>gemeinsame E-Mail oder Nummer</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="38" />
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="39" />
        <source>same organization</source>
        <translation>gleiche Organisation</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="40" />
        <source>same birthday</source>
        <translation>gleicher Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="41" />
        <source>merge undone</source>
        <translation>Zusammenführen rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="43" />
        <source>prefix</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="44" />
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="45" />
        <source>additional names</source>
        <translation>weitere Vornamen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="46" />
        <source>family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="47" />
        <source>suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="48" />
        <source>nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="49" />
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="50" />
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="51" />
        <source>met where</source>
        <translation>kennengelernt wo</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="52" />
        <source>met on</source>
        <translation>kennengelernt am</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="53" />
        <source>they offer</source>
        <translation>bietet</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="54" />
        <source>I offer</source>
        <translation>ich biete</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="55" />
        <source>interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="56" />
        <source>photo address</source>
        <translation>Foto-Adresse</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="57" />
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="58" />
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="59" />
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="60" />
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="61" />
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="62" />
        <source>other properties</source>
        <translation>weitere Angaben</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="64" />
        <source>no name, organization, email or phone</source>
        <translation>kein Name, keine Organisation, E-Mail oder Nummer</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="76" />
        <source>same email %1</source>
        <translation>gleiche E-Mail %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="80" />
        <source>same phone %1</source>
        <translation>gleiche Nummer %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="86" />
        <source>email %1</source>
        <translation>E-Mail %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="87" />
        <source>phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="88" />
        <source>website %1</source>
        <translation>Website %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="89" />
        <source>social %1</source>
        <translation>Social Media %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="90" />
        <source>messenger %1</source>
        <translation>Messenger %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="95" />
        <source>addresses (%1)</source>
        <translation>Adressen (%1)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_phrases.py" line="100" />
        <source>merged with a second record</source>
        <translation>mit einer zweiten Karte zusammengeführt</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/import_worker.py" line="122" />
        <source>The disk is full: nothing was imported. Make room and try again.</source>
        <translation>Die Festplatte ist voll: Es wurde nichts importiert. Schaffen Sie Platz und versuchen Sie es noch einmal.</translation>
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
        <translation>Vorstellen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="48" />
        <source>Introduce:</source>
        <translation>Vorstellen:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="49" />
        <source>To:</source>
        <translation>Mit:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="59" />
        <source>Why they should meet</source>
        <translation>Warum sie sich kennenlernen sollten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="61" />
        <source>What came of it (optional)</source>
        <translation>Was daraus wurde (optional)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="62" />
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="63" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="64" />
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="65" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="67" />
        <source>Made: logs an introduction touchpoint with both and links them.</source>
        <translation>Gemacht: erfasst bei beiden einen Touchpoint «Vorstellung» und verknüpft sie.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="84" />
        <source>Choose both contacts.</source>
        <translation>Wählen Sie beide Kontakte.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="72" />
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="73" />
        <source>Lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="74" />
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="75" />
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="76" />
        <location filename="../../netzwerk_app/ui/i18n.py" line="99" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="77" />
        <source>Event</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="78" />
        <source>Greeting</source>
        <translation>Glückwunsch</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="79" />
        <source>Introduction</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="80" />
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="83" />
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="84" />
        <location filename="../../netzwerk_app/ui/i18n.py" line="100" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="85" />
        <source>Written</source>
        <translation>Schriftlich</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="86" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="89" />
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="90" />
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="91" />
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="92" />
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="95" />
        <source>Last touchpoint</source>
        <translation>Letzter Touchpoint</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="96" />
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="101" />
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="102" />
        <source>Social</source>
        <translation>Soziales Netzwerk</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="103" />
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="135" />
        <source>Unsorted</source>
        <translation>Unsortiert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/i18n.py" line="143" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/link_dialog.py" line="20" />
        <location filename="../../netzwerk_app/ui/dialogs/link_dialog.py" line="28" />
        <location filename="../../netzwerk_app/ui/dialogs/link_dialog.py" line="39" />
        <source>Add Link</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/link_dialog.py" line="24" />
        <source>e.g. studied together</source>
        <translation>z. B. zusammen studiert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/link_dialog.py" line="26" />
        <source>Knows:</source>
        <translation>Kennt:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/link_dialog.py" line="27" />
        <source>How:</source>
        <translation>Woher:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="94" />
        <location filename="../../netzwerk_app/ui/main_window.py" line="408" />
        <source>Netzwerk</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="374" />
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="185" />
        <source>Search contacts (Ctrl+F)</source>
        <translation>Kontakte suchen (Strg+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="283" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n Kontakt</numerusform><numerusform>%n Kontakte</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="284" />
        <source>%n due today</source>
        <translation><numerusform>%n heute fällig</numerusform><numerusform>%n heute fällig</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/main_window.py" line="285" />
        <source>%n overdue</source>
        <translation><numerusform>%n überfällig</numerusform><numerusform>%n überfällig</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="372" />
        <source>&amp;Restore from Archive</source>
        <translation>Aus dem Archiv &amp;zurückholen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="437" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/main_window.py" line="438" />
        <source>The contact has changes that cannot be saved. Quit anyway?</source>
        <translation>Der Kontakt hat Änderungen, die nicht gespeichert werden können. Trotzdem beenden?</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../netzwerk_app/ui/banner.py" line="48" />
        <source>Open agenda</source>
        <translation>Agenda öffnen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/banner.py" line="53" />
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="21" />
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="22" />
        <source>Made</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="23" />
        <source>Followed up</source>
        <translation>Nachgefasst</translation>
    </message>
</context>
<context>
    <name>NetworkMenu</name>
    <message>
        <location filename="../../netzwerk_app/ui/network_menu.py" line="42" />
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/network_menu.py" line="43" />
        <source>Tier &amp;Review…</source>
        <translation>Stufen-&amp;Überprüfung …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/network_menu.py" line="44" />
        <source>&amp;Events…</source>
        <translation>&amp;Anlässe …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/network_menu.py" line="45" />
        <source>Introduction &amp;Suggestions…</source>
        <translation>Vor&amp;schläge zum Vorstellen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/network_menu.py" line="46" />
        <source>&amp;Introduce…</source>
        <translation>&amp;Vorstellen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/network_menu.py" line="50" />
        <source>Network &amp;Overview…</source>
        <translation>Netzwerk-Ü&amp;bersicht …</translation>
    </message>
</context>
<context>
    <name>NetworkSection</name>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="106" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="106" />
        <source>How they know each other</source>
        <translation>Woher sie sich kennen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="107" />
        <source>Add &amp;Link…</source>
        <translation>Verbindung &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="108" />
        <source>Remove Link</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="110" />
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="110" />
        <source>Chain of acquaintances</source>
        <translation>Kette von Bekannten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="111" />
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="113" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="111" />
        <source>Event</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="111" />
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="113" />
        <source>Introduced to</source>
        <translation>Vorgestellt mit</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="113" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="113" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="115" />
        <source>&amp;Introduce…</source>
        <translation>&amp;Vorstellen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="116" />
        <source>Mark as &amp;Made</source>
        <translation>Als &amp;gemacht markieren</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="117" />
        <source>Mark as &amp;Followed Up</source>
        <translation>Als &amp;nachverfolgt markieren</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="123" />
        <source>Career</source>
        <translation>Laufbahn</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="125" />
        <source>Knows</source>
        <translation>Kennt</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="128" />
        <source>Who could introduce me</source>
        <translation>Wer mich vorstellen könnte</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="130" />
        <source>Events</source>
        <translation>Anlässe</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/card/network_section.py" line="132" />
        <source>Introductions</source>
        <translation>Vorstellungen</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="172" />
        <source>Network Overview</source>
        <translation>Netzwerk-Übersicht</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="175" />
        <source>Contacts per tier</source>
        <translation>Kontakte pro Stufe</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="176" />
        <source>Overdue per tier</source>
        <translation>Überfällig pro Stufe</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="177" />
        <source>Touchpoints per month (last 12 months)</source>
        <translation>Touchpoints pro Monat (letzte 12 Monate)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="178" />
        <source>In person (last 90 days)</source>
        <translation>Persönlich (letzte 90 Tage)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="179" />
        <source>Introductions this year</source>
        <translation>Vorstellungen dieses Jahr</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="187" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="189" />
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="228" />
        <source>%1 of %2 touchpoints</source>
        <translation>%1 von %2 Touchpoints</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/overview_dialog.py" line="232" />
        <source>made since 1 January</source>
        <translation>gemacht seit dem 1. Januar</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/password_dialog.py" line="26" />
        <source>Sync Password</source>
        <translation>Sync-Passwort</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/password_dialog.py" line="30" />
        <source>The server needs the (app) password of %1 to sync.</source>
        <translation>Der Server braucht das (App-)Passwort von %1, um zu synchronisieren.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/password_dialog.py" line="39" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/password_field.py" line="16" />
        <source>The password is kept in the system's keyring, never in a file.</source>
        <translation>Das Passwort liegt im Schlüsselbund des Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/password_field.py" line="20" />
        <source>No keyring is available on this system: the password is kept until Netzwerk quits, and asked for again next time.</source>
        <translation>Auf diesem System gibt es keinen Schlüsselbund: Das Passwort bleibt nur, bis Netzwerk beendet wird, und wird beim nächsten Mal wieder erfragt.</translation>
    </message>
</context>
<context>
    <name>RecentImportsDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="41" />
        <source>Recent Imports</source>
        <translation>Letzte Importe</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="47" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="47" />
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="47" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="47" />
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="48" />
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="48" />
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="48" />
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="49" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="68" />
        <source>&amp;Undo This Import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="72" />
        <source>Left as they are, because they were edited since:</source>
        <translation>So belassen, weil sie seither bearbeitet wurden:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="87" />
        <source>Undoing an import removes the contacts it added and puts back the contacts it changed, as they were before it.</source>
        <translation>Einen Import rückgängig machen entfernt die Kontakte, die er hinzugefügt hat, und stellt die Kontakte, die er geändert hat, wieder so her, wie sie vorher waren.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="102" />
        <source>undone</source>
        <translation>rückgängig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="145" />
        <source>Import undone: %n contact(s) removed</source>
        <translation><numerusform>Import rückgängig gemacht: %n Kontakt entfernt</numerusform><numerusform>Import rückgängig gemacht: %n Kontakte entfernt</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="147" />
        <source>%n contact(s) restored</source>
        <translation><numerusform>%n Kontakt wiederhergestellt</numerusform><numerusform>%n Kontakte wiederhergestellt</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/imports_dialog.py" line="151" />
        <source>%n contact(s) no longer there.</source>
        <translation><numerusform>%n Kontakt nicht mehr vorhanden.</numerusform><numerusform>%n Kontakte nicht mehr vorhanden.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReminderWording</name>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="15" />
        <source>meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="16" />
        <source>lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="17" />
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="18" />
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="19" />
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="20" />
        <source>event</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="21" />
        <source>greeting</source>
        <translation>Glückwunsch</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="22" />
        <source>introduction</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="23" />
        <source>touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="24" />
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="36" />
        <source>%n touchpoint(s) due</source>
        <translation><numerusform>%n Touchpoint fällig</numerusform><numerusform>%n Touchpoints fällig</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/reminder_wording.py" line="39" />
        <source>, and %n more</source>
        <translation><numerusform> und %n weiterer</numerusform><numerusform> und %n weitere</numerusform></translation>
    </message>
</context>
<context>
    <name>RemovalCommands</name>
    <message>
        <location filename="../../netzwerk_app/ui/undo.py" line="80" />
        <source>&amp;Undo Archive</source>
        <translation>Archivieren &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/undo.py" line="98" />
        <source>Delete “%1” for good?</source>
        <translation>„%1“ endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/undo.py" line="104" />
        <source>Delete contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/undo.py" line="108" />
        <source>You can undo this with Edit ▸ Undo Delete until you quit.</source>
        <translation>Bis zum Beenden lässt sich das mit Bearbeiten ▸ Löschen rückgängig widerrufen.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/undo.py" line="109" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/undo.py" line="123" />
        <source>&amp;Undo Delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
</context>
<context>
    <name>RemovalWording</name>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/undo.py" line="51" />
        <source>%n contact(s) archived. Undo with Ctrl+Z.</source>
        <translation><numerusform>%n Kontakt archiviert. Rückgängig mit Strg+Z.</numerusform><numerusform>%n Kontakte archiviert. Rückgängig mit Strg+Z.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/undo.py" line="54" />
        <source>%n contact(s) restored from the archive.</source>
        <translation><numerusform>%n Kontakt aus dem Archiv zurückgeholt.</numerusform><numerusform>%n Kontakte aus dem Archiv zurückgeholt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/undo.py" line="57" />
        <source>Delete %n contacts for good?</source>
        <translation><numerusform>%n Kontakt endgültig löschen?</numerusform><numerusform>%n Kontakte endgültig löschen?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/undo.py" line="60" />
        <source>%n contact(s) deleted. Undo with Ctrl+Z.</source>
        <translation><numerusform>%n Kontakt gelöscht. Rückgängig mit Strg+Z.</numerusform><numerusform>%n Kontakte gelöscht. Rückgängig mit Strg+Z.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/undo.py" line="63" />
        <source>%n contact(s) restored.</source>
        <translation><numerusform>%n Kontakt wiederhergestellt.</numerusform><numerusform>%n Kontakte wiederhergestellt.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="57" />
        <source>Tier Review</source>
        <translation>Stufen-Überprüfung</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="74" />
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="77" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="74" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="74" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="74" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="76" />
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="76" />
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="76" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="77" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="77" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="80" />
        <source>Reason for a move (optional)</source>
        <translation>Grund für einen Wechsel (optional)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="81" />
        <source>&amp;Keep Tier (K)</source>
        <translation>Stufe &amp;behalten (K)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="84" />
        <source>Move to %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="87" />
        <source>Archive (X)</source>
        <translation>Archivieren (X)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="88" />
        <source>Skip (S)</source>
        <translation>Überspringen (S)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="89" />
        <source>Open Card</source>
        <translation>Karte öffnen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="90" />
        <source>Nothing to review: every tier is up to date.</source>
        <translation>Nichts zu überprüfen: Alle Stufen sind aktuell.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="98" />
        <source>Last touchpoints</source>
        <translation>Letzte Touchpoints</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="100" />
        <source>Career</source>
        <translation>Laufbahn</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="101" />
        <source>Tier history</source>
        <translation>Stufenverlauf</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="134" />
        <source>Career changed since the last review</source>
        <translation>Laufbahn seit der letzten Überprüfung geändert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="137" />
        <source>Long neglected: consider tier %1</source>
        <translation>Lange vernachlässigt: Stufe %1 erwägen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="140" />
        <source>Long neglected: consider archiving</source>
        <translation>Lange vernachlässigt: Archivieren erwägen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="142" />
        <source>Frequent recent touchpoints: consider tier %1</source>
        <translation>Viele Touchpoints in letzter Zeit: Stufe %1 erwägen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="146" />
        <source>Not reviewed for a long time</source>
        <translation>Lange nicht überprüft</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="159" />
        <source>Waiting for review: %1</source>
        <translation>Zur Überprüfung: %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="170" />
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="194" />
        <source>No touchpoints yet</source>
        <translation>Noch keine Touchpoints</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="205" />
        <source>new contact</source>
        <translation>neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="206" />
        <source>imported from a vCard</source>
        <translation>aus einer vCard importiert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/review_dialog.py" line="207" />
        <source>review</source>
        <translation>Überprüfung</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="104" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="106" />
        <source>&amp;Tiers</source>
        <translation>&amp;Stufen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="107" />
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="110" />
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="120" />
        <source>Each tier has a care cadence: how often a contact of that tier should hear from you, counted from the last touchpoint or from the birthday.</source>
        <translation>Jede Stufe hat einen Pflegerhythmus: wie oft ein Kontakt dieser Stufe von Ihnen hören soll, gezählt ab dem letzten Touchpoint oder ab dem Geburtstag.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="128" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="128" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="128" />
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="128" />
        <source>Counted from</source>
        <translation>Gezählt ab</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="129" />
        <source>Typical touchpoint</source>
        <translation>Typischer Touchpoint</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="129" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="129" />
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="163" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="166" />
        <source>The window, its menus, the list and the card switch at once; the board and the calendar when Netzwerk starts again.</source>
        <translation>Das Fenster, seine Menüs, die Liste und die Karte wechseln sofort, die Stufen-Tafel und der Kalender beim nächsten Start von Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="172" />
        <source>Remind me of due touchpoints every day at</source>
        <translation>Täglich an fällige Touchpoints erinnern um</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="182" />
        <source>Reminders:</source>
        <translation>Erinnerungen:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="186" />
        <source> months</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="188" />
        <source>Ask to re-check a tier after</source>
        <translation>Stufe erneut prüfen nach</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="190" />
        <source>without a review</source>
        <translation>ohne Prüfung</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="192" />
        <source>Tier review:</source>
        <translation>Stufenprüfung:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="193" />
        <source>Start Netzwerk in the tray when I log in</source>
        <translation>Netzwerk beim Anmelden im Infobereich starten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="195" />
        <source>Start at login:</source>
        <translation>Beim Anmelden:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="199" />
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="203" />
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/settings_dialog.py" line="218" />
        <source>The start at login could not be changed: %1</source>
        <translation>Der Start beim Anmelden konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="104" />
        <source>Introduction Suggestions</source>
        <translation>Vorschläge zum Vorstellen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="107" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="107" />
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="109" />
        <source>No suggestions: add interests and offers to your contacts.</source>
        <translation>Keine Vorschläge: Erfassen Sie Interessen und Angebote Ihrer Kontakte.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="111" />
        <source>&amp;Introduce…</source>
        <translation>&amp;Vorstellen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="112" />
        <source>&amp;Dismiss for Good</source>
        <translation>Für immer &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="113" />
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="150" />
        <source>%1 offers what %2 looks for: %3</source>
        <translation>%1 bietet, was %2 sucht: %3</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/introduce_dialog.py" line="157" />
        <source>shared interests: %1</source>
        <translation>gemeinsame Interessen: %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="122" />
        <source>Sync &amp;Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="123" />
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="124" />
        <source>Sync &amp;Conflicts…</source>
        <translation>Sync-Kon&amp;flikte …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="125" />
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="277" />
        <source>%n sync conflict(s)</source>
        <translation><numerusform>%n Sync-Konflikt</numerusform><numerusform>%n Sync-Konflikte</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="284" />
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="286" />
        <source>Offline: not synced</source>
        <translation>Offline: nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="288" />
        <source>Not synced (see the tooltip)</source>
        <translation>Nicht synchronisiert (siehe Tooltip)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="290" />
        <source>Not synced: password needed</source>
        <translation>Nicht synchronisiert: Passwort nötig</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="295" />
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="297" />
        <source>Synced %n min ago</source>
        <translation><numerusform>Vor %n Min. synchronisiert</numerusform><numerusform>Vor %n Min. synchronisiert</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="298" />
        <source>Synced at %1</source>
        <translation>Synchronisiert um %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/controller.py" line="307" />
        <source>Enter the password for %1…</source>
        <translation>Passwort für %1 eingeben …</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="33" />
        <source>Prefix</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="34" />
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="35" />
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="36" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="37" />
        <source>Suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="38" />
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="39" />
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="40" />
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="41" />
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="42" />
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="43" />
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="44" />
        <source>Met where</source>
        <translation>Kennengelernt wo</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="45" />
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="46" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="47" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="48" />
        <source>They offer</source>
        <translation>Bietet</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="49" />
        <source>I can offer</source>
        <translation>Ich kann bieten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="50" />
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="51" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="58" />
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/conflicts_dialog.py" line="60" />
        <source>(a photo)</source>
        <translation>(ein Foto)</translation>
    </message>
</context>
<context>
    <name>SyncPresets</name>
    <message>
        <location filename="../../netzwerk_app/ui/sync/presets.py" line="27" />
        <source>Nextcloud</source>
        <translation>Nextcloud</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/presets.py" line="28" />
        <source>Fastmail</source>
        <translation>Fastmail</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/presets.py" line="29" />
        <source>iCloud</source>
        <translation>iCloud</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/presets.py" line="30" />
        <source>Radicale or another server (URL)</source>
        <translation>Radicale oder ein anderer Server (URL)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/presets.py" line="36" />
        <source>Your Nextcloud's address. Use an app password: Nextcloud ▸ Settings ▸ Security.</source>
        <translation>Die Adresse Ihrer Nextcloud. Verwenden Sie ein App-Passwort: Nextcloud ▸ Einstellungen ▸ Sicherheit.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/presets.py" line="40" />
        <source>Use an app password: Fastmail ▸ Settings ▸ Privacy &amp; Security ▸ App passwords.</source>
        <translation>Verwenden Sie ein App-Passwort: Fastmail ▸ Einstellungen ▸ Datenschutz &amp; Sicherheit ▸ App-Passwörter.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/presets.py" line="44" />
        <source>Use an app-specific password from account.apple.com (Sign-In and Security).</source>
        <translation>Verwenden Sie ein app-spezifisches Passwort von account.apple.com (Anmeldung und Sicherheit).</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/sync/presets.py" line="48" />
        <source>The server's address; Netzwerk finds the address books there.</source>
        <translation>Die Adresse des Servers; Netzwerk findet die Adressbücher dort.</translation>
    </message>
</context>
<context>
    <name>TouchpointDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="55" />
        <source>Edit touchpoint</source>
        <translation>Touchpoint bearbeiten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="57" />
        <source>Plan touchpoint</source>
        <translation>Touchpoint planen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="59" />
        <source>Log touchpoint</source>
        <translation>Touchpoint erfassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="63" />
        <source>and %n more</source>
        <translation><numerusform>und %n weiterer</numerusform><numerusform>und %n weitere</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="69" />
        <source>Happened</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="70" />
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="76" />
        <source>What did you talk about? What comes next?</source>
        <translation>Worüber haben Sie gesprochen? Was kommt als Nächstes?</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="81" />
        <source>With:</source>
        <translation>Mit:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="82" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="83" />
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="84" />
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="85" />
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/touchpoint_dialog.py" line="86" />
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="304" />
        <source>Netzwerk keeps running</source>
        <translation>Netzwerk läuft weiter</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="306" />
        <source>Netzwerk stays in the tray to remind you of due touchpoints. Quit it from the tray's menu.</source>
        <translation>Netzwerk bleibt im Infobereich und erinnert Sie an fällige Touchpoints. Beenden können Sie es über das Menü im Infobereich.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/tray.py" line="320" />
        <source>Your desktop shows no system tray: Netzwerk reminds you of due touchpoints here while this window is open.</source>
        <translation>Ihr Desktop zeigt keinen Infobereich (System-Tray): Netzwerk erinnert Sie hier an fällige Touchpoints, solange dieses Fenster offen ist.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="34" />
        <source>&amp;New Contact</source>
        <translation>&amp;Neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="37" />
        <source>&amp;Import vCard…</source>
        <translation>vCard &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="40" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="46" />
        <source>&amp;Log Touchpoint…</source>
        <translation>&amp;Touchpoint erfassen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="49" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="55" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="58" />
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="61" />
        <source>&amp;Undo Delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="65" />
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="68" />
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="71" />
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="74" />
        <source>Export &amp;Selection…</source>
        <translation>Auswahl e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="76" />
        <source>&amp;Recent Imports…</source>
        <translation>&amp;Letzte Importe …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="78" />
        <source>Possible &amp;Duplicates…</source>
        <translation>Mögliche &amp;Duplikate …</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="80" />
        <source>&amp;Open Card</source>
        <translation>Karte ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="92" />
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="93" />
        <source>&amp;Tier Board</source>
        <translation>&amp;Stufen-Tafel</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="94" />
        <source>C&amp;alendar</source>
        <translation>Ka&amp;lender</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="104" />
        <source>&amp;Check the Database</source>
        <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="105" />
        <source>&amp;About Netzwerk</source>
        <translation>Über &amp;Netzwerk</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="114" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="128" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="133" />
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="135" />
        <location filename="../../netzwerk_app/ui/actions.py" line="186" />
        <source>Set &amp;Tier</source>
        <translation>&amp;Stufe setzen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="144" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="147" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/actions.py" line="153" />
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
</context>
</TS>
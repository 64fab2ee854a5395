<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>PhoneImportDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="97" />
        <source>Import from your phone</source>
        <translation>Vom Telefon importieren</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="125" />
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="130" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="131" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="141" />
        <source>Scan the code with your phone's camera</source>
        <translation>Scannen Sie den Code mit der Kamera Ihres Telefons</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="149" />
        <source>Your phone opens a page where you choose the contacts file and send it. Phone and computer must be on the same network. First save the contacts as a file:</source>
        <translation>Ihr Telefon öffnet eine Seite, auf der Sie die Kontaktdatei wählen und senden. Telefon und Computer müssen im selben Netzwerk sein. Speichern Sie die Kontakte zuerst als Datei:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="160" />
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="161" />
        <source>Contacts ▸ Lists ▸ long-press “All Contacts” ▸ Export</source>
        <translation>Kontakte ▸ Listen ▸ „Alle Kontakte“ lange drücken ▸ Exportieren</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="164" />
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="165" />
        <source>Contacts ▸ Fix &amp; manage ▸ Export to file</source>
        <translation>Kontakte ▸ Korrigieren &amp; verwalten ▸ In Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="180" />
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="188" />
        <source>Start again</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="193" />
        <source>The transfer is plain, unencrypted HTTP on your local network: use it on a network you trust (at home, not in a café). It stops when you close this window, after one file, or after 10 minutes.</source>
        <translation>Die Übertragung ist einfaches, unverschlüsseltes HTTP im lokalen Netzwerk: Verwenden Sie sie nur in einem Netzwerk, dem Sie vertrauen (zu Hause, nicht im Café). Sie endet, wenn Sie dieses Fenster schliessen, nach einer Datei oder nach 10 Minuten.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="240" />
        <source>This computer has no address on a local network. Connect it to the Wi-Fi or network your phone uses, then open this window again.</source>
        <translation>Dieser Computer hat keine Adresse in einem lokalen Netzwerk. Verbinden Sie ihn mit dem WLAN oder Netzwerk Ihres Telefons und öffnen Sie dieses Fenster dann erneut.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="256" />
        <source>The transfer cannot start: %1</source>
        <translation>Die Übertragung kann nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="285" />
        <source>Waiting for your phone… (stops in %1)</source>
        <translation>Warten auf Ihr Telefon … (endet in %1)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="294" />
        <source>Stopped after 10 minutes without a file. Start again to get a new code.</source>
        <translation>Nach 10 Minuten ohne Datei beendet. Starten Sie neu, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="303" />
        <source>Received %1.</source>
        <translation>%1 empfangen.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="309" />
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/dialogs/phone_import_dialog.py" line="323" />
        <source>From your &amp;phone…</source>
        <translation>Vom &amp;Telefon …</translation>
    </message>
</context>
</TS>
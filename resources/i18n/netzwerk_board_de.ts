<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AgendaDelegate</name>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="194" />
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="194" />
        <source>Unsorted</source>
        <translation>Unsortiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="197" />
        <source>%n d overdue</source>
        <translation><numerusform>%n Tag überfällig</numerusform><numerusform>%n Tage überfällig</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="201" />
        <source>snoozed</source>
        <translation>aufgeschoben</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="295" />
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="321" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="297" />
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="299" />
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="338" />
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="339" />
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="350" />
        <source>Nothing due. The garden is watered.</source>
        <translation>Nichts fällig. Der Garten ist gegossen.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="354" />
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="572" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="356" />
        <source>Log the tier's usual touchpoint for today (Shift: open the log dialog)</source>
        <translation>Den üblichen Kontakt der Stufe für heute erfassen (Umschalt: Erfassungsdialog öffnen)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="358" />
        <source>Log…</source>
        <translation>Erfassen…</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="359" />
        <source>Plan…</source>
        <translation>Planen…</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="360" />
        <source>Snooze 1 day</source>
        <translation>1 Tag aufschieben</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="361" />
        <source>Snooze 1 week</source>
        <translation>1 Woche aufschieben</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="362" />
        <source>Open contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="376" />
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="377" />
        <source>Export .ics…</source>
        <translation>Als .ics exportieren…</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="379" />
        <source>Write the agenda of the next days for your calendar app</source>
        <translation>Die Agenda der nächsten Tage für die Kalender-App speichern</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="385" />
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="489" />
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="492" />
        <source>Week %1: %2 – %3</source>
        <translation>KW %1: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="574" />
        <source>%n touchpoint(s) logged</source>
        <translation><numerusform>%n Kontaktpunkt erfasst</numerusform><numerusform>%n Kontaktpunkte erfasst</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="584" />
        <source>%n item(s) snoozed</source>
        <translation><numerusform>%n Eintrag aufgeschoben</numerusform><numerusform>%n Einträge aufgeschoben</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="595" />
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="623" />
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="642" />
        <source>Export agenda</source>
        <translation>Agenda exportieren</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="625" />
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="644" />
        <source>%n event(s) written to %1</source>
        <translation><numerusform>%n Termin in %1 geschrieben</numerusform><numerusform>%n Termine in %1 geschrieben</numerusform></translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="64" />
        <source>Fine</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="65" />
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="66" />
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="67" />
        <location filename="../../netzwerk_app/ui/care_colors.py" line="88" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="68" />
        <source>Nothing due</source>
        <translation>Nichts fällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/care_colors.py" line="42" />
        <source>%n d overdue</source>
        <translation><numerusform>%n Tag überfällig</numerusform><numerusform>%n Tage überfällig</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="79" />
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/care_colors.py" line="45" />
        <source>in %n d</source>
        <translation><numerusform>in %n Tag</numerusform><numerusform>in %n Tagen</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="85" />
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="86" />
        <source>Care cadence</source>
        <translation>Pflegerhythmus</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="87" />
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
</context>
<context>
    <name>TierBoardPage</name>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="279" />
        <source>Filter by name, organization, tag…</source>
        <translation>Nach Name, Organisation, Schlagwort filtern…</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="283" />
        <source>Most overdue first</source>
        <translation>Am längsten überfällig zuerst</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="284" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="285" />
        <source>Ask for a reason</source>
        <translation>Nach Grund fragen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="286" />
        <source>Ask why, each time cards are moved to a tier</source>
        <translation>Bei jedem Verschieben in eine Stufe nach dem Grund fragen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="287" />
        <source>Triage</source>
        <translation>Einordnen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="288" />
        <source>File the unsorted contacts one at a time</source>
        <translation>Die unsortierten Kontakte einzeln einordnen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="292" />
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="294" />
        <source>Sort:</source>
        <translation>Sortierung:</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="302" />
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="305" />
        <source>Drag cards to another column, or select them and press A, B, C, D or 0.</source>
        <translation>Karten in eine andere Spalte ziehen, oder auswählen und A, B, C, D oder 0 drücken.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="392" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="409" />
        <location filename="../../netzwerk_app/ui/board.py" line="424" />
        <location filename="../../netzwerk_app/ui/board.py" line="449" />
        <source>Unsorted</source>
        <translation>Unsortiert</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="409" />
        <source>not filed yet</source>
        <translation>noch nicht eingeordnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/board.py" line="417" />
        <source>Triage (%n)</source>
        <translation><numerusform>Einordnen (%n)</numerusform><numerusform>Einordnen (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="427" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/board.py" line="428" />
        <source>Why move %n contact(s) to %1? (optional)</source>
        <translation><numerusform>Warum %n Kontakt nach %1 verschieben? (optional)</numerusform><numerusform>Warum %n Kontakte nach %1 verschieben? (optional)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/board.py" line="451" />
        <source>%n contact(s) moved to %1</source>
        <translation><numerusform>%n Kontakt nach %1 verschoben</numerusform><numerusform>%n Kontakte nach %1 verschoben</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="466" />
        <source>undo</source>
        <translation>rückgängig</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="469" />
        <source>Move undone</source>
        <translation>Verschieben rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="68" />
        <source>Triage: file the unsorted contacts</source>
        <translation>Einordnen: die unsortierten Kontakte</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="103" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="104" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="105" />
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="106" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="107" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="108" />
        <source>Met</source>
        <translation>Kennengelernt</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="109" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="114" />
        <source>Nothing more is known of this contact.</source>
        <translation>Mehr ist über diesen Kontakt nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="148" />
        <source>File into tier %1 (key %1)</source>
        <translation>In Stufe %1 einordnen (Taste %1)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="162" />
        <source>Skip
(S)</source>
        <translation>Überspringen
(S)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="164" />
        <source>Archive
(X)</source>
        <translation>Archivieren
(X)</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="169" />
        <source>Undo last step</source>
        <translation>Letzten Schritt rückgängig</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="170" />
        <source>Backspace or Ctrl+Z</source>
        <translation>Rücktaste oder Strg+Z</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="172" />
        <source>Open contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="174" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="186" />
        <source>Keys: A B C D file · S skip · X archive · Backspace undo</source>
        <translation>Tasten: A B C D einordnen · S überspringen · X archivieren · Rücktaste rückgängig</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="216" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="245" />
        <source>No unsorted contacts. Everyone is filed.</source>
        <translation>Keine unsortierten Kontakte. Alle sind eingeordnet.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="248" />
        <source>Done: %1 filed, %2 archived, %3 skipped.</source>
        <translation>Fertig: %1 eingeordnet, %2 archiviert, %3 übersprungen.</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="303" />
        <source>triage</source>
        <translation>Einordnen</translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="332" />
        <source>triage undone</source>
        <translation>Einordnen rückgängig</translation>
    </message>
</context>
</TS>
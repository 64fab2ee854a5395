<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
    <context>
        <name>AgendaDelegate</name>
        <message>
            <location filename="../../netzwerk_app/ui/pages/agenda.py" line="81" />
            <source>Tier %1</source>
            <translation>Stufe %1</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/agenda.py" line="81" />
            <source>Unsorted</source>
            <translation>Unsortiert</translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/agenda.py" line="84" />
            <source>%n d overdue</source>
            <translation>
                <numerusform>%n Tag überfällig</numerusform>
                <numerusform>%n Tage überfällig</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/agenda.py" line="88" />
            <source>snoozed</source>
            <translation>aufgeschoben</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="83" />
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="109" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="85" />
            <source>Previous month</source>
            <translation>Vorheriger Monat</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="87" />
            <source>Next month</source>
            <translation>Nächster Monat</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="125" />
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="126" />
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="139" />
            <source>Nothing due. The garden is watered.</source>
            <translation>Nichts fällig. Der Garten ist gegossen.</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="143" />
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="357" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="145" />
            <source>Log the tier's usual touchpoint for today (Shift: open the log dialog)</source>
            <translation>Den üblichen Kontakt der Stufe für heute erfassen (Umschalt: Erfassungsdialog öffnen)</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="147" />
            <source>Log…</source>
            <translation>Erfassen…</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="148" />
            <source>Plan…</source>
            <translation>Planen…</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="149" />
            <source>Snooze 1 day</source>
            <translation>1 Tag aufschieben</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="150" />
            <source>Snooze 1 week</source>
            <translation>1 Woche aufschieben</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="151" />
            <source>Open contact</source>
            <translation>Kontakt öffnen</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="165" />
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="166" />
            <source>Export .ics…</source>
            <translation>Als .ics exportieren…</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="168" />
            <source>Write the agenda of the next days for your calendar app</source>
            <translation>Die Agenda der nächsten Tage für die Kalender-App speichern</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="174" />
            <source>Next</source>
            <translation>Nächste</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="278" />
            <source>Today, %1</source>
            <translation>Heute, %1</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="281" />
            <source>Week %1: %2 – %3</source>
            <translation>KW %1: %2 – %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="359" />
            <source>%n touchpoint(s) logged</source>
            <translation>
                <numerusform>%n Kontaktpunkt erfasst</numerusform>
                <numerusform>%n Kontaktpunkte erfasst</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="369" />
            <source>%n item(s) snoozed</source>
            <translation>
                <numerusform>%n Eintrag aufgeschoben</numerusform>
                <numerusform>%n Einträge aufgeschoben</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="381" />
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="409" />
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="428" />
            <source>Export agenda</source>
            <translation>Agenda exportieren</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="411" />
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar-Dateien (*.ics)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="430" />
            <source>%n event(s) written to %1</source>
            <translation>
                <numerusform>%n Termin in %1 geschrieben</numerusform>
                <numerusform>%n Termine in %1 geschrieben</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Care</name>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="73" />
            <source>Fine</source>
            <translation>Gut</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="74" />
            <source>Due soon</source>
            <translation>Bald fällig</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="75" />
            <source>Due today</source>
            <translation>Heute fällig</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="76" />
            <location filename="../../netzwerk_app/ui/care_colors.py" line="111" />
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="77" />
            <source>Nothing due</source>
            <translation>Nichts fällig</translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/care_colors.py" line="41" />
            <source>%n d overdue</source>
            <translation>
                <numerusform>%n Tag überfällig</numerusform>
                <numerusform>%n Tage überfällig</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="102" />
            <source>due today</source>
            <translation>heute fällig</translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/care_colors.py" line="44" />
            <source>in %n d</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="49" />
            <source>every day</source>
            <translation>jeden Tag</translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/care_colors.py" line="49" />
            <source>every %n days</source>
            <translation>
                <numerusform>alle %n Tage</numerusform>
                <numerusform>alle %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="51" />
            <source>every week</source>
            <translation>jede Woche</translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/care_colors.py" line="51" />
            <source>every %n weeks</source>
            <translation>
                <numerusform>alle %n Wochen</numerusform>
                <numerusform>alle %n Wochen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="53" />
            <source>every year</source>
            <translation>jedes Jahr</translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/care_colors.py" line="53" />
            <source>every %n years</source>
            <translation>
                <numerusform>alle %n Jahre</numerusform>
                <numerusform>alle %n Jahre</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="54" />
            <source>every month</source>
            <translation>jeden Monat</translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/care_colors.py" line="54" />
            <source>every %n months</source>
            <translation>
                <numerusform>alle %n Monate</numerusform>
                <numerusform>alle %n Monate</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="84" />
            <source>on the birthday</source>
            <translation>zum Geburtstag</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="91" />
            <source>no birthday</source>
            <translation>kein Geburtstag</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="92" />
            <source>no birthday: never due</source>
            <translation>kein Geburtstag: nie fällig</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="108" />
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="109" />
            <source>Care cadence</source>
            <translation>Pflegerhythmus</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="110" />
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
    </context>
    <context>
        <name>MarkedCalendar</name>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/month_view.py" line="121" />
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weiterer</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/month_view.py" line="125" />
            <source>Nothing due</source>
            <translation>Nichts fällig</translation>
        </message>
    </context>
    <context>
        <name>MoveBanner</name>
        <message>
            <location filename="../../netzwerk_app/ui/pages/move_banner.py" line="49" />
            <source>Add birthday…</source>
            <translation>Geburtstag eintragen …</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/move_banner.py" line="50" />
            <source>Open the contact to enter the birthday</source>
            <translation>Den Kontakt öffnen, um den Geburtstag einzutragen</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/move_banner.py" line="51" />
            <source>or file in:</source>
            <translation>oder einordnen in:</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/move_banner.py" line="53" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/move_banner.py" line="67" />
            <source>Move them to tier %1 instead</source>
            <translation>Stattdessen in Stufe %1 einordnen</translation>
        </message>
    </context>
    <context>
        <name>TierBoardPage</name>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="57" />
            <source>Filter by name, organization, tag…</source>
            <translation>Nach Name, Organisation, Schlagwort filtern…</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="65" />
            <source>Most overdue first</source>
            <translation>Am längsten überfällig zuerst</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="66" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="68" />
            <source>Ask for a reason</source>
            <translation>Nach Grund fragen</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="69" />
            <source>Ask why, each time cards are moved to a tier</source>
            <translation>Bei jedem Verschieben in eine Stufe nach dem Grund fragen</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="70" />
            <source>Triage</source>
            <translation>Einordnen</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="71" />
            <source>File the unsorted contacts one at a time</source>
            <translation>Die unsortierten Kontakte einzeln einordnen</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="75" />
            <source>Tag:</source>
            <translation>Schlagwort:</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="79" />
            <source>Sort:</source>
            <translation>Sortierung:</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="94" />
            <source>Drag cards to another column, or select them and press A, B, C, D or 0.</source>
            <translation>Karten in eine andere Spalte ziehen, oder auswählen und A, B, C, D oder 0 drücken.</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="179" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="203" />
            <location filename="../../netzwerk_app/ui/pages/board.py" line="224" />
            <location filename="../../netzwerk_app/ui/pages/board.py" line="256" />
            <source>Unsorted</source>
            <translation>Unsortiert</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="203" />
            <source>not filed yet</source>
            <translation>noch nicht eingeordnet</translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/board.py" line="211" />
            <source>Triage (%n)</source>
            <translation>
                <numerusform>Einordnen (%n)</numerusform>
                <numerusform>Einordnen (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="227" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/board.py" line="228" />
            <source>Why move %n contact(s) to %1? (optional)</source>
            <translation>
                <numerusform>Warum %n Kontakt nach %1 verschieben? (optional)</numerusform>
                <numerusform>Warum %n Kontakte nach %1 verschieben? (optional)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/board.py" line="257" />
            <source>%n contact(s) moved to %1</source>
            <translation>
                <numerusform>%n Kontakt nach %1 verschoben</numerusform>
                <numerusform>%n Kontakte nach %1 verschoben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/board.py" line="266" />
            <source>%1 has no birthday: tier %2 is due on the birthday, so nothing will ever be due.</source>
            <translation>
                <numerusform>%1 hat keinen Geburtstag: Stufe %2 ist am Geburtstag fällig, also wird nie etwas fällig.</numerusform>
                <numerusform>%1 haben keinen Geburtstag: Stufe %2 ist am Geburtstag fällig, also wird nie etwas fällig.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="294" />
            <source>undo</source>
            <translation>rückgängig</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="295" />
            <source>Move undone</source>
            <translation>Verschieben rückgängig gemacht</translation>
        </message>
    </context>
    <context>
        <name>TriageDialog</name>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="62" />
            <source>Triage: file the unsorted contacts</source>
            <translation>Einordnen: die unsortierten Kontakte</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="97" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="98" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="99" />
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="100" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="101" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="102" />
            <source>Met</source>
            <translation>Kennengelernt</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="103" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="108" />
            <source>Nothing more is known of this contact.</source>
            <translation>Mehr ist über diesen Kontakt nicht bekannt.</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="141" />
            <source>File into tier %1 (key %1)</source>
            <translation>In Stufe %1 einordnen (Taste %1)</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="155" />
            <source>Skip
(S)</source>
            <translation>Überspringen
(S)</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="157" />
            <source>Archive
(X)</source>
            <translation>Archivieren
(X)</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="162" />
            <source>Undo last step</source>
            <translation>Letzten Schritt rückgängig</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="163" />
            <source>Backspace or Ctrl+Z</source>
            <translation>Rücktaste oder Strg+Z</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="165" />
            <source>Open contact</source>
            <translation>Kontakt öffnen</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="167" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="179" />
            <source>Keys: A B C D file · S skip · X archive · Backspace undo</source>
            <translation>Tasten: A B C D einordnen · S überspringen · X archivieren · Rücktaste rückgängig</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="218" />
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="247" />
            <source>No unsorted contacts. Everyone is filed.</source>
            <translation>Keine unsortierten Kontakte. Alle sind eingeordnet.</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="250" />
            <source>Done: %1 filed, %2 archived, %3 skipped.</source>
            <translation>Fertig: %1 eingeordnet, %2 archiviert, %3 übersprungen.</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="305" />
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="338" />
            <source>triage</source>
            <translation>Einordnen</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="318" />
            <source>%1 has no birthday: tier %2 is due on the birthday, so nothing will ever be due.</source>
            <translation>%1 hat keinen Geburtstag: Stufe %2 ist am Geburtstag fällig, also wird nie etwas fällig.</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="377" />
            <source>triage undone</source>
            <translation>Einordnen rückgängig</translation>
        </message>
    </context>
</TS>
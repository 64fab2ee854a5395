<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaDelegate</name>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="194" />
        <source>Tier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="194" />
        <source>Unsorted</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="197" />
        <source>%n d overdue</source>
        <translation><numerusform>%n d overdue</numerusform><numerusform>%n d overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="201" />
        <source>snoozed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="295" />
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="321" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="297" />
        <source>Previous month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="299" />
        <source>Next month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="338" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="339" />
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="350" />
        <source>Nothing due. The garden is watered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="354" />
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="572" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="356" />
        <source>Log the tier's usual touchpoint for today (Shift: open the log dialog)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="358" />
        <source>Log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="359" />
        <source>Plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="360" />
        <source>Snooze 1 day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="361" />
        <source>Snooze 1 week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="362" />
        <source>Open contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="376" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="377" />
        <source>Export .ics…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="379" />
        <source>Write the agenda of the next days for your calendar app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="385" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="489" />
        <source>Today, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="492" />
        <source>Week %1: %2 – %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="574" />
        <source>%n touchpoint(s) logged</source>
        <translation><numerusform>%n touchpoint logged</numerusform><numerusform>%n touchpoints logged</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="584" />
        <source>%n item(s) snoozed</source>
        <translation><numerusform>%n item snoozed</numerusform><numerusform>%n items snoozed</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="595" />
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="623" />
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="642" />
        <source>Export agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="625" />
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/calendar_view.py" line="644" />
        <source>%n event(s) written to %1</source>
        <translation><numerusform>%n event written to %1</numerusform><numerusform>%n events written to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="64" />
        <source>Fine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="65" />
        <source>Due soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="66" />
        <source>Due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="67" />
        <location filename="../../netzwerk_app/ui/care_colors.py" line="88" />
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="68" />
        <source>Nothing due</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/care_colors.py" line="42" />
        <source>%n d overdue</source>
        <translation><numerusform>%n d overdue</numerusform><numerusform>%n d overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="79" />
        <source>due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/care_colors.py" line="45" />
        <source>in %n d</source>
        <translation><numerusform>in %n d</numerusform><numerusform>in %n d</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="85" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="86" />
        <source>Care cadence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/care_colors.py" line="87" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TierBoardPage</name>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="279" />
        <source>Filter by name, organization, tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="283" />
        <source>Most overdue first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="284" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="285" />
        <source>Ask for a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="286" />
        <source>Ask why, each time cards are moved to a tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="287" />
        <source>Triage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="288" />
        <source>File the unsorted contacts one at a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="292" />
        <source>Tag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="294" />
        <source>Sort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="302" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="305" />
        <source>Drag cards to another column, or select them and press A, B, C, D or 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="392" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="409" />
        <location filename="../../netzwerk_app/ui/board.py" line="424" />
        <location filename="../../netzwerk_app/ui/board.py" line="449" />
        <source>Unsorted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="409" />
        <source>not filed yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/board.py" line="417" />
        <source>Triage (%n)</source>
        <translation><numerusform>Triage (%n)</numerusform><numerusform>Triage (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="427" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/board.py" line="428" />
        <source>Why move %n contact(s) to %1? (optional)</source>
        <translation><numerusform>Why move %n contact to %1? (optional)</numerusform><numerusform>Why move %n contacts to %1? (optional)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzwerk_app/ui/board.py" line="451" />
        <source>%n contact(s) moved to %1</source>
        <translation><numerusform>%n contact moved to %1</numerusform><numerusform>%n contacts moved to %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="466" />
        <source>undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/board.py" line="469" />
        <source>Move undone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="68" />
        <source>Triage: file the unsorted contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="103" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="104" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="105" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="106" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="107" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="108" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="109" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="114" />
        <source>Nothing more is known of this contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="148" />
        <source>File into tier %1 (key %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="162" />
        <source>Skip
(S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="164" />
        <source>Archive
(X)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="169" />
        <source>Undo last step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="170" />
        <source>Backspace or Ctrl+Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="172" />
        <source>Open contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="174" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="186" />
        <source>Keys: A B C D file · S skip · X archive · Backspace undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="216" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="245" />
        <source>No unsorted contacts. Everyone is filed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="248" />
        <source>Done: %1 filed, %2 archived, %3 skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="303" />
        <source>triage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../netzwerk_app/ui/triage.py" line="332" />
        <source>triage undone</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
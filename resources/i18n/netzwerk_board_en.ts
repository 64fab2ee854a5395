<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
    <context>
        <name>AgendaDelegate</name>
        <message>
            <location filename="../../netzwerk_app/ui/pages/agenda.py" line="81" />
            <source>Tier %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/agenda.py" line="81" />
            <source>Unsorted</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/agenda.py" line="84" />
            <source>%n d overdue</source>
            <translation>
                <numerusform>%n d overdue</numerusform>
                <numerusform>%n d overdue</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/agenda.py" line="88" />
            <source>snoozed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="83" />
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="109" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="85" />
            <source>Previous month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="87" />
            <source>Next month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="125" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="126" />
            <source>Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="139" />
            <source>Nothing due. The garden is watered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="143" />
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="357" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="145" />
            <source>Log the tier's usual touchpoint for today (Shift: open the log dialog)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="147" />
            <source>Log…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="148" />
            <source>Plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="149" />
            <source>Snooze 1 day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="150" />
            <source>Snooze 1 week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="151" />
            <source>Open contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="165" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="166" />
            <source>Export .ics…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="168" />
            <source>Write the agenda of the next days for your calendar app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="174" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="278" />
            <source>Today, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="281" />
            <source>Week %1: %2 – %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="359" />
            <source>%n touchpoint(s) logged</source>
            <translation>
                <numerusform>%n touchpoint logged</numerusform>
                <numerusform>%n touchpoints logged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="369" />
            <source>%n item(s) snoozed</source>
            <translation>
                <numerusform>%n item snoozed</numerusform>
                <numerusform>%n items snoozed</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="381" />
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="409" />
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="428" />
            <source>Export agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="411" />
            <source>iCalendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/calendar_view.py" line="430" />
            <source>%n event(s) written to %1</source>
            <translation>
                <numerusform>%n event written to %1</numerusform>
                <numerusform>%n events written to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Care</name>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="73" />
            <source>Fine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="74" />
            <source>Due soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="75" />
            <source>Due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="76" />
            <location filename="../../netzwerk_app/ui/care_colors.py" line="111" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="77" />
            <source>Nothing due</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/care_colors.py" line="41" />
            <source>%n d overdue</source>
            <translation>
                <numerusform>%n d overdue</numerusform>
                <numerusform>%n d overdue</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="102" />
            <source>due today</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/care_colors.py" line="44" />
            <source>in %n d</source>
            <translation>
                <numerusform>in %n d</numerusform>
                <numerusform>in %n d</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="49" />
            <source>every day</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/care_colors.py" line="49" />
            <source>every %n days</source>
            <translation>
                <numerusform>every %n day</numerusform>
                <numerusform>every %n days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="51" />
            <source>every week</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/care_colors.py" line="51" />
            <source>every %n weeks</source>
            <translation>
                <numerusform>every %n week</numerusform>
                <numerusform>every %n weeks</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="53" />
            <source>every year</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/care_colors.py" line="53" />
            <source>every %n years</source>
            <translation>
                <numerusform>every %n year</numerusform>
                <numerusform>every %n years</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="54" />
            <source>every month</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/care_colors.py" line="54" />
            <source>every %n months</source>
            <translation>
                <numerusform>every %n month</numerusform>
                <numerusform>every %n months</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="84" />
            <source>on the birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="91" />
            <source>no birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="92" />
            <source>no birthday: never due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="108" />
            <source>Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="109" />
            <source>Care cadence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/care_colors.py" line="110" />
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MarkedCalendar</name>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/month_view.py" line="121" />
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/month_view.py" line="125" />
            <source>Nothing due</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MoveBanner</name>
        <message>
            <location filename="../../netzwerk_app/ui/pages/move_banner.py" line="49" />
            <source>Add birthday…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/move_banner.py" line="50" />
            <source>Open the contact to enter the birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/move_banner.py" line="51" />
            <source>or file in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/move_banner.py" line="53" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/move_banner.py" line="67" />
            <source>Move them to tier %1 instead</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TierBoardPage</name>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="57" />
            <source>Filter by name, organization, tag…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="65" />
            <source>Most overdue first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="66" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="68" />
            <source>Ask for a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="69" />
            <source>Ask why, each time cards are moved to a tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="70" />
            <source>Triage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="71" />
            <source>File the unsorted contacts one at a time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="75" />
            <source>Tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="79" />
            <source>Sort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="94" />
            <source>Drag cards to another column, or select them and press A, B, C, D or 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="179" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="203" />
            <location filename="../../netzwerk_app/ui/pages/board.py" line="224" />
            <location filename="../../netzwerk_app/ui/pages/board.py" line="256" />
            <source>Unsorted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="203" />
            <source>not filed yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/board.py" line="211" />
            <source>Triage (%n)</source>
            <translation>
                <numerusform>Triage (%n)</numerusform>
                <numerusform>Triage (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="227" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/board.py" line="228" />
            <source>Why move %n contact(s) to %1? (optional)</source>
            <translation>
                <numerusform>Why move %n contact to %1? (optional)</numerusform>
                <numerusform>Why move %n contacts to %1? (optional)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/board.py" line="257" />
            <source>%n contact(s) moved to %1</source>
            <translation>
                <numerusform>%n contact moved to %1</numerusform>
                <numerusform>%n contacts moved to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../netzwerk_app/ui/pages/board.py" line="266" />
            <source>%1 has no birthday: tier %2 is due on the birthday, so nothing will ever be due.</source>
            <translation>
                <numerusform>%1 has no birthday: tier %2 is due on the birthday, so nothing will ever be due.</numerusform>
                <numerusform>%1 have no birthday: tier %2 is due on the birthday, so nothing will ever be due.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="294" />
            <source>undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/board.py" line="295" />
            <source>Move undone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TriageDialog</name>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="62" />
            <source>Triage: file the unsorted contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="97" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="98" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="99" />
            <source>Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="100" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="101" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="102" />
            <source>Met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="103" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="108" />
            <source>Nothing more is known of this contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="141" />
            <source>File into tier %1 (key %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="155" />
            <source>Skip
(S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="157" />
            <source>Archive
(X)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="162" />
            <source>Undo last step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="163" />
            <source>Backspace or Ctrl+Z</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="165" />
            <source>Open contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="167" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="179" />
            <source>Keys: A B C D file · S skip · X archive · Backspace undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="218" />
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="247" />
            <source>No unsorted contacts. Everyone is filed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="250" />
            <source>Done: %1 filed, %2 archived, %3 skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="305" />
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="338" />
            <source>triage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="318" />
            <source>%1 has no birthday: tier %2 is due on the birthday, so nothing will ever be due.</source>
            <translation>%1 has no birthday: tier %2 is due on the birthday, so nothing will ever be due.</translation>
        </message>
        <message>
            <location filename="../../netzwerk_app/ui/pages/triage.py" line="377" />
            <source>triage undone</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
"""The board's German and English translations load and cover plurals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

import netzwerk_app
from netzwerk_app.core import clock, contact_writes
from netzwerk_app.core.records import ContactRecord
from netzwerk_app.ui.care_colors import state_text
from netzwerk_app.ui.pages.board import TierBoardPage
from netzwerk_app.ui.pages.calendar_view import CalendarPage
from netzwerk_app.ui.pages.triage import TriageDialog

I18N = Path(netzwerk_app.__file__).parent / "resources" / "i18n"


@pytest.fixture
def german(qapp):
    translator = QTranslator()
    assert translator.load(str(I18N / "netzwerk_board_de.qm"))
    QCoreApplication.installTranslator(translator)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Switzerland))
    yield translator
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_german_board_triage_and_calendar(db, qtbot, german):
    contact_writes.add_contact(db, ContactRecord(given_name="Uwe"))
    contact_writes.add_contact(
        db, ContactRecord(given_name="Ada", tier="A"), today=clock.today() - dt.timedelta(days=3)
    )
    page = TierBoardPage(db)
    qtbot.addWidget(page)
    assert page.columns[None].title.text() == "Unsortiert"
    assert page.columns["A"].cadence.text() == "alle 2 Monate"
    assert page.triage_button.text() == "Einordnen (1)"
    page.move_to_tier([c.id for c in page.model_of("A").cards()], "B")
    assert page.message.text() == "1 Kontakt nach B verschoben"
    assert state_text("overdue", -3) == "3 Tage überfällig"
    assert state_text("overdue", -1) == "1 Tag überfällig"
    assert state_text("due_soon", 4) == "in 4 Tagen"
    triage = TriageDialog(db)
    qtbot.addWidget(triage)
    assert triage.progress_text() == "1 von 1"
    calendar = CalendarPage(db)
    qtbot.addWidget(calendar)
    assert calendar.today_button.text() == "Heute"
    assert calendar.title.text().startswith("Heute, ")


def test_english_plurals(db, qtbot, qapp):
    translator = QTranslator()
    assert translator.load(str(I18N / "netzwerk_board_en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        ids = [contact_writes.add_contact(db, ContactRecord(given_name=n)) for n in ("A1", "A2")]
        page = TierBoardPage(db)
        qtbot.addWidget(page)
        page.move_to_tier(ids[:1], "A")
        assert page.message.text() == "1 contact moved to A"
        page.move_to_tier(ids, "C")
        assert page.message.text() == "2 contacts moved to C"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_every_source_file_has_a_ts_file():
    root = Path(netzwerk_app.__file__).parent.parent / "resources" / "i18n"
    for lang in ("de", "en"):
        assert (root / f"netzwerk_board_{lang}.ts").is_file()
        assert (I18N / f"netzwerk_board_{lang}.qm").is_file()
    german = (root / "netzwerk_board_de.ts").read_text("utf-8")
    assert 'type="unfinished"' not in german


@pytest.mark.parametrize(
    ("count", "unit", "anchor", "de"),
    [
        (2, "months", "touchpoint", "alle 2 Monate"),
        (1, "months", "touchpoint", "jeden Monat"),
        (1, "weeks", "touchpoint", "jede Woche"),
        (3, "weeks", "touchpoint", "alle 3 Wochen"),
        (10, "days", "touchpoint", "alle 10 Tage"),
        (1, "years", "touchpoint", "jedes Jahr"),
        (1, "years", "birthday", "zum Geburtstag"),
    ],
)
def test_cadence_words_come_from_the_ui_translations(count, unit, anchor, de, german):
    from netzwerk_app.ui.care_colors import cadence_text

    assert cadence_text(count, unit, anchor) == de


def test_cadence_words_in_english_without_a_translator(qapp):
    from netzwerk_app.ui.care_colors import cadence_text

    assert cadence_text(2, "months") == "every 2 months"
    assert cadence_text(1, "weeks") == "every week"
    assert cadence_text(1, "years", "birthday") == "on the birthday"


def test_german_warning_for_d_without_birthday(db, qtbot, german):
    cid = contact_writes.add_contact(db, ContactRecord(given_name="Uwe"))
    page = TierBoardPage(db)
    qtbot.addWidget(page)
    page.move_to_tier([cid], "D")
    assert page.message.text().startswith("1 Kontakt nach D verschoben. Uwe hat keinen Geburtstag")
    assert page.banner.add_birthday_button.text() == "Geburtstag eintragen …"
    assert page.model_of("D").cards()[0].needs_birthday

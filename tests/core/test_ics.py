"""iCalendar export: parses back with vobject, right dates, stable UIDs, correct escaping."""

from __future__ import annotations

import datetime as dt

import pytest
import vobject

from netzwerk_app.core import care, ics
from netzwerk_app.core.contact_writes import add_contact
from netzwerk_app.core.due import DueItem
from netzwerk_app.core.files import FileWriteError, write_file_atomically
from netzwerk_app.core.records import Birthday, ContactRecord, InvalidInput

TODAY = dt.date(2026, 3, 10)


def _add(db, given, tier=None, since=TODAY, birthday=None, uid=""):
    record = ContactRecord(given_name=given, tier=tier, birthday=birthday, uid=uid)
    return add_contact(db, record, today=since)


def _events(text):
    cal = vobject.readOne(text)
    return {ev.uid.value: ev for ev in cal.vevent_list}


def test_export_parses_back_with_right_dates(db, tmp_path):
    overdue = _add(db, "Olga", "A", since=TODAY - dt.timedelta(days=90), uid="olga-uid")
    _add(db, "Dora", "D", birthday=Birthday(3, 20, 1980), uid="dora-uid")
    planned = _add(db, "Paul", "B", uid="paul-uid")
    tp = care.plan_touchpoint(db, planned, TODAY + dt.timedelta(days=5), "lunch")
    # filed today: its cadence item is due today; its birthday is outside the range
    _add(db, "Fern", "C", birthday=Birthday(12, 24), uid="fern-uid")
    path = tmp_path / "agenda.ics"
    count = ics.export_ics(db, path, days=30, today=TODAY)
    events = _events(path.read_text("utf-8"))
    assert count == len(events) == 4
    assert "fern-uid-cadence@netzwerk.local" in events
    assert "fern-uid-birthday-2026@netzwerk.local" not in events
    olga = events["olga-uid-cadence@netzwerk.local"]
    assert olga.dtstart.value == TODAY  # overdue items show on today
    assert olga.dtend.value == TODAY + dt.timedelta(days=1)
    assert "Olga" in olga.summary.value
    assert "Overdue since" in olga.description.value
    dora = events["dora-uid-birthday-2026@netzwerk.local"]
    assert dora.dtstart.value == dt.date(2026, 3, 20)
    assert dora.summary.value == "Birthday: Dora (46)"
    paul = events[f"paul-uid-planned-{tp}@netzwerk.local"]
    assert paul.dtstart.value == TODAY + dt.timedelta(days=5)
    assert overdue


def test_reexport_keeps_uids_while_dates_move(db, tmp_path):
    cid = _add(db, "Olga", "A", since=TODAY - dt.timedelta(days=90), uid="olga")
    first, _ = ics.agenda_ics(db, 90, TODAY)
    care.log_touchpoint(db, [cid], "lunch", TODAY)
    second, _ = ics.agenda_ics(db, 90, TODAY)
    uid = "olga-cadence@netzwerk.local"
    assert _events(first)[uid].dtstart.value == TODAY
    assert _events(second)[uid].dtstart.value == dt.date(2026, 5, 10)


def test_birthday_without_year_and_29_february(db):
    _add(db, "Leap", "D", birthday=Birthday(2, 29, 1992), uid="leap")
    _add(db, "Noyear", "A", birthday=Birthday(3, 1), uid="noyear", since=TODAY)
    text, _ = ics.agenda_ics(db, 365, dt.date(2027, 1, 10))
    events = _events(text)
    assert events["leap-birthday-2027@netzwerk.local"].dtstart.value == dt.date(2027, 2, 28)
    noyear = events["noyear-birthday-2027@netzwerk.local"]
    assert noyear.dtstart.value == dt.date(2027, 3, 1)
    assert noyear.summary.value == "Birthday: Noyear"


def test_text_is_escaped_and_folded():
    item = DueItem(1, "Müller, Anna; <b>x</b>\\" + "ä" * 60, "A", "cadence", TODAY, TODAY, 0)
    text = ics.build_calendar([item], {1: "u1"}, TODAY, language="de")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    ev = vobject.readOne(text).vevent
    assert ev.summary.value == "Melden bei: Müller, Anna; <b>x</b>\\" + "ä" * 60
    assert text.endswith("END:VCALENDAR\r\n")


def test_days_out_of_range(db):
    with pytest.raises(InvalidInput):
        ics.agenda_ics(db, -1, TODAY)


def test_unwritable_path(db, tmp_path):
    with pytest.raises(FileWriteError, match="cannot write"):
        ics.export_ics(db, tmp_path / "missing" / "x.ics", 5, TODAY)


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "agenda.ics"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", broken_replace)
    with pytest.raises(FileWriteError, match="the disk is full"):
        write_file_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.ics"]

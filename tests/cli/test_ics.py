"""`netzwerk ics FILE [--days N]`: writes an iCalendar file that parses back."""

from __future__ import annotations

import datetime as dt

import vobject

from netzwerk_app.cli import main
from netzwerk_app.core.contact_writes import add_contact
from netzwerk_app.core.database import open_database
from netzwerk_app.core.records import Birthday, ContactRecord


def _seed(data_dir):
    db = open_database(data_dir)
    add_contact(db, ContactRecord(given_name="Olga", tier="A"), today=dt.date(2026, 1, 1))
    add_contact(
        db,
        ContactRecord(given_name="Dora", tier="D", birthday=Birthday(2, 29)),
        today=dt.date(2026, 1, 1),
    )
    db.close()


def test_ics_command_writes_events(data_dir, tmp_path, capsys):
    _seed(data_dir)
    target = tmp_path / "out.ics"
    code = main(["ics", str(target), "--days", "60", "--date", "2027-02-01", "--lang", "de"])
    assert code == 0
    assert "2 event(s)" in capsys.readouterr().err
    cal = vobject.readOne(target.read_text("utf-8"))
    events = {ev.summary.value: ev.dtstart.value for ev in cal.vevent_list}
    assert events == {
        "Melden bei: Olga": dt.date(2027, 2, 1),  # overdue since 2026-01-01: on today
        "Geburtstag: Dora": dt.date(2027, 2, 28),  # 29 Feb in a common year
    }


def test_ics_command_default_days(data_dir, tmp_path):
    _seed(data_dir)
    target = tmp_path / "out.ics"
    assert main(["ics", str(target), "--date", "2027-01-15"]) == 0
    cal = vobject.readOne(target.read_text("utf-8"))
    assert [ev.summary.value for ev in cal.vevent_list] == ["Get in touch: Olga"]


def test_ics_command_rejects_bad_days(data_dir, tmp_path, capsys):
    _seed(data_dir)
    assert main(["ics", str(tmp_path / "x.ics"), "--days", "-3"]) == 2
    assert "days" in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()


def test_ics_into_a_missing_folder_exits_1_like_export(data_dir, tmp_path, capsys):
    _seed(data_dir)
    for command in ("ics", "export"):
        code = main([command, str(tmp_path / "missing" / "out.file")])
        err = capsys.readouterr().err
        assert code == 1, command
        assert err.count("\n") == 1 and "cannot write" in err and "Traceback" not in err

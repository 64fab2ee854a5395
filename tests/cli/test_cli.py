"""Every headless command end to end on a temp data folder, including the error exits."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

TODAY = dt.date(2026, 11, 26)  # the fixed day of the whole test run (tests/conftest.py)


def add(run, *args) -> int:
    code, out, err = run("add", *args)
    assert code == 0, err
    return int(out.strip())


def test_add_and_contacts_json(run):
    cid = add(
        run, "--given", "Hans", "--family", "Müller", "--org", "ACME", "--title", "CEO",
        "--email", "hans@acme.ch", "--phone", "079 123 45 67", "--birthday=--11-27",
        "--tier", "A", "--tag", "golf",
    )  # fmt: skip
    code, out, _ = run("contacts", "--json")
    assert code == 0
    [c] = json.loads(out)
    assert c["id"] == cid
    assert out.splitlines()[0] == "[" and len(out.splitlines()) == 3  # one contact to a line
    assert c["uid"]
    assert (c["display_name"], c["given_name"], c["family_name"]) == (
        "Hans Müller",
        "Hans",
        "Müller",
    )
    assert (c["organization"], c["title"], c["tier"]) == ("ACME", "CEO", "A")
    assert c["emails"] == ["hans@acme.ch"] and c["phones"] == ["+41791234567"]  # E.164
    assert c["birthday"] == "--11-27" and c["tags"] == ["golf"]
    assert c["has_photo"] is False and c["notes"] == ""
    assert c["last_touchpoint"] is None and c["next_due"] == TODAY.isoformat()


def test_contacts_filters(run):
    add(run, "--given", "Anna", "--family", "Åberg", "--tier", "B")
    add(run, "--given", "Bert", "--family", "Zorn")
    code, out, _ = run("contacts", "--json", "--tier", "none")
    assert [c["display_name"] for c in json.loads(out)] == ["Bert Zorn"]
    code, out, _ = run("contacts", "--json", "--tier", "b")
    assert [c["display_name"] for c in json.loads(out)] == ["Anna Åberg"]
    code, out, _ = run("contacts", "--json", "--search", "aberg")
    assert [c["display_name"] for c in json.loads(out)] == ["Anna Åberg"]
    _code, out, _ = run("contacts")
    assert "Anna Åberg" in out and "Bert Zorn" in out


def test_log_plan_tier_and_due(run):
    a = add(run, "--given", "Anna", "--family", "A", "--tier", "A")
    birthday = (TODAY + dt.timedelta(days=3)).replace(year=1980).isoformat()
    d = add(run, "--given", "Dora", "--family", "D", "--tier", "D", "--birthday", birthday)
    code, out, _ = run("due", "--json")
    assert [(i["contact_id"], i["reason"], i["overdue_days"]) for i in json.loads(out)] == [
        (a, "cadence", 0)
    ]
    code, out, _ = run("due", "--days", "7", "--json")
    items = json.loads(out)
    assert [(i["contact_id"], i["reason"]) for i in items] == [(a, "cadence"), (d, "birthday")]
    assert set(items[0]) >= {
        "contact_id",
        "display_name",
        "tier",
        "reason",
        "due_date",
        "overdue_days",
    }

    code, out, _ = run(
        "log", str(a), "--kind", "lunch", "--date", TODAY.isoformat(), "--note", "Zunft"
    )
    assert code == 0 and out.strip().isdigit()
    code, out, _ = run("due", "--json")
    assert json.loads(out) == []

    plan_day = TODAY + dt.timedelta(days=2)
    code, out, _ = run("plan", str(a), "--date", plan_day.isoformat(), "--kind", "call")
    assert code == 0
    code, out, _ = run("due", "--days", "2", "--json")
    assert ("planned", plan_day.isoformat()) in [
        (i["reason"], i["due_date"]) for i in json.loads(out)
    ]

    code, out, _ = run("tier", str(d), "none", "--reason", "lost touch")
    assert (code, out.strip()) == (0, "1 contact(s) changed")
    code, out, _ = run("contacts", "--json", "--tier", "none")
    assert [c["id"] for c in json.loads(out)] == [d]


def test_due_text_and_overdue(run):
    a = add(run, "--given", "Anna", "--family", "A", "--tier", "A")
    run("log", str(a), "--kind", "call", "--date", (TODAY - dt.timedelta(days=100)).isoformat())
    code, out, _ = run("due", "--json")
    [item] = json.loads(out)
    assert item["overdue_days"] > 30
    _code, out, _ = run("due")
    assert "overdue" in out and "Anna A" in out


def test_archive_and_delete(run):
    a = add(run, "--given", "Anna", "--family", "A")
    assert run("archive", str(a))[0] == 0
    assert json.loads(run("contacts", "--json")[1]) == []
    assert len(json.loads(run("contacts", "--json", "--archived")[1])) == 1
    assert run("delete", str(a))[0] == 0
    assert json.loads(run("contacts", "--json", "--archived")[1]) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["log", "999", "--kind", "call"], "no contact with id 999"),
        (["log", "1", "--kind", "dance"], "invalid choice"),
        (["log", "1", "--kind", "call", "--date", "2026-02-30"], "invalid date"),
        (["plan", "1", "--kind", "call", "--date", "tomorrow"], "invalid date"),
        (["tier", "1", "Q"], "unknown tier"),
        (["contacts", "--tier", "E"], "unknown tier"),
        (["add", "--given", "X", "--birthday", "1980-02-30"], "invalid birthday"),
        (["add", "--given", "X", "--tier", "Z"], "unknown tier"),
        (["add"], "needs a name"),
        (["due", "--days", "-1"], "must not be negative"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(run, args, message):
    add(run, "--given", "Someone")
    code, _out, err = run(*args)
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_unusable_database_exits_1(run, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "netzwerk.sqlite3").write_text("not a database")
    code, _, err = run("contacts")
    assert code == 1 and "not a Netzwerk database" in err


def test_version_imports_neither_the_core_nor_peewee():
    """`netzwerk --version` (the console script's entry) answers before the command line loads."""
    code = (
        "import sys; from netzwerk_app.__main__ import main; rc = main(['--version']); "
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('peewee', 'phonenumbers')"
        " or m.startswith(('netzwerk_app.core', 'netzwerk_app.cli'))]; "
        "assert not heavy, heavy; sys.exit(rc)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    full = subprocess.run(
        [sys.executable, "-c", "from netzwerk_app.cli import main; main(['--version'])"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.stdout == full.stdout and proc.stdout.startswith("netzwerk ")


def test_console_script_runs_headless_without_qt(data_dir):
    """The real entry point, in a fresh process; headless commands must not import PySide6."""
    code = (
        "import sys; from netzwerk_app.cli import main; rc = main(sys.argv[1:]); "
        "assert 'PySide6' not in sys.modules, 'Qt imported'; sys.exit(rc)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data_dir), "add", "--given", "Eve"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "netzwerk_app", "--data-dir", str(data_dir), "contacts", "--json"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0 and json.loads(proc.stdout)[0]["display_name"] == "Eve"


def test_dates_at_the_ends_of_the_calendar_are_no_traceback(run, tmp_path):
    cid = add(run, "--given", "Ende", "--tier", "A", "--birthday", "0001-01-01")
    assert run("log", str(cid), "--kind", "call", "--date", "9999-12-31")[0] == 0
    code, out, _ = run("contacts", "--json")
    assert code == 0 and json.loads(out)[0]["next_due"] == "9999-12-31"
    assert run("due", "--date", "9999-12-31")[0] == 0
    assert run("due", "--date", "0001-01-01", "--days", "5")[0] == 0
    code, _, err = run("due", "--days", "99999999999")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert run("ics", str(tmp_path / "end.ics"), "--date", "9999-12-31")[0] == 0


@pytest.mark.parametrize("command", ["log", "plan", "tier", "archive", "delete"])
def test_an_id_too_large_for_sqlite_is_bad_input(run, command):
    extra = {
        "log": ["--kind", "call"],
        "plan": ["--kind", "call", "--date", "2026-01-01"],
        "tier": ["A"],
    }.get(command, [])
    code, _, err = run(command, "99999999999999999999", *extra)
    assert code == 2
    assert err.strip() == "netzwerk: error: argument id: no contact with id 99999999999999999999"


def test_a_locked_database_is_one_line_and_exit_1(run, data_dir, monkeypatch):
    import sqlite3

    from netzwerk_app import cli
    from netzwerk_app.core.database import open_database

    def impatient_open(folder):
        db = open_database(folder)
        db.execute_sql("PRAGMA busy_timeout = 50")
        return db

    add(run, "--given", "Erste")
    monkeypatch.setattr(cli, "open_database", impatient_open)
    other = sqlite3.connect(data_dir / "netzwerk.sqlite3", timeout=0.05)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO tag(name) VALUES ('held')")
        code, out, err = run("add", "--given", "Zweite")
        assert code == 1 and out == ""
        assert err.strip().splitlines() == [
            "netzwerk: error: the database is busy (another program is writing to it); try again"
        ]
        code, _, err = run("import", str(_card_file(data_dir.parent, "Dritte")))
        assert code == 1 and "Traceback" not in err and "busy" in err
    finally:
        other.rollback()
        other.close()


def _card_file(folder, name):
    path = folder / f"{name}.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEND:VCARD\r\n")
    return path


def test_an_impossible_birthday_without_year_is_named_as_typed(run):
    code, _, err = run("add", "--given", "Feb", "--birthday=--02-30")
    assert code == 2
    assert err.strip() == "netzwerk: error: argument --birthday: invalid birthday: --2-30"


def test_an_id_given_twice_logs_one_touchpoint(run):
    cid = add(run, "--given", "Doppelt")
    code, out, _ = run("log", str(cid), str(cid), "--kind", "call")
    assert code == 0 and len(out.split()) == 1

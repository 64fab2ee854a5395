"""The read commands' light path: `contacts` (and `export`) import only their own command
module and read through a bare sqlite3 connection; what they print is what it was."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from netzwerk_app import cli

# run the command line in a fresh process, then name the heavy modules it imported
_PROBE = (
    "import sys; from netzwerk_app.__main__ import main; rc = main(sys.argv[1:]); "
    "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('peewee', 'phonenumbers', "
    "'vobject', 'playhouse') or m in ('netzwerk_app.core.models', 'netzwerk_app.cli_contacts', "
    "'netzwerk_app.cli_network', 'netzwerk_app.cli_sync')); "
    "sys.stderr.write('HEAVY=' + ','.join(heavy) + chr(10)); sys.exit(rc)"
)


def _heavy_imports(data_dir, *args: str) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    line = [x for x in proc.stderr.splitlines() if x.startswith("HEAVY=")][-1]
    return [m for m in line[len("HEAVY=") :].split(",") if m]


@pytest.mark.parametrize(
    "args",
    [("contacts",), ("contacts", "--json"), ("contacts", "--search", "Eve"),
     ("contacts", "--search", "079 123", "--json", "--tier", "A", "--archived")],
)  # fmt: skip
def test_listing_imports_neither_the_orm_nor_phonenumbers(run, data_dir, args):
    assert run("add", "--given", "Eve", "--phone", "079 123 45 67", "--tier", "A")[0] == 0
    assert _heavy_imports(data_dir, *args) == []


def test_the_command_table_names_each_commands_module():
    cli.load_commands()
    for name, module in cli.COMMAND_MODULES.items():
        assert cli.COMMANDS[name][1].__module__ == module
    assert set(cli.COMMAND_MODULES) == set(cli.COMMANDS)  # every command: its module alone
    assert {run.__module__ for _, run in cli.COMMANDS.values()} == set(cli.MODULES)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [(["contacts", "--json"], "contacts"), (["--data-dir", "x", "export", "f"], "export"),
     (["--data-dir=x", "contacts"], "contacts"), (["--data", "contacts", "due"], "due"),
     (["--minimized"], None), (["--", "contacts"], None), (["-h"], None), ([], None)],
)  # fmt: skip
def test_the_command_word_is_found_before_parsing(argv, expected):
    assert cli._command_asked_for(argv) == expected


def test_help_lists_every_command_in_module_order(capsys):
    assert cli.main(["--help"]) == 0
    words = [line.split()[0] for line in capsys.readouterr().out.splitlines()
             if line.startswith("    ") and not line.startswith("     ")]  # fmt: skip
    assert len(words) == len(cli.COMMANDS) == len(set(words))
    order = [words.index(name) for name in ("contacts", "due", "import", "export", "review")]
    assert order == sorted(order)


@pytest.mark.parametrize("count", [0, 1, 499, 500, 501, 1201])
def test_the_streamed_json_list_is_the_one_printed_whole(capsys, count):
    items = [
        {"id": i, "name": f"Nö{i}\n\x01\"", "tags": ["a", "b"], "x": None, "f": i / 3,
         "ok": i % 2 == 0, "nested": {"k": [1.5, "漢😀", {}]}}
        for i in range(count)
    ]  # fmt: skip
    cli._print_json_list(iter(items))
    streamed = capsys.readouterr().out
    encode = json.JSONEncoder(ensure_ascii=False).encode
    whole = "[\n" + ",\n".join(map(encode, items)) + "\n]\n" if items else "[]\n"
    assert streamed == whole and json.loads(streamed) == items


def test_contacts_json_lists_every_field(run):
    assert run("add", "--given", "Eve", "--family", "Ek", "--email", "e@example.com",
               "--tag", "x", "--note", "n\nm", "--tier", "B")[0] == 0  # fmt: skip
    code, out, _ = run("contacts", "--json")
    (item,) = json.loads(out)
    assert code == 0 and out.startswith("[\n{") and out.endswith("}\n]\n")
    assert item["emails"] == ["e@example.com"] and item["tags"] == ["x"]
    assert item["notes"] == "n\nm" and item["tier"] == "B" and item["next_due"] == "2026-11-26"


def test_listing_makes_the_daily_backup_of_an_existing_database_only(run, data_dir):
    backups = data_dir / "backups"
    assert run("contacts")[0] == 0  # the database is made now: nothing to back up
    assert not list(backups.glob("*-daily.sqlite3"))
    assert run("contacts", "--json")[0] == 0
    assert len(list(backups.glob("*-daily.sqlite3"))) == 1
    assert run("contacts")[0] == 0
    assert len(list(backups.glob("*-daily.sqlite3"))) == 1


def test_a_skipped_daily_backup_of_a_listing_is_one_warning_line(run, data_dir):
    assert run("contacts")[0] == 0
    code = (
        "import sys; from netzwerk_app.core import database as d\n"
        "def no_room(path):\n"
        "    d._warn('no daily backup of %s: not enough room on the disk', path)\n"
        "    return False\n"
        "d._room_for_a_copy = no_room\n"
        "from netzwerk_app.cli import main; sys.exit(main(sys.argv[1:]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data_dir), "contacts"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0
    assert proc.stderr.splitlines()[0].startswith("netzwerk: warning: no daily backup of ")


def test_export_imports_neither_the_orm_nor_the_vcard_reader(run, data_dir, tmp_path):
    assert run("add", "--given", "Eve", "--phone", "079 123 45 67", "--tier", "A")[0] == 0
    out = tmp_path / "o.vcf"
    code = (
        "import sys; from netzwerk_app.__main__ import main; rc = main(sys.argv[1:]); "
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('peewee', 'phonenumbers', "
        "'vobject', 'playhouse') or m.startswith('netzwerk_app.vcard') "
        "or m == 'netzwerk_app.core.models'); "
        "sys.stderr.write('HEAVY=' + ','.join(heavy) + chr(10)); sys.exit(rc)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data_dir), "export", str(out)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "HEAVY=\n" in proc.stderr
    assert out.read_bytes().startswith(b"BEGIN:VCARD\r\n")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [([], (None, [], False)), (["--minimized"], (None, [], True)),
     (["--data-dir", "D"], ("D", [], False)), (["--data-dir=D", "--minimized"], ("D", [], True)),
     (["a.vcf", "--data-dir", "D", "B.VCARD"], ("D", ["a.vcf", "B.VCARD"], False))],
)  # fmt: skip
def test_a_plain_start_of_the_window_is_told_apart_without_the_parser(argv, expected):
    assert cli._plain_window_start(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [["-h"], ["--help"], ["--version"], ["--self-test"], ["--data"], ["--min"], ["--data-dir"],
     ["contacts"], ["x.txt"], ["--", "a.vcf"], ["--bogus"], ["--data-dir", "D", "due"]],
)  # fmt: skip
def test_anything_else_goes_through_the_parser(argv):
    assert cli._plain_window_start(argv) is None


def test_the_window_starts_without_importing_the_commands(monkeypatch, tmp_path):
    """The command modules and the parser are no part of the window's start."""
    started = []
    monkeypatch.setattr(cli, "run_gui", lambda *a: started.append(a) or 0)
    monkeypatch.setattr(cli, "load_commands", lambda *a: pytest.fail("commands were loaded"))
    monkeypatch.setattr(cli, "build_parser", lambda *a: pytest.fail("the parser was built"))
    assert cli.main(["--data-dir", str(tmp_path), "x.vcf", "--minimized"]) == 0
    assert started == [(str(tmp_path.resolve()), ["x.vcf"], True)]

"""The plain values of `core.values`: the birthday behaves as the frozen, ordered record it was
(a dataclass until the quick commands stopped importing dataclasses), and the quick commands
import no dataclasses."""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys

import pytest

from netzwerk_app.core.records import Birthday as RecordsBirthday
from netzwerk_app.core.records import InvalidInput
from netzwerk_app.core.values import Birthday, parse_stored_birthday


def test_records_names_the_same_birthday():
    assert RecordsBirthday is Birthday


def test_equal_and_hashed_by_its_parts():
    assert Birthday(11, 27, 1980) == Birthday(11, 27, 1980)
    assert Birthday(11, 27) != Birthday(11, 27, 1980)
    assert Birthday(11, 27) != (11, 27, None)
    assert len({Birthday(11, 27), Birthday(11, 27), Birthday(3, 1)}) == 2
    assert Birthday(month=2, day=29) == Birthday(2, 29, None)


def test_ordered_by_month_day_then_year():
    days = [Birthday(12, 1, 1990), Birthday(1, 5, 2000), Birthday(1, 5, 1999), Birthday(1, 4, 2001)]
    assert sorted(days) == [
        Birthday(1, 4, 2001),
        Birthday(1, 5, 1999),
        Birthday(1, 5, 2000),
        Birthday(12, 1, 1990),
    ]
    assert Birthday(1, 1) <= Birthday(1, 1)
    assert Birthday(2, 1) > Birthday(1, 31)
    assert Birthday(2, 1) >= Birthday(1, 31)
    with pytest.raises(TypeError):
        _ = Birthday(1, 1) < (1, 2, None)


def test_immutable():
    day = Birthday(11, 27, 1980)
    with pytest.raises(AttributeError):
        day.year = 1981  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del day.month  # type: ignore[misc]
    assert day.year == 1980


def test_invalid_days_are_refused():
    for args in ((2, 30), (13, 1), (2, 29, 2001), (0, 1)):
        with pytest.raises(InvalidInput):
            Birthday(*args)
    assert Birthday(2, 29).isoformat() == "--02-29"  # a leap day without a year is fine


def test_repr_copy_and_pickle_keep_it():
    day = Birthday(11, 27, 1980)
    assert repr(day) == "Birthday(month=11, day=27, year=1980)"
    for clone in (copy.copy(day), copy.deepcopy(day), pickle.loads(pickle.dumps(day))):
        assert clone == day and type(clone) is Birthday
    assert pickle.loads(pickle.dumps(Birthday(3, 4))).year is None


def test_parse_and_stored():
    assert Birthday.parse(" 1980-11-27 ") == Birthday(11, 27, 1980)
    assert Birthday.parse("--1127") == Birthday(11, 27)
    assert str(Birthday(1, 2)) == "--01-02"
    assert parse_stored_birthday("--02-30") is None
    assert parse_stored_birthday("") is None


@pytest.mark.parametrize(
    "argv",
    [
        ["contacts", "--search", "Anna"],
        ["contacts", "--json"],
        ["contacts", "--tier", "none"],
    ],
)
def test_quick_commands_import_no_dataclasses(tmp_path, argv):
    """`dataclasses` imports `inspect`: 42 M of a search's 216 M instructions. (Contacts with a
    tier take the due engine, whose dataclasses are imported then.)"""
    data = tmp_path / "data"
    add = ["add", "--given", "Anna", "--family", "Beispiel"]
    added = subprocess.run(
        [sys.executable, "-m", "netzwerk_app", "--data-dir", str(data), *add],
        capture_output=True,
        text=True,
    )
    assert added.returncode == 0, added.stderr
    code = (
        "import sys\n"
        "sys.modules['dataclasses'] = None  # importing it fails from here on\n"
        "from netzwerk_app.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(data)!r}, *{argv!r}]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Anna Beispiel" in done.stdout

"""The one clock: a fixed day in one place, for a process or a block."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from netzwerk_app.core import clock


def test_tests_run_on_the_fixed_day(today):
    assert clock.today() == today == dt.date(2026, 11, 26)
    assert clock.now().date() == today


def test_fixed_block_restores_the_previous_day(today):
    with clock.fixed(dt.date(2028, 2, 29)):
        assert clock.today() == dt.date(2028, 2, 29)
        assert clock.now().date() == dt.date(2028, 2, 29)
    assert clock.today() == today


SYSTEM_DAY = dt.date(2031, 7, 4)  # what the operating system says, in these tests


def test_real_clock_when_nothing_is_fixed(monkeypatch):
    monkeypatch.delenv("NETZWERK_TODAY")
    monkeypatch.setattr(clock, "_system_today", lambda: SYSTEM_DAY)
    clock.set_today(None)
    assert clock.today() == SYSTEM_DAY


def test_environment_fixes_the_day_for_a_process(monkeypatch):
    monkeypatch.setenv("NETZWERK_TODAY", "2027-02-28")
    code = "from netzwerk_app.core import clock; print(clock.today())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "2027-02-28"


def test_a_broken_environment_value_falls_back_to_the_real_day(monkeypatch):
    monkeypatch.setenv("NETZWERK_TODAY", "tomorrow")
    monkeypatch.setattr(clock, "_system_today", lambda: SYSTEM_DAY)
    clock.set_today(None)
    assert clock.today() == SYSTEM_DAY

"""Shared fixtures: every test gets a fresh database in its own temp folder."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from netzwerk_app.core import clock

# The one day every test runs on, whatever the machine's clock says (see core/clock.py).
TODAY = dt.date(2026, 11, 26)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NETZWERK_REGION", "CH")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """No test ever touches the user's data: data and config folders are temp folders."""
    monkeypatch.setenv("NETZWERK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("NETZWERK_REGION", "CH")
    # "Start at login" writes into the config folder: a temp one, never the user's
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "appdata"))


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch):
    """Every test, and every process it starts, sees the same day: no result depends on the date."""
    monkeypatch.setenv("NETZWERK_TODAY", TODAY.isoformat())
    clock.set_today(TODAY)
    yield TODAY
    clock.set_today(None)


@pytest.fixture
def today() -> dt.date:
    """The fixed day of the test run."""
    return TODAY


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def db(data_dir):
    from netzwerk_app.core.database import open_database

    database = open_database(data_dir)
    yield database
    database.close()

"""Shared fixtures: every test gets a fresh database in its own temp folder."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NETZWERK_REGION", "CH")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """No test ever touches the user's data: the default data folder is a temp folder."""
    monkeypatch.setenv("NETZWERK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("NETZWERK_REGION", "CH")


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def db(data_dir):
    from netzwerk_app.core.database import open_database

    database = open_database(data_dir)
    yield database
    database.close()

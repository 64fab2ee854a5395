"""Fixtures for the command-line tests."""

from __future__ import annotations

import pytest

from netzwerk_app.cli import main


@pytest.fixture
def run(data_dir, capsys):
    """Run `netzwerk --data-dir <temp> ARGS...`; returns (exit code, stdout, stderr)."""

    def _run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run

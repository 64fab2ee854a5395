"""Fixtures of the vCard tests."""

from __future__ import annotations

import pytest

from netzwerk_app.vcard import parallel


@pytest.fixture
def two_part_reads(monkeypatch) -> list:
    """What each two-part read gave, in order (None: it could not be trusted, and the file was
    read again the plain way)."""
    seen: list = []
    original = parallel.TwoPartRead.finish

    def recording(self):
        seen.append(original(self))
        return seen[-1]

    monkeypatch.setattr(parallel.TwoPartRead, "finish", recording)
    return seen

"""Phone numbers: the default region from the locale, normalisation, search terms."""

from __future__ import annotations

import pytest

from netzwerk_app.core import phones


@pytest.fixture
def region_from(monkeypatch):
    def _region(**env: str) -> str:
        for name in ("NETZWERK_REGION", "LC_ALL", "LC_TELEPHONE", "LANG"):
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        phones.default_region.cache_clear()
        try:
            return phones.default_region()
        finally:
            phones.default_region.cache_clear()

    return _region


def test_region_from_the_locale_variables(region_from):
    assert region_from(LANG="de_CH.UTF-8") == "CH"
    assert region_from(LANG="de_DE@euro") == "DE"
    assert region_from(LC_ALL="fr_FR.UTF-8", LANG="de_CH.UTF-8") == "FR"
    assert region_from(LC_TELEPHONE="de_AT.UTF-8", LANG="C.UTF-8") == "AT"
    assert region_from(NETZWERK_REGION="it", LANG="de_CH.UTF-8") == "IT"


@pytest.mark.parametrize("lang", ["C.UTF-8", "C", "POSIX"])
def test_a_c_locale_has_no_region_and_falls_back(region_from, lang):
    """Python's getlocale() calls C.UTF-8 "en_US"; 079 … must not become an American number."""
    assert region_from(LANG=lang) == phones.FALLBACK_REGION

"""Phone numbers: the default region from the locale, normalisation, search terms."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from netzwerk_app.core import phones
from netzwerk_app.core.phones import normalize_phone


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


def _library_parse(text: str):
    """What phonenumbers itself makes of a number (None: not a possible number)."""
    try:
        number = phonenumbers.parse(text, "CH")
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


def test_the_quick_international_parse_agrees_with_phonenumbers():
    """Every international form the quick path takes gives phonenumbers' own number."""
    rng = random.Random(7)
    codes = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    samples = [
        "+41 79 123 45 67",
        "+41 079 123 45 67",  # the national prefix after the country code
        "+39 06 1234 5678",  # Italy's leading zero
        "+54 9 11 1234 5678",  # Argentina's prefix rules
        "+1-555-411-0794",
        "+44 20.7946.0958",
        "+49 30/4816269",
        "+7 495 123 45 67",
        "+999 1234",
    ]
    for _ in range(20000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 15)))
        seps = [rng.choice(" -./") if rng.random() < 0.2 else "" for _ in digits]
        body = "".join(d + s for d, s in zip(digits, seps, strict=True))
        samples.append(f"+{rng.choice(codes)}{rng.choice(['', ' '])}{body}")
    quick_count = 0
    for text in samples:
        if not phones._INTERNATIONAL.fullmatch(text):
            continue
        quick = phones._parse_international(text)
        if quick is phones._UNDECIDED:
            continue
        quick_count += 1
        expected = _library_parse(text)
        assert (quick is None) == (expected is None), text
        if quick is None:
            continue
        assert quick.country_code == expected.country_code, text
        assert quick.national_number == expected.national_number, text
        assert bool(quick.italian_leading_zero) == bool(expected.italian_leading_zero), text
    assert quick_count > 5000  # the quick path is really taken
    assert phones._parse_international("+41 079 123 45 67") is phones._UNDECIDED
    assert phones._parse_international("+54 9 11 1234 5678") is phones._UNDECIDED
    assert phones._parse_international("+33 1 3022708") is None  # one digit short for France
    assert normalize_phone("+41 079 123 45 67") == "+41791234567"

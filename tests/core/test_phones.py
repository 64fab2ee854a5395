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


def _example_numbers() -> list[phonenumbers.PhoneNumber]:
    """Every region's example number of every type, and of the non-geographic codes."""
    found = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in range(phonenumbers.PhoneNumberType.UNKNOWN):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                found.append(number)
    for code in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        number = phonenumbers.example_number_for_non_geo_entity(code)
        if number is not None:
            found.append(number)
    return found


def _numbers_in_files() -> list[str]:
    """The TEL values of the test data's vCard files."""
    import re
    from pathlib import Path

    data = Path(__file__).parents[1] / "data" / "vcards"
    values = []
    for path in sorted(data.glob("*.vcf")):
        text = path.read_bytes().decode("utf-8", "replace")
        values += re.findall(r"(?im)^TEL[^:\r\n]*:([^\r\n]+)", text)
    return values


def test_the_quick_national_digits_agree_with_phonenumbers():
    """`_national_digits` formats as format_number(NATIONAL) does: every region's example
    numbers, numbers of the test files read with several regions, and random numbers (and
    their neighbours in length) of every country code."""
    rng = random.Random(11)
    numbers = _example_numbers()
    assert len(numbers) > 1300
    for number in list(numbers):  # the example numbers one digit longer and shorter
        digits = str(number.national_number)
        for other in (digits + str(rng.randrange(10)), digits[:-1]):
            if other and other[0] != "0":
                numbers.append(phonenumbers.PhoneNumber(number.country_code, int(other)))
    for value in _numbers_in_files():
        for region in ("CH", "DE", "US", "GB", "JP", "IT", "RU"):
            parsed = phones._parse(value, region)
            if parsed is not None:
                numbers.append(parsed)
    for code in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE):
        for _ in range(40):
            digits = str(rng.randint(1, 9)) + "".join(
                rng.choice("0123456789") for _ in range(rng.randint(1, 13))
            )
            numbers.append(phonenumbers.PhoneNumber(country_code=code, national_number=int(digits)))
    formatted = 0
    for number in numbers:
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        expected = phones._slow_national_digits(number, e164)
        assert phones._national_digits(number, e164) == expected, (number, e164)
        formatted += expected != str(number.national_number)
    assert formatted > 1000  # rules with a national prefix or reordering really were met


def test_the_quick_e164_form_agrees_with_phonenumbers():
    values = [*_numbers_in_files(), "+41 79 123 45 67", "079 123 45 67", "+39 06 1234 5678"]
    values += [
        phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        for n in _example_numbers()
    ]
    checked = 0
    for value in values:
        for region in ("CH", "IT", "US"):
            parsed = phones._parse(value, region)
            if parsed is None:
                continue
            checked += 1
            expected = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            assert phones._normalize(value, region) == expected, (value, region)
    assert checked > 1500

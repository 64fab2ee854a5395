"""Phone number normalisation (E.164) with a default region taken from the user's locale."""

from __future__ import annotations

import contextlib
import locale
import os
import re
from functools import lru_cache
from typing import cast

import phonenumbers
from phonenumbers import (
    COUNTRY_CODE_TO_REGION_CODE,
    SUPPORTED_REGIONS,
    PhoneMetadata,
    region_code_for_country_code,
)

FALLBACK_REGION = "CH"
_NON_DIGITS = re.compile(r"\D+")


@lru_cache(maxsize=1)
def default_region() -> str:
    """The region for numbers without a country code.

    ``NETZWERK_REGION`` if set, else the region of the locale (e.g. "de_CH" -> "CH"), else CH.
    """
    explicit = os.environ.get("NETZWERK_REGION", "").strip().upper()
    if len(explicit) == 2 and explicit.isalpha():
        return explicit
    # The first locale variable set decides (POSIX order). Python's getlocale() is asked only
    # when none is: it turns "C.UTF-8" into "en_US", which would make 079 … an American number.
    candidates = [v for v in map(os.environ.get, ("LC_ALL", "LC_TELEPHONE", "LANG")) if v]
    if not candidates:
        with contextlib.suppress(ValueError, locale.Error):
            if locale.setlocale(locale.LC_CTYPE).split(".")[0] not in ("C", "POSIX"):
                candidates.append(locale.getlocale()[0] or "")
    for value in candidates[:1]:
        _, _, region = value.split(".")[0].split("@")[0].partition("_")
        if len(region) == 2 and region.isalpha() and region.upper() in SUPPORTED_REGIONS:
            return region.upper()
    return FALLBACK_REGION


def normalize_phone(value: str, region: str | None = None) -> str | None:
    """The number in E.164 ("+41791234567"), or None when it cannot be understood.

    "+41 79 123 45 67" and "079 123 45 67" (region CH) both give "+41791234567".
    Remembered per (value, region): an import's preview, the import and the search index
    parse each number once.
    """
    return _normalize(value, region or default_region())


# "+41 79 123 45 67", "+1-555-411-0794": a country code and digits with plain separators.
_INTERNATIONAL = re.compile(r"\+[1-9][0-9 ./-]{1,30}")


_UNDECIDED = object()


def _parse_international(text: str) -> phonenumbers.PhoneNumber | object | None:
    """The number of an international form that needs no national rules, without `parse`.

    Exactly what `_parse` gets from ``phonenumbers.parse`` for such a form (tested against it),
    at a third of its cost: the country code is the first of its 1 to 3 digits that is one, the
    rest is the national number; None when that is not a possible number. `_UNDECIDED` when the
    national part begins with 0 or the country's national prefix, or the country strips
    prefixes by a pattern: then the caller asks `phonenumbers.parse`.
    """
    digits = _NON_DIGITS.sub("", text)
    for size in (1, 2, 3):
        code = int(digits[:size])
        if code in COUNTRY_CODE_TO_REGION_CODE:
            break
    else:
        return _UNDECIDED
    national = digits[size:]
    if not 2 <= len(national) <= 17 or national[0] == "0":
        return _UNDECIDED
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(
        code, region_code_for_country_code(code)
    )
    if metadata is None:
        return _UNDECIDED
    prefix = metadata.national_prefix_for_parsing
    if prefix is not None and (not prefix.isdigit() or national.startswith(prefix)):
        return _UNDECIDED
    number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
    if not phonenumbers.is_possible_number(number):
        return None
    return number


@lru_cache(maxsize=131072)
def _parse(value: str, region: str) -> phonenumbers.PhoneNumber | None:
    """The parsed number, or None when it cannot be understood (parsed once per value)."""
    text = value.strip()
    if text.lower().startswith("tel:"):
        text = text[4:].split(";", 1)[0]
    if not text:
        return None
    if _INTERNATIONAL.fullmatch(text):
        quick = _parse_international(text)
        if quick is not _UNDECIDED:
            return cast("phonenumbers.PhoneNumber | None", quick)
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return parsed


@lru_cache(maxsize=131072)
def _normalize(value: str, region: str) -> str | None:
    parsed = _parse(value, region)
    if parsed is None:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _national_digits(parsed: phonenumbers.PhoneNumber, e164: str) -> str | None:
    """The national form's digits of the number as its E.164 form reads (no extension).

    Numbers with leading zeros in the national part are parsed again from `e164` (reading it
    back can count the zeros differently); all others reuse the parse.
    """
    if parsed.italian_leading_zero:
        try:
            parsed = phonenumbers.parse(e164)
        except phonenumbers.NumberParseException:
            return None
    else:
        parsed = phonenumbers.PhoneNumber(
            country_code=parsed.country_code, national_number=parsed.national_number
        )
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return _NON_DIGITS.sub("", national)


def phone_search_terms(value: str, region: str | None = None) -> list[str]:
    """Digit strings under which a phone number should be found (raw, E.164, national)."""
    return list(_search_terms(value, region or default_region()))


@lru_cache(maxsize=65536)
def _search_terms(value: str, region: str) -> tuple[str, ...]:
    terms = {_NON_DIGITS.sub("", value)}
    e164 = _normalize(value, region)
    if e164:
        terms.add(e164.lstrip("+"))
        terms.add("00" + e164.lstrip("+"))  # "0041 79 …", as numbers are dialled abroad
        parsed = _parse(value, region)  # the number parsed once, shared with normalize_phone
        if parsed is not None and (national := _national_digits(parsed, e164)):
            terms.add(national)
    return tuple(sorted(t for t in terms if t))

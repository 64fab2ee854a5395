"""Phone number normalisation (E.164) with a default region taken from the user's locale."""

from __future__ import annotations

import contextlib
import locale
import os
import re
from functools import cache, lru_cache
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
    prefix = _parsing_prefix(code)
    if prefix is None or (prefix and national.startswith(prefix)):
        return _UNDECIDED
    number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
    if not _possible(code, len(national), number):
        return None
    return number


@cache
def _parsing_prefix(code: int) -> str | None:
    """The national prefix that parsing strips after country code ``code`` ("" for none); None
    where there is no metadata or it is stripped by a pattern."""
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(
        code, region_code_for_country_code(code)
    )
    if metadata is None:
        return None
    prefix = metadata.national_prefix_for_parsing
    if prefix is None:
        return ""
    return prefix if prefix.isdigit() else None


_POSSIBLE: dict[tuple[int, int], bool] = {}


def _possible(code: int, length: int, number: phonenumbers.PhoneNumber) -> bool:
    """``is_possible_number(number)`` of a number of country code ``code`` whose national
    number has ``length`` digits, none a leading zero: that depends on these two alone (its
    length is compared with the country's possible lengths), so it is asked once for each."""
    known = _POSSIBLE.get((code, length))
    if known is None:
        known = _POSSIBLE[code, length] = phonenumbers.is_possible_number(number)
    return known


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
    if parsed.national_number and not parsed.italian_leading_zero:
        # what format_number(E164) gives such a number: "+", the country code, the digits
        return f"+{parsed.country_code}{parsed.national_number}"
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# A national format's rule: the pattern that the start of the national number must match
# (None: any), the pattern it must match whole, and the replacement that writes it (the first
# group with the national prefix, where the country writes one).
_NationalRule = tuple["re.Pattern[str] | None", "re.Pattern[str]", str]
# The first group in a format ("\\1"), as phonenumbers finds it to put the national prefix in.
_FIRST_GROUP = re.compile(r"(\\\d)")


@cache
def _national_rules(code: int) -> tuple[_NationalRule, ...] | None:
    """The rules of the national format of country code ``code``, compiled once, in the order
    phonenumbers tries them; None where it has none (the slow path decides)."""
    if code not in COUNTRY_CODE_TO_REGION_CODE:
        return None
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(
        code, region_code_for_country_code(code).upper()
    )
    if metadata is None:
        return None
    rules = []
    for form in metadata.number_format:
        lead, pattern, replacement = form.leading_digits_pattern, form.pattern, form.format
        if pattern is None or replacement is None:
            return None
        if form.national_prefix_formatting_rule:
            replacement = _FIRST_GROUP.sub(
                form.national_prefix_formatting_rule, replacement, count=1
            )
        start = re.compile(lead[-1]) if lead else None
        rules.append((start, re.compile(pattern), replacement))
    return tuple(rules)


def _national_digits(parsed: phonenumbers.PhoneNumber, e164: str) -> str | None:
    """The national form's digits of the number as its E.164 form reads (no extension).

    Numbers with leading zeros in the national part are parsed again from `e164` (reading it
    back can count the zeros differently) and formatted by phonenumbers. All others reuse the
    parse and are formatted here as ``format_number(NATIONAL)`` formats them (tested against
    it): the first of the country's national rules whose leading digits and pattern the
    national number matches writes it, else it is written as it is; at a third of its cost.
    """
    if not parsed.italian_leading_zero and parsed.national_number is not None:
        rules = _national_rules(parsed.country_code)
        if rules is not None:
            national = str(parsed.national_number)
            for lead, pattern, replacement in rules:
                if (lead is None or lead.match(national)) and pattern.fullmatch(national):
                    return _NON_DIGITS.sub("", pattern.sub(replacement, national))
            return national
    return _slow_national_digits(parsed, e164)


def _slow_national_digits(parsed: phonenumbers.PhoneNumber, e164: str) -> str | None:
    """`_national_digits` by phonenumbers' own ``format_number(NATIONAL)``."""
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

"""What property values mean: labels (TYPE, Apple labels), PREF, birthdays and photos."""

from __future__ import annotations

import binascii
import functools
import re

from netzwerk_app.core.records import Birthday, InvalidInput

PHOTO_LIMIT = 5 * 1024 * 1024  # bytes of decoded photo data; larger photos are dropped


def value_limit() -> int:
    """Bytes of one property value above which it is dropped while reading, never held.

    A photo of `PHOTO_LIMIT` bytes is about 4/3 of that in base64 (plus folding).
    """
    return PHOTO_LIMIT * 3 // 2


_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")

_TYPE_LABELS = {
    "CELL": "mobile",
    "MOBILE": "mobile",
    "X-MOBIL": "mobile",
    "IPHONE": "iphone",
    "HOME": "home",
    "WORK": "work",
    "FAX": "fax",
    "PAGER": "pager",
    "MAIN": "main",
    "OTHER": "other",
    "CAR": "car",
    "VIDEO": "video",
    "TEXT": "text",
    "MODEM": "modem",
    "ISDN": "isdn",
    "BBS": "bbs",
    "MSG": "msg",
}
_IGNORED_TYPES = {
    "PREF",
    "VOICE",
    "INTERNET",
    "X400",
    "POSTAL",
    "PARCEL",
    "DOM",
    "INTL",
    "JPEG",
    "PNG",
    "GIF",
    "X509",
    "URI",
    "VCARD",
}


def apple_label(text: str) -> str:
    """``_$!<Mobile>!$_`` -> ``mobile``; any other label is kept as written."""
    text = text.strip()
    if m := _APPLE_LABEL.match(text):
        return m[1].strip().lower()
    return text


def label_from_types(types: list[str]) -> str:
    return _label_of(tuple(types))


@functools.lru_cache(maxsize=1024)
def _label_of(types: tuple[str, ...]) -> str:
    words: list[str] = []
    for t in types:
        key = t.strip().upper()
        if not key or key in _IGNORED_TYPES:
            continue
        word = _TYPE_LABELS.get(key)
        if word is None:
            word = key.lower()
            if word.startswith("x-"):
                word = word[2:]
        if word and word not in words:
            words.append(word)
    return " ".join(words)


def is_pref(params: dict[str, list[str]]) -> bool:
    if "PREF" in params:
        return True
    types = params.get("TYPE")
    return _names_pref(tuple(types)) if types else False


@functools.lru_cache(maxsize=1024)
def _names_pref(types: tuple[str, ...]) -> bool:
    return any(t.strip().upper() == "PREF" for t in types)


_ISO_RE = re.compile(r"^(\d{4})(?:(\d{2})(\d{2})|-(\d{1,2})-(\d{1,2})|/(\d{1,2})/(\d{1,2}))$")
_NOYEAR_RE = re.compile(r"^--(\d{2})-?(\d{2})$")
# 5/26/1981 (US: Outlook, Nextcloud) or 26/5/1981; 26.5.1981 (German, Swiss …).
_NUMERIC_RE = re.compile(r"^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$")
# A time after the date: "T000000Z", "T00:00:00+02:00", " 12:00:00 AM", " 0:00".
_TIME_RE = re.compile(
    r"(?:T|[ ]+)\d{1,2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?"
    r"(?:[ ]*[AaPp][Mm])?(?:Z|[+-]\d{2}(?::?\d{2})?)?$"
)
_DOT_SPACE_RE = re.compile(r"(?<=\d)\.[ ]+(?=\d)")
_ORDER = {
    "/": "month first, as the US writes dates with slashes",
    ".": "day first, as dates with dots are written",
}


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        Birthday(month, day, year)
    except InvalidInput:
        return False
    return True


def read_birthday(text: str, params: dict[str, list[str]] | None = None) -> tuple[Birthday, str]:
    """Parse every BDAY form seen in real files into the birthday and a note.

    The note is "" or says that the text was ambiguous and how it was read. Raises
    InvalidInput when the text is no date.

    ISO 8601 (``1981-05-26``, ``19810526``, with or without a time or zone), without a year
    (``--0526``, ``--05-26``), and as programs write them: ``5/26/1981`` (month first, the US
    order of Outlook and Nextcloud) and ``26.5.1981`` (day first), each with or without a time.
    When both orders give a date (``5/6/1981``), the separator's convention decides and the note
    says so.
    """
    params = params or {}
    value = text.strip()
    if value.lower().startswith("value=date:"):
        value = value[len("value=date:") :]
    if not _ISO_RE.match(value):
        value = _DOT_SPACE_RE.sub(".", value)  # "26. 5. 1981"
        value = _TIME_RE.sub("", value) if not value.startswith("T") else value
    note = ""
    year: int | None
    if m := _ISO_RE.match(value):
        digits = [g for g in m.groups()[1:] if g is not None]
        year, month, day = int(m[1]), int(digits[0]), int(digits[1])
    elif m := _NOYEAR_RE.match(value):
        year, month, day = None, int(m[1]), int(m[2])
    elif m := _NUMERIC_RE.match(value):
        first, sep, second, year = int(m[1]), m[2], int(m[3]), int(m[4])
        usual = (first, second) if sep == "/" else (second, first)  # (month, day)
        other = (usual[1], usual[0])
        if _valid(year, *usual):
            month, day = usual
            if usual != other and _valid(year, *other):
                read = Birthday(month, day, year).isoformat()
                note = f"birthday {text.strip()!r} is ambiguous; read as {read} ({_ORDER[sep]})"
        else:
            month, day = other
    else:
        raise InvalidInput(f"invalid birthday {text!r}")
    omit = (params.get("X-APPLE-OMIT-YEAR") or [""])[0]
    if year is not None and (year in (0, 1604) or (omit.isdigit() and int(omit) == year)):
        year = None
    return Birthday(month, day, year), note


def parse_birthday(text: str, params: dict[str, list[str]] | None = None) -> Birthday:
    """Parse every BDAY form seen in real files (see `read_birthday`); raise InvalidInput."""
    return read_birthday(text, params)[0]


B64_CLEAN = re.compile(rb"[\s]+")
B64_VALID = re.compile(rb"^[A-Za-z0-9+/_-]*={0,2}$")


_B64_SPACE = b" \t\r\n\x0b\x0c"
_B64_URLSAFE = bytes.maketrans(b"-_", b"+/")


def decode_base64(data: bytes) -> bytes | None:
    """Base64 (standard or URL-safe, with or without padding and white space), or None."""
    data = data.translate(None, _B64_SPACE)
    if not data:
        return None
    if b"-" in data or b"_" in data:
        data = data.translate(_B64_URLSAFE)
    data = data.rstrip(b"=")
    if len(data) % 4 == 1:
        return None
    data += b"=" * (-len(data) % 4)
    try:
        return binascii.a2b_base64(data, strict_mode=True)
    except (binascii.Error, ValueError):
        return None

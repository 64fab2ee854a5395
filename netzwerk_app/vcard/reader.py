"""Read vCard bytes (2.1, 3.0, 4.0, as real phones and programs write them) into ContactRecords.

The reader works on bytes: it strips BOMs, transcodes UTF-16/32, splits the file into cards
itself and parses every card on its own, so that one broken card is reported (with its card
number and line) and skipped while every good card is still read. Values are unfolded as bytes,
quoted-printable is decoded, and each value is decoded with its own CHARSET (or a guessed legacy
code page) before vCard escapes are resolved. Nothing here raises on bad input: problems are
returned as `Problem`s. This module reads one card's properties into a ContactRecord; the
steps before live in `cards` (bytes into cards), `lines` (content lines, decoding text) and
`values` (labels, PREF, birthdays, photos).

Costs stay linear in the input and memory bounded by the largest card: cards are split in one
pass (a card without END:VCARD ends where the next one begins, and is read with a warning), a
value larger than the photo limit allows is skipped while reading, never held or decoded, and
a memory-mapped file is never copied whole. Single-line values lose the invisible characters
that could trick the eye (see `netzwerk_app.core.invisible`), with a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from netzwerk_app.core.invisible import remove_deceptive
from netzwerk_app.core.records import (
    AddressRecord,
    ContactMethodRecord,
    ContactRecord,
    InvalidInput,
    validate_tier,
)
from netzwerk_app.core.vcard_writing import (  # written, read back: one definition
    APP_PROPERTIES,
    TIER_PROPERTY,
    detect_image_type,
)
from netzwerk_app.vcard import values
from netzwerk_app.vcard.cards import RawCard, normalise_bytes, prepare, split_cards
from netzwerk_app.vcard.lines import (
    Prop,
    decode_text,
    decode_value,
    parse_prop,
    split_unescaped,
    unescape,
    unfold,
)
from netzwerk_app.vcard.problems import Problem
from netzwerk_app.vcard.values import (
    B64_CLEAN,
    B64_VALID,
    PHOTO_LIMIT,
    apple_label,
    decode_base64,
    is_pref,
    label_from_types,
    parse_birthday,
    read_birthday,
    value_limit,
)

__all__ = [
    "APP_PROPERTIES",
    "NOT_A_VCARD",
    "PHOTO_LIMIT",
    "TIER_PROPERTY",
    "CancelCheck",
    "CardOutcome",
    "Problem",
    "ProgressCallback",
    "ReadResult",
    "apple_label",
    "detect_image_type",
    "iter_cards",
    "normalise_bytes",
    "parse_birthday",
    "read_birthday",
    "read_vcards",
    "split_unescaped",
    "unescape",
]

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass
class CardOutcome:
    """The result of reading one card: a record, or None when the card was skipped."""

    number: int
    line: int
    record: ContactRecord | None
    problems: list[Problem] = field(default_factory=list)
    offset: int = 0  # bytes of the (normalised) file read so far
    size: int = 0  # bytes of the (normalised) file


@dataclass
class ReadResult:
    """All records read from one file, with the problems met on the way."""

    records: list[ContactRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    cards: int = 0  # cards found in the file (read or skipped)
    cancelled: bool = False
    # (card number, line of its BEGIN) of each record, in the order of `records`
    positions: list[tuple[int, int]] = field(default_factory=list)
    # beside `records`, what the import needs from each alone (`core.import_prepared`), when a
    # helper that read them made it (`parallel`); else None
    prepared: list[Any] | None = field(default=None, compare=False, repr=False)

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error" and p.card)

    @property
    def readable(self) -> bool:
        """True when the file was a vCard file at all (even if some cards were skipped)."""
        return self.cards > 0


NOT_A_VCARD = "not a vCard file (no BEGIN:VCARD ... END:VCARD found)"


class _CardError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.3g} MB"


_SKIP = {"BEGIN", "END", "VERSION", "PRODID"}
_METHOD_KINDS = {"EMAIL": "email", "TEL": "phone", "URL": "url"}
# Text properties of which a record holds one: the first is mapped, any further one kept raw.
_FIRST_ONLY = {"TITLE": "title", "UID": "uid"}
# The properties `_CardReader._map` maps: methods, and the rest (any other is kept raw).
_METHOD_NAMES = frozenset({*_METHOD_KINDS, "X-SOCIALPROFILE", "IMPP"})
_MAPPED = frozenset({
    "N", "FN", "NICKNAME", "ORG", *_FIRST_ONLY, "NOTE", "CATEGORIES", TIER_PROPERTY,
    *APP_PROPERTIES, "BDAY", "ADR", "PHOTO",
})  # fmt: skip


def _raw_line(prop: Prop, raw: bytearray) -> str:
    """One unmapped property as a text line fit to be written back."""
    encoding = (prop.params.get("ENCODING") or [""])[0].upper()
    if encoding == "QUOTED-PRINTABLE" or "CHARSET" in prop.params:
        text, _ = decode_value(prop)
        text = text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
        params = [
            f"{k}={','.join(v)}"
            for k, v in prop.params.items()
            if k not in ("ENCODING", "CHARSET") and v
        ]
        name = f"{prop.group}.{prop.name}" if prop.group else prop.name
        return ";".join([name, *params]) + ":" + text
    text, _ = decode_text(bytes(raw), None)
    if "\r" in text or "\n" in text:  # a bare CR inside a value (Thunderbird): keep it escaped
        text = text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")
    return text


# Properties whose values are multi-line text: they keep invisible characters as written.
_MULTI_LINE = {"NOTE", "X-NETZWERK-THEY-OFFER", "X-NETZWERK-I-OFFER"}
# C0 controls other than tab and newline, and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class _CardReader:
    def __init__(self, number: int, problems: list[Problem]) -> None:
        self.number = number
        self.problems = problems

    def warn(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.number, line, message, "warning"))

    def read(self, card: RawCard) -> ContactRecord | None:
        logical = unfold(card.lines, self.problems, self.number)
        props: list[tuple[Prop, bytearray]] = []
        for lineno, text, _qp in logical:
            prop = parse_prop(lineno, text)
            if prop is None:
                self.warn(lineno, "property without ':' ignored")
                continue
            if lineno in card.oversized:
                limit = values.PHOTO_LIMIT if prop.name == "PHOTO" else value_limit()
                what = "PHOTO" if prop.name == "PHOTO" else f"{prop.name}: value"
                self.warn(lineno, f"{what} larger than {_megabytes(limit)} dropped")
                continue
            props.append((prop, text))
        if card.dropped_from:
            self.warn(
                card.dropped_from,
                f"card larger than {_megabytes(4 * value_limit())}: the rest of it is dropped",
            )
        labels: dict[str, str] = {}
        for prop, _raw in props:
            if prop.group and prop.name == "X-ABLABEL":
                labels[prop.group.upper()] = apple_label(unescape(self._text(prop)))
        rec = ContactRecord()
        raw_props: list[tuple[Prop, str]] = []
        mapped_groups: set[str] = set()
        raw_groups: set[str] = set()
        fn = ""
        for prop, raw in props:
            name = prop.name
            if name in _SKIP or (prop.group and name == "X-ABLABEL"):
                continue
            if self._map(rec, prop, labels):
                if prop.group:
                    mapped_groups.add(prop.group.upper())
                if name == "FN":
                    fn = rec.display_name
                continue
            raw_props.append((prop, _raw_line(prop, raw)))
            if prop.group:
                raw_groups.add(prop.group.upper())
        if raw_groups:  # the labels of properties kept raw are kept with them, in line order
            for prop, raw in props:
                if prop.group and prop.name == "X-ABLABEL" and prop.group.upper() in raw_groups:
                    raw_props.append((prop, _raw_line(prop, raw)))
            raw_props.sort(key=lambda item: item[0].line)
        rec.raw_properties = [line for _p, line in raw_props]
        rec.display_name = fn.strip() or rec.computed_display_name()
        if not rec.display_name:
            raise _CardError(card.line, "card has no name, organization, email or phone")
        return rec

    def _text(self, prop: Prop) -> str:
        text, warning = decode_value(prop)
        if warning:
            self.warn(prop.line, f"{prop.name}: {warning}")
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if _CONTROL.search(text):  # NUL, ESC, BEL …: noise (or a terminal trick), never text
            self.warn(prop.line, f"{prop.name}: control characters removed")
            text = _CONTROL.sub("", text)
        if not text.isascii() and prop.name not in _MULTI_LINE:
            # bidi overrides, zero-width spaces …: a name must look like what it is
            text, removed = remove_deceptive(text)
            if removed:
                self.warn(
                    prop.line, f"{prop.name}: invisible characters removed ({', '.join(removed)})"
                )
        return text

    def _map(self, rec: ContactRecord, prop: Prop, labels: dict[str, str]) -> bool:
        name = prop.name
        if name in _METHOD_NAMES:  # the most frequent, asked first (no test below takes them)
            return self._map_method(rec, prop, labels)
        if name not in _MAPPED:
            return False
        if name == "N":
            parts = [unescape(p).strip() for p in split_unescaped(self._text(prop), ";")]
            parts += [""] * (5 - len(parts))
            family, given, additional, prefix, suffix = parts[:5]
            rec.family_name, rec.given_name, rec.additional_names = family, given, additional
            rec.prefix, rec.suffix = prefix, suffix
            return True
        if name == "FN":
            rec.display_name = unescape(self._text(prop)).strip()
            return True
        if name == "NICKNAME":
            text = unescape(self._text(prop)).strip()
            if rec.nickname and text:
                return False
            rec.nickname = text
            return True
        if name == "ORG":
            if rec.organization:
                return False
            parts = [unescape(p).strip() for p in split_unescaped(self._text(prop), ";")]
            rec.organization = parts[0]
            rec.department = "; ".join(p for p in parts[1:] if p)
            return True
        if name in _FIRST_ONLY:
            attr = _FIRST_ONLY[name]
            if getattr(rec, attr):
                return False
            setattr(rec, attr, unescape(self._text(prop)).strip())
            return True
        if name == "NOTE":
            text = unescape(self._text(prop)).strip()
            if text:
                rec.notes = f"{rec.notes}\n\n{text}" if rec.notes else text
            return True
        if name == "CATEGORIES":
            for part in split_unescaped(self._text(prop), ","):
                tag = unescape(part).strip()
                if tag and tag not in rec.tags:
                    rec.tags.append(tag)
            return True
        if name == TIER_PROPERTY:
            try:
                rec.tier = validate_tier(unescape(self._text(prop)))
            except InvalidInput as exc:
                self.warn(prop.line, str(exc))
            return True
        if name in APP_PROPERTIES:
            attr = APP_PROPERTIES[name]
            text = unescape(self._text(prop)).strip()
            if attr == "met_on":
                try:
                    rec.met_on = dt.date.fromisoformat(text)
                except ValueError:
                    self.warn(prop.line, f"{name}: {text!r} is no date; ignored")
            else:
                setattr(rec, attr, text)
            return True
        if name == "BDAY":
            if rec.birthday is not None:
                return False
            text = unescape(self._text(prop)).strip()
            if not text:
                return True
            try:
                # also VALUE=text: Nextcloud writes BDAY;VALUE=text:5/26/1981
                rec.birthday, note = read_birthday(text, prop.params)
                if note:
                    self.warn(prop.line, note)
            except InvalidInput:
                self.warn(prop.line, f"birthday {text!r} is no valid date; kept in the notes")
                note = f"Birthday: {text}"
                rec.notes = f"{rec.notes}\n\n{note}" if rec.notes else note
            return True
        if name == "ADR":
            parts = [unescape(p).strip() for p in split_unescaped(self._text(prop), ";")]
            parts += [""] * (7 - len(parts))
            label = labels.get(prop.group.upper(), "") if prop.group else ""
            adr = AddressRecord(
                label=label or label_from_types(prop.params.get("TYPE", [])),
                po_box=parts[0],
                extended=parts[1],
                street=parts[2],
                locality=parts[3],
                region=parts[4],
                postal_code=parts[5],
                country="; ".join(p for p in parts[6:] if p),
                preferred=is_pref(prop.params),
            )
            if not adr.is_empty():
                rec.addresses.append(adr)
            return True
        if name == "PHOTO":
            if rec.photo is not None or rec.photo_url:
                return False
            return self._map_photo(rec, prop)
        return False

    def _map_method(self, rec: ContactRecord, prop: Prop, labels: dict[str, str]) -> bool:
        name = prop.name
        text = self._text(prop).strip()
        value = unescape(text)
        if name == "TEL" and value.lower().startswith("tel:"):
            value = value[4:]
        value = value.strip()
        if not value:
            return True
        kind = _METHOD_KINDS.get(name) or ("social" if name == "X-SOCIALPROFILE" else "messenger")
        label = labels.get(prop.group.upper(), "") if prop.group else ""
        if not label:
            types = prop.params.get("TYPE", [])
            if kind == "messenger":
                types = prop.params.get("X-SERVICE-TYPE", []) or types
            label = label_from_types(types)
        rec.methods.append(ContactMethodRecord(kind, value, label, is_pref(prop.params)))
        return True

    def _map_photo(self, rec: ContactRecord, prop: Prop) -> bool:
        raw = prop.value.strip()
        encoding = (prop.params.get("ENCODING") or [""])[0].upper()
        value_type = (prop.params.get("VALUE") or [""])[0].upper()
        declared = (prop.params.get("TYPE") or prop.params.get("MEDIATYPE") or [""])[0]
        lowered = raw[:64].lower()
        data: bytes | None
        if lowered.startswith(b"data:"):
            comma = raw.find(b",")
            header = raw[5:comma].replace(b"\\", b"").lower() if comma >= 0 else b""
            payload = raw[comma + 1 :] if comma >= 0 else b""
            if header.endswith(b"\\"):
                header = header[:-1]
            if b";base64" not in header:
                self.warn(prop.line, "PHOTO: data: URI without base64; photo dropped")
                return True
            declared = header.split(b";")[0].decode("ascii", "replace")
            raw = payload
        elif lowered.startswith((b"http:", b"https:", b"file:", b"ftp:")) or value_type in (
            "URI",
            "URL",
        ):
            rec.photo_url = unescape(raw.decode("utf-8", "replace")).strip()
            return True
        elif encoding not in ("B", "BASE64") and not B64_VALID.match(
            B64_CLEAN.sub(b"", raw[:4096])
        ):
            self.warn(prop.line, "PHOTO: value is neither base64 nor a URL; photo dropped")
            return True
        if len(raw) * 3 // 4 > values.PHOTO_LIMIT + 3:
            self.warn(prop.line, f"PHOTO larger than {_megabytes(values.PHOTO_LIMIT)} dropped")
            return True
        data = decode_base64(raw)
        if not data:
            self.warn(prop.line, "PHOTO: invalid base64 data; photo dropped")
            return True
        if len(data) > values.PHOTO_LIMIT:
            self.warn(prop.line, f"PHOTO larger than {_megabytes(values.PHOTO_LIMIT)} dropped")
            return True
        mime = detect_image_type(data)
        if not mime:
            declared = declared.strip().lower()
            if declared and "/" not in declared:
                declared = f"image/{declared}"
            mime = declared or "application/octet-stream"
        rec.photo = data
        rec.photo_mime = mime
        return True


def iter_cards(data: bytes, source: str = "") -> Iterator[CardOutcome | Problem]:
    """Read cards one by one: yield a `CardOutcome` per card and file-level `Problem`s."""
    data, start = prepare(data)
    cursor = [0]
    for item in split_cards(data, start, cursor):
        if isinstance(item, Problem):
            yield Problem(item.card, item.line, item.message, item.severity, source)
            continue
        problems: list[Problem] = []
        record: ContactRecord | None = None
        if item.warning:
            problems.append(Problem(item.number, item.line, item.warning, "warning"))
        if item.error:
            problems.append(Problem(item.number, item.error_line, item.error, "error"))
        else:
            try:
                record = _CardReader(item.number, problems).read(item)
            except _CardError as exc:
                problems.append(Problem(item.number, exc.line, exc.message, "error"))
            except Exception as exc:  # a bug must cost one card, never the whole file
                problems.append(
                    Problem(item.number, item.line, f"card could not be read: {exc!r}", "error")
                )
        if source:
            problems = [Problem(p.card, p.line, p.message, p.severity, source) for p in problems]
        yield CardOutcome(item.number, item.line, record, problems, cursor[0], len(data))


def read_vcards(
    data: bytes,
    source: str = "",
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    into: ReadResult | None = None,
) -> ReadResult:
    """Read all cards from vCard bytes; never raises on bad data.

    ``progress(bytes_read, bytes_total)`` is called every 200 cards; ``cancel()`` returning True
    stops reading (the result then has ``cancelled`` set and holds the cards read so far).
    ``into``: the result to fill (empty), which ``progress`` may take records out of as they
    come (with their positions) to hand them on before the file is read.
    """
    result = ReadResult() if into is None else into
    size = len(data)
    try:
        for item in iter_cards(data, source):
            if isinstance(item, Problem):
                result.problems.append(item)
                continue
            size = item.size
            result.cards += 1
            result.problems.extend(item.problems)
            if item.record is not None:
                result.records.append(item.record)
                result.positions.append((item.number, item.line))
            if result.cards % 200 == 0:
                if progress is not None:
                    progress(item.offset, item.size)
                if cancel is not None and cancel():
                    result.cancelled = True
                    return result
    except Exception as exc:  # pragma: no cover - defensive: never raise out of the reader
        result.problems.append(Problem(0, 0, f"file could not be read: {exc!r}", "error", source))
    if result.cards == 0:
        result.problems = [p for p in result.problems if p.severity == "error"]
        result.problems.append(Problem(0, 0, NOT_A_VCARD, "error", source))
    if progress is not None:
        progress(size, size)
    return result

"""Write ContactRecords as vCard 3.0 (default) or 4.0 bytes that phones and programs read.

Our own writer rather than vobject's ``serialize()``: it always writes VERSION, FN and N,
escapes ``\\ , ;`` and newlines, folds lines at 75 octets without splitting a UTF-8 sequence,
ends lines with CRLF, writes UTF-8 without a BOM, writes photos as ``ENCODING=b`` with the
detected type (4.0: a ``data:`` URI), and writes tier and tags so that a re-import restores them.

It lives in the core (``vcard.writer`` re-exports it) so that an export imports nothing of the
vCard reader: `export_vcard_file` is what `netzwerk export` runs. A card is made as text and
encoded once; only lines longer than 75 octets go through `fold`, and text without anything to
escape is not copied.
"""

from __future__ import annotations

import base64
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence

from netzwerk_app import __version__ as _app_version
from netzwerk_app.core.contentline import LINE_OCTETS
from netzwerk_app.core.contentline import escape_text as _escape_text
from netzwerk_app.core.contentline import fold_line as fold
from netzwerk_app.core.records import AddressRecord, ContactMethodRecord, ContactRecord

TYPE_CHECKING = False  # typing is not imported at run time (the command line starts faster)
if TYPE_CHECKING:
    import os

    from netzwerk_app.core.export_cache import ExportCache
    from netzwerk_app.core.export_records import Database

VERSIONS = ("3.0", "4.0")
PRODID = f"-//Netzwerk//Netzwerk {_app_version}//EN"

# The app's own fields, written and read back (by `vcard.reader`) so an export loses nothing.
TIER_PROPERTY = "X-NETZWERK-TIER"
APP_PROPERTIES = {
    "X-NETZWERK-MET-WHERE": "met_where",
    "X-NETZWERK-MET-ON": "met_on",
    "X-NETZWERK-THEY-OFFER": "they_offer",
    "X-NETZWERK-I-OFFER": "i_offer",
    "X-NETZWERK-INTERESTS": "interests",
}
# Image types by their magic number (the reader's `vcard.values` uses the same table).
_PHOTO_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


def detect_image_type(data: bytes) -> str:
    """The MIME type of image bytes, from their magic number; "" when unknown."""
    for magic, mime in _PHOTO_MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        return "image/avif" if data[8:12] == b"avif" else "image/heic"
    return ""


_SPECIAL = re.compile(r"[\\,;\r\n]").search


def escape(text: str) -> str:
    """`contentline.escape_text`, returning text with nothing to escape as it is."""
    return _escape_text(text) if _SPECIAL(text) else text


def _escaped_join(separator: str, parts: Sequence[str]) -> str:
    """The parts escaped and joined by `separator`; one search when none needs escaping."""
    if _SPECIAL("".join(parts)):
        return separator.join([_escape_text(p) for p in parts])
    return separator.join(parts)


# label words that are written as TYPE values (and read back to the same word)
_TYPE_WORDS = {
    "mobile": "CELL",
    "home": "HOME",
    "work": "WORK",
    "fax": "FAX",
    "pager": "PAGER",
    "main": "MAIN",
    "other": "OTHER",
    "iphone": "IPHONE",
    "car": "CAR",
    "video": "VIDEO",
    "text": "TEXT",
    "modem": "MODEM",
    "isdn": "ISDN",
    "bbs": "BBS",
    "msg": "MSG",
}
_TOKEN = re.compile(r"^[A-Za-z0-9-]+$")
_GROUP = re.compile(r"^([A-Za-z0-9-]+)\.")


def _type_label(label: str) -> list[str] | None:
    """TYPE values for a label made only of standard words, else None (use X-ABLabel)."""
    words = label.split(" ")
    if not label or label != " ".join(words) or len(set(words)) != len(words):
        return None
    if all(w in _TYPE_WORDS for w in words):
        return [_TYPE_WORDS[w] for w in words]
    return None


class _Groups:
    """Hands out ``itemN`` group names that do not clash with groups in kept raw lines."""

    def __init__(self, raw_lines: list[str]) -> None:
        self.used = {m[1].lower() for line in raw_lines if (m := _GROUP.match(line))}
        self.counter = 0

    def next(self) -> str:
        while True:
            self.counter += 1
            name = f"item{self.counter}"
            if name not in self.used:
                return name


# The head of a property line ("TEL;TYPE=CELL,PREF") by name, label, preferred, version and
# extra types and parameters, for labels written as TYPE values (a finite set: the words of
# `_TYPE_WORDS`); a label written as X-ABLabel takes a group of its own each time.
_HEADS: dict[tuple[str, str, bool, str, tuple[str, ...], tuple[str, ...]], str] = {}


def _labelled(
    name: str,
    value: str,
    label: str,
    preferred: bool,
    version: str,
    groups: _Groups,
    extra_types: tuple[str, ...] = (),
    extra_params: tuple[str, ...] = (),
) -> list[str]:
    key = (name, label, preferred, version, extra_types, extra_params)
    if (head := _HEADS.get(key)) is not None:
        return [f"{head}:{value}"]
    types = list(extra_types)
    params = list(extra_params)
    label_line = None
    group = ""
    if label:
        std = _type_label(label)
        if std is not None:
            types += std
        else:
            group = groups.next() + "."
            label_line = f"{group}X-ABLabel:{escape(label)}"
    if preferred:
        if version == "4.0":
            params.append("PREF=1")
        else:
            types.append("PREF")
    if types:
        params.insert(0, "TYPE=" + ",".join(types))
    head = ";".join([f"{group}{name}", *params])
    lines = [f"{head}:{value}"]
    if label_line:
        lines.append(label_line)
    else:
        _HEADS[key] = head
    return lines


def _method_lines(m: ContactMethodRecord, version: str, groups: _Groups) -> list[str]:
    if m.kind == "url":  # a URI: only backslashes need escaping for readers that unescape
        value = m.value.replace("\\", "\\\\").replace("\r", " ").replace("\n", " ")
    else:
        value = escape(m.value)
    if m.kind == "email":
        extra = ("INTERNET",) if version == "3.0" else ()
        return _labelled("EMAIL", value, m.label, m.preferred, version, groups, extra)
    if m.kind == "phone":
        return _labelled("TEL", value, m.label, m.preferred, version, groups)
    if m.kind == "url":
        return _labelled("URL", value, m.label, m.preferred, version, groups)
    if m.kind == "social":
        return _labelled("X-SOCIALPROFILE", value, m.label, m.preferred, version, groups)
    params: tuple[str, ...] = ()
    if m.label and _TOKEN.match(m.label):
        params = (f"X-SERVICE-TYPE={m.label}",)
    return _labelled("IMPP", value, m.label, m.preferred, version, groups, (), params)


def _address_lines(a: AddressRecord, version: str, groups: _Groups) -> list[str]:
    parts = [a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code, a.country]
    value = _escaped_join(";", parts)
    return _labelled("ADR", value, a.label, a.preferred, version, groups)


def _safe_raw(line: str) -> str:
    return line.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def card_lines(record: ContactRecord, version: str = "3.0") -> list[str]:
    """The unfolded content lines of one card."""
    if version not in VERSIONS:
        raise ValueError(f"unsupported vCard version {version!r}: use 3.0 or 4.0")
    raw = [_safe_raw(line) for line in record.raw_properties if line.strip()]
    groups = _Groups(raw)
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"PRODID:{PRODID}"]
    if record.uid:
        lines.append(f"UID:{escape(record.uid)}")
    lines.append(f"FN:{escape(record.computed_display_name())}")
    n_parts = (
        record.family_name,
        record.given_name,
        record.additional_names,
        record.prefix,
        record.suffix,
    )
    lines.append("N:" + _escaped_join(";", n_parts))
    if record.nickname:
        lines.append(f"NICKNAME:{escape(record.nickname)}")
    if record.organization or record.department:
        org = escape(record.organization)
        if record.department:
            org += ";" + escape(record.department)
        lines.append(f"ORG:{org}")
    if record.title:
        lines.append(f"TITLE:{escape(record.title)}")
    bday = record.birthday
    if bday is not None:
        if bday.year is not None:
            lines.append(f"BDAY:{bday.isoformat()}")
        elif version == "4.0":
            lines.append(f"BDAY:--{bday.month:02d}{bday.day:02d}")
        else:
            lines.append(f"BDAY;X-APPLE-OMIT-YEAR=1604:1604-{bday.month:02d}-{bday.day:02d}")
    if record.notes:
        lines.append(f"NOTE:{escape(record.notes)}")
    for method in record.methods:
        if method.value:
            lines += _method_lines(method, version, groups)
    for address in record.addresses:
        if not address.is_empty():
            lines += _address_lines(address, version, groups)
    if record.tags:
        lines.append("CATEGORIES:" + _escaped_join(",", record.tags))
    if record.tier:
        lines.append(f"{TIER_PROPERTY}:{record.tier}")
    for prop, attr in APP_PROPERTIES.items():
        value = getattr(record, attr)
        if value:
            text = value.isoformat() if attr == "met_on" else escape(value)
            lines.append(f"{prop}:{text}")
    if record.photo:
        mime = detect_image_type(record.photo) or record.photo_mime or "image/jpeg"
        data = base64.b64encode(record.photo).decode("ascii")
        if version == "4.0":
            lines.append(f"PHOTO:data:{mime};base64,{data}")
        else:
            subtype = mime.split("/")[-1].upper()
            lines.append(f"PHOTO;ENCODING=b;TYPE={subtype}:{data}")
    elif record.photo_url:
        url = record.photo_url.replace("\n", " ")
        if version == "4.0":
            lines.append(f"PHOTO:{url}")
        else:
            lines.append(f"PHOTO;VALUE=uri:{url}")
    lines += raw
    lines.append("END:VCARD")
    return lines


def _folded(lines: list[str]) -> bytes:
    """The lines as UTF-8, each ended by CRLF; a line over 75 octets folded as `fold` folds it
    (an ASCII line, a photo's, by slicing)."""
    for i, line in enumerate(lines):
        n = len(line)
        if n <= LINE_OCTETS // 4:  # at most 4 octets a character: short enough
            continue
        if line.isascii():
            if n > LINE_OCTETS:
                lines[i] = _fold_ascii(line)
        elif len(line.encode("utf-8")) > LINE_OCTETS:
            lines[i] = fold(line)[:-2].decode("utf-8")  # never splits a character
    lines.append("")
    return "\r\n".join(lines).encode("utf-8")


def _fold_ascii(line: str) -> str:
    """`fold` of an ASCII line (one octet a character), without its last CRLF."""
    step = LINE_OCTETS - 1  # a continuation's leading space counts
    rest = (line[i : i + step] for i in range(LINE_OCTETS, len(line), step))
    return "\r\n ".join([line[:LINE_OCTETS], *rest])


def write_vcard(record: ContactRecord, version: str = "3.0") -> bytes:
    """One card as folded UTF-8 bytes with CRLF line ends."""
    return _folded(card_lines(record, version))


def write_vcards(records: Iterable[ContactRecord], version: str = "3.0") -> bytes:
    """Many cards as one vCard file's bytes."""
    return b"".join(write_vcard(record, version) for record in records)


def export_vcard_file(
    db: Database,
    path: str | os.PathLike[str],
    *,
    tier: str | None = None,
    ids: Sequence[int] | None = None,
    version: str = "3.0",
    cached: bool = False,
) -> int:
    """Write contacts (all, one tier, or the given ids) to a .vcf file; return how many.

    The same file as `vcard.export_vcards`, streamed: cards are read 500 at a time and written
    a chunk at a time, never the whole file in memory. With `cached`, cards whose rows have not
    changed since an earlier export are taken from the export cache (`core.export_cache`) and
    the others are stored there. Raises `ValueError` for an unknown version and `InvalidInput`
    for an unknown tier or when `path` is the database file itself.
    """
    from netzwerk_app.core.database import refuse_database_target
    from netzwerk_app.core.export_records import export_ids, records_with_ids
    from netzwerk_app.core.files import write_file_atomically
    from netzwerk_app.core.records import validate_tier

    refuse_database_target(db, path)  # type: ignore[arg-type]
    if version not in VERSIONS:
        raise ValueError(f"unsupported vCard version {version!r}: use 3.0 or 4.0")
    if tier is not None:
        validate_tier(tier)  # before the target is touched
    cache = None
    if cached:
        from netzwerk_app.core.export_cache import open_export_cache

        cache = open_export_cache(getattr(db, "database", None))
    count = 0

    def rendered(source: Database, chunk: list[int]) -> list[tuple[int, bytes]]:
        return [
            (cid, _folded(card_lines(record, version)))
            for cid, record in records_with_ids(source, chunk)
        ]

    def pieces() -> Iterator[bytes]:
        nonlocal cache, count
        from netzwerk_app.core.batches import batches

        if cache is not None:
            try:
                for rows in cache.stored(version, tier, ids):
                    cards = _cached_cards(cache, rows, version, rendered)
                    count += len(cards)
                    yield b"".join(cards)
                return
            except sqlite3.Error:  # the cache failed midway: render the rest
                cache.close()
                cache = None
        for chunk in batches(export_ids(db, tier=tier, ids=ids)[count:]):
            cards = [card for _cid, card in rendered(db, chunk)]
            count += len(cards)
            yield b"".join(cards)

    try:
        write_file_atomically(path, pieces())
        if cache is not None:
            cache.commit()
    finally:
        if cache is not None:
            cache.close()
    return count


def _cached_cards(
    cache: ExportCache,
    rows: list[tuple[int, bytes | None]],
    version: str,
    rendered: Callable[[Database, list[int]], list[tuple[int, bytes]]],
) -> list[bytes]:
    """The cards of a chunk in export order: stored ones as they are, the others (None)
    rendered and stored."""
    missing = [cid for cid, text in rows if text is None]
    if not missing:
        return [text for _cid, text in rows]  # type: ignore[misc]  # none is None
    fresh = rendered(cache, missing)
    cache.store(fresh, version)
    by_id = dict(fresh)
    return [text if text is not None else by_id[cid] for cid, text in rows]

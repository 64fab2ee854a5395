"""Write ContactRecords as vCard 3.0 (default) or 4.0 bytes that phones and programs read.

Our own writer rather than vobject's ``serialize()``: it always writes VERSION, FN and N,
escapes ``\\ , ;`` and newlines, folds lines at 75 octets without splitting a UTF-8 sequence,
ends lines with CRLF, writes UTF-8 without a BOM, writes photos as ``ENCODING=b`` with the
detected type (4.0: a ``data:`` URI), and writes tier and tags so that a re-import restores them.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable

from netzwerk_app import __version__ as _app_version
from netzwerk_app.core.contentline import escape_text as escape
from netzwerk_app.core.contentline import fold_line as fold
from netzwerk_app.core.records import AddressRecord, ContactMethodRecord, ContactRecord
from netzwerk_app.vcard.reader import APP_PROPERTIES, TIER_PROPERTY
from netzwerk_app.vcard.values import detect_image_type

VERSIONS = ("3.0", "4.0")
PRODID = f"-//Netzwerk//Netzwerk {_app_version}//EN"

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


def _labelled(
    name: str,
    value: str,
    label: str,
    preferred: bool,
    version: str,
    groups: _Groups,
    extra_types: list[str] | None = None,
    extra_params: list[str] | None = None,
) -> list[str]:
    types = list(extra_types or [])
    params = list(extra_params or [])
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
    return lines


def _method_lines(m: ContactMethodRecord, version: str, groups: _Groups) -> list[str]:
    if m.kind == "url":  # a URI: only backslashes need escaping for readers that unescape
        value = m.value.replace("\\", "\\\\").replace("\r", " ").replace("\n", " ")
    else:
        value = escape(m.value)
    if m.kind == "email":
        extra = ["INTERNET"] if version == "3.0" else []
        return _labelled("EMAIL", value, m.label, m.preferred, version, groups, extra)
    if m.kind == "phone":
        return _labelled("TEL", value, m.label, m.preferred, version, groups)
    if m.kind == "url":
        return _labelled("URL", value, m.label, m.preferred, version, groups)
    if m.kind == "social":
        return _labelled("X-SOCIALPROFILE", value, m.label, m.preferred, version, groups)
    params = []
    if m.label and _TOKEN.match(m.label):
        params.append(f"X-SERVICE-TYPE={m.label}")
    return _labelled("IMPP", value, m.label, m.preferred, version, groups, None, params)


def _address_lines(a: AddressRecord, version: str, groups: _Groups) -> list[str]:
    parts = [a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code, a.country]
    value = ";".join(escape(p) for p in parts)
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
    lines.append("N:" + ";".join(escape(p) for p in n_parts))
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
        lines.append("CATEGORIES:" + ",".join(escape(t) for t in record.tags))
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


def write_vcard(record: ContactRecord, version: str = "3.0") -> bytes:
    """One card as folded UTF-8 bytes with CRLF line ends."""
    return b"".join(fold(line) for line in card_lines(record, version))


def write_vcards(records: Iterable[ContactRecord], version: str = "3.0") -> bytes:
    """Many cards as one vCard file's bytes."""
    return b"".join(write_vcard(record, version) for record in records)

"""Property-based tests: any record survives export and import; no bytes make the reader raise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netzwerk_app.core.records import (
    AddressRecord,
    Birthday,
    ContactMethodRecord,
    ContactRecord,
)
from netzwerk_app.vcard import read_vcards, write_vcard

CORPUS = sorted((Path(__file__).parent.parent / "data" / "vcards").glob("*.vcf"))

# Printable text with the characters vCard must escape, plus non-ASCII; no CR (normalised to LF)
# and none of the invisible characters import removes from single-line fields on purpose
# (bidi controls, ZWSP, word joiner, BOM: see test_reader and core/invisible.py).
_DECEPTIVE = "\x85\u200b\u2060\ufeff" + "".join(
    map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
)
_chars = st.characters(
    codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp"), exclude_characters=_DECEPTIVE
) | st.sampled_from(list(",;:\\\"'=äöüß€😀ЖЯ\u200c\u200d"))
line_text = st.text(_chars, max_size=20).map(lambda s: " ".join(s.split()))
multi_line = st.lists(line_text, max_size=3).map(lambda parts: "\n".join(parts).strip())
label = st.sampled_from(
    ["", "home", "work", "mobile", "work fax", "fax home", "Sekretariat", "Mike’s IM, custom:"]
) | line_text.filter(lambda s: "_$!<" not in s)


@st.composite
def methods(draw):
    kind = draw(st.sampled_from(["email", "phone", "url", "social", "messenger"]))
    value = draw(line_text.filter(bool))
    if kind == "phone" and value.lower().startswith("tel:"):
        value = "x" + value
    return ContactMethodRecord(kind, value, draw(label), draw(st.booleans()))


@st.composite
def addresses(draw):
    parts = [draw(line_text) for _ in range(6)]
    street = draw(multi_line)
    a = AddressRecord(draw(label), parts[0], parts[1], street, *parts[2:], draw(st.booleans()))
    return a


@st.composite
def photos(draw):
    if not draw(st.booleans()):
        return None, "", draw(st.sampled_from(["", "https://example.com/p.jpg"]))
    magic, mime = draw(
        st.sampled_from([(b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png")])
    )
    return magic + draw(st.binary(max_size=300)), mime, ""


raw_line = st.tuples(
    st.sampled_from(["X-FOO", "X-ANDROID-CUSTOM", "X-MS-OL-DESIGN", "ANNIVERSARY", "GENDER"]),
    st.text(_chars, max_size=30).map(lambda s: s.replace("\n", " ")),
).map(lambda t: f"{t[0]}:{t[1]}")


@st.composite
def records(draw):
    photo, mime, url = draw(photos())
    tags = draw(st.lists(line_text.filter(bool), max_size=3, unique=True))
    rec = ContactRecord(
        uid=draw(line_text),
        prefix=draw(line_text),
        given_name=draw(line_text),
        additional_names=draw(line_text),
        family_name=draw(line_text),
        suffix=draw(line_text),
        nickname=draw(line_text),
        organization=draw(line_text),
        department=draw(line_text),
        title=draw(line_text),
        birthday=draw(
            st.none()
            | st.dates(dt.date(1900, 1, 1), dt.date(2030, 12, 31)).map(Birthday.from_date)
            | st.dates(dt.date(2000, 1, 1), dt.date(2000, 12, 31)).map(
                lambda d: Birthday(d.month, d.day)
            )
        ),
        notes=draw(multi_line),
        tier=draw(st.sampled_from([None, "A", "B", "C", "D"])),
        met_where=draw(multi_line),
        met_on=draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1))),
        they_offer=draw(multi_line),
        i_offer=draw(multi_line),
        interests=draw(multi_line),
        methods=draw(st.lists(methods(), max_size=4)),
        addresses=[a for a in draw(st.lists(addresses(), max_size=2)) if not a.is_empty()],
        tags=[t for i, t in enumerate(tags) if t not in tags[:i]],
        photo=photo,
        photo_mime=mime,
        photo_url=url,
        raw_properties=draw(st.lists(raw_line, max_size=3)),
    )
    rec.display_name = draw(st.sampled_from(["", "Custom Name, Jr."])) or (
        rec.computed_display_name()
    )
    return rec


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records(), st.sampled_from(["3.0", "4.0"]))
def test_export_then_import_gives_the_same_record(record, version):
    if not record.computed_display_name():
        record.display_name = "Someone"
    result = read_vcards(write_vcard(record, version))
    assert [p for p in result.problems if p.severity == "error"] == []
    (back,) = result.records
    assert back == record


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise(data):
    result = read_vcards(data)
    assert result.problems or result.records


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(CORPUS),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255), st.integers(0, 2)), max_size=8),
)
def test_mutated_real_files_never_raise(path, mutations):
    data = bytearray(path.read_bytes())
    for position, byte, op in mutations:
        if not data:
            break
        i = position % len(data)
        if op == 0:
            data[i] = byte
        elif op == 1:
            data.insert(i, byte)
        else:
            del data[i]
    result = read_vcards(bytes(data))
    for record in result.records:
        assert record.computed_display_name()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                b"BEGIN:VCARD",
                b"END:VCARD",
                b"VERSION:2.1",
                b"FN:x",
                b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=",
                b"=",
                b" ",
                b"",
                b"PHOTO;ENCODING=b:",
                b"AAAA",
                b"\\",
                b"#",
                b"BDAY:--9999",
                b"item1.X-ABLabel:x",
                b'TEL;"a:b":1',
                b"\xff\xfe",
                b"ADR:;;;",
                b"X-NETZWERK-TIER:Q",
            ]
        ),
        max_size=30,
    ),
    st.sampled_from([b"\r\n", b"\n", b"\r"]),
)
def test_structured_garbage_never_raises(lines, sep):
    read_vcards(sep.join(lines))

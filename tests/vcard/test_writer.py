"""Our vCard writer: required properties, escaping, folding, photos, tier and tags."""

from __future__ import annotations

import pytest

from netzwerk_app.core.records import (
    AddressRecord,
    Birthday,
    ContactMethodRecord,
    ContactRecord,
)
from netzwerk_app.vcard import read_vcards, write_vcard, write_vcards
from netzwerk_app.vcard.writer import fold

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4 + b"\xff\xd9"


def full_record() -> ContactRecord:
    return ContactRecord(
        uid="abc-123",
        prefix="Dr.",
        given_name="Anna",
        family_name="Müller-Lüdenscheidt",
        display_name="Dr. Anna Müller-Lüdenscheidt",
        nickname="Änni",
        organization="ACME; Zürich",
        department="R&D",
        title="Head, Research",
        birthday=Birthday(11, 27),
        notes="Line one\nLine two, with comma; and semicolon \\ backslash",
        tier="B",
        methods=[
            ContactMethodRecord("email", "anna@example.com", "work", True),
            ContactMethodRecord("phone", "+41 79 123 45 67", "mobile"),
            ContactMethodRecord("phone", "+41 44 000 00 00", "Sekretariat"),
            ContactMethodRecord("url", "https://example.com/a,b", ""),
            ContactMethodRecord("social", "https://twitter.com/anna", "twitter"),
            ContactMethodRecord("messenger", "xmpp:anna@example.com", "Jabber"),
        ],
        addresses=[AddressRecord("home", "", "", "Bahnhofstr. 1", "Zürich", "ZH", "8001", "CH")],
        tags=["Kunden", "Golf, Club"],
        photo=JPEG,
        photo_mime="image/jpeg",
        raw_properties=[
            "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Änni;1",
            "item1.X-FOO:bar",
        ],
    )


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_round_trip_of_a_full_record(version):
    data = write_vcard(full_record(), version)
    (back,) = read_vcards(data).records
    assert back == full_record()


def test_bytes_are_utf8_crlf_folded_at_75_octets():
    data = write_vcards([full_record(), ContactRecord(given_name="Bo")])
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"END:VCARD\r\n")
    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert b"\n" not in data.replace(b"\r\n", b"")
    for line in lines:
        line.decode("utf-8")  # no line ends inside a UTF-8 sequence
    assert data.count(b"BEGIN:VCARD") == 2


def test_fold_never_splits_a_character():
    text = "NOTE:" + "ü" * 100 + "€" * 50 + "😀" * 30
    folded = fold(text)
    parts = folded.split(b"\r\n")[:-1]
    assert all(len(p) <= 75 for p in parts)
    assert [p.decode("utf-8") for p in parts]
    unfolded = parts[0] + b"".join(p[1:] for p in parts[1:])
    assert unfolded.decode("utf-8") == text


def test_always_version_fn_n():
    data = write_vcard(ContactRecord(methods=[ContactMethodRecord("email", "x@y.ch")]))
    text = data.decode()
    assert "VERSION:3.0\r\n" in text
    assert "FN:x@y.ch\r\n" in text
    assert "N:;;;;\r\n" in text


def test_v30_details():
    text = write_vcard(full_record()).decode()
    unfolded = text.replace("\r\n ", "")
    assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-11-27" in unfolded
    assert "PHOTO;ENCODING=b;TYPE=JPEG:/9j/" in unfolded
    assert "CATEGORIES:Kunden,Golf\\, Club" in unfolded
    assert "X-NETZWERK-TIER:B" in unfolded
    assert "ORG:ACME\\; Zürich;R&D" in unfolded
    assert "TEL;TYPE=CELL:+41 79 123 45 67" in unfolded
    assert "EMAIL;TYPE=INTERNET,WORK,PREF:anna@example.com" in unfolded
    assert "NOTE:Line one\\nLine two\\, with comma\\; and semicolon \\\\ backslash" in unfolded
    # the kept raw line's group is not reused for labels
    assert "item1.X-FOO:bar" in unfolded and "item1.X-ABLabel" not in unfolded


def test_v40_details():
    unfolded = write_vcard(full_record(), "4.0").decode().replace("\r\n ", "")
    assert "VERSION:4.0" in unfolded
    assert "BDAY:--1127" in unfolded
    assert "PHOTO:data:image/jpeg;base64,/9j/" in unfolded
    assert "EMAIL;TYPE=WORK;PREF=1:anna@example.com" in unfolded


def test_unknown_version_refused():
    with pytest.raises(ValueError):
        write_vcard(ContactRecord(given_name="x"), "2.1")

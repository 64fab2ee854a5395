"""The writer in the core (`core.vcard_writing`, which `netzwerk export` uses without the vCard
reader) writes what the reader reads back, byte for byte as before."""

from __future__ import annotations

import random

import pytest

from netzwerk_app.core import vcard_writing
from netzwerk_app.core.contact_writes import add_contact
from netzwerk_app.core.contentline import escape_text, fold_line
from netzwerk_app.core.export_records import RECORD_COLUMNS, load_records_for_export
from netzwerk_app.core.records import (
    AddressRecord,
    Birthday,
    ContactMethodRecord,
    ContactRecord,
)
from netzwerk_app.vcard import export_vcards, reader
from netzwerk_app.vcard.writer import write_vcard

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20


@pytest.mark.parametrize(
    ("data", "mime"),
    [(b"\xff\xd8\xff\xe0x", "image/jpeg"), (PNG, "image/png"), (b"GIF87a..", "image/gif"),
     (b"GIF89a..", "image/gif"), (b"BMxx", "image/bmp"), (b"II*\x00x", "image/tiff"),
     (b"MM\x00*x", "image/tiff"), (b"RIFF\x00\x00\x00\x00WEBPVP8", "image/webp"),
     (b"\x00\x00\x00\x18ftypheic", "image/heic"), (b"\x00\x00\x00\x18ftypavif", "image/avif"),
     (b"\x00\x00\x00\x18ftypmif1", "image/heic"), (b"plain text", ""), (b"", "")],
)  # fmt: skip
def test_image_types_by_their_magic_number(data, mime):
    assert vcard_writing.detect_image_type(data) == mime


def test_the_record_columns_are_the_contact_modules():
    from netzwerk_app.core.contacts import RECORD_COLUMNS as FROM_MODELS

    assert set(RECORD_COLUMNS) == set(FROM_MODELS)


def test_escape_is_the_content_lines():
    texts = ["", "plain", "a,b;c\\d", "line\r\nnext\rx\ny", "Zürich; Genève", "\r", "\\"]
    for text in texts:
        assert vcard_writing.escape(text) == escape_text(text)
    for parts in ([], [""], ["a", "b"], texts, ["x", "a;b"], ["\\", ""]):
        for separator in ";,":
            expected = separator.join(escape_text(p) for p in parts)
            assert vcard_writing._escaped_join(separator, parts) == expected


def test_folding_is_fold_lines():
    rng = random.Random(7)
    alphabet = "abcXYZ 0123;,:=€ä漢😀"
    for _ in range(2000):
        n = rng.choice([0, 1, 17, 18, 19, 40, 74, 75, 76, 77, 148, 149, 150, 300, 1000])
        chars = alphabet if rng.random() < 0.5 else "abcXYZ 0123;,:="
        line = "".join(rng.choice(chars) for _ in range(n))
        assert vcard_writing._folded([line]) == fold_line(line), line
        assert vcard_writing._folded([line, "x"]) == fold_line(line) + b"x\r\n", line


def _rich_book(db) -> list[int]:
    raws = ["item1.X-ABLabel:kept", "X-CUSTOM;TYPE=a:b" + "z" * 90]
    address = AddressRecord(
        "home", "", "", "Hauptstr. 1\nHof", "Zürich", "ZH", "8000", "Schweiz", True
    )
    ids = []
    for n in range(30):
        methods = [
            ContactMethodRecord("email", f"p{n}@example.com", "work" if n % 2 else ""),
            ContactMethodRecord("phone", f"+41 79 {n:03d}", "mobile home", n % 3 == 0),
            ContactMethodRecord("phone", "044 1", "Büro Nord"),
            ContactMethodRecord("url", "https://example.com/a\\b", "blog"),
            ContactMethodRecord("social", "@x", ""),
            ContactMethodRecord("impp", "xmpp:a@b", "Jabber"),
            ContactMethodRecord("impp", "skype:c", "Own label"),
        ]
        record = ContactRecord(
            uid=f"uid-{n}", given_name=f"Änne{n % 7}", family_name="Müller; Söhne",
            organization="ACME, Zürich" if n % 2 else "", department="R&D" * (n % 3),
            title="Chef\\in", birthday=[None, Birthday(2, 29), Birthday(5, 6, 1977)][n % 3],
            notes="a long note, with; specials\nand lines " * (n % 4),
            tier="ABCD"[n % 4] if n % 5 else None, met_where="Zug" * (n % 2),
            they_offer="x" * (n % 3), tags=[f"t{n % 3}", "Wander, Gruppe"], methods=methods,
            addresses=[address] * (n % 2), photo=PNG if n % 4 == 0 else None,
            photo_mime="image/png",
            photo_url="" if n % 4 == 0 else "https://example.com/p.jpg" * (n % 2),
            raw_properties=raws[: n % 3],
        )  # fmt: skip
        ids.append(add_contact(db, record))
    return ids


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@pytest.mark.parametrize("chosen", [{}, {"tier": "A"}, {"tier": "unsorted"}, {"ids": "odd"}])
def test_the_exported_file_is_the_vcard_packages(db, tmp_path, version, chosen):
    ids = _rich_book(db)
    if chosen.get("ids"):
        chosen = {"ids": ids[1::2]}
    old = tmp_path / "old.vcf"
    new = tmp_path / "new.vcf"
    count = export_vcards(db, old, version=version, **chosen)
    assert vcard_writing.export_vcard_file(db, new, version=version, **chosen) == count > 0
    assert new.read_bytes() == old.read_bytes()
    cards = b"".join(write_vcard(r, version) for r in load_records_for_export(db, **chosen))
    assert new.read_bytes() == cards


def test_the_exported_records_read_back(db, tmp_path):
    _rich_book(db)
    path = tmp_path / "out.vcf"
    vcard_writing.export_vcard_file(db, path)
    read = reader.read_vcards(path.read_bytes())
    assert len(read.records) == 30
    assert {r.uid for r in read.records} == {f"uid-{n}" for n in range(30)}

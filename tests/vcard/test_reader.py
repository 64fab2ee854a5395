"""The reader on small hand-written cards: broken cards, encodings, birthdays, photos."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from netzwerk_app.core.records import Birthday
from netzwerk_app.core.vcard_writing import detect_image_type
from netzwerk_app.vcard import read_vcard_file, read_vcards
from netzwerk_app.vcard.values import PHOTO_LIMIT, parse_birthday

CORPUS = Path(__file__).parent.parent / "data" / "vcards"
OWN = CORPUS / "own"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20


def card(*lines: str, version: str = "3.0") -> bytes:
    body = ["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"]
    return ("\r\n".join(body) + "\r\n").encode("utf-8")


def test_apple_omit_year():
    records = read_vcard_file(OWN / "apple-omit-year.vcf").records
    assert records[0].birthday == Birthday(11, 27)
    assert records[0].methods[0].label == "mobile"
    assert records[1].birthday == Birthday(2, 29)


def test_social_profiles():
    (r,) = read_vcard_file(OWN / "social-profile.vcf").records
    assert [(m.kind, m.label) for m in r.methods] == [
        ("social", "twitter"),
        ("social", "linkedin"),
        ("social", "Mastodon"),
    ]
    assert r.methods[0].value == "http://twitter.com/leameier"


def test_german_android_umlauts_split_across_soft_break():
    (r,) = read_vcard_file(OWN / "android-de-v21-qp-softbreak.vcf").records
    assert r.display_name == "Jürgen Müller"
    assert r.family_name == "Müller"
    assert r.addresses[0].street == "Hauptstraße 5"
    assert r.addresses[0].locality == "Köln"
    assert r.notes == "Grüße aus Köln\nZweite Zeile"
    assert r.methods[0].label == "mobile" and r.methods[0].preferred


def test_broken_cards_are_skipped_good_ones_read():
    data = (
        card("FN:One")
        + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nested\r\n"
        + card("FN:Inner")
        + b"END:VCARD\r\n"
        + card("FN:Two")
        + b"VERSION:3.0\r\nFN:No begin\r\nEND:VCARD\r\n"
        + card("FN:Three")
        + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Never closed\r\n"
    )
    result = read_vcards(data, "test.vcf")
    assert [r.display_name for r in result.records] == ["One", "Two", "Three", "Never closed"]
    errors = [(p.card, p.line) for p in result.problems if p.severity == "error"]
    assert errors == [(2, 8), (4, 17)]
    (warning,) = [p for p in result.problems if p.severity == "warning"]
    assert (warning.card, warning.line) == (6, 24) and "not closed" in warning.message
    assert all(p.source == "test.vcf" for p in result.problems)
    assert result.cards == 6


def test_unclosed_card_is_closed_at_the_next_begin():
    data = b"BEGIN:VCARD\nVERSION:3.0\nFN:Lost\n" + card("FN:A") + card("FN:B")
    result = read_vcards(data)
    assert [r.display_name for r in result.records] == ["Lost", "A", "B"]
    (warning,) = result.problems
    assert (warning.severity, warning.card, warning.line) == ("warning", 1, 1)
    assert "not closed" in warning.message and "line 3" in warning.message


def test_every_unclosed_card_is_read_with_a_warning():
    cards = 3000  # the old reader took seconds for this (quadratic); now a single pass
    data = b"".join(b"BEGIN:VCARD\r\nFN:Person %d\r\n" % i for i in range(cards))
    result = read_vcards(data, "unclosed.vcf")
    assert [r.display_name for r in result.records] == [f"Person {i}" for i in range(cards)]
    assert [(p.severity, p.card, p.line) for p in result.problems] == [
        ("warning", i + 1, 2 * i + 1) for i in range(cards)
    ]
    assert result.cards == cards


def test_unclosed_cards_between_good_and_nested_ones():
    data = (
        b"BEGIN:VCARD\r\nFN:Open 1\r\n"  # 1-2
        + card("FN:Closed")  # 3-6
        + b"BEGIN:VCARD\r\nFN:Open 2\r\nBEGIN:VCARD\r\nFN:Open 3\r\n"  # 7-10
        + b"BEGIN:VCARD\r\nFN:Parent\r\n"  # 11-12
        + card("FN:Agent")  # 13-16
        + b"TEL:1\r\nEND:VCARD\r\n"  # 17-18
        + card("FN:Last")  # 19-22
    )
    result = read_vcards(data)
    assert [r.display_name for r in result.records] == [
        "Open 1",
        "Closed",
        "Open 2",
        "Open 3",
        "Last",
    ]
    assert [(p.severity, p.card, p.line) for p in result.problems] == [
        ("warning", 1, 1),
        ("warning", 3, 7),
        ("warning", 4, 9),
        ("error", 5, 13),
    ]
    assert result.cards == 6


def test_real_cards_without_end_read_as_with_end():
    names = {}
    for file in sorted(CORPUS.glob("*.vcf")):
        data = file.read_bytes()
        if b"\x00" in data or "nested" in file.name:
            continue
        without_end = re.sub(rb"(?im)^end:vcard[ \t]*(\r?\n|\r|$)", b"", data)
        with_end = [r.display_name for r in read_vcards(data).records]
        names[file.name] = (with_end, [r.display_name for r in read_vcards(without_end).records])
    for name, (with_end, without_end) in names.items():
        if "missing-end" in name or "cropped" in name:
            continue  # a card the old reader skipped: now read too
        assert without_end == with_end, name


@pytest.mark.parametrize("data", [b"", b"hello world\n", b"\x00\xff" * 100, b"<html></html>"])
def test_not_a_vcard_gives_one_clear_error(data):
    result = read_vcards(data, "x.txt")
    assert not result.readable
    assert not result.records
    (problem,) = result.problems
    assert problem.card == 0 and "not a vCard" in problem.message


def test_unreadable_file(tmp_path):
    result = read_vcard_file(tmp_path / "missing.vcf")
    assert not result.readable and "cannot read" in result.problems[0].message


@pytest.mark.parametrize("sep", [b"\r\n", b"\n", b"\r\r\n", b"\r"])
def test_line_ends(sep):
    data = card("N:Muster;Max;;;", "FN:Max Muster", "NOTE:a\\nb").replace(b"\r\n", sep)
    (r,) = read_vcards(data).records
    assert (r.display_name, r.given_name, r.notes) == ("Max Muster", "Max", "a\nb")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_encodings(encoding):
    data = card("FN:Zoë Müller", "ORG:Café").decode("utf-8").encode(encoding)
    (r,) = read_vcards(data).records
    assert (r.display_name, r.organization) == ("Zoë Müller", "Café")


def test_escapes_and_commas_in_text():
    data = card(
        "FN:Doe\\, John",
        "N:Doe;John;;;",
        "NOTE:one\\, two\\; three\\nfour\\\\five\\:six",
        "URL:http\\://example.com/a,b",
        "TITLE:Head of R&D, Europe",
        "CATEGORIES:Work,Friends\\, close,Work",
    )
    (r,) = read_vcards(data).records
    assert r.display_name == "Doe, John"
    assert r.notes == "one, two; three\nfour\\five:six"
    assert r.methods[0].value == "http://example.com/a,b"
    assert r.title == "Head of R&D, Europe"
    assert r.tags == ["Work", "Friends, close"]


def test_v21_bare_params_charset_and_legacy_bytes():
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:M\xfcller;J\xfcrg;;;\r\n"
        b"TEL;CELL;PREF:+41 79 123 45 67\r\nTEL;WORK;FAX:044 000 00 00\r\n"
        b"ADR;HOME:;;Bahnhofstra\xdfe 1;Z\xfcrich;;8001;Schweiz\r\nEND:VCARD\r\n"
    )
    (r,) = read_vcards(data).records
    assert r.display_name == "Jürg Müller"
    assert [(m.label, m.preferred) for m in r.methods] == [("mobile", True), ("work fax", False)]
    assert r.addresses[0].street == "Bahnhofstraße 1"


def test_item_groups_labels_and_tel_uri():
    data = card(
        "FN:X",
        "item1.TEL:+41 44 000 00 00",
        "item1.X-ABLabel:_$!<Mobile>!$_",
        "item2.EMAIL;type=INTERNET:x@example.com",
        "item2.X-ABLabel:Verein",
        "TEL;VALUE=uri;TYPE=home:tel:+41-44-111-11-11",
        "item3.X-ABDATE:2010-01-01",
        "item3.X-ABLabel:_$!<Anniversary>!$_",
    )
    (r,) = read_vcards(data).records
    assert [(m.value, m.label) for m in r.methods] == [
        ("+41 44 000 00 00", "mobile"),
        ("x@example.com", "Verein"),
        ("+41-44-111-11-11", "home"),
    ]
    assert r.raw_properties == ["item3.X-ABDATE:2010-01-01", "item3.X-ABLabel:_$!<Anniversary>!$_"]


@pytest.mark.parametrize(
    ("text", "params", "expected"),
    [
        ("1985-04-15", {}, Birthday(4, 15, 1985)),
        ("19850415", {}, Birthday(4, 15, 1985)),
        ("--0415", {}, Birthday(4, 15)),
        ("--04-15", {}, Birthday(4, 15)),
        ("1985-04-15T00:00:00Z", {}, Birthday(4, 15, 1985)),
        ("19960415T201243+04:00", {}, Birthday(4, 15, 1996)),
        ("value=date:1985-04-15", {}, Birthday(4, 15, 1985)),
        ("1604-04-15", {}, Birthday(4, 15)),
        ("1972-04-15", {"X-APPLE-OMIT-YEAR": ["1972"]}, Birthday(4, 15)),
    ],
)
def test_parse_birthday(text, params, expected):
    assert parse_birthday(text, params) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5/26/1981", Birthday(5, 26, 1981)),  # Outlook, Nextcloud: month first
        ("4/22/1988 12:00:00 AM", Birthday(4, 22, 1988)),
        ("05/26/1981 00:00", Birthday(5, 26, 1981)),
        ("26/5/1981", Birthday(5, 26, 1981)),  # day first: the only reading that is a date
        ("26.5.1981", Birthday(5, 26, 1981)),
        ("26.05.1981 00:00:00", Birthday(5, 26, 1981)),
        ("26. 5. 1981", Birthday(5, 26, 1981)),  # as Germans type it
        ("31.12.1975", Birthday(12, 31, 1975)),
        ("6/6/1981", Birthday(6, 6, 1981)),  # both readings agree
        ("19810526", Birthday(5, 26, 1981)),
        ("19810526T000000", Birthday(5, 26, 1981)),
        ("19810526T000000Z", Birthday(5, 26, 1981)),
        ("1981-05-26 00:00:00", Birthday(5, 26, 1981)),
        ("1981-05-26T00:00:00.000Z", Birthday(5, 26, 1981)),
        ("1981-5-6", Birthday(5, 6, 1981)),
        ("1981/05/26", Birthday(5, 26, 1981)),
        ("--0526", Birthday(5, 26)),
        ("--05-26", Birthday(5, 26)),
        ("--05-26T00:00:00", Birthday(5, 26)),
    ],
)
def test_birthdays_as_real_programs_write_them(text, expected):
    result = read_vcards(card("FN:X", f"BDAY:{text}"))
    (r,) = result.records
    assert r.birthday == expected
    assert r.notes == ""
    assert result.problems == []


@pytest.mark.parametrize(
    ("text", "expected", "order"),
    [
        ("5/6/1981", Birthday(5, 6, 1981), "month first"),
        ("05/06/1981 00:00:00", Birthday(5, 6, 1981), "month first"),
        ("5.6.1981", Birthday(6, 5, 1981), "day first"),
    ],
)
def test_an_ambiguous_birthday_is_read_in_the_cards_convention_and_noted(text, expected, order):
    data = card("FN:One", "BDAY:1970-01-01") + card("FN:X", "NOTE:hi", f"BDAY:{text}")
    result = read_vcards(data, "book.vcf")
    assert result.records[1].birthday == expected
    assert result.records[1].notes == "hi"
    (warning,) = result.problems
    assert (warning.severity, warning.card, warning.line, warning.source) == (
        "warning",
        2,
        10,
        "book.vcf",
    )
    assert text in warning.message and "ambiguous" in warning.message and order in warning.message
    assert expected.isoformat() in warning.message


@pytest.mark.parametrize(
    "text", ["19723101", "13/22/1988", "31.02.1981", "5/6/81", "--1340", "soon", "0/0/0"]
)
def test_invalid_birthday_goes_to_notes(text):
    result = read_vcards(card("FN:X", f"BDAY:{text}", "NOTE:hello"))
    (r,) = result.records
    assert r.birthday is None
    assert text in r.notes and "hello" in r.notes
    assert [p.severity for p in result.problems] == ["warning"]


def test_a_text_birthday_is_read_when_it_is_a_date_and_kept_as_text_otherwise():
    (r,) = read_vcards(card("FN:X", "BDAY;VALUE=text:4/22/1988")).records  # Nextcloud
    assert r.birthday == Birthday(4, 22, 1988) and r.notes == ""
    (r,) = read_vcards(card("FN:X", "BDAY;VALUE=text:circa 1800", version="4.0")).records
    assert r.birthday is None and "circa 1800" in r.notes


def test_photo_type_detected_from_bytes_and_url_kept():
    b64 = base64.b64encode(PNG).decode()
    (r,) = read_vcards(card("FN:X", f"PHOTO;ENCODING=b;TYPE=JPEG:{b64}")).records
    assert (r.photo, r.photo_mime) == (PNG, "image/png")
    (r,) = read_vcards(card("FN:X", "PHOTO;VALUE=uri:https://example.com/p.jpg")).records
    assert r.photo is None and r.photo_url == "https://example.com/p.jpg"
    (r,) = read_vcards(card("FN:X", f"PHOTO:data:image/png;base64,{b64}", version="4.0")).records
    assert r.photo == PNG
    assert detect_image_type(b"GIF89a...") == "image/gif"


def test_oversized_photo_dropped():
    big = base64.b64encode(b"\xff\xd8\xff" + b"\x00" * (PHOTO_LIMIT + 10)).decode()
    result = read_vcards(card("FN:Big", f"PHOTO;ENCODING=b:{big}"))
    (r,) = result.records
    assert r.photo is None
    assert any("larger" in p.message for p in result.problems)


def test_tier_and_categories():
    (r,) = read_vcards(card("FN:X", "X-NETZWERK-TIER:b", "CATEGORIES:a,b")).records
    assert r.tier == "B" and r.tags == ["a", "b"]
    result = read_vcards(card("FN:X", "X-NETZWERK-TIER:Z"))
    assert result.records[0].tier is None
    assert result.problems[0].severity == "warning"


def test_many_cards_progress_and_cancel():
    data = b"".join(card(f"FN:Person {i}") for i in range(1000))
    seen = []
    result = read_vcards(data, progress=lambda done, total: seen.append(done))
    assert len(result.records) == 1000
    assert seen == sorted(seen) and 0 < seen[0] < len(data) == seen[-1]
    result = read_vcards(data, cancel=lambda: True)
    assert result.cancelled and len(result.records) == 200


def test_control_characters_are_removed_from_text_values():
    data = card(
        "FN:Nul\x00 Byte\x1b[31m\x07",
        "N:Byte;Nul\x00;;;",
        "NOTE:first\\nsecond\tcolumn\x7f",
        "ORG:ACME\x08 AG",
    )
    result = read_vcards(data, "ctl.vcf")
    [rec] = result.records
    assert rec.display_name == "Nul Byte[31m"
    assert (rec.given_name, rec.family_name) == ("Nul", "Byte")
    assert rec.notes == "first\nsecond\tcolumn"
    assert rec.organization == "ACME AG"
    assert any("control characters" in str(p) for p in result.problems)


def test_characters_that_trick_the_eye_are_removed_from_single_line_fields():
    data = card(
        "FN:Eve \u202egnp.exe",
        "N:Exe\u202c;Eve\u2066;;;",
        "NICKNAME:\ufeffEvi",
        "ORG:AC\u200bME;Sa\u2060les",
        "TITLE:\u202bBoss",
        "TEL;TYPE=CELL:+41 79\u200b 123 45 67",
        "EMAIL:eve@exa\u200bmple.com",
        "ADR:;;Weg\u202d 1;Bern;;3000;CH",
        "CATEGORIES:Kun\u200bden,Golf",
        "UID:u\u200b1",
        "X-NETZWERK-MET-WHERE:Apéro\u2069",
        "NOTE:multi-line \u200btext is kept as written",
    )
    result = read_vcards(data, "eve.vcf")
    (r,) = result.records
    assert r.display_name == "Eve gnp.exe"
    assert (r.given_name, r.family_name, r.nickname) == ("Eve", "Exe", "Evi")
    assert (r.organization, r.department, r.title) == ("ACME", "Sales", "Boss")
    assert [m.value for m in r.methods] == ["+41 79 123 45 67", "eve@example.com"]
    assert r.addresses[0].street == "Weg 1"
    assert r.tags == ["Kunden", "Golf"]
    assert (r.uid, r.met_where) == ("u1", "Apéro")
    assert r.notes == "multi-line \u200btext is kept as written"
    warnings = [(p.line, p.message) for p in result.problems]
    assert all(p.severity == "warning" and p.card == 1 for p in result.problems)
    assert [line for line, _ in warnings] == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]
    assert "FN: invisible characters removed (U+202E)" in warnings[0][1]
    assert "U+202C, U+2066" in warnings[1][1]


@pytest.mark.parametrize(
    "name",
    [
        "\u0645\u0647\u0631\u200c\u062f\u0627\u062f",  # Persian with ZWNJ
        "\u0915\u094d\u200d\u0937\u093e",  # Devanagari with ZWJ
        "Ann \U0001f469\u200d\U0001f4bb",  # emoji ZWJ sequence
    ],
)
def test_joiners_stay(name):
    result = read_vcards(card(f"FN:{name}"))
    assert result.records[0].display_name == name
    assert result.problems == []


def _folded_photo(size: int) -> bytes:
    b64 = base64.b64encode(b"\xff\xd8\xff\xe0" + b"\x01" * size)
    return b"\r\n ".join(b64[i : i + 74] for i in range(0, len(b64), 74))


@pytest.mark.parametrize("folded", [True, False])
def test_an_oversized_photo_is_skipped_while_reading(monkeypatch, folded):
    import tracemalloc

    from netzwerk_app.vcard import values

    monkeypatch.setattr(values, "PHOTO_LIMIT", 64 * 1024)
    photo = _folded_photo(4_000_000)
    if not folded:
        photo = photo.replace(b"\r\n ", b"")
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big\r\nPHOTO;ENCODING=b;TYPE=JPEG:"
        + photo
        + b"\r\nEMAIL:big@example.com\r\nEND:VCARD\r\n"
        + card("FN:After")
    )
    tracemalloc.start()
    try:
        result = read_vcards(data, "big.vcf")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    big, after = result.records
    assert big.photo is None and [m.value for m in big.methods] == ["big@example.com"]
    assert after.display_name == "After"
    (warning,) = result.problems
    assert (warning.severity, warning.card, warning.line) == ("warning", 1, 4)
    assert "PHOTO larger than" in warning.message
    assert peak < 2_000_000  # the photo's 5.3 MB were never held, let alone copied


def test_an_oversized_value_is_dropped_and_the_card_kept(monkeypatch):
    from netzwerk_app.vcard import values

    monkeypatch.setattr(values, "PHOTO_LIMIT", 64 * 1024)
    note = "\\n".join(["a long note line"] * 20_000)
    result = read_vcards(card("FN:Chatty", f"NOTE:{note}", "TEL:+41 79 123 45 67"))
    (r,) = result.records
    assert r.notes == "" and r.methods[0].value == "+41 79 123 45 67"
    (warning,) = result.problems
    assert warning.line == 4 and "NOTE" in warning.message and "dropped" in warning.message


def test_a_value_cut_off_inside_a_character_keeps_what_it_has():
    data = (
        b"BEGIN:VCARD\r\nFN:Max\r\nNOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Gr=C3=BC=C3=9F=C3"
    )
    result = read_vcards(data)
    assert result.records[0].notes == "Grüß"
    assert [(p.line, "cut off" in p.message) for p in result.problems] == [(1, False), (3, True)]


def test_a_card_too_large_as_a_whole_keeps_its_beginning(monkeypatch):
    from netzwerk_app.vcard import values

    monkeypatch.setattr(values, "PHOTO_LIMIT", 1024)  # values up to 1.5 kB, cards up to 6 kB
    notes = [f"NOTE:{i}" + "x" * 999 for i in range(10)]
    result = read_vcards(card("FN:Huge", *notes, "EMAIL:late@example.com") + card("FN:Next"))
    huge, after = result.records
    assert huge.notes.count("x" * 999) == 6 and not huge.methods
    assert after.display_name == "Next"
    (warning,) = result.problems
    assert (warning.card, warning.line) == (1, 10) and "card larger than" in warning.message


def test_a_card_without_any_name_is_skipped_with_its_reason():
    result = read_vcards(card("FN:Good") + card("NOTE:who?", "X-FOO:bar"), "x.vcf")
    assert [r.display_name for r in result.records] == ["Good"]
    (error,) = result.problems
    assert (error.card, error.line, error.severity) == (2, 5, "error")
    assert error.message == "card has no name, organization, email or phone"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32-be"])
def test_wide_files_are_transcoded_in_chunks(monkeypatch, encoding):
    from netzwerk_app.vcard import cards

    monkeypatch.setattr(cards, "_WIDE_CHUNK", 7)  # splits code units and surrogate pairs
    data = card("FN:Zoë 😀 Müller", "ORG:Café").decode("utf-8") * 3
    (r, *_rest) = read_vcards(("\ufeff" + data).encode(encoding)).records
    assert (r.display_name, r.organization, len(_rest)) == ("Zoë 😀 Müller", "Café", 2)


def test_a_second_title_or_uid_is_kept_raw():
    data = card("FN:Max", "TITLE:Chef", "UID:first", "TITLE:Koch", "UID:second")
    (r,) = read_vcards(data).records
    assert (r.title, r.uid) == ("Chef", "first")
    assert r.raw_properties == ["TITLE:Koch", "UID:second"]


def test_a_problem_names_its_file_card_and_line():
    from netzwerk_app.vcard.problems import Problem

    assert str(Problem(2, 7, "bad", "warning", "a.vcf")) == "a.vcf, card 2, line 7: warning: bad"
    assert str(Problem(0, 3, "bad")) == "line 3: error: bad"
    assert str(Problem(0, 0, "bad")) == "bad"

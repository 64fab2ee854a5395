"""Every real-world file of the corpus reads without an exception, with the right content."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from netzwerk_app.core.records import Birthday
from netzwerk_app.vcard import read_vcard_file

CORPUS = Path(__file__).parent.parent / "data" / "vcards"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "vcards" / "real-world"

# file, cards in the file, cards read (the others are skipped with an error problem)
COUNTS = [
    ("aosp__v21-adr-backslash-newline.vcf", 1, 1),
    ("aosp__v21-android-custom-no-version.vcf", 1, 0),  # no name, org, email or phone
    ("aosp__v21-backslash-escapes.vcf", 1, 1),
    ("aosp__v21-base64-photo-no-blank-line.vcf", 1, 1),
    ("aosp__v21-comment-lines-qp.vcf", 1, 1),
    ("aosp__v21-complicated-qp-softbreak-label-photo.vcf", 1, 1),
    ("aosp__v21-invalid-multiple-line.vcf", 1, 1),
    ("aosp__v21-japanese-shiftjis-backslash-byte-lf.vcf", 1, 1),
    ("aosp__v21-japanese-shiftjis-qp-adr.vcf", 1, 1),
    ("aosp__v21-malformed-photo-bad-base64.vcf", 1, 1),
    ("aosp__v21-multiple-entry-shiftjis-blanklines.vcf", 3, 3),
    ("aosp__v21-nested-vcard.vcf", 1, 0),
    ("aosp__v21-winmo65-agent-empty-x.vcf", 1, 1),
    ("aosp__v30-ios613-crcrlf-photo.vcf", 1, 1),
    ("aosp__v40-japanese-sort-as.vcf", 1, 1),
    ("calcard__android-multi-qp-cyrillic-emoji.vcf", 10, 10),
    ("calcard__macos15-photo-png-labelled-jpeg.vcf", 1, 1),
    ("calcard__v21-qp-iso8859-1-folded.vcf", 1, 1),
    ("eds__evil-escaping-tab-folding.vcf", 1, 1),
    ("eds__missing-begin.vcf", 1, 0),
    ("eds__missing-end.vcf", 1, 1),  # no END: read with a warning
    ("eds__v21-chinese-qp-utf8.vcf", 1, 1),
    ("eds__v21-nokia-qp-softbreak-umlauts.vcf", 1, 1),
    ("ez-vcard__android-export-qp-utf8-photo.vcf", 6, 6),
    ("ez-vcard__blackberry-v21-unfolded-photo.vcf", 1, 1),
    ("ez-vcard__gmail-export-xabdate.vcf", 1, 1),
    ("ez-vcard__gmail-list-multi-no-final-newline.vcf", 3, 3),
    ("ez-vcard__gmail-single-custom-labels.vcf", 1, 1),
    ("ez-vcard__iphone-ios501-crcrlf-photo.vcf", 1, 1),
    ("ez-vcard__macos-addressbook-photo-base64-indented.vcf", 1, 1),
    ("ez-vcard__outlook-v21-label-qp.vcf", 1, 1),
    ("ez-vcard__outlook2003-key-indented-fburl-garbage.vcf", 1, 1),
    ("ez-vcard__rfc6350-example-bday-no-year.vcf", 1, 1),
    ("folkerkinzel__outlook-v21-cp1252-raw-and-qp.vcf", 1, 1),
    ("folkerkinzel__v21-cropped-blank-lines-in-qp.vcf", 1, 1),  # truncated: read with a warning
    ("folkerkinzel__v21-qp-utf8-umlauts-softbreaks.vcf", 1, 1),
    ("folkerkinzel__v21-ukrainian-cp1251-no-charset.vcf", 1, 1),
    ("folkerkinzel__v21-ukrainian-utf8-bom.vcf", 1, 1),
    ("folkerkinzel__v30-utf16le-bom-crlf.vcf", 2, 2),
    ("folkerkinzel__v40-cardbook-invalid-bday.vcf", 2, 2),
    ("folkerkinzel__whatsapp-type-no-final-newline.vcf", 1, 1),
    ("ical4j-vcard__begin-trailing-space.vcf", 1, 1),
    ("ical4j-vcard__lowercase-version-last.vcf", 1, 1),
    ("ical4j-vcard__macos-multi-8bit-byte.vcf", 30, 30),
    ("ical4j-vcard__outlook2003-qp-latin2-no-charset.vcf", 1, 1),
    ("kcontacts__no-version-bday-datetime-z-logo.vcf", 1, 1),
    ("kcontacts__owncloud-fold-splits-utf8.vcf", 1, 1),
    ("kcontacts__thunderbird-lowercase-v21.vcf", 1, 1),
    ("kcontacts__v21-android-qp-adr-linebreak.vcf", 5, 5),
    ("radicale__cardbook-bday-1604-no-year.vcf", 1, 1),
    ("radicale__sogo-missing-n-fn.vcf", 1, 1),
    ("radicale__v30-photo-data-uri-with-encoding-b.vcf", 1, 1),
    ("radicale__v40-photo-data-uri.vcf", 1, 1),
    ("thunderbird__export-v40-bare-cr-in-value.vcf", 2, 2),
    ("thunderbird__import-crcrlf.vcf", 1, 1),
    ("thunderbird__v30-photo-binary-no-encoding-param.vcf", 1, 1),
    ("vcard4android__davx5-allfields-v30.vcf", 1, 1),
    ("vcard4android__v40-bday-no-year-extended.vcf", 1, 1),
]


def test_the_table_covers_every_corpus_file():
    assert sorted(name for name, _, _ in COUNTS) == sorted(p.name for p in CORPUS.glob("*.vcf"))
    assert len(COUNTS) == 58
    assert (CORPUS / "SOURCES.md").exists()


@pytest.mark.parametrize(("name", "cards", "read"), COUNTS)
def test_card_counts_and_no_exception(name, cards, read):
    result = read_vcard_file(CORPUS / name)
    assert result.cards == cards
    assert len(result.records) == read
    errors = [p for p in result.problems if p.severity == "error"]
    assert len(errors) == cards - read
    for problem in errors:
        assert problem.card >= 1 and problem.line >= 1 and problem.source == name
    for record in result.records:
        assert record.computed_display_name()


def _records(name):
    return read_vcard_file(CORPUS / name).records


def _one(name):
    records = _records(name)
    assert len(records) == 1
    return records[0]


def _raw_value(record, prefix):
    return [line for line in record.raw_properties if line.upper().startswith(prefix)]


def test_gmail_comma_in_name_and_escaped_url():
    r = _one("ez-vcard__gmail-export-xabdate.vcf")
    assert r.display_name == "Mr. John Richter, James Doe Sr."
    assert r.additional_names == "Richter, James"
    assert r.birthday == Birthday(3, 22, 1980)
    assert "http://www.ibm.com" in [m.value for m in r.methods if m.kind == "url"]
    # item groups with X-ABDATE stay with the contact, together with their label
    assert any("X-ABDATE" in line.upper() for line in r.raw_properties)


def test_nokia_umlauts_split_by_soft_breaks():
    r = _one("eds__v21-nokia-qp-softbreak-umlauts.vcf")
    assert r.display_name == "Michael Brüning"
    assert r.birthday == Birthday(12, 29, 1978)
    (adr,) = r.addresses
    assert adr.street == "Münsterplatz 21"
    assert adr.region == "Baden-Württemberg"
    assert adr.country == ""  # the LABEL after the blank line is its own property
    assert any("Münsterplatz 21" in line for line in _raw_value(r, "LABEL"))


@pytest.mark.parametrize(
    "name",
    [
        "folkerkinzel__v21-ukrainian-cp1251-no-charset.vcf",
        "folkerkinzel__v21-ukrainian-utf8-bom.vcf",
    ],
)
def test_ukrainian_names_in_cp1251_and_utf8(name):
    r = _one(name)
    plain = r.display_name.replace("\u0301", "")  # the UTF-8 file carries stress accents
    assert plain == "Віталій Володимирович Кличко"
    assert r.addresses[0].locality == "Київ"
    assert _raw_value(r, "LABEL") == ["LABEL:Київ"]


def test_polish_outlook_qp_without_charset():
    r = _one("ical4j-vcard__outlook2003-qp-latin2-no-charset.vcf")
    labels = " ".join(_raw_value(r, "LABEL"))
    assert "Kraków, małopolskie" in labels


def test_german_outlook_cp1252():
    r = _one("folkerkinzel__outlook-v21-cp1252-raw-and-qp.vcf")
    assert r.addresses[0].street == "Lämmerweg 12"
    assert r.addresses[0].preferred


def test_japanese_names():
    r = _one("aosp__v21-japanese-shiftjis-backslash-byte-lf.vcf")
    assert (r.family_name, r.given_name, r.additional_names) == ("伊能", "圭一", "伊予")
    assert r.display_name == "伊能 圭一 伊予"
    r = _one("aosp__v21-japanese-shiftjis-qp-adr.vcf")
    assert (r.family_name, r.given_name) == ("安藤", "ロイド1")
    assert r.addresses[0].extended == "東京都渋谷区桜丘町26-1セルリアンタワー6階"
    assert r.addresses[0].postal_code == "150-8512"
    assert any("ｱﾝﾄﾞｳ" in line for line in r.raw_properties)
    names = [x.family_name for x in _records("aosp__v21-multiple-entry-shiftjis-blanklines.vcf")]
    assert names == ["安藤ロイド3", "安藤ロイド4", "安藤ロイド5"]
    r = _one("aosp__v40-japanese-sort-as.vcf")
    assert (r.family_name, r.given_name, r.organization, r.department) == (
        "安藤",
        "ロイド",
        "グーグル",
        "検索部門",
    )


def _base64_length(path: Path) -> int:
    text = path.read_bytes().replace(b"\r", b"").decode("ascii")
    m = re.search(r"PHOTO;ENCODING=b;TYPE=JPEG:(.*?)\n(?=\S)", text, re.S)
    return len(base64.b64decode(re.sub(r"\s", "", m[1])))


def test_iphone_photo_exact_bytes():
    r = _one("ez-vcard__iphone-ios501-crcrlf-photo.vcf")
    assert (
        len(r.photo) == 32531 == _base64_length(CORPUS / "ez-vcard__iphone-ios501-crcrlf-photo.vcf")
    )
    assert r.photo.startswith(b"\xff\xd8\xff") and r.photo.endswith(b"\xff\xd9")
    assert r.photo_mime == "image/jpeg"
    assert r.birthday == Birthday(6, 6, 2012)
    assert r.additional_names == "Richter,James"
    labels = {m.value: m.label for m in r.methods}
    assert labels["905-555-1234"] == "mobile"
    assert labels["905-222-1234"] == "assistantphone"
    assert labels["http://www.ibm.com"] == "homepage"
    r = _one("aosp__v30-ios613-crcrlf-photo.vcf")
    assert len(r.photo) == 5165 and r.photo_mime == "image/jpeg"


def test_photos_in_every_spelling():
    assert _one("calcard__macos15-photo-png-labelled-jpeg.vcf").photo_mime == "image/png"
    for name in (
        "radicale__v30-photo-data-uri-with-encoding-b.vcf",
        "radicale__v40-photo-data-uri.vcf",
    ):
        r = _one(name)
        assert r.photo.startswith(b"\x89PNG") and len(r.photo) == 72
    assert len(_one("ez-vcard__macos-addressbook-photo-base64-indented.vcf").photo) == 18242
    assert len(_one("thunderbird__v30-photo-binary-no-encoding-param.vcf").photo) == 5321
    assert len(_one("aosp__v21-base64-photo-no-blank-line.vcf").photo) == 3888
    url = _records("folkerkinzel__v30-utf16le-bom-crlf.vcf")[0].photo_url
    assert url.startswith("https://lh3.googleusercontent.com/") and url.endswith("/photo.jpg")


def test_bad_photo_is_dropped_with_a_warning():
    result = read_vcard_file(CORPUS / "aosp__v21-malformed-photo-bad-base64.vcf")
    (r,) = result.records
    assert r.photo is None
    assert any(p.severity == "warning" and "PHOTO" in p.message for p in result.problems)


def test_birthdays_in_all_forms():
    assert _one("aosp__v21-adr-backslash-newline.vcf").birthday == Birthday(12, 3, 2008)
    assert _one("ez-vcard__rfc6350-example-bday-no-year.vcf").birthday == Birthday(2, 3)
    assert _one("vcard4android__v40-bday-no-year-extended.vcf").birthday == Birthday(4, 16)
    assert _one("radicale__cardbook-bday-1604-no-year.vcf").birthday == Birthday(1, 1)
    assert _one("kcontacts__no-version-bday-datetime-z-logo.vcf").birthday == Birthday(7, 19, 1955)
    assert _one("vcard4android__davx5-allfields-v30.vcf").birthday == Birthday(4, 15, 1996)
    assert _one("ez-vcard__outlook-v21-label-qp.vcf").birthday == Birthday(3, 22, 1980)


def test_invalid_birthday_kept_in_notes_with_warning():
    result = read_vcard_file(CORPUS / "folkerkinzel__v40-cardbook-invalid-bday.vcf")
    max_ = result.records[1]
    assert max_.birthday is None
    assert "19723101" in max_.notes
    assert any(p.severity == "warning" and "19723101" in p.message for p in result.problems)
    assert result.records[0].family_name == "Möhrke"


def test_escapes_and_continuations():
    r = _one("aosp__v21-adr-backslash-newline.vcf")
    assert r.addresses[1].street == "Hermann v. Brevern\n9999999\nPackstation 999"
    r = _one("eds__evil-escaping-tab-folding.vcf")
    assert r.addresses[0].street == "Evil semicolon city;"
    assert r.addresses[0].locality == "Semicolon;way"
    assert [m.label for m in r.methods if m.kind == "phone"] == ["msg work", "fax work"]
    assert "semicolon;@points.net" in r.emails()
    r = _one("aosp__v21-comment-lines-qp.vcf")
    assert r.notes == "This is an (sharp ->#<- sharp) example. This message must NOT be ignored."
    r = _one("aosp__v21-complicated-qp-softbreak-label-photo.vcf")
    assert "Now's the time for all folk to come to the aid of their country." in r.notes
    assert r.organization == "Gump Shrimp Co."
    r = _one("kcontacts__owncloud-fold-splits-utf8.vcf")
    assert r.notes.startswith("Длинный комментарий на русском языке")
    r = _one("aosp__v21-invalid-multiple-line.vcf")
    assert r.emails() == ['"Omega" <omega@example.com>']


def test_qp_soft_breaks_inside_utf8_sequences():
    r = _one("folkerkinzel__v21-qp-utf8-umlauts-softbreaks.vcf")
    assert r.notes.startswith("Kommentar ÄÄÄÄÄÄ ääääää ÖÖÖÖÖÖ öööööö ÜÜÜÜÜÜ üüüüüü ßßßßßß\n")
    assert r.department == "Führungsetage"
    r = _one("eds__v21-chinese-qp-utf8.vcf")
    assert r.given_name == "十城目管理大型知座"


def test_missing_name_built_from_email_org():
    assert _one("radicale__sogo-missing-n-fn.vcf").display_name == (
        "test-misses-N-or-FN@example.com"
    )
    assert _one("calcard__macos15-photo-png-labelled-jpeg.vcf").display_name == "{NAME}"


def test_unknown_properties_are_kept():
    r = _one("aosp__v21-winmo65-agent-empty-x.vcf")
    assert "X-CLASS:PUBLIC" in r.raw_properties
    assert "ANNIVERSARY;VALUE=DATE:20091010" in r.raw_properties
    r = _records("thunderbird__export-v40-bare-cr-in-value.vcf")[1]
    assert "X-CUSTOM1;VALUE=TEXT:custom\\, 1" in r.raw_properties
    assert "X-CUSTOM3;VALUE=TEXT:custom\\n3" in r.raw_properties
    assert r.notes == "here's some unicode text…"


def test_categories_become_tags():
    records = _records("ical4j-vcard__macos-multi-8bit-byte.vcf")
    assert records[0].tags == ["Demo", "Nepomuk(SAP)"]
    assert any(r.family_name == "Spaßlund" for r in records)


def test_utf16_file():
    records = _records("folkerkinzel__v30-utf16le-bom-crlf.vcf")
    assert records[0].display_name == "Folker Kinzel"
    assert records[1].display_name == "KMS Außenstelle"
    assert "blablö@blub.com" in records[1].emails()


@pytest.mark.parametrize(
    "name",
    [
        "rcmcarddav__cardbook-v40-escaped-data-uri.vcf",
        "rcmcarddav__ios14-impp-quoted-param.vcf",
        "nextcloud-contacts__mixed-v30-v40-group-text-bday.vcf",
    ],
)
def test_licence_excluded_files_from_shared_if_present(name):
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"{name} is not in ../shared (kept out of the repository for its licence)")
    result = read_vcard_file(path)
    assert result.records
    if name.startswith("rcmcarddav__cardbook"):
        assert result.records[0].photo.startswith(b"\xff\xd8")
    if name.startswith("rcmcarddav__ios14"):
        labels = [m.label for m in result.records[0].methods if m.kind == "messenger"]
        assert "Mike’s very special, custom IM:" in labels
    if name.startswith("nextcloud"):
        assert result.cards == 108
        assert len(result.records) == 108


def test_nextcloud_text_birthdays_in_us_order_are_birthdays():
    path = SHARED / "nextcloud-contacts__mixed-v30-v40-group-text-bday.vcf"
    if not path.exists():  # AGPL-3.0 test data: read from ../shared, never committed here
        pytest.skip(f"{path.name} is not in ../shared (kept out of the repository for its licence)")
    result = read_vcard_file(path)
    records = result.records
    with_birthday = {r.display_name: r.birthday for r in records if r.birthday}
    assert len(with_birthday) == 105
    assert with_birthday["Liam Cunningham"] == Birthday(5, 26, 1981)
    assert with_birthday["Youness de Kraker"] == Birthday(8, 6, 1983)  # 8/6: ambiguous, US order
    assert with_birthday["Simon Perreault"] == Birthday(2, 3)
    assert not [r.display_name for r in records if "Birthday" in r.notes]
    ambiguous = [p for p in result.problems if "ambiguous" in p.message]
    assert ambiguous and all(p.severity == "warning" and p.line > 1 for p in ambiguous)
    assert any("'8/6/1983' is ambiguous; read as 1983-08-06" in p.message for p in ambiguous)

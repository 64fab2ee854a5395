"""The three ways in store the same data: `netzwerk add`, the contact card and the importer's
rule, all through `core.validation.clean_record` (issue 12)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netzwerk_app.cli import main
from netzwerk_app.core import contacts, validation
from netzwerk_app.core.records import ContactMethodRecord, ContactRecord


def test_clean_record_normalises_warns_and_removes_invisible_characters():
    record = ContactRecord(
        given_name="Be\u202eat",
        methods=[ContactMethodRecord("phone", "079 123 45 67"),
                 ContactMethodRecord("email", "not-an-email")],
    )  # fmt: skip
    cleaned, problems = validation.clean_record(record)
    assert cleaned.given_name == "Beat"
    assert [m.value for m in cleaned.methods] == ["+41791234567", "not-an-email"]
    assert [(p.code, p.field, p.index) for p in problems] == [
        (validation.INVISIBLE_CHARACTERS_REMOVED, "given_name", None),
        (validation.NOT_AN_EMAIL_ADDRESS, "methods", 1),
    ]


def test_the_command_line_and_the_card_store_the_same(
    tmp_path, capsys, qtbot, db, data_dir, window
):
    cli_dir = tmp_path / "cli"
    args = ["--data-dir", str(cli_dir), "add", "--given", "Beat"]
    code = main([*args, "--phone", "079 123 45 67", "--email", "not-an-email"])
    out, err = capsys.readouterr()
    assert code == 0
    assert "not an email address" in err  # warned, not refused
    from netzwerk_app.core.database import open_database

    cli_db = open_database(cli_dir)
    by_cli = contacts.load_contact(cli_db, int(out.strip()))
    cli_db.close()

    # the same typed into the card
    window.new_contact()
    card = window.card
    qtbot.keyClicks(card.given, "Beat")
    for kind, value in (("phone", "079 123 45 67"), ("email", "not-an-email")):
        card.add_method()
        row = card.methods.rowCount() - 1
        card.methods.cellWidget(row, 1).setCurrentIndex(
            card.methods.cellWidget(row, 1).findData(kind)
        )
        card.methods.item(row, 2).setText(value)
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    by_card = contacts.load_contact(db, card.contact_id)
    assert sorted((m.kind, m.value) for m in by_card.methods) == sorted(
        (m.kind, m.value) for m in by_cli.methods
    )
    assert ("phone", "+41791234567") in [(m.kind, m.value) for m in by_card.methods]


def test_the_card_removes_deceptive_characters_from_a_typed_name(window, qtbot, db):
    window.new_contact()
    card = window.card
    card.given.setFocus()
    card.given.insert("Be\u202eat")  # pasted (a key click cannot type U+202E)
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert contacts.load_contact(db, card.contact_id).given_name == "Beat"

"""The contact card: photo, touchpoint timeline, tier history, links, birthdays."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from netzwerk_app.core import care, clock, contact_writes, contacts
from netzwerk_app.core.records import Birthday, ContactMethodRecord, ContactRecord, InvalidInput
from netzwerk_app.ui.card.birthdays import birthday_text, parse_birthday_text
from netzwerk_app.ui.card.card import ContactCard
from netzwerk_app.ui.card.reach import method_url
from netzwerk_app.ui.dialogs.touchpoint_dialog import TouchpointDialog


@pytest.fixture
def card(qtbot, db):
    widget = ContactCard(db)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget._set_dirty(False)


def test_birthday_parsing_with_and_without_year():
    assert parse_birthday_text("27.11.1980") == Birthday(11, 27, 1980)
    assert parse_birthday_text("27.11.") == Birthday(11, 27)
    assert parse_birthday_text("--11-27") == Birthday(11, 27)
    assert parse_birthday_text("1980-11-27") == Birthday(11, 27, 1980)
    assert parse_birthday_text(" ") is None
    with pytest.raises(InvalidInput):
        parse_birthday_text("31.02.")
    german = QLocale(QLocale.Language.German, QLocale.Country.Switzerland)
    british = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    american = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert birthday_text(Birthday(11, 27), german) == "27.11."
    assert birthday_text(Birthday(11, 27), british) == "27/11"
    assert birthday_text(Birthday(11, 27, 1980), british) == "27/11/1980"
    assert birthday_text(Birthday(11, 27, 1980), american) == "11/27/1980"
    # what is shown is accepted
    assert parse_birthday_text("27/11/1980", british) == Birthday(11, 27, 1980)
    assert parse_birthday_text("27/11", british) == Birthday(11, 27)
    assert parse_birthday_text("11/27/1980", american) == Birthday(11, 27, 1980)
    assert parse_birthday_text("27.11.", british) == Birthday(11, 27)
    with pytest.raises(InvalidInput):
        parse_birthday_text("13/13/1980", british)


def test_method_links():
    assert method_url("email", "a@b.ch").toString() == "mailto:a@b.ch"
    assert method_url("phone", "+41 79 123 45 67").toString() == "tel:+41791234567"
    assert method_url("url", "example.org").scheme() == "http"
    assert method_url("url", "javascript:alert(1)") is None
    assert method_url("messenger", "@anna") is None


def test_photo_from_a_file_and_removed(card, db, three, tmp_path):
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    path = tmp_path / "face.png"
    image.save(str(path))
    card.show_contact(three[0])
    assert card.set_photo_file(str(path))
    data, mime = contacts.photo_of(three[0])
    assert mime == "image/jpeg"
    stored = QImage.fromData(data)
    assert max(stored.width(), stored.height()) == 512
    card.remove_photo()
    assert contacts.photo_of(three[0]) is None


def test_a_file_that_is_not_an_image_is_refused(card, db, three, tmp_path, message_boxes):
    path = tmp_path / "x.png"
    path.write_bytes(b"not an image")
    card.show_contact(three[0])
    assert not card.set_photo_file(str(path))
    assert message_boxes.said == ["This file is not an image."]
    assert contacts.photo_of(three[0]) is None


def test_timeline_planned_apart_newest_first_edit_and_delete(
    card, qtbot, db, three, monkeypatch, message_boxes
):
    today = clock.today()
    old = care.log_touchpoint(db, [three[0]], "call", today - dt.timedelta(days=30))[0]
    care.log_touchpoint(db, [three[0]], "lunch", today - dt.timedelta(days=3), note="<b>n</b>")
    care.plan_touchpoint(db, three[0], today + dt.timedelta(days=9), "meeting")
    card.show_contact(three[0])
    assert card.planned_list.topLevelItemCount() == 1
    assert card.history_list.topLevelItemCount() == 2
    assert card.history_list.topLevelItem(0).text(3) == "<b>n</b>"  # newest first, literal

    card.history_list.setCurrentItem(card.history_list.topLevelItem(1))
    assert card.edit_tp_button.isEnabled()

    def change_note(dialog):
        dialog.note.setPlainText("edited")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(TouchpointDialog, "exec", change_note)
    qtbot.mouseClick(card.edit_tp_button, Qt.MouseButton.LeftButton)
    assert [t.note for t in care.touchpoints_of(three[0]) if t.id == old] == ["edited"]

    card.history_list.setCurrentItem(card.history_list.topLevelItem(1))
    message_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(card.delete_tp_button, Qt.MouseButton.LeftButton)
    assert message_boxes.said == ["Delete the selected touchpoint?"]
    assert old not in [t.id for t in care.touchpoints_of(three[0])]
    assert card.history_list.topLevelItemCount() == 1


def test_tier_change_is_kept_in_the_history(card, db, three):
    card.show_contact(three[1])
    card.tier.setCurrentIndex(card.tier.findData("A"))
    card.tier_reason.setText("promoted to sales director")
    assert card.save()
    assert contacts.load_contact(db, three[1]).tier == "A"
    assert card.tier_history.topLevelItem(0).text(2) == "promoted to sales director"
    assert card.tier_badge.text() == "A"


def test_tags_complete_from_existing_tags(card, db, add_contact, three):
    contact_writes.set_tags(three[0], ["sailing", "board"])
    card.show_contact(three[1])
    assert set(card.tag_model.stringList()) == {"sailing", "board"}
    completer = card.tags.completer()
    assert completer.splitPath("alumni, sa") == ["sa"]


def test_new_contact_needs_a_name(card, qtbot, db, message_boxes):
    card.new_contact()
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert len(message_boxes.said) == 1
    assert card.is_dirty() and contacts.list_contacts(db) == []


def test_a_very_long_name_or_organization_does_not_widen_the_card(window, qtbot, db):
    long_word = "Lang" * 40
    cid = contact_writes.add_contact(
        db,
        ContactRecord(
            given_name="<b>x</b>", family_name="Family" + long_word, organization="Org" + long_word
        ),
    )
    window.resize(1280, 780)
    window.refresh_all()
    window.open_contact(cid)
    qtbot.wait(10)
    # The header labels set the card's minimum width: the list was squeezed to a sliver.
    assert window.card.minimumSizeHint().width() < 500
    assert window.width() <= 1280
    assert window.list_splitter.sizes()[0] > 400
    assert "&lt;b&gt;x&lt;/b&gt;" in window.card.name_label.toolTip()
    assert "Org" + long_word in window.card.subtitle_label.toolTip()


def test_tab_walks_through_the_card_and_out_of_its_tables_and_dates(card, qtbot, db):
    cid = contact_writes.add_contact(
        db,
        ContactRecord(
            given_name="Ada", family_name="Ast", methods=[ContactMethodRecord("email", "a@b.ch")]
        ),
    )
    card.resize(520, 900)
    qtbot.waitExposed(card)
    card.show_contact(cid)
    card.methods.setFocus()
    card.methods.setCurrentCell(0, 2)
    reached = []
    for _ in range(20):
        QTest.keyClick(card.focusWidget(), Qt.Key.Key_Tab)
        reached.append(card.focusWidget())
    # Tab went round the reach table's cells for ever, and the "met on" date (shown as
    # "unknown") kept the focus on every Tab: the notes were out of reach.
    assert card.addresses in reached
    assert card.met_on in reached
    assert card.notes in reached
    assert reached.count(card.met_on) <= 3

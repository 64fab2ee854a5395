"""The network care GUI: tier review by keys, introductions, events, the card's Network tab,
the overview charts and the Network menu. Driven as the user does: keys, clicks, typing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from netzwerk_app.core import (
    care,
    contact_writes,
    contacts,
    events,
    history,
    introductions,
    network,
)
from netzwerk_app.core.models import Contact
from netzwerk_app.core.records import ContactRecord

FILED = dt.date(2024, 1, 1)  # long ago: every filed contact waits for review


def _texts(tree, column: int = 0) -> list[str]:
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]


@pytest.fixture
def review_dialog(qtbot, db):
    from netzwerk_app.ui.dialogs.review_dialog import ReviewDialog

    def make():
        dialog = ReviewDialog(db)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


# ---------------------------------------------------------------- review


def test_the_review_is_worked_through_with_keys(qtbot, db, add_contact, review_dialog):
    ids = {
        "Anna Müller": add_contact("Anna", "Müller", "Alpenbank", "CFO", "A", since=FILED),
        "Beat Keller": add_contact("Beat", "Keller", "Zeta AG", "Engineer", "B", since=FILED),
        "Chidi Okafor": add_contact("Chidi", "Okafor", "Migros", "Buyer", "C", since=FILED),
    }
    dialog = review_dialog()
    assert dialog.count_label.text() == "Waiting for review: 3"
    seen = []

    first = dialog.name_label.text()
    seen.append(first)
    assert "Not reviewed for a long time" in dialog.reasons_label.text()
    assert dialog.focusWidget() is dialog.keep_button  # not the reason field
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_K)  # keep
    assert contacts.load_contact(db, ids[first]).tier == Contact.get_by_id(ids[first]).tier
    assert Contact.get_by_id(ids[first]).last_reviewed == dt.date(2026, 11, 26)
    assert dialog.count_label.text() == "Waiting for review: 2"

    second = dialog.name_label.text()
    seen.append(second)
    qtbot.keyClicks(dialog.reason, "new role, less contact")  # letters stay in the field
    assert dialog.name_label.text() == second
    dialog.keep_button.setFocus()
    qtbot.keyClick(dialog.keep_button, Qt.Key.Key_D)  # move to D
    assert Contact.get_by_id(ids[second]).tier == "D"
    assert history.tier_history(ids[second])[0].reason == "new role, less contact"

    third = dialog.name_label.text()
    seen.append(third)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_X)  # archive
    assert Contact.get_by_id(ids[third]).archived
    assert sorted(seen) == sorted(ids)
    assert dialog.done_label.isVisible() and not dialog.body.isVisible()


def test_review_buttons_and_skip(qtbot, db, add_contact, review_dialog):
    anna = add_contact("Anna", "Müller", "", "", "A", since=FILED)
    beat = add_contact("Beat", "Keller", "", "", "B", since=FILED)
    dialog = review_dialog()
    first = dialog.current.contact_id
    assert not dialog.tier_buttons[dialog.current.tier].isEnabled()  # its own tier
    qtbot.keyClick(dialog, Qt.Key.Key_S)  # skip: the other one comes first now
    assert dialog.current.contact_id != first
    other = dialog.current.contact_id
    qtbot.mouseClick(dialog.tier_buttons["C"], Qt.MouseButton.LeftButton)
    assert Contact.get_by_id(other).tier == "C"
    assert dialog.current.contact_id == first  # the skipped one again
    assert {anna, beat} == {first, other}


def test_the_review_shows_the_evidence(qtbot, db, add_contact, review_dialog):
    cid = add_contact("Anna", "Keller", "Lehrbetrieb AG", "Apprentice", "C", since=FILED)
    record = contacts.load_contact(db, cid)
    record.organization, record.title = "Big Corp", "Sales Director"
    contact_writes.update_contact(db, cid, record)
    care.log_touchpoint(db, [cid], "lunch", dt.date(2026, 10, 1), "in_person", "talked shop")
    dialog = review_dialog()
    assert dialog.name_label.text() == "Anna Keller"
    assert dialog.reasons_label.text().startswith("• Career changed since the last review")
    assert "talked shop" in _texts(dialog.touchpoints, 3)
    assert _texts(dialog.positions, 2) == ["Sales Director, Big Corp", "Apprentice, Lehrbetrieb AG"]
    assert _texts(dialog.tier_history, 1)[0].endswith("→ C")


# ---------------------------------------------------------------- the card's Network tab


@pytest.fixture
def card(qtbot, db):
    from netzwerk_app.ui.card.card import ContactCard

    widget = ContactCard(db)
    qtbot.addWidget(widget)
    widget.resize(520, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_card_shows_career_links_and_events(qtbot, db, add_contact, card):
    anna = add_contact("Anna", "Keller", "Lehrbetrieb AG", "Apprentice", "C", since=FILED)
    beat = add_contact("Beat", "<b>Frei</b>", "", "", "B")
    record = contacts.load_contact(db, anna)
    record.organization, record.title = "Big Corp", "Sales Director"
    contact_writes.update_contact(db, anna, record)
    network.link(db, anna, beat, "studied together")
    event = events.add_event(db, "Apéro KMU", dt.date(2026, 11, 20), "Bern")
    events.attend(db, event, anna)
    card.show_contact(anna)
    section = card.network_section
    card.tabs.setCurrentWidget(section)
    rows = section.timeline.texts()
    assert len(rows) == 2
    assert "Sales Director, Big Corp" in rows[0] and "today" in rows[0]
    assert "Apprentice, Lehrbetrieb AG" in rows[1]
    assert _texts(section.links) == ["Beat <b>Frei</b>"]  # plain text, as typed
    assert _texts(section.links, 1) == ["studied together"]
    assert _texts(section.events, 1) == ["Apéro KMU"]
    carla = add_contact("Carla", "Rossi")
    network.link(db, carla, beat)
    assert _texts(section.paths) == []
    card.show_contact(anna)
    assert _texts(section.paths, 1) == ["Carla Rossi → Beat <b>Frei</b> → Anna Keller"]


def test_a_link_is_added_with_the_picker_and_removed(qtbot, db, add_contact, card):
    anna = add_contact("Anna", "Keller", tier="A")
    beat = add_contact("Beat", "Frei", tier="B")
    add_contact("Chidi", "Okafor")
    card.show_contact(anna)
    section = card.network_section
    qtbot.mouseClick(section.add_link_button, Qt.MouseButton.LeftButton)
    dialog = section.link_dialog
    qtbot.keyClicks(dialog.picker.search, "Frei")
    assert dialog.picker.matches.count() == 1
    qtbot.keyClicks(dialog.note, "same football club")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert _texts(section.links) == ["Beat Frei"]
    assert [link.note for link in network.links_of(db, beat)] == ["same football club"]
    section.links.setCurrentItem(section.links.topLevelItem(0))
    qtbot.mouseClick(section.remove_link_button, Qt.MouseButton.LeftButton)
    assert _texts(section.links) == [] and network.links_of(db, anna) == []


def test_an_introduction_is_made_from_the_card(qtbot, db, add_contact, card):
    anna = add_contact("Anna", "Keller", tier="A")
    beat = add_contact("Beat", "Frei", tier="B")
    card.show_contact(anna)
    section = card.network_section
    qtbot.mouseClick(section.introduce_button, Qt.MouseButton.LeftButton)
    dialog = section.introduce_dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.picker_b.search, "Beat")
    qtbot.keyClicks(dialog.note, "both look for a sales partner")
    assert dialog.status.currentText() == "Made"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _texts(section.intros, 1) == ["Beat Frei"]
    assert _texts(section.intros, 2) == ["Made"]
    assert _texts(section.links) == ["Beat Frei"]
    for cid in (anna, beat):
        kinds = [t.kind for t in care.touchpoints_of(cid)]
        assert kinds == ["introduction"]
    assert "Introduction" in _texts(card.history_list, 1)


def test_a_planned_introduction_logs_nothing_yet(qtbot, db, add_contact):
    from netzwerk_app.ui.dialogs.introduce_dialog import IntroduceDialog

    anna = add_contact("Anna", "Keller", tier="A")
    beat = add_contact("Beat", "Frei", tier="B")
    dialog = IntroduceDialog(db, anna, beat)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData("planned"))
    dialog.findChild(QDialogButtonBox).accepted.emit()
    [row] = introductions.list_introductions(db)
    assert row.status == "planned" and care.touchpoints_of(anna) == []


def test_a_planned_introduction_is_marked_made_then_followed_up_on_the_card(qtbot, db, add_contact):
    from netzwerk_app.ui.card.network_section import NetworkSection

    anna = add_contact("Anna", "Keller", tier="A")
    beat = add_contact("Beat", "Frei", tier="B")
    introductions.introduce(db, anna, beat, note="export", status="planned")
    section = NetworkSection(db)
    qtbot.addWidget(section)
    section.show()
    section.show_contact(anna)
    assert not section.made_button.isEnabled()
    section.intros.setCurrentItem(section.intros.topLevelItem(0))
    assert section.made_button.isEnabled() and section.followed_up_button.isEnabled()
    qtbot.mouseClick(section.made_button, Qt.MouseButton.LeftButton)
    assert section.intros.topLevelItem(0).text(2) == "Made"
    assert [t.kind for t in care.touchpoints_of(anna)] == ["introduction"]
    assert [t.kind for t in care.touchpoints_of(beat)] == ["introduction"]
    section.intros.setCurrentItem(section.intros.topLevelItem(0))
    assert not section.made_button.isEnabled()
    qtbot.mouseClick(section.followed_up_button, Qt.MouseButton.LeftButton)
    assert section.intros.topLevelItem(0).text(2) == "Followed up"


def test_suggestions_show_the_reason_and_dismiss_for_good(qtbot, db):
    from netzwerk_app.ui.dialogs.introduce_dialog import SuggestionsDialog

    for given in ("Anna", "Beat"):
        contact_writes.add_contact(
            db, ContactRecord(given_name=given, family_name="Keller", tier="B",
                              interests="sailing, wine")
        )  # fmt: skip
    dialog = SuggestionsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _texts(dialog.list) == ["Anna Keller"]
    assert "shared interests" in _texts(dialog.list, 2)[0]
    qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
    assert _texts(dialog.list) == [] and dialog.empty.isVisible()
    dialog.refresh()
    assert _texts(dialog.list) == []


# ---------------------------------------------------------------- events


def test_event_quick_entry_and_attaching_a_contact(qtbot, db, add_contact):
    from netzwerk_app.ui.dialogs.events_dialog import EventsDialog

    anna = add_contact("Anna", "Keller", tier="A")
    dialog = EventsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.event_name, "Apero KMU")  # QTest types ASCII only
    qtbot.keyClicks(dialog.event_place, "Bern")
    qtbot.mouseClick(dialog.add_event_button, Qt.MouseButton.LeftButton)
    assert _texts(dialog.events, 1) == ["Apero KMU"]
    assert dialog.focusWidget() is dialog.met_name  # ready for the first person met
    qtbot.keyClicks(dialog.met_name, "Dora Frei")
    qtbot.keyClicks(dialog.met_org, "Frei Consulting")
    qtbot.keyClicks(dialog.met_line, "wants to export to Poland")
    qtbot.keyClick(dialog.met_line, Qt.Key.Key_Return)
    assert _texts(dialog.attendees) == ["Dora Frei"]
    assert dialog.met_name.text() == ""
    dora = Contact.get(Contact.display_name == "Dora Frei")
    assert dora.organization == "Frei Consulting"
    assert dora.met_where == "Apero KMU, Bern"
    assert [t.kind for t in care.touchpoints_of(dora.id)] == ["event"]

    qtbot.keyClicks(dialog.picker.search, "Anna")
    qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    assert _texts(dialog.attendees) == ["Anna Keller", "Dora Frei"]
    assert _texts(dialog.events, 3) == ["2"]
    assert [t.kind for t in care.touchpoints_of(anna)] == ["event"]


# ---------------------------------------------------------------- overview and menu


def test_the_overview_charts_show_the_numbers(qtbot, db, add_contact):
    from netzwerk_app.ui.dialogs.overview_dialog import OverviewDialog

    anna = add_contact("Anna", "Keller", tier="A", since=FILED)
    beat = add_contact("Beat", "Frei", tier="B")
    care.log_touchpoint(db, [anna], "lunch", dt.date(2026, 11, 2), "in_person")
    care.log_touchpoint(db, [beat], "call", dt.date(2026, 10, 2), "phone")
    introductions.introduce(db, anna, beat)
    dialog = OverviewDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [(label, value) for label, value, _c in dialog.per_tier.bars] == [
        ("A", 1), ("B", 1), ("C", 0), ("D", 0), ("Unsorted", 0),
    ]  # fmt: skip
    assert [value for _l, value, _c in dialog.months.bars][-2:] == [1, 3]  # Oct, Nov
    assert len(dialog.months.bars) == 12
    assert dialog.in_person.share == pytest.approx(1 / 4)  # lunch; call, 2 introductions
    assert dialog.intros.value == 1
    assert not dialog.grab().isNull()


def test_the_network_menu_counts_the_review_and_opens_the_windows(window, add_contact):
    add_contact("Anna", "Keller", tier="A", since=FILED)
    menu = window.network_menu
    assert menu.menu.title() == "&Network"
    assert menu.update_count() == 1
    assert menu.review_action.text().endswith("(1)")
    review = menu.open("review")
    assert review.isVisible() and review.name_label.text() == "Anna Keller"
    assert menu.open("review") is review  # one of each
    review.keep()
    assert menu.update_count() == 0 and "(" not in menu.review_action.text()
    for tool in ("events", "suggestions", "overview"):
        assert menu.open(tool).isVisible()
    for dialog in list(menu.windows.values()):
        dialog.reject()


def test_the_review_interval_is_a_setting(qtbot, window, add_contact, db, prefs, context):
    """Settings ▸ General: "Ask to re-check a tier after N months without a review"."""
    from netzwerk_app.ui.dialogs.settings_dialog import SettingsDialog

    add_contact("Anna", "Keller", tier="A", since=FILED)
    review = window.network_menu.open("review")
    assert "not_reviewed" in {r.code for r in review.current.reasons}
    review.reject()
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.review_months.value() == 12
    dialog.review_months.setValue(120)  # ten years: Anna was filed more recently than that
    dialog.accept()
    assert prefs.review_months == 120
    review = window.network_menu.open("review")
    assert review.months == 120
    assert "not_reviewed" not in {r.code for r in review.current.reasons}
    review.reject()

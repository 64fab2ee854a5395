"""At the app's start the contact card waits for the first frame: its slot keeps the card's
room, so nothing moves when the card arrives; without the card's sizes from a last run, the card
is built at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from netzwerk_app.ui.main_window import MainWindow
from netzwerk_app.ui.pages.card_slot import KEY_CARD_SIZES, CardSlot, stored_card_sizes


def _start(qtbot, context, width: int) -> MainWindow:
    """A window as the app's start makes it (first rows only), shown at `width`."""
    window = MainWindow(context, first_rows=2)
    qtbot.addWidget(window)
    window.resize(width, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def _run_once(qtbot, context) -> None:
    """An earlier run: its card built, its state (the card's sizes among it) kept on closing."""
    window = _start(qtbot, context, 1000)
    window.build_card()
    window.close()


def test_the_first_start_builds_the_card_at_once(qtbot, context, three):
    window = _start(qtbot, context, 1000)
    assert window.contacts_page.built_card is not None
    assert not window.list_splitter.findChildren(CardSlot)
    window.close()
    assert stored_card_sizes(context.preferences) is not None


@pytest.mark.parametrize("width", [800, 1280])
def test_the_card_arrives_after_the_first_frame_and_nothing_moves(qtbot, context, three, width):
    _run_once(qtbot, context)
    context.preferences.set_value("window/geometry", None)  # shown at `width` below
    window = _start(qtbot, context, width)
    assert window.contacts_page.built_card is None
    slot = window.list_splitter.widget(1)
    assert isinstance(slot, CardSlot)
    words = slot.findChild(QLabel)
    assert words.text() == "Select a contact to see the card." and not words.isEnabled()
    empty_words = words.text()
    sizes_before = window.list_splitter.sizes()
    table_width = window.table.width()

    window.build_card()
    qtbot.wait(10)
    card = window.contacts_page.built_card
    assert card is not None and window.list_splitter.widget(1) is card
    assert window.list_splitter.sizes() == sizes_before
    assert window.table.width() == table_width
    assert card.empty.text() == empty_words and card.stack.currentWidget() is card.empty
    window.close()


def test_choosing_a_contact_before_the_card_is_built_shows_its_card(qtbot, context, three):
    _run_once(qtbot, context)
    window = _start(qtbot, context, 1000)
    assert window.contacts_page.built_card is None
    window.complete_list()
    rect = window.table.visualRect(window.model.index(0, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    card = window.contacts_page.built_card
    assert card is not None and card.contact_id == window.model.contact_id(0)
    assert card.name_label.text() == window.model.row_data(0).display_name
    window.close()


def test_refreshing_and_closing_before_the_card_is_built_do_not_build_it(qtbot, context, three):
    _run_once(qtbot, context)
    kept = context.preferences.value(KEY_CARD_SIZES)
    window = _start(qtbot, context, 1000)
    window.complete_list()
    window.refresh_all()
    window.show_view(1)
    window.show_view(0)
    window.close()
    assert window.contacts_page.built_card is None
    assert context.preferences.value(KEY_CARD_SIZES) == kept  # the sizes kept stay


@pytest.mark.parametrize("value", ["0.0.1|old font|96.0|words|384,387,526,387", "junk", 7])
def test_sizes_kept_by_another_version_or_broken_are_not_used(qtbot, context, three, value):
    context.preferences.set_value(KEY_CARD_SIZES, value)
    assert stored_card_sizes(context.preferences) is None
    window = _start(qtbot, context, 1000)
    assert window.contacts_page.built_card is not None
    window.close()

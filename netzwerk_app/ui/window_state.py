"""The main window's state kept between runs: geometry, toolbar, splitter, the list's columns
and sort, the tier filter, the view last shown, and the card's size (`pages.card_slot`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from netzwerk_app.ui.pages.card_slot import store_card_sizes
from netzwerk_app.ui.preferences import (
    KEY_GEOMETRY,
    KEY_HEADER,
    KEY_LAST_VIEW,
    KEY_SPLITTER,
    KEY_STATE,
    KEY_TIER_FILTER,
)

if TYPE_CHECKING:
    from netzwerk_app.ui.main_window import MainWindow

DEFAULT_SIZE = (1280, 780)


def restore_window_state(window: MainWindow, default_view: int) -> None:
    """Put the window back as it was left (a first start: the default size and view)."""
    p = window.preferences
    geometry = p.value(KEY_GEOMETRY)
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    state = p.value(KEY_STATE)
    if state is not None:
        window.restoreState(state)
    splitter = p.value(KEY_SPLITTER)
    if splitter is not None:
        window.list_splitter.restoreState(splitter)
    header = p.value(KEY_HEADER)
    if header is not None:
        window.table.horizontalHeader().restoreState(header)
        window.table.fit_columns()
        h = window.table.horizontalHeader()
        window.model.sort(h.sortIndicatorSection(), h.sortIndicatorOrder())
    tier = p.value(KEY_TIER_FILTER)
    if tier is not None:
        window.tier_filter.setCurrentIndex(max(0, window.tier_filter.findData(tier)))
    try:
        view = int(p.value(KEY_LAST_VIEW, default_view))
    except (TypeError, ValueError):
        view = default_view
    window.show_view(view)


def save_window_state(window: MainWindow) -> None:
    p = window.preferences
    p.set_value(KEY_GEOMETRY, window.saveGeometry())
    p.set_value(KEY_STATE, window.saveState())
    p.set_value(KEY_SPLITTER, window.list_splitter.saveState())
    p.set_value(KEY_HEADER, window.table.horizontalHeader().saveState())
    p.set_value(KEY_LAST_VIEW, window.pages.currentIndex())
    p.set_value(KEY_TIER_FILTER, window.tier_filter.currentData())
    if window.contacts_page.built_card is not None:  # the next start's room for the card
        store_card_sizes(p, window.contacts_page.built_card)
    p.sync()

"""The card's place while the app starts: the contact card is built after the first frame.

Building the card (and importing its modules) is the largest part of the window that the first
frame does not need: at the start no contact is selected, so the card only says "Select a
contact to see the card." `CardSlot` says the same and takes exactly the room the card will
take, so the card replaces it after the first paint without moving anything.

The room is the card's minimum and preferred size, kept from the last run together with what
they depend on (the app's version, the font, the screen's dots per inch and the wording in the
language shown). Where nothing matching is kept (the first start, another language, a new
version), the card is built at once as before: a list that narrowed when the card arrived would
be a layout that jumps.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from netzwerk_app import __version__

KEY_CARD_SIZES = "window/cardSizes"


def empty_card_text() -> str:
    """The card's words when no contact is selected (the card's own translation context)."""
    return QCoreApplication.translate("ContactCard", "Select a contact to see the card.")


def _fingerprint() -> str:
    screen = QGuiApplication.primaryScreen()
    dpi = f"{screen.logicalDotsPerInch():.1f}" if screen is not None else "-"
    return "|".join((__version__, QGuiApplication.font().toString(), dpi, empty_card_text()))


def stored_card_sizes(preferences) -> tuple[QSize, QSize] | None:
    """The card's minimum and preferred size from the last run, if they still hold."""
    value = preferences.value(KEY_CARD_SIZES)
    if not isinstance(value, str):
        return None
    fingerprint, _, sizes = value.rpartition("|")
    try:
        min_w, min_h, hint_w, hint_h = (int(n) for n in sizes.split(","))
    except ValueError:
        return None
    if fingerprint != _fingerprint() or min(min_w, min_h, hint_w, hint_h) <= 0:
        return None
    return QSize(min_w, min_h), QSize(hint_w, hint_h)


def store_card_sizes(preferences, card: QWidget) -> None:
    """Keep the card's sizes for the next start's `CardSlot`."""
    least, hint = card.minimumSizeHint(), card.sizeHint()
    sizes = f"{least.width()},{least.height()},{hint.width()},{hint.height()}"
    preferences.set_value(KEY_CARD_SIZES, f"{_fingerprint()}|{sizes}")


class CardSlot(QWidget):
    """Stands in for the card until it is built: the card's empty words, the card's room."""

    def __init__(self, sizes: tuple[QSize, QSize], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._least, self._hint = sizes
        label = QLabel(empty_card_text())  # as the card's own empty page shows it
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._least)

    def sizeHint(self) -> QSize:
        return QSize(self._hint)

"""Small layout and widget builders shared by the pages, dialogs and the card.

A part is a widget or a layout, a ``(widget or layout, stretch)`` pair, or a bare int: a
stretch of that factor.

- `column_widget`: parts from top to bottom in a widget, bare (one side of a splitter, a box
  in a form) or with the style's margins (a page of a dialog);
- `left_row`: parts side by side on the left of a row;
- `scrolled`: a widget in a frameless scroll area;
- `dialog_buttons`: a dialog's button box wired to its accept() and reject();
- `code_combo`: a combo box offering codes by their names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLayout,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # made only with a dialog: their Python types wait for the first one
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea

Part = QWidget | QLayout | tuple[QWidget | QLayout, int] | int


def add_parts(layout: QBoxLayout, *parts: Part) -> QBoxLayout:
    """Add `parts` to `layout` in order; returns the layout."""
    for part in parts:
        if isinstance(part, int):
            layout.addStretch(part)
            continue
        item, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


def column_widget(*parts: Part, margins: bool = False) -> QWidget:
    """A widget with `parts` from top to bottom; bare (no margins around them) unless
    `margins` (the style's, as on a page of a dialog)."""
    widget = QWidget()
    layout = add_parts(QVBoxLayout(widget), *parts)
    if not margins:
        layout.setContentsMargins(0, 0, 0, 0)
    return widget


def left_row(*parts: Part) -> QHBoxLayout:
    """`parts` side by side on the left of a row (a stretch fills the rest)."""
    row = QHBoxLayout()
    add_parts(row, *parts, 1)
    return row


def scrolled(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area that resizes it to the width it has."""
    from PySide6.QtWidgets import QScrollArea

    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def dialog_buttons(
    dialog: QDialog,
    buttons: QDialogButtonBox.StandardButton | None = None,
    ok_text: str = "",
) -> QDialogButtonBox:
    """`buttons` for `dialog` (OK and Cancel unless told): accepting calls its accept(),
    rejecting its reject(); `ok_text` names the OK button after what it does."""
    from PySide6.QtWidgets import QDialogButtonBox

    if buttons is None:
        buttons = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    box = QDialogButtonBox(buttons)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    if ok_text:
        box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    return box


def code_combo(
    codes: Iterable[str], label: Callable[[str], str], current: str | None = None
) -> QComboBox:
    """A combo box offering `codes` by `label(code)`, each with its code as data; `current`
    is chosen (the first where it is not among them)."""
    combo = QComboBox()
    for code in codes:
        combo.addItem(label(code), code)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo

"""Small building blocks of the windows that show a contact's evidence in sections: a bold
section heading and a flat, read-only list with columns (rows of buttons: ``ui/layouts.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTreeWidget

from netzwerk_app.ui.text import emphasized


def section_heading(text: str) -> QLabel:
    """A bold heading above a section (text of our own, never from outside)."""
    return emphasized(QLabel(text))


def section_list(headers: list[str], *, focusable: bool = True) -> QTreeWidget:
    """A flat list with column headers; not focusable where keys belong to the window."""
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    if not focusable:
        tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return tree

"""Showing text that came from outside (names, notes from a vCard) as plain text, always.

Labels get ``Qt.PlainText``; tooltips (which Qt would otherwise guess to be rich text) are
escaped HTML, so a name like ``<b>x</b>`` shows exactly those characters. `emphasized` makes a
title or a name larger and bold.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

W = TypeVar("W", bound=QWidget)


# what `html.escape` replaces (that module and its table of entities: about 1 ms of the start)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})
_ESCAPES_NO_QUOTES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape_html(text: str, quote: bool = True) -> str:
    """`html.escape(text, quote)`, without importing `html`."""
    return text.translate(_ESCAPES if quote else _ESCAPES_NO_QUOTES)


def plain_tooltip(text: str) -> str:
    """A tooltip string that shows `text` literally."""
    if not text:
        return ""
    return "<qt>" + escape_html(text).replace("\n", "<br>") + "</qt>"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that never interprets its text as rich text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    """A warning message box whose text is shown literally (it may quote the user's input)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def emphasized(widget: W, scale: float = 1.0, *, bold: bool = True) -> W:
    """`widget` with its font `scale` times as large and, unless `bold` is False, bold."""
    font = widget.font()
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    if bold:
        font.setBold(True)
    widget.setFont(font)
    return widget

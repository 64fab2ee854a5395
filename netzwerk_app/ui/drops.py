"""Dropping vCard files on the main window imports them (with the usual preview)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

VCARD_SUFFIXES = (".vcf", ".vcard")


def vcard_paths(urls) -> list[str]:
    """Local .vcf files among dropped URLs."""
    return [
        u.toLocalFile()
        for u in urls
        if u.isLocalFile() and u.toLocalFile().lower().endswith(VCARD_SUFFIXES)
    ]


class VCardDrops:
    """Mixin for a window with `open_import(files)` (and `setAcceptDrops(True)`)."""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and vcard_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls() and vcard_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = vcard_paths(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.open_import(files))

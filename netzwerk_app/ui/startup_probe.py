"""Start-up measurement: with NETZWERK_QUIT_AFTER_PAINT=1 the app quits after its first paint.

`benchmark/bench_startup.py` times whole processes from start to the main window's first
painted frame this way, for the virtual environment and the frozen bundle alike.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "NETZWERK_QUIT_AFTER_PAINT"


class _QuitAfterPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def watch_first_paint(window: QWidget) -> None:
    """When the environment asks for it, quit the app once `window` has painted."""
    if os.environ.get(ENV) == "1":
        probe = _QuitAfterPaint(window)
        window.installEventFilter(probe)

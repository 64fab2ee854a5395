"""The window's first paint: work that can wait runs after it; and start-up measurement
(with NETZWERK_QUIT_AFTER_PAINT=1 the app quits after its first paint).

`benchmark/bench_startup.py` times whole processes from start to the main window's first
painted frame this way, for the virtual environment and the frozen bundle alike.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "NETZWERK_QUIT_AFTER_PAINT"


class _QuitAfterPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # the moment, for the benchmark's time to the first frame (`benchmark/run.py`)
            sys.stderr.write(f"first paint at {time.time():.6f}\n")
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def watch_first_paint(window: QWidget) -> None:
    """When the environment asks for it, quit the app once `window` has painted."""
    if os.environ.get(ENV) == "1":
        probe = _QuitAfterPaint(window)
        window.installEventFilter(probe)


class _AfterPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._next_pass)
        return False

    def _next_pass(self) -> None:
        # Events posted while Qt delivers posted events wait for its next pass: what was
        # already waiting when the frame was painted (a quit, input) goes first.
        QTimer.singleShot(0, self._run)

    def _run(self) -> None:
        callback, self.callback = self.callback, None
        if callback is None:
            return  # already run (after the paint, or when the wait ran out)
        self.parent().removeEventFilter(self)
        self.deleteLater()
        callback()


# A window shown but never painted (minimized at once, on another desktop, a compositor that
# holds its frames) must not hold back what waits for its first frame (the tray's due items).
AFTER_PAINT_AT_MOST_MS = 1000


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Run `callback` once `window` has painted, or after `AFTER_PAINT_AT_MOST_MS` at most
    (soon, when it is not shown: nothing to wait for), so what can wait does not hold up the
    first frame. It runs once."""
    if window.isVisible():
        waiter = _AfterPaint(window, callback)
        window.installEventFilter(waiter)
        QTimer.singleShot(AFTER_PAINT_AT_MOST_MS, waiter, waiter._run)
    else:
        QTimer.singleShot(0, window, callback)

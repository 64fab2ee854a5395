"""What waits for the window's first frame (the tray's due items, the rest of the list) runs
once after it, and also when no frame comes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from netzwerk_app.ui import startup_probe
from netzwerk_app.ui.startup_probe import after_first_paint


def test_it_runs_once_after_the_first_frame(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    runs: list[int] = []
    after_first_paint(window, lambda: runs.append(1))
    assert runs == []  # not before the frame
    qtbot.waitUntil(lambda: runs == [1], timeout=3000)
    window.repaint()
    qtbot.wait(startup_probe.AFTER_PAINT_AT_MOST_MS + 200)  # the wait running out: not again
    assert runs == [1]


def test_a_window_shown_but_never_painted_does_not_hold_it_back(qtbot, monkeypatch):
    monkeypatch.setattr(startup_probe, "AFTER_PAINT_AT_MOST_MS", 50)
    window = QWidget()
    qtbot.addWidget(window)
    window.setUpdatesEnabled(False)  # shown, but it paints nothing
    window.show()
    runs: list[int] = []
    after_first_paint(window, lambda: runs.append(1))
    qtbot.waitUntil(lambda: runs == [1], timeout=3000)


def test_a_hidden_window_has_nothing_to_wait_for(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    runs: list[int] = []
    after_first_paint(window, lambda: runs.append(1))
    qtbot.waitUntil(lambda: runs == [1], timeout=1000)

"""Fixtures for the main window's GUI tests: sandboxed QSettings, the window, sample contacts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from netzwerk_app.core import clock, contact_writes
from netzwerk_app.core.records import Birthday, ContactMethodRecord, ContactRecord


@pytest.fixture
def settings_sandbox(tmp_path, qapp):
    """QSettings go to a temp folder under a test organization: never the user's settings."""
    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    old = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName("NetzwerkTests")
    QCoreApplication.setApplicationName("NetzwerkTests")
    yield folder
    QCoreApplication.setOrganizationName(old[0])
    QCoreApplication.setApplicationName(old[1])


@pytest.fixture
def prefs(settings_sandbox):
    from netzwerk_app.ui.preferences import Preferences

    return Preferences(
        QSettings(str(settings_sandbox / "netzwerk.ini"), QSettings.Format.IniFormat)
    )


@pytest.fixture
def context(db, data_dir, prefs):
    """The app's context for the window and the dialogs; its long jobs end with the test."""
    from netzwerk_app.ui.context import AppContext

    context = AppContext(db, data_dir, prefs)
    yield context
    context.workers.stop_all()


@pytest.fixture
def window(qtbot, context):
    from netzwerk_app.ui.main_window import MainWindow

    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    dialog = getattr(win, "import_window", None)
    if dialog is not None:
        dialog.reject()
    win.card._set_dirty(False)
    win.close()


def _add(db, given, family="", org="", title="", tier=None, emails=(), birthday=None, since=None):
    record = ContactRecord(
        given_name=given, family_name=family, organization=org, title=title, tier=tier,
        birthday=birthday, methods=[ContactMethodRecord("email", e) for e in emails],
    )  # fmt: skip
    return contact_writes.add_contact(db, record, today=since or clock.today())


@pytest.fixture
def add_contact(db):
    """add_contact(given, family, org, title, tier, emails=..., birthday=..., since=...) -> id"""
    return lambda *args, **kwargs: _add(db, *args, **kwargs)


@pytest.fixture
def three(db):
    """Three contacts: Anna Müller (A), Beat Keller (B), Chidi Okafor (unsorted)."""
    return [
        _add(db, "Anna", "Müller", "Alpenbank", "CFO", "A", since=dt.date(2024, 1, 1)),
        _add(db, "Beat", "Keller", "Zeta AG", "Engineer", "B"),
        _add(db, "Chidi", "Okafor", "Migros", "Buyer", None, birthday=Birthday(11, 27)),
    ]


class UiHelpers:
    """Small user actions shared by the GUI tests."""

    @staticmethod
    def drop_files(window, paths) -> None:
        """Drop files on the window as a file manager would."""
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        event = QDropEvent(
            QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        window.dropEvent(event)

    @staticmethod
    def wait_for_page(qtbot, dialog, page) -> None:
        """Wait until the import dialog shows `page` and its work is done."""
        qtbot.waitUntil(
            lambda: dialog.stack.currentIndex() == page and not dialog.is_running(), timeout=10000
        )


@pytest.fixture
def ui() -> type[UiHelpers]:
    return UiHelpers


class MessageBoxes:
    """Answers the message boxes that open during a test as the user would: finds each one
    (the active modal widget, looked for every 20 ms), keeps what it said in `said` and clicks
    its `answer` button (else its default button)."""

    def __init__(self) -> None:
        self.said: list[str] = []
        self.answer = QMessageBox.StandardButton.Ok
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        button = box.button(self.answer) or box.defaultButton() or box.buttons()[0]
        self.said.append(box.text())
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def message_boxes(qapp):
    """Every message box is answered (OK unless told otherwise); `.said` lists their texts."""
    boxes = MessageBoxes()
    yield boxes
    boxes.stop()


@pytest.fixture
def window_process(tmp_path):
    """Run Python code that starts the app (`probe`, given the command line's arguments) in a
    new process whose window quits after its first paint; data and settings in `tmp_path`.
    Returns what the probe reported: ``{KEY: value}`` from its stderr lines ``KEY=value``."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NETZWERK_QUIT_AFTER_PAINT="1")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")

    def run(probe: str, *argv: str) -> dict[str, str]:
        args = argv or ("--data-dir", str(tmp_path / "data"))
        proc = subprocess.run(
            [sys.executable, "-c", probe, *args],
            capture_output=True, text=True, timeout=120, env=env,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr, proc.stderr
        return dict(line.split("=", 1) for line in proc.stderr.splitlines() if "=" in line[:20])

    run.env = env  # type: ignore[attr-defined]
    return run

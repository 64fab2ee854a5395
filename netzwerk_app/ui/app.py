"""Starting the desktop app: the QApplication, translations, the database, the main window.

Start-up order: application identity; the single-instance check (a second start for the same
data folder hands its files to the running app and ends with status 0, before any database is
opened); preferences and translators; the database (a clear message when it cannot be used);
the window and the tray with the daily reminder (`--minimized`: the tray only); then any
vCard files given on the command line. Unexpected errors are logged and shown as a short
message, never as a traceback.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from netzwerk_app import __version__
from netzwerk_app.core.backups import restore_backup
from netzwerk_app.core.database import (
    DatabaseError,
    database_path,
    folder_warning,
    resolve_data_dir,
)
from netzwerk_app.core.window_database import WindowDatabase, open_window_database
from netzwerk_app.ui.i18n import effective_language, install_translators, remove_translators
from netzwerk_app.ui.icons import app_icon
from netzwerk_app.ui.preferences import Preferences
from netzwerk_app.ui.single_instance import SingleInstance
from netzwerk_app.ui.startup_probe import after_first_paint, watch_first_paint
from netzwerk_app.ui.workers import daily_backup_in_a_worker

log = logging.getLogger("netzwerk_app")

ORGANIZATION = "Netzwerk"
FIRST_ROWS = 150  # rows read before the first paint: more than a tall screen shows
APPLICATION = "Netzwerk"


def set_identity() -> None:
    """Names QSettings and the desktop use (call before creating the QApplication)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)


def _excepthook(kind, value, tb) -> None:
    """Log the traceback; show the user one clear sentence."""
    log.error("unexpected error", exc_info=(kind, value, tb))
    sys.stderr.write("".join(traceback.format_exception(kind, value, tb)))
    if QApplication.instance() is not None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("App", "Netzwerk"),
            QCoreApplication.translate(
                "App", "Something went wrong. Your data is safe; please try again."
            ),
        )
        box.setInformativeText(f"{kind.__name__}: {value}")
        box.exec()


def open_or_offer_backup(folder: Path) -> WindowDatabase | None:
    """Open the database; when it cannot be used, say why and offer the newest backup.

    Returns None when the user closes the message (or restoring fails too).
    """
    while True:
        try:
            # Peewee takes over right after the first frame (`window_database`); the day's copy
            # is made then too
            return open_window_database(folder)
        except DatabaseError as exc:
            problem = exc
        from PySide6.QtWidgets import QMessageBox  # (only to say why: not on the way to the window)

        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("App", "Netzwerk cannot start"),
            QCoreApplication.translate("App", "The database cannot be opened."),
        )
        box.setInformativeText(str(problem))
        restore = None
        if problem.backup is not None:
            box.setText(
                QCoreApplication.translate(
                    "App",
                    "The database cannot be opened. The newest backup (%1) can take its place; "
                    "the file it replaces is kept beside it.",
                ).replace("%1", problem.backup.name)
            )
            restore = box.addButton(
                QCoreApplication.translate("App", "Restore the backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if restore is None or box.clickedButton() is not restore:
            return None
        try:
            restore_backup(folder, problem.backup)
        except (DatabaseError, OSError) as exc:
            failed = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("App", "Netzwerk cannot start"),
                QCoreApplication.translate("App", "The backup could not be restored."),
            )
            failed.setInformativeText(str(exc))
            failed.exec()
            return None


def _load_orm(db: WindowDatabase) -> None:
    """Import Peewee and the models and let them take the window's database over (right after
    the first frame, or earlier when anything needs them)."""
    from netzwerk_app.ui.qt_start import kept_compiled

    with kept_compiled():
        db.orm()


def run_app(data_dir: str | None, files: list[str], minimized: bool = False) -> int:
    """Run the desktop app until it quits; returns the exit status.

    With `minimized`, the app starts in the tray only (where the desktop has a tray).
    """
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    set_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("netzwerk")

    folder = resolve_data_dir(data_dir)
    instance = SingleInstance(folder)
    if instance.hand_over(files):
        return 0  # the running app shows its window and opens the files
    instance.listen()

    preferences = Preferences()
    # kept referenced for the app's lifetime, or translations silently stop
    translators = install_translators(app, effective_language(preferences.language))

    new = not database_path(folder).exists()  # a database made just now needs no copy today
    db = open_or_offer_backup(folder)
    if db is None:
        remove_translators(app, translators)
        instance.close()
        return 1

    from netzwerk_app.ui.qt_start import kept_compiled

    with kept_compiled():  # their generated methods and patterns kept from the last start
        from netzwerk_app.ui.context import AppContext
        from netzwerk_app.ui.main_window import MainWindow
        from netzwerk_app.ui.tray import TrayReminders

    context = AppContext(db, folder, preferences)  # shared by the window and its dialogs
    previous_hook = sys.excepthook
    sys.excepthook = _excepthook
    try:
        # the first screenful of the list; the rest right after the first paint
        window = MainWindow(context, first_rows=FIRST_ROWS)
        watch_first_paint(window)
        reminder = TrayReminders(db, window, preferences)
        # With a tray, closing the window keeps the app running; Quit ends it.
        app.setQuitOnLastWindowClosed(reminder.tray is None)
        window.quit_requested.connect(app.quit)
        # Logging out closes the window for good (hiding it in the tray would cancel the logout).
        app.commitDataRequest.connect(lambda _manager: setattr(window, "quitting", True))
        window.preferences_changed.connect(reminder.preferences_changed)
        instance.activated.connect(reminder.bring_to_front)
        reminder.start(minimized=minimized and not files, after_paint=True)
        # Peewee and the models (the first frame was read by SQL), with their patterns kept
        after_first_paint(window, lambda: _load_orm(db))
        after_first_paint(window, window.build_card)  # if it waited for the first frame
        after_first_paint(window, window.build_sync)
        after_first_paint(window, window.complete_list)
        if not new:
            after_first_paint(window, lambda: daily_backup_in_a_worker(context.workers, folder))
        if folder_warning(folder):
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "App",
                    "Other users of this computer can look into the data folder %1; "
                    "make it private (chmod 700).",
                ).replace("%1", str(folder)),
                30000,
            )
        if files:
            QTimer.singleShot(0, lambda: window.open_import(list(files)))
        status = app.exec()
        reminder.stop()
    finally:
        context.workers.stop_all()  # a long job still running is cancelled, then waited for
        sys.excepthook = previous_hook
        instance.close()
        db.close()
        remove_translators(app, translators)
        preferences.sync()  # on disk now, not when the settings object is destroyed
    return status

"""Starting the app: a clear message when the database cannot be used; files open the import."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from netzwerk_app.core import contact_writes
from netzwerk_app.ui import app as app_module
from netzwerk_app.ui import main_window as main_window_module


def test_a_database_that_cannot_be_used_gives_a_clear_message(
    settings_sandbox, tmp_path, monkeypatch
):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "netzwerk.sqlite3").write_bytes(b"this is not a database at all" * 10)
    shown = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0
    )
    assert app_module.run_app(str(folder), []) == 1
    assert shown and "not a Netzwerk database" in shown[0][1]
    assert "Traceback" not in shown[0][1]


def test_files_on_the_command_line_open_the_import(settings_sandbox, data_dir, monkeypatch):
    opened = []
    monkeypatch.setattr(
        main_window_module.MainWindow, "open_import", lambda self, files: opened.append(files)
    )

    def run_event_loop_briefly(*_args):
        for _ in range(5):
            QApplication.processEvents()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_event_loop_briefly)
    assert app_module.run_app(str(data_dir), ["/tmp/x.vcf"]) == 0
    assert opened == [["/tmp/x.vcf"]]
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, main_window_module.MainWindow):
            widget.close()
            widget.deleteLater()


def test_minimized_reaches_the_app(monkeypatch):
    from netzwerk_app import cli

    started = []
    monkeypatch.setattr(
        app_module, "run_app", lambda data_dir, files, minimized=False: started.append(
            (data_dir, files, minimized)
        ) or 0,
    )  # fmt: skip
    assert cli.main(["--minimized"]) == 0
    assert cli.main(["--data-dir", "/tmp/x", "a.vcf"]) == 0
    from netzwerk_app.core.database import resolve_data_dir

    default = str(resolve_data_dir(None))  # made absolute once, at start
    assert started == [(default, [], True), ("/tmp/x", ["a.vcf"], False)]


def _damaged_database_with_a_backup(folder) -> None:
    from netzwerk_app.core.database import open_database
    from netzwerk_app.core.records import ContactRecord

    db = open_database(folder)
    contact_writes.add_contact(db, ContactRecord(given_name="Anna", family_name="Muster"))
    db.close()
    open_database(folder).close()  # the day's backup
    path = folder / "netzwerk.sqlite3"
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(raw))


def test_a_damaged_database_offers_the_newest_backup(qtbot, settings_sandbox, tmp_path):
    folder = tmp_path / "data"
    _damaged_database_with_a_backup(folder)
    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        [restore] = [b for b in box.buttons() if b.text() == "Restore the backup"]
        restore.click()

    QTimer.singleShot(50, answer)
    db = app_module.open_or_offer_backup(folder)
    try:
        assert seen and "newest backup" in seen[0]
        from netzwerk_app.core import contacts

        assert [r.display_name for r in contacts.list_contacts(db)] == ["Anna Muster"]
    finally:
        db.close()
    assert any(".replaced-" in p.name for p in folder.iterdir())


def test_the_days_backup_is_made_after_the_first_frame_away_from_the_window(
    settings_sandbox, data_dir, monkeypatch
):
    """The first start of a day copies the whole database (seconds at 100k contacts): the
    window is painted first and the copy runs in a worker thread, not in the window's."""
    import threading

    from netzwerk_app.core import backups
    from netzwerk_app.core.database import open_database

    open_database(data_dir, daily=False).close()
    made = []
    real = backups.daily_backup

    def recorded(folder):
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        made.append((threading.current_thread() is threading.main_thread(), bool(windows)))
        return real(folder)

    monkeypatch.setattr(backups, "daily_backup", recorded)

    def run_event_loop_until_the_backup(*_args):
        for _ in range(300):
            QApplication.processEvents()
            if made:
                break
            threading.Event().wait(0.01)
        return 0

    monkeypatch.setattr(QApplication, "exec", run_event_loop_until_the_backup)
    assert app_module.run_app(str(data_dir), []) == 0  # waits for the worker as it quits
    assert made == [(False, True)]  # once, in a worker thread, with the window shown
    assert list((data_dir / "backups").glob("*-daily.sqlite3"))
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, main_window_module.MainWindow):
            widget.close()
            widget.deleteLater()

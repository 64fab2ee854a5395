"""Import and export in the GUI: drop a .vcf, preview, import off the GUI thread, cancel, export."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QUrl

from netzwerk_app import vcard
from netzwerk_app.core import contacts
from netzwerk_app.ui.context import AppContext
from netzwerk_app.ui.dialogs import import_dialog as import_dialog_module
from netzwerk_app.ui.dialogs.export_dialog import ExportDialog
from netzwerk_app.ui.dialogs.import_dialog import PAGE_PREVIEW, PAGE_REPORT, ImportDialog
from netzwerk_app.ui.dialogs.import_worker import ImportWorker
from netzwerk_app.ui.drops import vcard_paths

DATA = Path(__file__).resolve().parent.parent / "data"
THREE = DATA / "ui" / "three.vcf"


def test_only_vcard_files_are_taken_from_a_drop():
    urls = [QUrl.fromLocalFile("/tmp/a.vcf"), QUrl.fromLocalFile("/tmp/b.txt"),
            QUrl("https://example.org/c.vcf")]  # fmt: skip
    assert vcard_paths(urls) == ["/tmp/a.vcf"]


def test_dropping_a_vcf_opens_the_preview_and_importing_adds_the_contacts(window, qtbot, db, ui):
    ui.drop_files(window, [THREE])
    qtbot.waitUntil(lambda: window.import_window is not None, timeout=5000)
    dialog = window.import_window
    ui.wait_for_page(qtbot, dialog, PAGE_PREVIEW)
    assert contacts.list_contacts(db) == []  # the preview wrote nothing
    new_names = [row[0] for row in dialog.lists.texts("new")]
    assert "Martina Brunner" in new_names and "<b>x</b>" in new_names
    assert dialog.lists.count_labels["new"].text() == str(len(new_names))
    dialog.tier.setCurrentIndex(dialog.tier.findData("C"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    ui.wait_for_page(qtbot, dialog, PAGE_REPORT)
    rows = contacts.list_contacts(db)
    assert {r.display_name for r in rows} >= {"Martina Brunner", "Chidi Okafor", "<b>x</b>"}
    assert {r.tier for r in rows} == {"C"}
    assert dialog.imported
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_window is None)
    assert "Martina Brunner" in [
        window.model.row_data(r).display_name for r in range(window.model.rowCount())
    ]
    assert window.contacts_stack.currentWidget() is window.list_splitter


def test_importing_the_same_file_again_changes_nothing(qtbot, db, context, ui):
    vcard.import_vcard_files(db, [THREE])
    before = len(contacts.list_contacts(db))
    dialog = ImportDialog(context, [str(THREE)])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_preview()
    ui.wait_for_page(qtbot, dialog, PAGE_PREVIEW)
    assert not dialog.import_button.isEnabled()
    assert dialog.lists.count_labels["unchanged"].text() == str(before)
    dialog.reject()


def test_cancelling_the_import_leaves_the_database_unchanged(
    qtbot, db, context, add_contact, monkeypatch, ui
):
    add_contact("Existing", "Person")
    original = vcard.import_read
    started = threading.Event()

    def slow_import(db_, read, **kwargs):
        if not kwargs.get("dry_run"):
            started.set()
            cancel = kwargs["cancel"]
            # hold the worker until the user has pressed Cancel
            for _ in range(500):
                if cancel():
                    break
                threading.Event().wait(0.01)
        return original(db_, read, **kwargs)

    monkeypatch.setattr(import_dialog_module.vcard, "import_read", slow_import)
    dialog = ImportDialog(context, [str(THREE)])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_preview()
    ui.wait_for_page(qtbot, dialog, PAGE_PREVIEW)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert dialog.cancel_button.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    ui.wait_for_page(qtbot, dialog, PAGE_REPORT)
    assert not dialog.imported
    assert [r.display_name for r in contacts.list_contacts(db)] == ["Existing Person"]
    dialog.accept()


def test_a_file_that_is_not_a_vcard_shows_the_problem(qtbot, context, tmp_path, ui):
    bad = tmp_path / "notes.vcf"
    bad.write_text("just some text\n")
    dialog = ImportDialog(context, [str(bad)])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_preview()
    ui.wait_for_page(qtbot, dialog, PAGE_PREVIEW)
    assert not dialog.import_button.isEnabled()
    assert len(dialog.lists.texts("skipped")) >= 1
    assert dialog.lists.tabs.tabText(dialog.lists.tabs.currentIndex()).startswith("Skipped")
    dialog.reject()


def test_export_all_a_tier_and_the_selection(qtbot, context, three, tmp_path):
    dialog = ExportDialog(context, visible_ids=three[:2], selected_ids=[three[0]], filtered=True)
    qtbot.addWidget(dialog)
    target = tmp_path / "all.vcf"
    assert dialog.export_to(str(target)) == 3
    assert target.read_bytes().count(b"BEGIN:VCARD") == 3
    dialog.select_scope("selection")
    assert dialog.export_to(str(tmp_path / "sel.vcf")) == 1
    assert b"Anna" in (tmp_path / "sel.vcf").read_bytes()
    dialog.select_scope("filter")
    assert dialog.export_to(str(tmp_path / "filter.vcf")) == 2
    dialog.tier.setCurrentIndex(dialog.tier.findData("B"))
    assert dialog.scope() == "tier"
    dialog.version.setCurrentIndex(dialog.version.findData("4.0"))
    assert dialog.export_to(str(tmp_path / "b.vcf")) == 1
    assert b"VERSION:4.0" in (tmp_path / "b.vcf").read_bytes()


def test_export_dialog_writes_the_chosen_file(qtbot, context, three, tmp_path, monkeypatch):
    target = tmp_path / "out"
    dialog = ExportDialog(context, visible_ids=three, selected_ids=[], filtered=False)
    qtbot.addWidget(dialog)
    assert not dialog.radio["selection"].isEnabled()
    monkeypatch.setattr(dialog, "choose_path", lambda: str(target) + ".vcf")
    dialog.accept()
    assert dialog.exported == 3
    assert (tmp_path / "out.vcf").exists()


def test_import_started_while_the_preview_thread_still_closes_runs_to_the_end(
    qtbot, db, context, monkeypatch, ui
):
    """The preview's thread delivers its result, then still closes its connection; an Import
    clicked meanwhile must not have its own running thread deleted when the preview's thread
    reports `finished` (Qt aborted the whole app: 'QThread: Destroyed while thread is still
    running')."""
    original_run = ImportWorker.run
    preview_may_end, import_started, import_may_end = (threading.Event() for _ in range(3))

    def lingering_run(self):
        if not self.dry_run:
            import_started.set()
            import_may_end.wait(5)
        original_run(self)
        if self.dry_run:  # the result is delivered; the thread has not finished yet
            preview_may_end.wait(5)

    monkeypatch.setattr(ImportWorker, "run", lingering_run)
    dialog = ImportDialog(context, [str(THREE)])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_preview()
    # the user clicks Import as soon as the preview shows, its thread still ending
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PAGE_PREVIEW, timeout=10000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(import_started.is_set, timeout=5000)
    preview_may_end.set()  # the preview's thread ends while the import's runs
    qtbot.wait(200)
    assert dialog.is_running()
    import_may_end.set()
    ui.wait_for_page(qtbot, dialog, PAGE_REPORT)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=5000)
    assert dialog.imported
    assert "Martina Brunner" in {r.display_name for r in contacts.list_contacts(db)}
    dialog.accept()


def test_an_import_on_a_full_disk_says_the_disk_is_full(qtbot, tiny_disk, fill_disk, prefs, ui):
    from netzwerk_app.core.database import open_database

    db = open_database(tiny_disk / "data")
    try:
        cards = tiny_disk.parent / "many.vcf"
        cards.write_text(
            "".join(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nNOTE:{'x' * 100}\r\nEND:VCARD\r\n"
                for i in range(5000)
            )
        )
        dialog = ImportDialog(AppContext(db, tiny_disk / "data", prefs), [str(cards)])
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.start_preview()
        ui.wait_for_page(qtbot, dialog, PAGE_PREVIEW)
        fill_disk(tiny_disk)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        ui.wait_for_page(qtbot, dialog, PAGE_REPORT)
        assert "The disk is full" in dialog.report_text.text()
        assert "rollback" not in dialog.report_text.text()
        assert contacts.list_contacts(db) == []
        dialog.reject()
    finally:
        db.close()

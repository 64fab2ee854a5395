"""The import shows what it does: merges (into whom, what changes), possible duplicates and
skipped cards with file, card and line; it reads the file once; the main window stays usable."""

from __future__ import annotations

import html
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from netzwerk_app import vcard
from netzwerk_app.core import contact_writes, contacts
from netzwerk_app.core.records import ContactMethodRecord, ContactRecord
from netzwerk_app.ui.dialogs import import_dialog as import_dialog_module
from netzwerk_app.ui.dialogs import import_worker
from netzwerk_app.ui.dialogs.import_dialog import PAGE_PREVIEW, PAGE_REPORT, ImportDialog
from netzwerk_app.ui.models.text_rows_model import TextRowsModel

DATA = Path(__file__).resolve().parent.parent / "data"
HOUSEHOLD = DATA / "ui" / "household.vcf"


def _existing(db) -> None:
    """Sara (whom the file brings a phone and a title) and an Anna Keller at Zeta AG."""
    for given, family, org, email in (
        ("Sara", "Lehmann", "", "sara@lehmann.example"),
        ("Anna", "Keller", "Zeta AG", "anna.keller@alpha.example"),
    ):
        record = ContactRecord(
            given_name=given, family_name=family, organization=org,
            methods=[ContactMethodRecord("email", email)],
        )  # fmt: skip
        contact_writes.add_contact(db, record)


def _tab(dialog_lists, key: str) -> str:
    index = list(import_dialog_module.LISTS).index(key)
    return dialog_lists.tabs.tabText(index)


def test_the_preview_shows_merges_possible_duplicates_and_skipped_cards(qtbot, db, context, ui):
    _existing(db)
    dialog = ImportDialog(context, [str(HOUSEHOLD)])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_preview()
    ui.wait_for_page(qtbot, dialog, PAGE_PREVIEW)
    lists = dialog.lists
    assert {k: lists.count_labels[k].text() for k in lists.count_labels} == {
        "new": "4", "updated": "1", "unchanged": "0", "possible_duplicates": "1", "skipped": "1",
    }  # fmt: skip
    # the household's two Millers stay two people
    assert sorted(r[0] for r in lists.texts("new")) == [
        "Anna Keller", "John Miller", "Mary Miller", "Peter Frei",
    ]  # fmt: skip
    merged = lists.texts("merged")
    assert _tab(lists, "merged") == "Merged (2)"
    # Peter Frei twice in the file: card 4 folds into card 3, new in this import
    assert merged[0][0] == "household.vcf, card 4, line 24"
    assert merged[0][1] == "Peter Frei (new in this import)"
    assert "phone +41 79 222 33 44" in merged[0][2]
    # Sara is already there: which contact, which fields change
    assert merged[1][1] == "Sara Lehmann" and "phone +41 79 333 44 55" in merged[1][2]
    [pair] = lists.texts("duplicates")
    assert pair[:3] == ("household.vcf, card 6, line 40", "Anna Keller", "Anna Keller")
    assert "same organization" in pair[3]
    [skipped] = lists.texts("skipped")
    assert skipped[0] == "household.vcf, card 7, line 48"
    # the user browses to a list: the tab shows it in the table
    lists.tabs.setCurrentIndex(list(import_dialog_module.LISTS).index("duplicates"))
    view = lists.views["duplicates"]
    assert view.isVisible() and view.model().index(0, 2).data() == "Anna Keller"
    assert len(contacts.list_contacts(db)) == 2  # the preview wrote nothing
    dialog.reject()


def test_the_import_uses_the_preview_s_read_and_reports_the_same_lists(
    qtbot, db, context, ui, monkeypatch
):
    _existing(db)
    reads: list[object] = []
    original = vcard.read_vcard_files
    monkeypatch.setattr(
        import_dialog_module.vcard,
        "read_vcard_files",
        lambda *a, **k: reads.append(1) or original(*a, **k),
    )
    previewed = import_worker.read_and_import  # the preview reads the files while it matches
    monkeypatch.setattr(
        import_worker, "read_and_import", lambda *a, **k: reads.append(1) or previewed(*a, **k)
    )
    dialog = ImportDialog(context, [str(HOUSEHOLD)])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_preview()
    ui.wait_for_page(qtbot, dialog, PAGE_PREVIEW)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    ui.wait_for_page(qtbot, dialog, PAGE_REPORT)
    assert reads == [1]  # read once, for the preview and the import
    assert dialog.report_title.text() == "Import finished"
    report = dialog.report_lists
    assert report.count_labels["new"].text() == "4"
    assert report.texts("merged")[1][1] == "Sara Lehmann"
    assert len(report.texts("duplicates")) == 1
    names = sorted(r.display_name for r in contacts.list_contacts(db))
    assert names.count("Anna Keller") == 2 and names.count("Peter Frei") == 1
    assert "Mary Miller" in names and "John Miller" in names
    assert dialog.review_button.isVisible()
    dialog.accept()


def test_the_progress_bar_moves_a_few_times_a_second_and_always_reaches_the_end(
    qtbot, context, monkeypatch
):
    """Each value repaints the bar at once (and the worker waits meanwhile): values closer
    together than PROGRESS_EVERY_MS are left out, the last one never."""
    dialog = ImportDialog(context, [str(HOUSEHOLD)])
    qtbot.addWidget(dialog)
    dialog._progress(100, 1000)
    dialog._progress(200, 1000)  # right after: not shown
    assert (dialog.progress.value(), dialog.progress.maximum()) == (100, 1000)
    dialog._progress(1000, 1000)  # done: always shown
    assert dialog.progress.value() == 1000
    monkeypatch.setattr(import_dialog_module, "PROGRESS_EVERY_MS", 0)
    dialog._progress(300, 1000)
    assert dialog.progress.value() == 300


def test_long_lists_are_fetched_in_batches_with_the_full_count(qtmodeltester):
    model = TextRowsModel(["Name", "Where"])
    rows = [(f"Person {i}", f"f.vcf, card {i}") for i in range(1, 1201)]
    model.set_rows(rows)
    assert model.total() == 1200 and model.rowCount() == TextRowsModel.BATCH
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * TextRowsModel.BATCH
    model.set_rows([("<b>x</b>", "a")])
    assert model.index(0, 0).data() == "<b>x</b>"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "<qt>&lt;b&gt;x&lt;/b&gt;</qt>"
    qtmodeltester.check(model)


def test_search_works_in_the_main_window_while_an_import_runs(
    window, qtbot, db, three, ui, monkeypatch
):
    original = vcard.import_read
    inside, release = threading.Event(), threading.Event()

    def held_import(db_, read, **kwargs):
        if kwargs.get("dry_run"):
            return original(db_, read, **kwargs)
        progress = kwargs["progress"]

        def hold(done: int, total: int) -> None:
            if not inside.is_set():  # inside the import's transaction
                inside.set()
                release.wait(10)
            progress(done, total)

        return original(db_, read, **{**kwargs, "progress": hold})

    monkeypatch.setattr(import_dialog_module.vcard, "import_read", held_import)
    window.refresh_all()
    window.open_import([str(HOUSEHOLD)])
    dialog = window.import_window
    ui.wait_for_page(qtbot, dialog, PAGE_PREVIEW)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(inside.is_set, timeout=5000)
    try:
        assert dialog.is_running() and not dialog.isModal()
        assert QApplication.activeModalWidget() is None
        window.activateWindow()
        qtbot.keyClicks(window.search, "Okafor")
        names = [window.model.row_data(r).display_name for r in range(window.model.rowCount())]
        assert names == ["Chidi Okafor"]
        window.search.clear()
        assert window.model.rowCount() == 3
    finally:
        release.set()
    ui.wait_for_page(qtbot, dialog, PAGE_REPORT)
    assert dialog.imported
    # no possible duplicates in this book: nothing to review
    assert not dialog.review_button.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_window is None)
    assert window.model.rowCount() == 3 + 5


def test_a_card_edited_while_the_import_ran_is_saved_when_the_import_closes(
    window, qtbot, db, three, ui
):
    window.refresh_all()
    window.table.selectRow(
        next(r for r in range(3) if window.model.row_data(r).display_name == "Beat Keller")
    )
    window.open_import([str(HOUSEHOLD)])
    dialog = window.import_window
    ui.wait_for_page(qtbot, dialog, PAGE_PREVIEW)
    # the user goes back to the window and edits the open card while the preview waits
    window.card.organization.selectAll()
    qtbot.keyClicks(window.card.organization, "Omega GmbH")
    assert window.card.is_dirty()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    ui.wait_for_page(qtbot, dialog, PAGE_REPORT)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_window is None)
    beat = next(r for r in contacts.list_contacts(db) if r.display_name == "Beat Keller")
    assert beat.organization == "Omega GmbH"
    assert window.card.contact_id in dialog.imported_ids()  # then the first imported one shows


def test_the_report_leads_to_the_possible_duplicates(window, qtbot, db, ui):
    _existing(db)
    window.open_import([str(HOUSEHOLD)])
    dialog = window.import_window
    ui.wait_for_page(qtbot, dialog, PAGE_PREVIEW)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    ui.wait_for_page(qtbot, dialog, PAGE_REPORT)
    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    view = window.duplicates_window
    assert view is not None and view.isVisible()
    [pair] = view.model.pairs
    assert (pair.a.display_name, pair.b.display_name) == ("Anna Keller", "Anna Keller")
    assert "same organization" in view.evidence_label.text()
    view.close()
    dialog.accept()


def test_import_problems_are_readable_in_full(qtbot, context, ui):
    damaged, three = DATA / "vcards" / "eds__missing-begin.vcf", DATA / "ui" / "three.vcf"
    dialog = ImportDialog(context, [damaged, three])
    qtbot.addWidget(dialog)
    dialog.resize(620, 460)
    dialog.show()
    dialog.start_preview()
    ui.wait_for_page(qtbot, dialog, PAGE_PREVIEW)
    model = dialog.lists.models["skipped"]
    assert model.rowCount() >= 1
    message = model.index(0, 1).data()
    # The message was cut at the dialog's edge ("card has no BEGIN:VCA…") with no way to read it.
    assert message in html.unescape(model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole))

"""Render the screenshots of issue 9's windows in English and German: the import preview (new
contacts; merges; possible duplicates), Possible Duplicates and Recent Imports, with made-up
data in a temp folder.

Run: QT_QPA_PLATFORM=offscreen python screenshots/render_import_review.py [en|de ...]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "tests" / "data" / "ui"


def render(language: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    tmp = Path(tempfile.mkdtemp(prefix="netzwerk-shots-"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    from netzwerk_app.ui.app import set_identity

    set_identity()
    app = QApplication(["netzwerk", "-style", "Fusion"])
    app.setStyle("Fusion")
    from netzwerk_app import vcard
    from netzwerk_app.core import contact_writes, contacts, duplicates
    from netzwerk_app.core.database import open_database
    from netzwerk_app.core.records import Birthday, ContactMethodRecord, ContactRecord
    from netzwerk_app.ui.context import AppContext
    from netzwerk_app.ui.dialogs.import_dialog import LISTS
    from netzwerk_app.ui.i18n import install_translators
    from netzwerk_app.ui.main_window import MainWindow

    translators = install_translators(app, language)
    db = open_database(tmp / "data")

    def shot(widget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(HERE / f"{name}-{language}.png"))

    def wait(dialog) -> None:
        while dialog.is_running() or dialog.worker is not None:
            app.processEvents()

    window = MainWindow(AppContext(db, tmp / "data"))
    window.resize(1200, 760)
    window.show()

    # a first import into an empty book: new contacts
    window.open_import([str(DATA / "three.vcf")])
    dialog = window.import_window
    wait(dialog)
    shot(dialog, "import-preview")
    dialog.reject()
    app.processEvents()

    # a book that has Sara and an Anna Keller: the household file brings merges and a pair
    def add(given, family, org="", emails=(), phones=(), birthday=None) -> int:
        methods = [ContactMethodRecord("email", e) for e in emails]
        methods += [ContactMethodRecord("phone", p) for p in phones]
        record = ContactRecord(
            given_name=given, family_name=family, organization=org, methods=methods,
            birthday=birthday, title="Architektin" if given == "Sara" else "",
        )  # fmt: skip
        return contact_writes.add_contact(db, record)

    add("Sara", "Lehmann", emails=["sara@lehmann.example"])
    add("Anna", "Keller", "Zeta AG", emails=["anna.keller@alpha.example"])
    window.refresh_all()
    window.open_import([str(DATA / "household.vcf")])
    dialog = window.import_window
    wait(dialog)
    dialog.lists.tabs.setCurrentIndex(LISTS.index("merged"))
    shot(dialog, "import-preview-merges")
    dialog.lists.tabs.setCurrentIndex(LISTS.index("duplicates"))
    shot(dialog, "import-preview-duplicates")
    dialog.import_button.click()
    wait(dialog)
    dialog.accept()
    app.processEvents()

    # one more pair found by a scan, and the Possible Duplicates window
    add("Eva", "Roth", "Alpenbank", emails=["eva.roth@alpenbank.example"])
    add("Eva", "Roth", "Zeta AG", phones=["+41 79 000 11 22"], birthday=Birthday(3, 14, 1982))
    duplicates.find_duplicates(db)
    pairs = duplicates.count_duplicates(db)
    view = window.open_duplicates()
    view.resize(900, 480)
    view.pair_list.setCurrentIndex(view.model.index(pairs - 1, 0))
    view.choose("organization", "b")
    shot(view, "duplicates")
    view.close()

    # recent imports, after undoing the household import with one contact edited since
    peter = next(r for r in contacts.list_contacts(db) if r.display_name == "Peter Frei")
    [record] = contacts.load_contacts(db, [peter.id])
    record.notes = "Apéro 2026"
    contact_writes.update_contact(db, peter.id, record)
    vcard.import_vcard_files(db, [DATA / "three.vcf"])
    recent = window.open_recent_imports()
    recent.resize(860, 480)
    recent.table.selectRow(1)
    recent.undo_button.click()
    shot(recent, "recent-imports")
    recent.close()
    window.close()
    db.close()
    del translators


if __name__ == "__main__":
    languages = sys.argv[1:] or ["en", "de"]
    if len(languages) == 1:
        render(languages[0])
    else:
        for lang in languages:
            subprocess.run([sys.executable, __file__, lang], check=True)

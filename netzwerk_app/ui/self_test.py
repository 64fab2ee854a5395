"""`netzwerk --self-test`: prove that an installed or frozen app works, without the user's data.

In a temporary data folder it imports the built-in sample vCard, files the contacts, computes the
agenda, and builds and paints the main window offscreen; then it removes the folder. Prints one
line per step and exits 0 only when every step passed. Used by CI on the PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "self-test.vcf"


def run_self_test() -> int:
    """Run every step; 0 when all passed, 1 otherwise (the failing step is named)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    step = "start"
    try:
        with tempfile.TemporaryDirectory(prefix="netzwerk-self-test-") as tmp:
            step = "open a database"
            from netzwerk_app.core import care, contacts
            from netzwerk_app.core.database import open_database

            db = open_database(Path(tmp) / "data")
            try:
                step = "import the sample vCard"
                from netzwerk_app.vcard import import_vcard_files

                imported = import_vcard_files(db, [SAMPLE], tier="D")
                created = len(imported.result.created)
                if created != 3:
                    raise RuntimeError(f"{created} of 3 sample contacts imported")
                print(f"ok  {step}: {created} contacts")

                step = "compute the agenda"
                rows = contacts.list_contacts(db)
                agenda = care.due_now(db, days=365)
                if not agenda:
                    raise RuntimeError("nothing due in a year for three D contacts")
                print(f"ok  {step}: {len(agenda)} items for {len(rows)} contacts")

                step = "find the keyring's backends"
                from keyring.backend import get_all_keyring

                backends = sorted(type(k).__name__ for k in get_all_keyring())
                if not backends:
                    raise RuntimeError("no keyring backend is bundled")
                print(f"ok  {step}: {', '.join(backends)}")

                step = "create the main window"
                shown = _paint_main_window(db, Path(tmp))
                print(f"ok  {step}: {shown}")
            finally:
                db.close()
    except Exception as exc:  # report the step, never a traceback
        print(f"FAILED  {step}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print("self-test passed")
    return 0


def _paint_main_window(db, folder: Path) -> str:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from netzwerk_app.ui.context import AppContext
    from netzwerk_app.ui.main_window import MainWindow
    from netzwerk_app.ui.preferences import Preferences

    app = QApplication.instance() or QApplication(sys.argv[:1])
    preferences = Preferences(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(db, folder / "data", preferences))
    window.resize(1024, 700)
    window.show()
    app.processEvents()
    image = window.grab()
    rows = window.model.rowCount()
    window.close()
    if image.isNull() or rows != 3:
        raise RuntimeError(f"window painted: {not image.isNull()}, {rows} rows listed")
    return f"{image.width()}×{image.height()} px, {rows} contacts listed"

"""Render the README screenshots of the main window (first start, 50 contacts, contact card,
import preview) in English and German, with made-up sample data in a temp folder.

Run: QT_QPA_PLATFORM=offscreen python screenshots/render.py [en|de ...]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
VCF = HERE.parent / "tests" / "data" / "ui" / "three.vcf"


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
    from netzwerk_app.core.database import open_database
    from netzwerk_app.ui import sample_data
    from netzwerk_app.ui.context import AppContext
    from netzwerk_app.ui.i18n import install_translators
    from netzwerk_app.ui.main_window import MainWindow

    translators = install_translators(app, language)
    db = open_database(tmp / "data")

    def shot(widget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(HERE / f"{name}-{language}.png"))

    window = MainWindow(AppContext(db, tmp / "data"))
    window.resize(1360, 800)
    window.show()
    shot(window, "first-start")

    sample_data.fill(db, 50)
    window.refresh_all()
    window.table.clearSelection()
    window.card.clear()
    shot(window, "contacts")

    rows = [window.model.row_data(r) for r in range(window.model.rowCount())]
    showcase = next(
        (i for i, r in enumerate(rows) if r.tier == "A" and r.organization and r.last_touchpoint), 3
    )
    window.table.selectRow(showcase)
    shot(window, "contact-card")

    window.open_import([str(VCF)])
    dialog = window.import_window
    while dialog.is_running() or dialog.worker is not None:
        app.processEvents()
    for _ in range(5):
        app.processEvents()
    dialog.resize(940, 600)
    shot(dialog, "import-preview")
    dialog.reject()
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

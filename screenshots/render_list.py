"""Render the main window's contact list with a card at 1,024×768 into screenshots/.

``window-contacts-1024-en.png`` and ``window-contacts-1024-de.png``: the smallest screen Netzwerk
must fit, with the same made-up people as ``render_board.py`` and a fixed day (26 Nov 2026).

Run: QT_QPA_PLATFORM=offscreen python screenshots/render_list.py [en|de]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from render_board import DAY, fill, photo_png  # noqa: E402


def render(language: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from netzwerk_app.core import clock, contact_writes, contacts
    from netzwerk_app.core.database import open_database
    from netzwerk_app.ui.context import AppContext
    from netzwerk_app.ui.i18n import install_translators
    from netzwerk_app.ui.main_window import MainWindow
    from netzwerk_app.ui.preferences import Preferences

    tmp = Path(tempfile.mkdtemp(prefix="netzwerk-shots-"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp / "cfg"))
    app = QApplication([])
    app.setStyle("Fusion")
    translators = install_translators(app, language)
    clock.set_today(DAY)
    db = open_database(tmp)
    fill(db, DAY)
    for cid, colour in ((1, "#90caf9"), (5, "#a5d6a7"), (13, "#ffcc80")):
        contact_writes.set_photo(cid, photo_png(colour), "image/png")
    prefs = Preferences(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(db, tmp, prefs))
    window.resize(1024, 768)
    window.show()
    ids = window.model.visible_ids()
    beat = next(cid for cid in ids if contacts.load_contact(db, cid).given_name == "Beat")
    window.open_contact(beat)
    for _ in range(5):
        app.processEvents()
    if window.width() > 1024:
        print(f"contacts ({language}): the window cannot be narrower than {window.width()} px")
    scroll = window.table.horizontalScrollBar()
    if scroll.isVisible():
        print(f"contacts ({language}): the list scrolls sideways")
    window.grab().save(str(HERE / f"window-contacts-1024-{language}.png"))
    window.close()
    db.close()
    del translators


if __name__ == "__main__":
    render(sys.argv[1] if len(sys.argv) > 1 else "en")

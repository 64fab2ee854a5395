"""Render the tier board, triage and calendar with made-up data into screenshots/.

Also the main window at 1,024×768 on the board and on the calendar (``window-board-1024-en.png``
…), the smallest screen Netzwerk must fit. The day is fixed (26 Nov 2026) so that the pictures
only change when the app does.

Run: QT_QPA_PLATFORM=offscreen python screenshots/render_board.py [en|de]
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
DAY = dt.date(2026, 11, 26)

PEOPLE = [  # given, family, organization, title, tier, days since the last touchpoint
    ("Anna", "Keller", "Helvetia Versicherungen", "Head of Sales", "A", 95),
    ("Marco", "Bernasconi", "Swisscom", "CTO", "A", 20),
    ("Sophie", "Dubois", "Nestlé", "Procurement Lead", "A", 70),
    ("Lukas", "Meier", "ETH Zürich", "Professor", "A", 5),
    ("Petra", "Huber", "UBS", "Managing Director", "B", 120),
    ("Jonas", "Frei", "Migros", "Category Manager", "B", 30),
    ("Laura", "Baumann", "Roche", "Project Lead", "B", 88),
    ("Reto", "Schneider", "SBB", "Engineer", "B", 10),
    ("Nina", "Graf", "Startup Lab", "Founder", "C", 200),
    ("Thomas", "Brunner", "Zühlke", "Consultant", "C", 150),
    ("<b>x</b>", "", "Plain <i>Text</i> AG", "", "C", 40),
    ("Elena", "Rossi", "", "Designer", "C", 0),
    ("Urs", "Gerber", "Gemeinde Thalwil", "Gemeinderat", "D", None),
    ("Claudia", "Wyss", "", "", "D", None),
    ("Hans", "Zimmermann", "Bäckerei Zimmermann", "Inhaber", "D", None),
]
UNSORTED = [
    ("Beat", "Lehmann", "Post CH", "Logistiker"),
    ("Carla", "Fischer", "", ""),
    ("Daniel", "Kunz", "Raiffeisen", "Berater"),
    ("Eva", "Marti", "Spital Bern", "Ärztin"),
    ("Fabian", "Steiner", "", "Student"),
    ("Gabi", "Moser", "Coop", "Filialleiterin"),
]


def fill(db, today: dt.date) -> None:
    from netzwerk_app.core import care, contact_writes
    from netzwerk_app.core.records import Birthday, ContactMethodRecord, ContactRecord

    rnd = random.Random(7)
    for i, (given, family, org, title, tier, ago) in enumerate(PEOPLE):
        month = (today.month + i % 3 - 1) % 12 + 1
        bday = Birthday(month, rnd.randint(1, 28), rnd.choice([None, 1975, 1988]))
        record = ContactRecord(
            given_name=given, family_name=family, organization=org, title=title, tier=tier,
            birthday=bday, tags=["Golf"] if i % 4 == 0 else [],
        )  # fmt: skip
        cid = contact_writes.add_contact(db, record, today=today - dt.timedelta(days=400))
        if ago is not None:
            care.log_touchpoint(db, [cid], "call", today - dt.timedelta(days=ago))
        if i == 5:
            care.plan_touchpoint(db, cid, today + dt.timedelta(days=4), "lunch", "Apéro in Bern")
        if i == 1:
            care.plan_touchpoint(db, cid, today + dt.timedelta(days=9), "meeting")
    for given, family, org, title in UNSORTED:
        first = given == "Beat"
        methods = [
            ContactMethodRecord("email", f"{given.lower()}.{family.lower()}@example.ch"),
            ContactMethodRecord("phone", "+41 79 123 45 67"),
        ]
        record = ContactRecord(
            given_name=given, family_name=family, organization=org, title=title,
            birthday=Birthday(11, 27) if first else None,
            notes="Imported from phone" if first else "", methods=methods,
            tags=["Handball"] if first else [],
        )  # fmt: skip
        contact_writes.add_contact(db, record)


def photo_png(colour: str) -> bytes:
    """A small made-up portrait (a head and shoulders on a colour)."""
    from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(96, 96, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#f1d3b3"))
    painter.drawEllipse(QRectF(30, 16, 36, 40))
    painter.setBrush(QColor("#37474f"))
    painter.drawEllipse(QRectF(14, 60, 68, 60))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def render_window(app, db, language: str, tmp: Path) -> None:
    """The main window at 1,024×768 on the board and on the calendar."""
    from PySide6.QtCore import QSettings

    from netzwerk_app.ui.context import AppContext
    from netzwerk_app.ui.main_window import MainWindow
    from netzwerk_app.ui.preferences import Preferences

    prefs = Preferences(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(db, tmp, prefs))
    window.resize(1024, 768)
    window.show()
    for view, name in ((1, "board"), (2, "calendar")):
        window.show_view(view)
        window.resize(1024, 768)
        for _ in range(5):
            app.processEvents()
        if window.width() > 1024:
            print(f"{name} ({language}): the window cannot be narrower than {window.width()} px")
        window.grab().save(str(HERE / f"window-{name}-1024-{language}.png"))
    # filing someone without a birthday into D: the banner says so and offers what to do
    window.show_view(1)
    page = window.board.page
    carla = next(c.id for c in page.model_of(None).cards() if c.name == "Carla Fischer")
    page.move_to_tier([carla], "D")
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(HERE / f"window-board-no-birthday-1024-{language}.png"))
    window.close()


def render(language: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from netzwerk_app.core import clock, contact_writes
    from netzwerk_app.core.database import open_database
    from netzwerk_app.ui.i18n import install_translators
    from netzwerk_app.ui.pages.board import TierBoardPage
    from netzwerk_app.ui.pages.calendar_view import CalendarPage
    from netzwerk_app.ui.pages.triage import TriageDialog

    tmp = Path(tempfile.mkdtemp(prefix="netzwerk-shots-"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp / "cfg"))
    app = QApplication([])
    app.setStyle("Fusion")
    translators = install_translators(app, language)
    clock.set_today(DAY)
    db = open_database(tmp)
    fill(db, DAY)
    for cid, colour in ((1, "#90caf9"), (5, "#a5d6a7"), (13, "#ffcc80")):  # a few photos
        contact_writes.set_photo(cid, photo_png(colour), "image/png")
    suffix = "" if language == "en" else f"_{language}"

    def shot(widget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(HERE / f"{name}{suffix}.png"))

    board = TierBoardPage(db)
    board.resize(1400, 760)
    board.show()
    board.view_of("A").setCurrentIndex(board.model_of("A").index(0))
    shot(board, "board")
    triage = TriageDialog(db)
    triage.show()
    shot(triage, "triage")
    triage.file_into("B")
    triage.skip()
    shot(triage, "triage_step3")
    triage.file_into("D")  # Daniel Kunz has no birthday: the triage says so
    shot(triage, "triage_no_birthday")
    triage.undo()
    calendar = CalendarPage(db)
    calendar.resize(1250, 700)
    calendar.show()
    shot(calendar, "calendar")
    calendar.set_range_mode("week")
    shot(calendar, "calendar_week")
    calendar.close()
    board.close()
    triage.close()
    render_window(app, db, language, tmp)
    db.close()
    del translators


if __name__ == "__main__":
    render(sys.argv[1] if len(sys.argv) > 1 else "en")

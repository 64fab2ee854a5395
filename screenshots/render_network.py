"""Render the network care screenshots (tier review, introduce dialog, suggestions, events, a
contact card's Network tab, the overview charts) in English and German, with made-up data.

Run: QT_QPA_PLATFORM=offscreen python screenshots/render_network.py [en|de ...]
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 26)


def showcase(db) -> dict[str, int]:
    """A few contacts with a career change, links, an event and introductions."""
    from netzwerk_app.core import care, contact_writes, contacts, events, introductions, network
    from netzwerk_app.core.records import ContactRecord

    def add(given, family, org, title, tier, since, **kw) -> int:
        record = ContactRecord(given_name=given, family_name=family, organization=org,
                               title=title, tier=tier, **kw)  # fmt: skip
        return contact_writes.add_contact(db, record, today=since)

    ids = {
        "lena": add("Lena", "Brunner", "Lehrbetrieb Huber AG", "Apprentice", "C",
                    dt.date(2021, 8, 1), interests="export, sailing"),
        "marco": add("Marco", "Rossi", "Alpenbank", "Head of SME lending", "A",
                     dt.date(2023, 3, 1), they_offer="financing for export"),
        "sara": add("Sara", "Meier", "Meier Logistik", "Owner", "B", dt.date(2024, 2, 1),
                    interests="sailing", i_offer="financing for export"),
        "tom": add("Tom", "Weber", "Zeta AG", "Engineer", "B", dt.date(2024, 5, 1)),
    }  # fmt: skip
    lena = contacts.load_contact(db, ids["lena"])
    lena.organization, lena.title = "Vertriebs AG", "Sales Manager"
    contact_writes.update_contact(db, ids["lena"], lena, today=dt.date(2024, 9, 1))
    lena = contacts.load_contact(db, ids["lena"])
    lena.title = "Sales Director"
    contact_writes.update_contact(db, ids["lena"], lena, today=dt.date(2026, 10, 1))
    care.log_touchpoint(db, [ids["lena"]], "lunch", dt.date(2026, 6, 12), "in_person",
                        "talked about the new role")  # fmt: skip
    care.log_touchpoint(db, [ids["lena"]], "call", dt.date(2026, 9, 3), "phone", "congratulated")
    network.link(db, ids["lena"], ids["tom"], "studied together in Winterthur")
    network.link(db, ids["sara"], ids["tom"], "neighbours")
    introductions.introduce(db, ids["lena"], ids["marco"], note="export financing",
                            date=dt.date(2026, 10, 20))  # fmt: skip
    event = events.add_event(db, "Swiss Export Day", dt.date(2026, 11, 12), "Bern")
    events.attend(db, event, ids["lena"])
    events.meet_at_event(db, event, "Nina Keller", "Keller Treuhand", "wants to export to Poland")
    return ids | {"event": event}


def render(language: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    tmp = Path(tempfile.mkdtemp(prefix="netzwerk-shots-"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    from netzwerk_app.core import clock

    clock.set_today(TODAY)
    from netzwerk_app.ui.app import set_identity

    set_identity()
    app = QApplication(["netzwerk", "-style", "Fusion"])
    app.setStyle("Fusion")
    from netzwerk_app.core.database import open_database
    from netzwerk_app.ui import sample_data
    from netzwerk_app.ui.card.card import ContactCard
    from netzwerk_app.ui.dialogs.events_dialog import EventsDialog
    from netzwerk_app.ui.dialogs.introduce_dialog import SuggestionsDialog
    from netzwerk_app.ui.dialogs.overview_dialog import OverviewDialog
    from netzwerk_app.ui.dialogs.review_dialog import ReviewDialog
    from netzwerk_app.ui.i18n import install_translators

    translators = install_translators(app, language)
    db = open_database(tmp / "data")
    sample_data.fill(db, 40, today=TODAY)
    ids = showcase(db)

    def shot(widget, name: str, size: tuple[int, int]) -> None:
        widget.resize(*size)
        widget.show()
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(HERE / f"{name}-{language}.png"))

    review = ReviewDialog(db)
    while review.current is not None and review.current.contact_id != ids["lena"]:
        review.skip()
    shot(review, "review", (880, 620))
    review.close()

    card = ContactCard(db)
    card.show_contact(ids["lena"])
    card.tabs.setCurrentWidget(card.network_section)
    shot(card, "card-network", (540, 960))

    card.network_section.introduce()
    dialog = card.network_section.introduce_dialog
    dialog.picker_b.search.setText("Sara")
    dialog.note.setText("both sail and think about exporting")
    shot(dialog, "introduce", (480, 440))
    dialog.reject()
    card.close()

    suggestions = SuggestionsDialog(db)
    shot(suggestions, "suggestions", (760, 360))
    suggestions.close()

    events_window = EventsDialog(db)
    events_window.refresh(select=ids["event"])
    shot(events_window, "events", (980, 640))
    events_window.close()

    overview_window = OverviewDialog(db)
    shot(overview_window, "overview", (1040, 580))
    overview_window.close()
    db.close()
    del translators


if __name__ == "__main__":
    languages = sys.argv[1:] or ["en", "de"]
    if len(languages) == 1:
        render(languages[0])
    else:
        for lang in languages:
            subprocess.run([sys.executable, __file__, lang], check=True)

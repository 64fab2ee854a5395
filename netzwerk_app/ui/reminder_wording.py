"""How due items are named in the tray's menu, the daily notification and the banner."""

from __future__ import annotations

from PySide6.QtCore import QObject

from netzwerk_app.core import reminders


class ReminderWording(QObject):
    """How due items are named in the tray, the notification and the banner."""

    def what_label(self, what: str) -> str:
        labels = {
            "meeting": self.tr("meeting"),
            "lunch": self.tr("lunch"),
            "call": self.tr("call"),
            "message": self.tr("message"),
            "email": self.tr("email"),
            "event": self.tr("event"),
            "greeting": self.tr("greeting"),
            "introduction": self.tr("introduction"),
            "other": self.tr("touchpoint"),
            "birthday": self.tr("birthday"),
        }
        return labels.get(what, what)

    def entry_text(self, entry: reminders.SummaryEntry) -> str:
        """ "Anna Schär (A, lunch)"."""
        what = self.what_label(entry.what)
        detail = f"{entry.tier}, {what}" if entry.tier else what
        return f"{entry.name} ({detail})"

    def summary_texts(self, summary: reminders.Summary) -> tuple[str, str]:
        """The notification's title and text: "3 touchpoints due", "Anna Schär (A, lunch), …"."""
        title = self.tr("%n touchpoint(s) due", "", summary.total)
        names = ", ".join(self.entry_text(e) for e in summary.entries)
        if summary.more:
            names += self.tr(", and %n more", "", summary.more)
        return title, names

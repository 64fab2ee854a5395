"""Loading Qt translations and the user-visible names of domain values (kinds, channels…).

Every ``*_<lang>.qm`` file in the package's ``resources/i18n`` folder is loaded (the main
window's ``netzwerk_main_*`` and the board's ``netzwerk_board_*`` alike), plus Qt's own
``qtbase_<lang>`` for the standard dialogs' buttons.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = ("system", "de", "en")


def effective_language(setting: str) -> str:
    """The language to use: "de" or "en" (system: German for a German locale, else English)."""
    if setting in ("de", "en"):
        return setting
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def locale_for(language: str) -> QLocale:
    """The locale for dates and numbers: the system locale when it speaks the language."""
    system = QLocale.system()
    if language == "de":
        if system.language() == QLocale.Language.German:
            return system
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install translators for `language` ("de"/"en"); returns them (keep them referenced)."""
    installed: list[QTranslator] = []
    candidates = sorted(I18N_DIR.glob(f"*_{language}.qm")) if I18N_DIR.is_dir() else []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in candidates:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
    qt_translator = QTranslator(app)
    if language != "en" and qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    QLocale.setDefault(locale_for(language))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def kind_label(kind: str) -> str:
    """The name of a touchpoint kind in the user's language."""
    labels = {
        "meeting": QCoreApplication.translate("Labels", "Meeting"),
        "lunch": QCoreApplication.translate("Labels", "Lunch"),
        "call": QCoreApplication.translate("Labels", "Call"),
        "message": QCoreApplication.translate("Labels", "Message"),
        "email": QCoreApplication.translate("Labels", "Email"),
        "event": QCoreApplication.translate("Labels", "Event"),
        "greeting": QCoreApplication.translate("Labels", "Greeting"),
        "introduction": QCoreApplication.translate("Labels", "Introduction"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
    return labels.get(kind, kind)


def channel_label(channel: str) -> str:
    labels = {
        "in_person": QCoreApplication.translate("Labels", "In person"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "written": QCoreApplication.translate("Labels", "Written"),
        "online": QCoreApplication.translate("Labels", "Online"),
    }
    return labels.get(channel, channel)


def unit_label(unit: str) -> str:
    labels = {
        "days": QCoreApplication.translate("Labels", "days"),
        "weeks": QCoreApplication.translate("Labels", "weeks"),
        "months": QCoreApplication.translate("Labels", "months"),
        "years": QCoreApplication.translate("Labels", "years"),
    }
    return labels.get(unit, unit)


def anchor_label(anchor: str) -> str:
    labels = {
        "touchpoint": QCoreApplication.translate("Labels", "Last touchpoint"),
        "birthday": QCoreApplication.translate("Labels", "Birthday"),
    }
    return labels.get(anchor, anchor)


def method_label(kind: str) -> str:
    labels = {
        "email": QCoreApplication.translate("Labels", "Email"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "url": QCoreApplication.translate("Labels", "Website"),
        "social": QCoreApplication.translate("Labels", "Social"),
        "messenger": QCoreApplication.translate("Labels", "Messenger"),
    }
    return labels.get(kind, kind)


def tier_label(tier: str | None, names: dict[str, str] | None = None) -> str:
    """ "A".."D" (or the user's name for it), or "Unsorted"."""
    if tier is None:
        return QCoreApplication.translate("Labels", "Unsorted")
    if names and names.get(tier) and names[tier] != tier:
        return f"{tier} · {names[tier]}"
    return tier


def language_label(code: str) -> str:
    labels = {
        "system": QCoreApplication.translate("Labels", "System language"),
        "de": "Deutsch",
        "en": "English",
    }
    return labels.get(code, code)

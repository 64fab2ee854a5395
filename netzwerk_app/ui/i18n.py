"""Loading Qt translations and the user-visible names of domain values (kinds, channels…).

Every ``*_<lang>.qm`` file in the package's ``resources/i18n`` folder is loaded (the main
window's ``netzwerk_main_*`` and the board's ``netzwerk_board_*`` alike), plus Qt's own
``qtbase_<lang>`` for the standard dialogs' buttons.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

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


def translated_label(table: Mapping[str, str], key: str, context: str = "Labels") -> str:
    """`key`'s name from `table`, translated now; an unknown key is shown as it is.

    The table holds source texts marked with ``QT_TRANSLATE_NOOP(context, …)`` (so lupdate
    finds them); they are translated when asked for, in the language of that moment.
    """
    source = table.get(key)
    return key if source is None else QCoreApplication.translate(context, source)


KIND_LABELS = {
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "lunch": QT_TRANSLATE_NOOP("Labels", "Lunch"),
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "message": QT_TRANSLATE_NOOP("Labels", "Message"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "event": QT_TRANSLATE_NOOP("Labels", "Event"),
    "greeting": QT_TRANSLATE_NOOP("Labels", "Greeting"),
    "introduction": QT_TRANSLATE_NOOP("Labels", "Introduction"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
CHANNEL_LABELS = {
    "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "written": QT_TRANSLATE_NOOP("Labels", "Written"),
    "online": QT_TRANSLATE_NOOP("Labels", "Online"),
}
UNIT_LABELS = {
    "days": QT_TRANSLATE_NOOP("Labels", "days"),
    "weeks": QT_TRANSLATE_NOOP("Labels", "weeks"),
    "months": QT_TRANSLATE_NOOP("Labels", "months"),
    "years": QT_TRANSLATE_NOOP("Labels", "years"),
}
ANCHOR_LABELS = {
    "touchpoint": QT_TRANSLATE_NOOP("Labels", "Last touchpoint"),
    "birthday": QT_TRANSLATE_NOOP("Labels", "Birthday"),
}
METHOD_LABELS = {
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "url": QT_TRANSLATE_NOOP("Labels", "Website"),
    "social": QT_TRANSLATE_NOOP("Labels", "Social"),
    "messenger": QT_TRANSLATE_NOOP("Labels", "Messenger"),
}


def kind_label(kind: str) -> str:
    """The name of a touchpoint kind in the user's language."""
    return translated_label(KIND_LABELS, kind)


def channel_label(channel: str) -> str:
    """In person, phone, written or online."""
    return translated_label(CHANNEL_LABELS, channel)


def unit_label(unit: str) -> str:
    """A cadence's unit: days, weeks, months, years."""
    return translated_label(UNIT_LABELS, unit)


def anchor_label(anchor: str) -> str:
    """What a tier's cadence counts from: the last touchpoint or the birthday."""
    return translated_label(ANCHOR_LABELS, anchor)


def method_label(kind: str) -> str:
    """A contact method's kind: email, phone, website, social, messenger."""
    return translated_label(METHOD_LABELS, kind)


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

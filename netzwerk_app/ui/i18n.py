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


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def kind_label(kind: str) -> str:
    """The name of a touchpoint kind in the user's language."""
    labels = {
        "meeting": _t("Meeting"),
        "lunch": _t("Lunch"),
        "call": _t("Call"),
        "message": _t("Message"),
        "email": _t("Email"),
        "event": _t("Event"),
        "greeting": _t("Greeting"),
        "introduction": _t("Introduction"),
        "other": _t("Other"),
    }
    return labels.get(kind, kind)


def channel_label(channel: str) -> str:
    labels = {
        "in_person": _t("In person"),
        "phone": _t("Phone"),
        "written": _t("Written"),
        "online": _t("Online"),
    }
    return labels.get(channel, channel)


def unit_label(unit: str) -> str:
    labels = {
        "days": _t("days"),
        "weeks": _t("weeks"),
        "months": _t("months"),
        "years": _t("years"),
    }
    return labels.get(unit, unit)


def anchor_label(anchor: str) -> str:
    labels = {"touchpoint": _t("Last touchpoint"), "birthday": _t("Birthday")}
    return labels.get(anchor, anchor)


def method_label(kind: str) -> str:
    labels = {
        "email": _t("Email"),
        "phone": _t("Phone"),
        "url": _t("Website"),
        "social": _t("Social"),
        "messenger": _t("Messenger"),
    }
    return labels.get(kind, kind)


def tier_label(tier: str | None, names: dict[str, str] | None = None) -> str:
    """ "A".."D" (or the user's name for it), or "Unsorted"."""
    if tier is None:
        return _t("Unsorted")
    if names and names.get(tier) and names[tier] != tier:
        return f"{tier} · {names[tier]}"
    return tier


def language_label(code: str) -> str:
    labels = {"system": _t("System language"), "de": "Deutsch", "en": "English"}
    return labels.get(code, code)

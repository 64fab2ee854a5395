"""The app's icons: the desktop theme's where it has one, else the SVGs shipped in resources."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"

_THEME_NAMES = {
    "contact-new": "contact-new",
    "import": "document-import",
    "export": "document-export",
    "settings": "preferences-system",
}


def icon(name: str) -> QIcon:
    """The icon `name` (a file stem in resources/icons)."""
    own = QIcon(str(ICON_DIR / f"{name}.svg"))
    theme = _THEME_NAMES.get(name)
    if theme and QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme, own)
    return own


def app_icon() -> QIcon:
    return QIcon(str(ICON_DIR / "netzwerk.svg"))

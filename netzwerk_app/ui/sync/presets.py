"""Server presets of the account editor: where each provider's CardDAV lives."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Preset:
    key: str
    url: str  # "" : the user types it
    placeholder: str


PRESETS = (
    Preset("nextcloud", "", "https://cloud.example.com/remote.php/dav/"),
    Preset("fastmail", "https://carddav.fastmail.com/", ""),
    Preset("icloud", "https://contacts.icloud.com/", ""),
    Preset("other", "", "https://dav.example.com/"),
)


def preset_label(key: str) -> str:
    return {
        "nextcloud": QCoreApplication.translate("SyncPresets", "Nextcloud"),
        "fastmail": QCoreApplication.translate("SyncPresets", "Fastmail"),
        "icloud": QCoreApplication.translate("SyncPresets", "iCloud"),
        "other": QCoreApplication.translate("SyncPresets", "Radicale or another server (URL)"),
    }[key]


def preset_hint(key: str) -> str:
    return {
        "nextcloud": QCoreApplication.translate(
            "SyncPresets",
            "Your Nextcloud's address. Use an app password: Nextcloud ▸ Settings ▸ Security.",
        ),
        "fastmail": QCoreApplication.translate(
            "SyncPresets",
            "Use an app password: Fastmail ▸ Settings ▸ Privacy & Security ▸ App passwords.",
        ),
        "icloud": QCoreApplication.translate(
            "SyncPresets",
            "Use an app-specific password from account.apple.com (Sign-In and Security).",
        ),
        "other": QCoreApplication.translate(
            "SyncPresets", "The server's address; Netzwerk finds the address books there."
        ),
    }[key]


def preset_for_url(url: str) -> str:
    for preset in PRESETS:
        if preset.url and url.rstrip("/") == preset.url.rstrip("/"):
            return preset.key
    return "nextcloud" if "/remote.php/" in url else "other"

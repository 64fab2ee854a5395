"""The user's language for the short phrases the core writes about an import and a pair: the
matching rule that decided a merge, the evidence of a possible duplicate, what a merge changes.

The core's phrases are a fixed set (`core.matching`, `core.importing`); a phrase carrying a
value ("same email a@b.ch", "phone +41 79 …") keeps the value. Unknown phrases pass unchanged.
Thread-safe (`QCoreApplication.translate`): the import's worker uses it to build its rows.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_COUNTED = re.compile(r"^(\d+) address\(es\)$")


def phrase_table() -> dict[str, str]:
    """The fixed phrases, translated (build once for many `phrase` calls)."""
    return {
        # rules (core.matching.judge, import_matcher.Matcher)
        "same UID": QCoreApplication.translate("ImportPhrases", "same UID"),
        "same UID (renamed)": QCoreApplication.translate("ImportPhrases", "same UID (renamed)"),
        "already held": QCoreApplication.translate("ImportPhrases", "already held"),
        "same name and a shared email or phone": QCoreApplication.translate(
            "ImportPhrases", "same name and a shared email or phone"
        ),
        "no name; one contact shares its email or phone": QCoreApplication.translate(
            "ImportPhrases", "no name; one contact shares its email or phone"
        ),
        "different UIDs in one file": QCoreApplication.translate(
            "ImportPhrases", "different UIDs in one file"
        ),
        "shared email or phone": QCoreApplication.translate(
            "ImportPhrases", "shared email or phone"
        ),
        # evidence (core.matching.evidence) and pairs
        "same name": QCoreApplication.translate("ImportPhrases", "same name"),
        "same organization": QCoreApplication.translate("ImportPhrases", "same organization"),
        "same birthday": QCoreApplication.translate("ImportPhrases", "same birthday"),
        "merge undone": QCoreApplication.translate("ImportPhrases", "merge undone"),
        # changes (import_merge.merge_into)
        "prefix": QCoreApplication.translate("ImportPhrases", "prefix"),
        "given name": QCoreApplication.translate("ImportPhrases", "given name"),
        "additional names": QCoreApplication.translate("ImportPhrases", "additional names"),
        "family name": QCoreApplication.translate("ImportPhrases", "family name"),
        "suffix": QCoreApplication.translate("ImportPhrases", "suffix"),
        "nickname": QCoreApplication.translate("ImportPhrases", "nickname"),
        "department": QCoreApplication.translate("ImportPhrases", "department"),
        "notes": QCoreApplication.translate("ImportPhrases", "notes"),
        "met where": QCoreApplication.translate("ImportPhrases", "met where"),
        "met on": QCoreApplication.translate("ImportPhrases", "met on"),
        "they offer": QCoreApplication.translate("ImportPhrases", "they offer"),
        "i offer": QCoreApplication.translate("ImportPhrases", "I offer"),
        "interests": QCoreApplication.translate("ImportPhrases", "interests"),
        "photo url": QCoreApplication.translate("ImportPhrases", "photo address"),
        "photo": QCoreApplication.translate("ImportPhrases", "photo"),
        "birthday": QCoreApplication.translate("ImportPhrases", "birthday"),
        "position": QCoreApplication.translate("ImportPhrases", "position"),
        "tier": QCoreApplication.translate("ImportPhrases", "tier"),
        "tags": QCoreApplication.translate("ImportPhrases", "tags"),
        "other properties": QCoreApplication.translate("ImportPhrases", "other properties"),
        # skipped
        "no name, organization, email or phone": QCoreApplication.translate(
            "ImportPhrases", "no name, organization, email or phone"
        ),
    }


def phrase(text: str, fixed: dict[str, str] | None = None) -> str:
    """One core phrase in the user's language."""
    table = fixed if fixed is not None else phrase_table()
    if text in table:
        return table[text]
    if text.startswith("same email "):
        return QCoreApplication.translate("ImportPhrases", "same email %1").replace(
            "%1", text[len("same email ") :]
        )
    if text.startswith("same phone "):
        return QCoreApplication.translate("ImportPhrases", "same phone %1").replace(
            "%1", text[len("same phone ") :]
        )
    kind, _, value = text.partition(" ")
    if value:
        methods = {
            "email": QCoreApplication.translate("ImportPhrases", "email %1"),
            "phone": QCoreApplication.translate("ImportPhrases", "phone %1"),
            "url": QCoreApplication.translate("ImportPhrases", "website %1"),
            "social": QCoreApplication.translate("ImportPhrases", "social %1"),
            "messenger": QCoreApplication.translate("ImportPhrases", "messenger %1"),
        }
        if kind in methods:
            return methods[kind].replace("%1", value)
    if match := _COUNTED.match(text):
        return QCoreApplication.translate("ImportPhrases", "addresses (%1)").replace(
            "%1", match.group(1)
        )
    if text.startswith("merged with a second record"):
        rest = text[len("merged with a second record") :]
        return QCoreApplication.translate("ImportPhrases", "merged with a second record") + rest
    return text


def phrases(texts, separator: str = ", ") -> str:
    """Several core phrases, joined."""
    table = phrase_table()
    return separator.join(phrase(t, table) for t in texts)

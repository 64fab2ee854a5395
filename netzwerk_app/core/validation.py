"""Checks of what the user typed into a contact: normalised where possible, else kept as typed
with a warning code. A warning never blocks a save; the UI translates the codes."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from netzwerk_app.core.invisible import remove_deceptive
from netzwerk_app.core.records import ContactRecord


def _normalize_phone(value: str, region: str | None) -> str | None:
    """`phones.normalize_phone`; phonenumbers is imported when a number is first checked,
    not when the window starts (its card imports this module)."""
    from netzwerk_app.core.phones import normalize_phone

    return normalize_phone(value, region)


EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

NOT_A_PHONE_NUMBER = "not_a_phone_number"
NOT_AN_EMAIL_ADDRESS = "not_an_email_address"


def method_problem(kind: str, value: str, region: str | None = None) -> str | None:
    """The warning code for a stored or typed contact method, or None when it looks right."""
    value = value.strip()
    if not value:
        return None
    if kind == "phone" and _normalize_phone(value, region) is None:
        return NOT_A_PHONE_NUMBER
    if kind == "email" and not EMAIL_RE.match(value):
        return NOT_AN_EMAIL_ADDRESS
    return None


def check_method(kind: str, value: str, region: str | None = None) -> tuple[str, str | None]:
    """A typed method value as it should be stored, and its warning code (or None).

    A phone number that parses is stored in E.164; anything else is kept as typed.
    """
    value = value.strip()
    problem = method_problem(kind, value, region)
    if kind == "phone" and problem is None and value:
        return _normalize_phone(value, region) or value, None
    return value, problem


INVISIBLE_CHARACTERS_REMOVED = "invisible_characters_removed"

# the single-line fields a person types a name or a place of work into
TYPED_TEXT_FIELDS = (
    "prefix", "given_name", "additional_names", "family_name", "suffix", "display_name",
    "nickname", "organization", "department", "title",
)  # fmt: skip


@dataclass(frozen=True)
class Problem:
    """A warning about one value of a record: its code, the field, and for a contact method
    its position in `methods`. The UI words the code; nothing here blocks a save."""

    code: str
    field: str
    value: str
    index: int | None = None


def clean_record(
    record: ContactRecord, region: str | None = None, keep_methods: Collection[int] = ()
) -> tuple[ContactRecord, list[Problem]]:
    """A record as added, updated or imported should be stored, and the warnings about it.

    Deceptive invisible characters (bidi controls, zero-width spaces) leave the typed names;
    phone numbers that parse are stored in E.164; an email address or phone number that does not
    look right is kept as typed, with a warning. The card, `netzwerk add` and the importer call
    this one function, so the three ways in store the same data. The methods at the positions
    in `keep_methods` (stored ones the user did not edit) are kept exactly as they are.
    """
    problems: list[Problem] = []
    changes: dict[str, Any] = {}
    for name in TYPED_TEXT_FIELDS:
        value = getattr(record, name)
        cleaned, removed = remove_deceptive(value)
        if removed:
            changes[name] = cleaned
            problems.append(Problem(INVISIBLE_CHARACTERS_REMOVED, name, " ".join(removed)))
    methods = []
    for i, method in enumerate(record.methods):
        if i in keep_methods:
            methods.append(method)
            continue
        value, problem = check_method(method.kind, method.value, region)
        if problem is not None:
            problems.append(Problem(problem, "methods", value, i))
        methods.append(dataclasses.replace(method, value=value))
    changes["methods"] = methods
    return dataclasses.replace(record, **changes), problems

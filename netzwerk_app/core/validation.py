"""Checks of what the user typed into a contact: normalised where possible, else kept as typed
with a warning code. A warning never blocks a save; the UI translates the codes."""

from __future__ import annotations

import re

from netzwerk_app.core.phones import normalize_phone

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

NOT_A_PHONE_NUMBER = "not_a_phone_number"
NOT_AN_EMAIL_ADDRESS = "not_an_email_address"


def method_problem(kind: str, value: str, region: str | None = None) -> str | None:
    """The warning code for a stored or typed contact method, or None when it looks right."""
    value = value.strip()
    if not value:
        return None
    if kind == "phone" and normalize_phone(value, region) is None:
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
        return normalize_phone(value, region) or value, None
    return value, problem

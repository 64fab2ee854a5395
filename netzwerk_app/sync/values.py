"""A contact field's value to JSON and back (what a sync conflict keeps of each side)."""

from __future__ import annotations

import base64
import datetime as dt

from netzwerk_app.core.records import Birthday


def encode_value(field: str, value: object) -> object:
    """A JSON-ready form of a scalar field's value."""
    if value is None:
        return None
    if isinstance(value, Birthday):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def decode_value(field: str, value: object) -> object:
    """The field's value from `encode_value`'s form."""
    if value is None:
        return None
    if field == "birthday":
        return Birthday.parse(str(value))
    if field == "met_on":
        return dt.date.fromisoformat(str(value))
    if field == "photo":
        return base64.b64decode(str(value))
    return value


def shown(field: str, value: object) -> str:
    """One line for the user."""
    if value is None or value == "":
        return "(empty)"
    if field == "photo":
        return "(a photo)"
    return str(value)

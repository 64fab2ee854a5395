"""The errors the core raises with a message fit to show to the user.

A module of its own, importing nothing, so that opening the database needs no dataclasses.
"""

from __future__ import annotations


class NetzwerkError(Exception):
    """An error caused by the user's input or data, with a message fit to show to the user."""


class InvalidInput(NetzwerkError):
    """A value given by the user is not acceptable (bad date, unknown tier, …)."""


class ContactNotFound(NetzwerkError):
    """No contact with the given id exists."""

    def __init__(self, contact_id: int) -> None:
        super().__init__(f"no contact with id {contact_id}")
        self.contact_id = contact_id

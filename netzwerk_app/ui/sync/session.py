"""Passwords of the sync accounts as the window finds them: the OS keyring first, an
environment variable an account names (scripts), else what the user typed in this session.

Without a keyring a typed password is kept in memory only, until Netzwerk quits; it is never
written anywhere.
"""

from __future__ import annotations

from netzwerk_app.core.models import SyncAccount
from netzwerk_app.sync import accounts, secrets

_typed: dict[str, str] = {}  # account key -> password, this session only


def password_for(account: SyncAccount) -> str | None:
    """The account's password, or None when the user has to give it."""
    stored = accounts.stored_password(account)
    if stored:
        return stored
    return _typed.get(secrets.account_key(account.url, account.username))


def remember(url: str, username: str, password: str) -> bool:
    """Keep a password: in the keyring (True), or for this session only (False: no keyring)."""
    key = secrets.account_key(url, username)
    try:
        secrets.set_password(url, username, password)
    except secrets.NoKeyring:
        _typed[key] = password
        return False
    _typed.pop(key, None)
    return True


def forget(url: str, username: str) -> None:
    """Drop a refused password typed in this session (the keyring's entry stays until a new
    one replaces it)."""
    _typed.pop(secrets.account_key(url, username), None)


def forget_all() -> None:
    _typed.clear()

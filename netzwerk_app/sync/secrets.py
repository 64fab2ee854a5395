"""Sync passwords in the operating system's keyring (the `keyring` package), never in a file.

Entries live under the service ``netzwerk-carddav``, keyed by account: ``user@server-url``.
Where no usable keyring exists (keyring's fail or null backend, as on a headless machine), the
functions raise `NoKeyring`: the command line says so and takes ``--password-stdin``; the window
asks for the password again and keeps it in memory for the session only.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from netzwerk_app.core.records import NetzwerkError

SERVICE = "netzwerk-carddav"
NO_KEYRING_MESSAGE = (
    "No keyring is available on this system; the password cannot be stored. Use --password-stdin."
)


class NoKeyring(NetzwerkError):
    """There is no usable keyring on this system (or it refused the request)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(NO_KEYRING_MESSAGE + (f" ({detail})" if detail else ""))
        self.detail = detail


def account_key(url: str, username: str) -> str:
    """The keyring's user name of an account: one entry per user and server."""
    return f"{username}@{url.strip()}"


def _usable(backend: KeyringBackend) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return True


def keyring_available() -> bool:
    """Whether a real keyring backend is there to hold passwords."""
    return _usable(keyring.get_keyring())


def _backend() -> KeyringBackend:
    backend = keyring.get_keyring()
    if not _usable(backend):
        raise NoKeyring()
    return backend


def get_password(url: str, username: str) -> str | None:
    """The stored password of an account; None when there is none. Raises `NoKeyring`."""
    backend = _backend()
    try:
        return backend.get_password(SERVICE, account_key(url, username))
    except keyring.errors.KeyringError as exc:
        raise NoKeyring(str(exc)) from exc


def set_password(url: str, username: str, password: str) -> None:
    """Store an account's password in the keyring. Raises `NoKeyring`."""
    backend = _backend()
    try:
        backend.set_password(SERVICE, account_key(url, username), password)
    except keyring.errors.KeyringError as exc:
        raise NoKeyring(str(exc)) from exc


def delete_password(url: str, username: str) -> bool:
    """Remove an account's password; False when there was none (or no keyring at all)."""
    try:
        backend = _backend()
        backend.delete_password(SERVICE, account_key(url, username))
    except NoKeyring:
        return False
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError:
        return False
    return True

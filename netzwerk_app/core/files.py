"""Writing the user's files (exports) safely: all or nothing, never a truncated file."""

from __future__ import annotations

import os
from pathlib import Path

from netzwerk_app.core.records import NetzwerkError


class FileWriteError(NetzwerkError):
    """A file could not be written (no permission, disk full, no such folder)."""


def write_file_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then move it into place.

    A failure leaves an existing file as it was and raises `FileWriteError`.
    """
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FileWriteError(f"cannot write {target}: {exc.strerror or exc}") from exc

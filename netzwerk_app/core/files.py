"""Writing the user's files (exports) safely: all or nothing, never a truncated file, and
never through a link someone planted: the temporary file gets a random name in the target's
folder, is created exclusively (O_EXCL, 0600) and then renamed over the target."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from netzwerk_app.core.records import NetzwerkError


class FileWriteError(NetzwerkError):
    """A file could not be written (no permission, disk full, no such folder)."""


def write_file_atomically(path: str | os.PathLike[str], data: bytes | Iterable[bytes]) -> None:
    """Write `data` (bytes, or pieces of bytes streamed one by one, so that a large export is
    never held whole in memory) to a temporary file beside `path`, then move it into place.

    A failure leaves an existing file as it was and raises `FileWriteError`; an exception
    raised while producing the pieces removes the temporary file and passes on.
    """
    target = Path(os.path.abspath(path))
    tmp: Path | None = None
    try:
        # mkstemp: O_CREAT | O_EXCL (and O_NOFOLLOW where there is one), a random name, 0600
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        tmp = Path(name)
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, bytes | bytearray):
                fh.write(data)
            else:
                try:
                    for piece in data:
                        fh.write(piece)
                except OSError:
                    raise
                except BaseException:
                    tmp.unlink(missing_ok=True)
                    raise
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)  # replaces a link at the target itself, never what it points to
    except OSError as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            reason = "the disk is full"
        else:
            reason = exc.strerror or str(exc)
        raise FileWriteError(f"cannot write {target}: {reason}") from exc

"""Reading a large vCard file on two cores: this process reads the first half, a helper the rest.

The file is cut between two cards (after an ``END:VCARD`` line that a ``BEGIN:VCARD`` line
follows) near its middle. The helper is this program started again (``netzwerk
--read-vcard-part PATH OFFSET NAME``, also from a PyInstaller bundle; not `multiprocessing`,
whose ``spawn`` would run the caller's main script again): it opens the file itself, reads
from the cut and hands back its result pickled on stdout. Its card and line numbers are moved
on by what the first half holds, so the result is the one `reader.read_vcards` gives for the
whole file. Where it might not be (a damaged card near the cut), where no helper can be
started, or where the file is small or wide (UTF-16/32), the file is read here as before.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys

from netzwerk_app.vcard.cards import wide_encoding
from netzwerk_app.vcard.reader import (
    CancelCheck,
    Problem,
    ProgressCallback,
    ReadResult,
    read_vcards,
)

PARALLEL_ABOVE_BYTES = 2 * 1024 * 1024  # a smaller file is read faster than a helper starts
PARALLEL_BELOW_BYTES = 512 * 1024 * 1024  # a larger one: the half copied would cost too much
# Messages of problems that depend on the cards around them: near the cut, read again whole.
_NEIGHBOURLY = ("not closed", "nested card", "no BEGIN:VCARD", "outside any card", "END:VCARD")


def _cut(data: bytes, start: int, share: float = 0.5) -> tuple[int, bytes] | None:
    """The offset of a BEGIN:VCARD line that follows an END:VCARD line, about ``share`` of the
    way into the file (the part before it is read here, the rest by the helper)."""
    sep = b"\n" if data.find(b"\n", start, start + 65536) >= 0 else b"\r"
    middle = start + int((len(data) - start) * share)
    for marker in (b"END:VCARD" + sep + b"BEGIN:VCARD", b"END:VCARD\r" + sep + b"BEGIN:VCARD"):
        found = data.find(marker, middle)
        if found >= 0 and (found == 0 or data[found - 1 : found] == sep):
            return found + len(marker) - len(b"BEGIN:VCARD"), sep
    return None


HELPER_FLAG = "--read-vcard-part"
HAND_OVER = 250  # records per pickle from the helper


def serve_part(args: list[str]) -> int:
    """In the helper: read the file `args[0]` from byte `args[1]`, pickle the result to stdout."""
    import mmap

    path, offset, source = args[0], int(args[1]), args[2]
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        result = read_vcards(data[offset:], source)
    # the records in pickles of HAND_OVER each: unpickled one by one, the reader's thread lets
    # the window's thread run in between (one pickle of them all held it for 130 ms)
    records, result.records = result.records, []
    chunks = [
        pickle.dumps(records[start : start + HAND_OVER], protocol=pickle.HIGHEST_PROTOCOL)
        for start in range(0, len(records), HAND_OVER)
    ]
    pickle.dump((result, chunks), sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()
    return 0


def _helper_command(path: str, offset: int, source: str) -> list[str]:
    own = (
        [sys.executable]
        if getattr(sys, "frozen", False)
        else [sys.executable, "-m", "netzwerk_app"]
    )
    return [*own, HELPER_FLAG, path, str(offset), source]


def _start_helper(path: str, offset: int, source: str) -> subprocess.Popen[bytes] | None:
    try:
        return subprocess.Popen(
            _helper_command(path, offset, source),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        return None


def _helper_result(helper: subprocess.Popen[bytes]) -> ReadResult | None:
    """What the helper read, or None when it failed (the caller then reads it all itself)."""
    try:
        out, _ = helper.communicate()
        if helper.returncode != 0:
            return None
        result, chunks = pickle.loads(out)
        if not isinstance(result, ReadResult):
            return None
        for chunk in chunks:
            result.records += pickle.loads(chunk)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
        return None
    return result


def _shifted(part: ReadResult, cards: int, lines: int) -> ReadResult:
    """The helper's result numbered as in the whole file."""

    def shift(p: Problem) -> Problem:
        return Problem(
            p.card + cards if p.card else 0,
            p.line + lines if p.line else 0,
            p.message,
            p.severity,
            p.source,
        )

    part.problems = [shift(p) for p in part.problems]
    part.positions = [(number + cards, line + lines) for number, line in part.positions]
    part.cards += cards
    return part


def _neighbourly(result: ReadResult) -> bool:
    return any(any(word in p.message for word in _NEIGHBOURLY) for p in result.problems)


class TwoPartRead:
    """A file being read on two cores: `first` (read here) is there when it is made; `finish`
    waits for the helper and gives the whole file's result. Close it (it is a context manager)
    so that a helper no longer wanted is stopped."""

    def __init__(self, helper: subprocess.Popen[bytes], first: ReadResult, head_lines: int) -> None:
        self.helper, self.first, self._head_lines = helper, first, head_lines

    def finish(self) -> ReadResult | None:
        """The whole file's result (`first`, extended), or None when it must be read again
        whole: the helper failed, or a damaged card lies near the cut."""
        second = _helper_result(self.helper)
        first = self.first
        if second is None or _neighbourly(first) or _neighbourly(second):
            return None
        second = _shifted(second, first.cards, self._head_lines)
        first.records += second.records
        first.positions += second.positions
        first.problems += second.problems
        first.cards = second.cards
        return first

    def close(self) -> None:
        if self.helper.poll() is None:
            self.helper.kill()
            self.helper.wait()
        if self.helper.stdout is not None:
            self.helper.stdout.close()  # also when the result was never fetched

    def __enter__(self) -> TwoPartRead:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def begin_two_part_read(
    path: str | os.PathLike[str],
    data: bytes,
    source: str,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    share: float = 0.5,
) -> TwoPartRead | None:
    """Start reading the file at `path` (its bytes: `data`) on two cores: the helper reads from
    a cut about ``share`` into the file, this process the part before it, now. None where that
    does not pay or cannot be (small, huge or wide files, no cut, no helper): read it whole.
    A cancelled first part stops the helper and comes back with ``first.cancelled``."""
    size = len(data)
    start = 3 if bytes(data[:3]) == b"\xef\xbb\xbf" else 0
    if (
        not PARALLEL_ABOVE_BYTES <= size < PARALLEL_BELOW_BYTES
        or (os.cpu_count() or 1) < 2
        or wide_encoding(bytes(data[:4]), size) is not None
        or (cut := _cut(data, start, share)) is None
    ):
        return None
    offset, sep = cut
    helper = _start_helper(os.fspath(path), offset, source)
    if helper is None:  # no process can be started here
        return None
    try:
        head = bytes(data[:offset])
        first = read_vcards(
            head,
            source,
            None if progress is None else (lambda done, _total: progress(done, size)),
            cancel,
        )
    except BaseException:
        helper.kill()
        helper.wait()
        raise
    part = TwoPartRead(helper, first, head.count(sep))
    if first.cancelled:
        part.close()
    return part


def read_file_parallel(
    path: str | os.PathLike[str],
    data: bytes,
    source: str,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> ReadResult:
    """`read_vcards(data, source)` of the file at `path`, on two cores where that pays."""
    part = begin_two_part_read(path, data, source, progress, cancel)
    if part is None:
        return read_vcards(data, source, progress, cancel)
    with part:
        if part.first.cancelled:
            return part.first
        whole = part.finish()
    if whole is None:
        return read_vcards(data, source, progress, cancel)
    if progress is not None:
        progress(len(data), len(data))
    return whole

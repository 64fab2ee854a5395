"""Reading a large vCard file on two cores: this process reads the first part, a helper the rest.

The file is cut between two cards (after an ``END:VCARD`` line that a ``BEGIN:VCARD`` line
follows) at a given share of it. The helper is this program started again (``netzwerk
--read-vcard-part PATH OFFSET NAME [REGION]``, also from a PyInstaller bundle; not
`multiprocessing`, whose ``spawn`` would run the caller's main script again): it opens the file
itself, reads from the cut and hands its records over pickled on stdout as it reads them (an
import matches them meanwhile, `TwoPartRead.chunks`), with what their import needs from them
alone when given a region (`core.import_prepared`). Its card and line numbers are moved on by
what the first part holds, so the result is the one `reader.read_vcards` gives for the whole
file. Where it might not be (a damaged card near the cut), where no helper can be started, or
where the file is small or wide (UTF-16/32), the file is read here as before.

A file too large to hold (`vcard.STREAM_ABOVE_BYTES`) is read by the helper whole, from its
first byte, and imported as the helper hands its records over, none kept
(`begin_streamed_read`); the helper reads at most `_READ_AHEAD` frames ahead, so its memory
stays bounded too.
"""

from __future__ import annotations

import copyreg
import io
import os
import pickle
import stat
import subprocess
import sys
from collections.abc import Iterator
from typing import Any, Self, cast

from netzwerk_app.core.records import ContactRecord
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
# Frames (about 200 cards each) the helper reads ahead of the importer at most: where the
# importer is slower (a large file streamed, `begin_streamed_read`), the helper waits, and its
# memory stays bounded (about 20 MB of frames) whatever the file's size.
_READ_AHEAD = 64
_MAGIC = b"NZvc"  # each frame begins with these bytes and its length (8 bytes), then the pickle
_LENGTH = 8


def serve_part(args: list[str]) -> int:
    """In the helper: read the file `args[0]` from byte `args[1]`, pickled to stdout as read.

    Frames (a length, then a pickle): a chunk ``(records, prepared, positions)`` for every 200
    cards or so, then the `ReadResult` without its records. With a region (`args[3]`), each
    record comes with what its import needs from it alone (`core.import_prepared`), made for
    that region; else ``prepared`` is None. A thread writes the frames, so reading goes on
    while the importer is busy elsewhere.
    """
    import mmap
    import queue
    import threading

    from netzwerk_app.core.gc_pause import paused_gc

    path, offset, source = args[0], int(args[1]), args[2]
    region = args[3] if len(args) > 3 else None
    out = sys.stdout.buffer
    frames: queue.Queue[bytes | None] = queue.Queue(maxsize=_READ_AHEAD)

    def write() -> None:
        while (frame := frames.get()) is not None:
            out.write(_MAGIC + len(frame).to_bytes(_LENGTH, "little"))
            out.write(frame)
            out.flush()

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    result = ReadResult()

    reducers: dict[type, Any] = {}
    if region is not None:
        from netzwerk_app.core.import_prepared import REDUCERS

        reducers = {**copyreg.dispatch_table, **REDUCERS}

    def hand_over(_done: int = 0, _total: int = 0) -> None:
        if not result.records:
            return
        records, positions = result.records, result.positions
        result.records, result.positions = [], []
        prepared = None
        if region is not None:
            from netzwerk_app.core.import_prepared import prepare_all

            prepared = prepare_all(records, source, region)
        frames.put(_pickled((records, prepared, positions), reducers))

    with paused_gc():  # hundreds of thousands of objects, all kept: nothing to collect
        with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            # a whole file is read where it is mapped (a slice would copy it)
            part = data if offset == 0 else data[offset:]
            read_vcards(cast("bytes", part), source, hand_over, into=result)
        hand_over()
        frames.put(pickle.dumps(result, pickle.HIGHEST_PROTOCOL))
    frames.put(None)
    writer.join()
    return 0


def _pickled(item: object, reducers: dict[type, Any]) -> bytes:
    """``item`` pickled, the types in ``reducers`` as they say (`import_prepared.REDUCERS`)."""
    if not reducers:
        return pickle.dumps(item, pickle.HIGHEST_PROTOCOL)
    out = io.BytesIO()
    pickler = pickle.Pickler(out, pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = reducers
    pickler.dump(item)
    return out.getvalue()


Chunk = tuple[list[ContactRecord], list[Any] | None, list[tuple[int, int]]]


class _Stream:
    """The helper's frames, read as they come; the records (and what was made of them, and
    their positions) are kept unless ``keep`` is false. ``end``: the helper's last frame, once
    read; ``failed``: a frame could not be read (the helper died, or wrote something else)."""

    def __init__(self, helper: subprocess.Popen[bytes], keep: bool = True) -> None:
        self.helper = helper
        self.keep = keep
        self.records: list[ContactRecord] = []
        self.prepared: list[Any] | None = []
        self.positions: list[tuple[int, int]] = []
        self.end: ReadResult | None = None
        self.failed = False

    def next_chunk(self) -> Chunk | None:
        """The next chunk of records, or None after the last (or on failure)."""
        if self.end is not None or self.failed:
            return None
        try:
            item = pickle.loads(self._frame())
            if isinstance(item, ReadResult):
                self.end = item
                return None
            records, prepared, positions = item
            if not (
                isinstance(records, list)
                and isinstance(positions, list)
                and len(positions) == len(records)
                and (prepared is None or len(prepared) == len(records))
            ):
                raise ValueError("not a chunk of records")
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError,
                TypeError, MemoryError):  # fmt: skip
            self.failed = True
            return None
        if not self.keep:
            return records, prepared, positions
        self.records += records
        self.positions += positions
        if prepared is None:
            self.prepared = None
        elif self.prepared is not None:
            self.prepared += prepared
        return records, prepared, positions

    def _frame(self) -> bytes:
        stdout = self.helper.stdout
        if stdout is None:
            raise EOFError
        head = stdout.read(len(_MAGIC) + _LENGTH)
        if len(head) != len(_MAGIC) + _LENGTH or not head.startswith(_MAGIC):
            raise EOFError
        size = int.from_bytes(head[len(_MAGIC) :], "little")
        body = stdout.read(size) if size <= 2 * PARALLEL_BELOW_BYTES else b""
        if len(body) != size:
            raise EOFError
        return body


def _helper_command(path: str, offset: int, source: str, *more: str) -> list[str]:
    own = (
        [sys.executable]
        if getattr(sys, "frozen", False)
        else [sys.executable, "-m", "netzwerk_app"]
    )
    return [*own, HELPER_FLAG, path, str(offset), source, *more]


def _start_helper(
    path: str, offset: int, source: str, region: str | None = None
) -> subprocess.Popen[bytes] | None:
    try:
        return subprocess.Popen(
            _helper_command(path, offset, source, *([region] if region else [])),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        return None


def _helper_result(stream: _Stream) -> ReadResult | None:
    """What the helper read (the chunks not read yet are read now), or None when it failed
    (the caller then reads it all itself); what it made of each record (`core.import_prepared`),
    when asked to, in ``prepared``."""
    while stream.next_chunk() is not None:
        pass
    result = stream.end
    try:
        if stream.failed or result is None or stream.helper.wait() != 0:
            return None
    except OSError:
        return None
    result.records, result.positions = stream.records, stream.positions
    result.prepared = stream.prepared if stream.records else None
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


class _HelperRead:
    """A read by a helper process: closing it (it is a context manager) stops a helper still
    at work and closes its output (also when it was never read)."""

    helper: subprocess.Popen[bytes]

    def close(self) -> None:
        if self.helper.poll() is None:
            self.helper.kill()
        self.helper.wait()
        if self.helper.stdout is not None:
            self.helper.stdout.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _neighbourly(result: ReadResult) -> bool:
    return any(any(word in p.message for word in _NEIGHBOURLY) for p in result.problems)


class TwoPartRead(_HelperRead):
    """A file being read on two cores: `first` (read here) is there when it is made; `finish`
    waits for the helper and gives the whole file's result. Close it so that a helper no longer
    wanted is stopped."""

    def __init__(self, helper: subprocess.Popen[bytes], first: ReadResult, head_lines: int) -> None:
        self.helper, self.first, self._head_lines = helper, first, head_lines
        self._stream = _Stream(helper)
        # after `finish`: what the helper made of each of its records, when asked to (a region
        # given to `begin_two_part_read`), beside the records after `first`'s own
        self.prepared: list[Any] | None = None

    def chunks(self) -> Iterator[Chunk]:
        """The helper's records as it hands them over (before it is done), with what it made
        of them and their (card, line) in the whole file; none when the first part already
        says that the two parts cannot be trusted. Whether they can: `finish`."""
        if _neighbourly(self.first):
            return
        cards, lines = self.first.cards, self._head_lines
        while (chunk := self._stream.next_chunk()) is not None:
            records, prepared, positions = chunk
            yield records, prepared, [(card + cards, line + lines) for card, line in positions]

    def finish(self) -> ReadResult | None:
        """The whole file's result (`first`, extended), or None when it must be read again
        whole: the helper failed, or a damaged card lies near the cut."""
        second = _helper_result(self._stream)
        first = self.first
        if second is None or _neighbourly(first) or _neighbourly(second):
            return None
        self.prepared, second.prepared = second.prepared, None
        if self.prepared is not None and len(self.prepared) != len(second.records):
            self.prepared = None
        second = _shifted(second, first.cards, self._head_lines)
        first.records += second.records
        first.positions += second.positions
        first.problems += second.problems
        first.cards = second.cards
        return first


def begin_two_part_read(
    path: str | os.PathLike[str],
    data: bytes,
    source: str,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    share: float = 0.5,
    region: str | None = None,
) -> TwoPartRead | None:
    """Start reading the file at `path` (its bytes: `data`) on two cores: the helper reads from
    a cut about ``share`` into the file, this process the part before it, now. None where that
    does not pay or cannot be (small, huge or wide files, no cut, no helper): read it whole.
    A cancelled first part stops the helper and comes back with ``first.cancelled``. With a
    ``region``, the helper also prepares its records' import for it (`TwoPartRead.prepared`)."""
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
    helper = _start_helper(os.fspath(path), offset, source, region)
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


class StreamedRead(_HelperRead):
    """A whole file read by the helper and handed over as it reads, nothing kept here (the
    import of a large file, `vcard._import_streamed`): this process matches and writes while
    the helper reads and prepares, at most `_READ_AHEAD` frames ahead. Close it so that a
    helper no longer wanted is stopped."""

    def __init__(self, helper: subprocess.Popen[bytes]) -> None:
        self.helper = helper
        self._stream = _Stream(helper, keep=False)

    def chunks(self) -> Iterator[Chunk]:
        """The records as the helper hands them over, with what it made of them and their
        (card, line); whether all came: `finish`."""
        while (chunk := self._stream.next_chunk()) is not None:
            yield chunk

    def finish(self) -> ReadResult | None:
        """The helper's result without its records (the cards counted, the problems), once
        every chunk was taken; None when the helper failed (the file must be read again)."""
        if self._stream.next_chunk() is not None:
            return None  # a chunk not taken: the caller stopped early
        result = self._stream.end
        try:
            if self._stream.failed or result is None or self.helper.wait() != 0:
                return None
        except OSError:
            return None
        return result


def begin_streamed_read(
    path: str | os.PathLike[str], source: str, region: str
) -> StreamedRead | None:
    """Start a helper that reads the whole file at `path` and prepares its records' import for
    ``region``; None where it does not pay or cannot be (small or wide files, one core, not a
    regular file, no helper): the file is read here, card by card."""
    name = os.fspath(path)
    try:
        info = os.stat(name)  # before it is opened: a named pipe would wait for its writer
        if not stat.S_ISREG(info.st_mode) or info.st_size < PARALLEL_ABOVE_BYTES:
            return None
        with open(name, "rb") as fh:
            head = fh.read(4)
    except OSError:
        return None
    if (os.cpu_count() or 1) < 2 or wide_encoding(head, info.st_size) is not None:
        return None
    helper = _start_helper(name, 0, source, region)
    return None if helper is None else StreamedRead(helper)

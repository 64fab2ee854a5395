"""Split vCard bytes into cards: BOMs, UTF-16/32, lines, and values too large to hold.

Cards are split in one pass (a card without END:VCARD ends where the next one begins, and is read
with a warning); a value larger than `value_limit()` is dropped while reading, never held, and a
memory-mapped file is never copied whole.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field

from netzwerk_app.vcard.problems import Problem
from netzwerk_app.vcard.values import value_limit

_WIDE_CHUNK = 1 << 20  # bytes of UTF-16/32 transcoded at a time
_SHORT = 40  # a line longer than this is no BEGIN:VCARD or END:VCARD line
_MAX_BUFFERED = 8  # cards held while it is open whether the card before them was closed


def wide_encoding(head: bytes, size: int) -> str | None:
    """The UTF-16/32 encoding of a file that starts with `head`, or None for 8-bit data."""
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if size >= 4 and head[1:4] == b"\x00\x00\x00" and head[0]:
        return "utf-32-le"
    if size >= 4 and head[:3] == b"\x00\x00\x00" and head[3]:
        return "utf-32-be"
    if size >= 2 and head[1] == 0 and head[0] and head.count(0) == 2:
        return "utf-16-le"
    if size >= 2 and head[0] == 0 and head[1] and head.count(0) == 2:
        return "utf-16-be"
    return None


def prepare(data: bytes) -> tuple[bytes, int]:
    """The data to split and the offset to start at.

    A UTF-8 BOM is skipped (cutting it off would copy the whole file); UTF-16/32 is transcoded
    to UTF-8 chunk by chunk.
    """
    head = bytes(data[:4])
    if head.startswith(codecs.BOM_UTF8):
        return data, 3
    encoding = wide_encoding(head, len(data))
    if encoding is None:
        return data, 0
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    out = bytearray()
    for pos in range(0, len(data), _WIDE_CHUNK):
        text = decoder.decode(data[pos : pos + _WIDE_CHUNK])
        out += (text.lstrip("\ufeff") if pos == 0 else text).encode("utf-8")
    out += decoder.decode(b"", final=True).encode("utf-8")
    return out, 0  # type: ignore[return-value]  # a bytearray reads like bytes here


def normalise_bytes(data: bytes) -> bytes:
    """Strip a UTF-8 BOM and transcode UTF-16/UTF-32 files to UTF-8.

    Plain 8-bit data comes back as it is (also a memory-mapped file, which stays unread).
    """
    data, start = prepare(data)
    if isinstance(data, bytearray):
        return bytes(data)
    return data[start:] if start else data


def _iter_lines(
    data: bytes, start: int, sep: bytes, limit: int, lineno: int = 1
) -> Iterator[tuple[int, int, bytes, int]]:
    """Yield (line number, offset, line, length) from ``start`` (line ``lineno``); CR LF and
    CR CR LF end a line.

    A line longer than ``limit`` is not copied: only its first bytes are yielded (with its full
    length), enough to name the property it holds.
    """
    n = len(data)
    pos = start
    find = data.find
    copy = isinstance(data, bytearray)
    strip_cr = sep == b"\n"
    while pos < n:
        end = find(sep, pos)
        nxt = end + 1
        if end < 0:
            end = nxt = n
        length = end - pos
        if length > limit:
            line = bytes(data[pos : pos + 4096])
        else:
            line = data[pos:end]
            if copy:
                line = bytes(line)
            if strip_cr and line[-1:] == b"\r":
                line = line.rstrip(b"\r")
        yield lineno, pos, line, length
        lineno += 1
        pos = nxt


class _Collector:
    """The lines of one card as they are read; values over the limit are dropped, not held."""

    __slots__ = (
        "body",
        "careful",
        "dropped_from",
        "line",
        "oversized",
        "prop_index",
        "prop_size",
        "size",
    )

    def __init__(self, line: int) -> None:
        self.line = line  # the BEGIN:VCARD line
        self.body: list[tuple[int, bytes]] = []
        self.size = 0  # bytes held
        self.careful = False  # a card this large has its lines counted by property (`add`)
        self.prop_index = -1  # where in `body` the current property starts
        self.prop_size = 0
        self.oversized: dict[int, int] = {}  # first line of a dropped value -> its size
        self.dropped_from = 0  # the card outgrew the limit: its lines from here on dropped

    def take_care(self, last_length: int, limit: int) -> None:
        """The card has grown past one value's limit: from now on count its lines by property.

        The lines of the property being read are taken back and counted again by `add`.
        """
        self.careful = True
        body = self.body
        index = len(body) - 1
        while index > 0 and (body[index][1][:1] in (b" ", b"\t") or b":" not in body[index][1]):
            index -= 1
        again = body[index:]
        del body[index:]
        self.size -= sum(len(text) for _, text in again)
        self.prop_index = -1
        for i, (lineno, text) in enumerate(again):
            self.add(lineno, text, last_length if i == len(again) - 1 else len(text), limit)

    def add(self, lineno: int, line: bytes, length: int, limit: int) -> None:
        if self.dropped_from:
            return
        index = self.prop_index
        if index >= 0 and (line[:1] in (b" ", b"\t") or b":" not in line):
            # a folded line, or one without a property name (unfolded base64 …): the current
            # property goes on (an exact test is unfold's; this one only counts sizes)
            start = self.body[index][0] if index < len(self.body) else 0
            if start in self.oversized:
                self.oversized[start] += length
                return
            self.prop_size += length
            if self.prop_size > limit:
                self.oversized[start] = self.prop_size
                self.size -= sum(len(item[1]) for item in self.body[index:])
                self.body[index] = (start, _value_head(self.body[index][1]))
                del self.body[index + 1 :]
                return
        else:
            self.prop_index = len(self.body)
            self.prop_size = length
            if length > limit:
                self.body.append((lineno, _value_head(line)))
                self.oversized[lineno] = length
                return
        self.size += len(line)
        if self.size > 4 * limit:  # many large values: the card ends with the last whole one
            index = max(self.prop_index, 0)
            self.dropped_from = self.body[index][0] if index < len(self.body) else lineno
            del self.body[index:]
            return
        self.body.append((lineno, line))


def _value_head(line: bytes) -> bytes:
    """A property line cut after its name and parameters (its value is dropped)."""
    colon = line.find(b":")
    return line[: colon + 1] if colon >= 0 else line[:256]


@dataclass
class RawCard:
    number: int
    line: int
    lines: list[tuple[int, bytes]]  # the lines between BEGIN:VCARD and END:VCARD
    error: str = ""
    error_line: int = 0
    warning: str = ""  # the card is read, but not as written (e.g. not closed)
    oversized: dict[int, int] = field(default_factory=dict)
    dropped_from: int = 0


def split_cards(
    data: bytes, start: int = 0, cursor: list[int] | None = None
) -> Iterator[RawCard | Problem]:
    """Split normalised bytes into cards in one pass; yield `RawCard`s and file-level `Problem`s.

    A card without END:VCARD ends where the next card begins (or at the end of the file) and is
    read with a warning. A card that holds whole cards (BEGIN ... BEGIN ... END ... END) is
    skipped with an error; telling the two apart needs at most `_MAX_BUFFERED` cards held.
    ``cursor[0]`` follows the offset of the line being read (for progress).

    Cards as most files hold them are cut out whole (`_plain_cards`); from the first place
    where the file is not so plain, it is read line by line (`_split_lines`). Both give the
    same cards (tested).
    """
    cursor = cursor if cursor is not None else [0]
    if data.find(b"\n", start) < 0:  # lines end with CR alone (old Macs)
        yield from _split_lines(data, start, cursor, b"\r")
        return
    rest = yield from _plain_cards(data, start, cursor)
    if rest is not None:
        offset, lineno, number = rest
        yield from _split_lines(data, offset, cursor, b"\n", lineno, number)


# Where a BEGIN:VCARD or END:VCARD line may be (a case-insensitive literal: SRE finds it fast).
_MARKER = re.compile(rb":VCARD", re.IGNORECASE)


def _plain_cards(
    data: bytes, start: int, cursor: list[int]
) -> Generator[RawCard, None, tuple[int, int, int] | None]:
    """The cards of LF-separated ``data`` from ``start`` as `_split_lines` gives them, each cut
    out whole, while the file is plain: a BEGIN:VCARD line, an END:VCARD line, nothing but
    blank lines between cards, and no card larger than a value may be. Returns where the file
    stops being plain (offset, its line number, the cards yielded), or None at its end."""
    limit = value_limit()
    copy = isinstance(data, bytearray)
    n = len(data)
    pos, lineno, number = start, 1, 0  # after the last card (or at the start)
    begin_at = -1  # the BEGIN:VCARD line's offset (-1: none met since the last card)
    begin_end = begin_line = 0
    for found in _MARKER.finditer(data, start):
        # the line around it, as `_split_lines` compares it (at most `_SHORT` bytes long)
        hit = found.start()
        floor = max(start, hit - _SHORT)
        at = data.rfind(b"\n", floor, hit) + 1
        if at == 0:
            if floor > start:
                continue  # a long line: no BEGIN or END line
            at = start
        end = data.find(b"\n", hit)
        if end < 0:
            end = n
        if end - at > _SHORT:
            continue
        key = data[at:end].strip().upper()
        if key == b"BEGIN:VCARD":
            is_begin = True
        elif key == b"END:VCARD":
            is_begin = False
        else:
            continue
        if begin_at < 0:
            if not is_begin or data[pos:at].strip():
                return pos, lineno, number  # an END without a card, or text outside any
            begin_at, begin_end = at, end
            begin_line = lineno + data[pos:at].count(b"\n")  # (an mmap has no count)
            continue
        if is_begin or end - begin_at > limit:
            return pos, lineno, number  # a card not closed or holding cards; a large one
        number += 1
        first = begin_end + 1  # the card's lines: after its BEGIN line, before its END line
        lines: list[bytes] = []
        if at > first:
            chunk = data[first : at - 1]
            if copy:
                chunk = bytes(chunk)
            if b"\r" not in chunk:
                lines = chunk.split(b"\n")
            elif b"\r\r" in chunk:  # CR CR LF (and CRs before it) ends a line too
                lines = [line.rstrip(b"\r") for line in chunk.split(b"\n")]
            else:  # CR LF: at most one CR ends a line, before its LF or at the chunk's end
                lines = chunk.replace(b"\r\n", b"\n").removesuffix(b"\r").split(b"\n")
        body = list(enumerate(lines, begin_line + 1))
        cursor[0] = end
        yield RawCard(number, begin_line, body)
        pos = end + 1
        lineno = begin_line + len(lines) + 2
        begin_at = -1
    if begin_at >= 0 or data[pos:].strip():
        return pos, lineno, number  # a card not closed, or text after the last card
    if pos < n:  # blank lines after the last card: read to the end of the last one
        cursor[0] = n - 1 if data[n - 1 : n] == b"\n" else n
    return None


def _split_lines(
    data: bytes,
    start: int,
    cursor: list[int],
    sep: bytes,
    first_line: int = 1,
    number: int = 0,
) -> Iterator[RawCard | Problem]:
    """`split_cards` line by line from ``start`` (line ``first_line``, after ``number`` cards)."""
    limit = value_limit()
    current: _Collector | None = None
    pending: _Collector | None = None  # interrupted by a BEGIN: not closed, or holding cards
    pending_end = 0  # its last line if it was not closed
    buffered: list[_Collector | Problem] = []  # what came after `pending`, until it is clear
    orphan_count = orphan_line = 0  # lines outside any card

    def card(collected: _Collector, warning: str = "") -> RawCard:
        nonlocal number
        number += 1
        return RawCard(
            number,
            collected.line,
            collected.body,
            warning=warning,
            oversized=collected.oversized,
            dropped_from=collected.dropped_from,
        )

    def orphans() -> Problem:
        nonlocal orphan_count
        problem = Problem(
            0, orphan_line, f"{orphan_count} line(s) outside any card ignored", "warning"
        )
        orphan_count = 0
        return problem

    def not_closed() -> list[RawCard | Problem]:
        """`pending` was not closed: it ends before the card that interrupted it."""
        nonlocal pending
        assert pending is not None
        message = (
            f"card is not closed (no END:VCARD); read up to line {pending_end},"
            " where the next card begins"
        )
        items: list[RawCard | Problem] = [card(pending, message)]
        items += [item if isinstance(item, Problem) else card(item) for item in buffered]
        buffered.clear()
        pending = None
        return items

    for lineno, offset, line, length in _iter_lines(data, start, sep, limit, first_line):
        cursor[0] = offset + length
        key = line.strip().upper() if length <= _SHORT else b""
        if key == b"BEGIN:VCARD":
            if current is not None:
                if pending is not None:
                    yield from not_closed()
                pending, pending_end = current, lineno - 1
            else:
                if orphan_count:
                    if pending is not None:
                        buffered.append(orphans())
                    else:
                        yield orphans()
                if pending is not None and len(buffered) >= _MAX_BUFFERED:
                    yield from not_closed()
            current = _Collector(lineno)
        elif key == b"END:VCARD":
            if current is not None:
                if pending is None:
                    yield card(current)
                else:
                    buffered.append(current)
                current = None
            elif pending is not None:
                # the cards after `pending` were inside it: a card holding cards
                number += 1
                nested = pending_end + 1
                message = f"card contains a nested card (line {nested})"
                yield RawCard(number, pending.line, [], message, nested)
                pending = None
                buffered.clear()
                orphan_count = 0
            elif orphan_count:
                number += 1
                yield RawCard(number, orphan_line, [], "card has no BEGIN:VCARD line", orphan_line)
                orphan_count = 0
            else:
                yield Problem(0, lineno, "END:VCARD without a card ignored", "warning")
        elif current is not None:
            if current.careful:
                current.add(lineno, line, length, limit)
            else:  # most cards: nothing to count but their size
                current.body.append((lineno, line))
                current.size += len(line)
                if current.size > limit or length > limit:
                    current.take_care(length, limit)
        elif line.strip() and not line.startswith(b"#"):
            if not orphan_count:
                orphan_line = lineno
            orphan_count += 1
    if pending is not None:
        if current is None and orphan_count:
            buffered.append(orphans())
        yield from not_closed()
    if current is not None:
        yield card(current, "card is not closed (no END:VCARD before the end of the file)")
    if orphan_count:
        yield orphans()

"""Read vCard bytes (2.1, 3.0, 4.0, as real phones and programs write them) into ContactRecords.

The reader works on bytes: it strips BOMs, transcodes UTF-16/32, splits the file into cards
itself and parses every card on its own, so that one broken card is reported (with its card
number and line) and skipped while every good card is still read. Values are unfolded as bytes,
quoted-printable is decoded, and each value is decoded with its own CHARSET (or a guessed legacy
code page) before vCard escapes are resolved. Nothing here raises on bad input: problems are
returned as `Problem`s.

Costs stay linear in the input and memory bounded by the largest card: cards are split in one
pass (a card without END:VCARD ends where the next one begins, and is read with a warning), a
value larger than the photo limit allows is skipped while reading, never held or decoded, and
a memory-mapped file is never copied whole. Single-line values lose the invisible characters
that could trick the eye (see `netzwerk_app.core.invisible`), with a warning.
"""

from __future__ import annotations

import binascii
import codecs
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from netzwerk_app.core.invisible import remove_deceptive
from netzwerk_app.core.records import (
    AddressRecord,
    Birthday,
    ContactMethodRecord,
    ContactRecord,
    InvalidInput,
    validate_tier,
)

PHOTO_LIMIT = 5 * 1024 * 1024  # bytes of decoded photo data; larger photos are dropped
TIER_PROPERTY = "X-NETZWERK-TIER"
# The app's own fields, written and read back so that an export loses nothing.
APP_PROPERTIES = {
    "X-NETZWERK-MET-WHERE": "met_where",
    "X-NETZWERK-MET-ON": "met_on",
    "X-NETZWERK-THEY-OFFER": "they_offer",
    "X-NETZWERK-I-OFFER": "i_offer",
    "X-NETZWERK-INTERESTS": "interests",
}

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class Problem:
    """Something wrong in a file: an error skips a card, a warning loses part of one."""

    card: int  # 1-based number of the card in the file; 0 = the file as a whole
    line: int  # 1-based line number in the file; 0 = unknown
    message: str
    severity: str = "error"  # "error" (card skipped) or "warning" (card read, something lost)
    source: str = ""  # file name, when known

    def __str__(self) -> str:
        where = [self.source] if self.source else []
        if self.card:
            where.append(f"card {self.card}")
        if self.line:
            where.append(f"line {self.line}")
        prefix = ", ".join(where)
        return f"{prefix}: {self.severity}: {self.message}" if prefix else self.message


@dataclass
class CardOutcome:
    """The result of reading one card: a record, or None when the card was skipped."""

    number: int
    line: int
    record: ContactRecord | None
    problems: list[Problem] = field(default_factory=list)
    offset: int = 0  # bytes of the (normalised) file read so far
    size: int = 0  # bytes of the (normalised) file


@dataclass
class ReadResult:
    """All records read from one file, with the problems met on the way."""

    records: list[ContactRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    cards: int = 0  # cards found in the file (read or skipped)
    cancelled: bool = False
    # (card number, line of its BEGIN) of each record, in the order of `records`
    positions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error" and p.card)

    @property
    def readable(self) -> bool:
        """True when the file was a vCard file at all (even if some cards were skipped)."""
        return self.cards > 0


NOT_A_VCARD = "not a vCard file (no BEGIN:VCARD ... END:VCARD found)"


class _CardError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


# --------------------------------------------------------------------------- bytes and lines

_WIDE_CHUNK = 1 << 20  # bytes of UTF-16/32 transcoded at a time
_SHORT = 40  # a line longer than this is no BEGIN:VCARD or END:VCARD line
_MAX_BUFFERED = 8  # cards held while it is open whether the card before them was closed


def _value_limit() -> int:
    """Bytes of one property value above which it is dropped while reading, never held.

    A photo of `PHOTO_LIMIT` bytes is about 4/3 of that in base64 (plus folding).
    """
    return PHOTO_LIMIT * 3 // 2


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.3g} MB"


def _wide_encoding(head: bytes, size: int) -> str | None:
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


def _prepare(data: bytes) -> tuple[bytes, int]:
    """The data to split and the offset to start at.

    A UTF-8 BOM is skipped (cutting it off would copy the whole file); UTF-16/32 is transcoded
    to UTF-8 chunk by chunk.
    """
    head = bytes(data[:4])
    if head.startswith(codecs.BOM_UTF8):
        return data, 3
    encoding = _wide_encoding(head, len(data))
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
    data, start = _prepare(data)
    if isinstance(data, bytearray):
        return bytes(data)
    return data[start:] if start else data


def _iter_lines(
    data: bytes, start: int, sep: bytes, limit: int
) -> Iterator[tuple[int, int, bytes, int]]:
    """Yield (line number, offset, line, length) from ``start``; CR LF and CR CR LF end a line.

    A line longer than ``limit`` is not copied: only its first bytes are yielded (with its full
    length), enough to name the property it holds.
    """
    n = len(data)
    pos = start
    lineno = 1
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
            # property goes on (an exact test is _unfold's; this one only counts sizes)
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
class _RawCard:
    number: int
    line: int
    lines: list[tuple[int, bytes]]  # the lines between BEGIN:VCARD and END:VCARD
    error: str = ""
    error_line: int = 0
    warning: str = ""  # the card is read, but not as written (e.g. not closed)
    oversized: dict[int, int] = field(default_factory=dict)
    dropped_from: int = 0


def _split_cards(
    data: bytes, start: int = 0, cursor: list[int] | None = None
) -> Iterator[_RawCard | Problem]:
    """Split normalised bytes into cards in one pass; yield `_RawCard`s and file-level `Problem`s.

    A card without END:VCARD ends where the next card begins (or at the end of the file) and is
    read with a warning. A card that holds whole cards (BEGIN ... BEGIN ... END ... END) is
    skipped with an error; telling the two apart needs at most `_MAX_BUFFERED` cards held.
    ``cursor[0]`` follows the offset of the line being read (for progress).
    """
    cursor = cursor if cursor is not None else [0]
    sep = b"\n" if data.find(b"\n", start) >= 0 else b"\r"
    limit = _value_limit()
    number = 0
    current: _Collector | None = None
    pending: _Collector | None = None  # interrupted by a BEGIN: not closed, or holding cards
    pending_end = 0  # its last line if it was not closed
    buffered: list[_Collector | Problem] = []  # what came after `pending`, until it is clear
    orphan_count = orphan_line = 0  # lines outside any card

    def card(collected: _Collector, warning: str = "") -> _RawCard:
        nonlocal number
        number += 1
        return _RawCard(
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

    def not_closed() -> list[_RawCard | Problem]:
        """`pending` was not closed: it ends before the card that interrupted it."""
        nonlocal pending
        assert pending is not None
        message = (
            f"card is not closed (no END:VCARD); read up to line {pending_end},"
            " where the next card begins"
        )
        items: list[_RawCard | Problem] = [card(pending, message)]
        items += [item if isinstance(item, Problem) else card(item) for item in buffered]
        buffered.clear()
        pending = None
        return items

    for lineno, offset, line, length in _iter_lines(data, start, sep, limit):
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
                yield _RawCard(number, pending.line, [], message, nested)
                pending = None
                buffered.clear()
                orphan_count = 0
            elif orphan_count:
                number += 1
                yield _RawCard(number, orphan_line, [], "card has no BEGIN:VCARD line", orphan_line)
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


# --------------------------------------------------------------------------- content lines

_NAME_RE = re.compile(rb"[ \t]*(?:[A-Za-z0-9_-]+\.)?[A-Za-z0-9_-]+[ \t]*[;:]")
_QP_RE = re.compile(rb"QUOTED-PRINTABLE", re.IGNORECASE)


def _is_qp(head: bytes) -> bool:
    return bool(_QP_RE.search(head))


def _head(line: bytes | bytearray) -> bytes:
    colon = line.find(b":")
    return bytes(line[:colon] if colon >= 0 else line)


def _unfold(lines: list[tuple[int, bytes]], problems: list[Problem], number: int) -> list:
    """Join folded, soft-broken and continued lines into logical property lines."""
    props: list[list] = []  # [lineno, bytearray, qp_open]
    blank = False
    for lineno, line in lines:
        if props and props[-1][2]:
            # quoted-printable soft line break: the next line continues the value; after
            # blank lines, a line that looks like a property starts a new one instead
            if not line.strip():
                blank = True
                continue
            if blank and _NAME_RE.match(line):
                props[-1][2] = False
                blank = False
                buf = props[-1][1]
                del buf[-1:]
            else:
                blank = False
                cont = line
                if line[:1] in (b" ", b"\t") and line[1:2] in (b" ", b"\t", b"="):
                    cont = line[1:]  # RFC folding on top of the soft break
                buf = props[-1][1]
                del buf[-1:]
                buf += cont
                props[-1][2] = cont.endswith(b"=")
                continue
        if not line.strip():
            continue
        first = line[:1]
        if first in (b" ", b"\t"):
            if props:
                props[-1][1] += line[1:]
                props[-1][2] = props[-1][1].endswith(b"=") and _is_qp(_head(props[-1][1]))
            continue
        if first == b"#":
            continue
        if not _NAME_RE.match(line):
            if props:
                buf = props[-1][1]
                trailing = len(buf) - len(buf.rstrip(b"\\"))
                if trailing % 2 == 1:
                    # a line ended in a lone backslash: an escaped line break (some phones)
                    del buf[-1:]
                    buf += b"\\n" + line
                else:
                    buf += line  # e.g. base64 data lines that are not indented
            else:
                problems.append(
                    Problem(number, lineno, "line is not a vCard property; ignored", "warning")
                )
            continue
        qp = line.endswith(b"=") and _is_qp(_head(line))
        props.append([lineno, bytearray(line), qp])
    return props


_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}


@dataclass
class _Prop:
    line: int
    group: str
    name: str
    params: dict[str, list[str]]
    value: bytes


def _split_params(head: bytes) -> list[bytes]:
    if b'"' not in head:
        return head.split(b";")
    parts, buf, quoted = [], bytearray(), False
    for ch in head:
        if ch == 0x22:
            quoted = not quoted
        if ch == 0x3B and not quoted:
            parts.append(bytes(buf))
            buf = bytearray()
        else:
            buf.append(ch)
    parts.append(bytes(buf))
    return parts


_CHARSET_RE = re.compile(
    r"^(utf-|iso-?8859|windows-|cp\d|shift_jis|sjis|us-ascii|big5|gb|euc-|koi8)", re.IGNORECASE
)
_LANGUAGE_RE = re.compile(r"^[a-z]{2}-[a-z]{2}$", re.IGNORECASE)


def _bare_param_name(text: str) -> str:
    """The parameter a vCard 2.1 bare parameter value belongs to (``TEL;CELL;PREF``)."""
    upper = text.upper()
    if upper in _ENCODINGS:
        return "ENCODING"
    if upper in ("INLINE", "URL", "CID", "CONTENT-ID"):
        return "VALUE"
    if _CHARSET_RE.match(text):
        return "CHARSET"
    if _LANGUAGE_RE.match(text):
        return "LANGUAGE"
    return "TYPE"


# Parsed property heads (name and parameters) by their bytes: a file repeats a few dozen heads
# ("TEL;TYPE=CELL", "EMAIL;TYPE=INTERNET") thousands of times. The parameter dicts are shared
# between the properties of one head and must not be changed by their readers.
_HEADS: dict[bytes, tuple[str, str, dict[str, list[str]]]] = {}
_HEADS_MAX = 4096


def _parse_head(head: bytes) -> tuple[str, str, dict[str, list[str]]]:
    parts = _split_params(head)
    fullname = parts[0].strip().decode("ascii", "replace")
    group, _, name = fullname.rpartition(".")
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        text = part.strip().decode("utf-8", "replace")
        if not text:
            continue
        key, eq, val = text.partition("=")
        if not eq:
            key, val = _bare_param_name(text), text
        key = key.strip().upper()
        val = val.strip()
        if val.startswith('"') and val.endswith('"') and len(val) >= 2:
            values = [val[1:-1]]
            if key == "TYPE":
                values = [v.strip() for v in val[1:-1].split(",")]
        else:
            values = [v.strip() for v in val.split(",")]
        params.setdefault(key, []).extend(v for v in values if v)
    return group, name.upper(), params


def _parse_prop(lineno: int, raw: bytearray) -> _Prop | None:
    data = bytes(raw)
    colon = data.find(b":")
    if colon < 0:
        return None
    quote = data.find(b'"', 0, colon)
    if quote >= 0:
        quoted = False
        colon = -1
        for i, ch in enumerate(data):
            if ch == 0x22:
                quoted = not quoted
            elif ch == 0x3A and not quoted:
                colon = i
                break
        if colon < 0:
            return None
    head = data[:colon]
    parsed = _HEADS.get(head)
    if parsed is None:
        parsed = _parse_head(head)
        if len(_HEADS) >= _HEADS_MAX:
            _HEADS.clear()
        _HEADS[head] = parsed
    group, name, params = parsed
    return _Prop(lineno, group, name, params, data[colon + 1 :])


# --------------------------------------------------------------------------- decoding text

_LEGACY_CANDIDATES = ("cp1252", "cp1250", "cp1251")


def _score(text: str) -> int:
    score = 0
    for word in re.findall(r"\w+", text):
        latin = sum(1 for c in word if c.isalpha() and ord(c) < 0x250)
        cyr = sum(1 for c in word if "\u0400" <= c <= "\u04ff")
        if latin and cyr:
            score -= 2 * len(word)
        elif latin and len(word) >= 3:
            non_ascii = sum(1 for c in word if ord(c) > 0x7F)
            if non_ascii * 2 > len(word):
                score -= len(word)
    for c in text:
        if ord(c) > 0x7F and not c.isalpha():
            score -= 2
    return score


def _guess_decode(raw: bytes) -> str:
    """Decode bytes that are not UTF-8 and carry no charset: pick the likeliest code page."""
    best, best_score = "", None
    for enc in _LEGACY_CANDIDATES:
        text = raw.decode(enc, errors="replace")
        score = _score(text) - text.count("\ufffd") * 5
        if best_score is None or score > best_score:
            best, best_score = text, score
    return best


_MULTIBYTE = ("shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb2312", "gbk", "gb18030", "big5")


def _decode_text(raw: bytes, charset: str | None) -> tuple[str, str]:
    """Decode a value; return (text, warning)."""
    if raw.isascii():
        return raw.decode("ascii"), ""
    codec = None
    warning = ""
    if charset:
        try:
            codec = codecs.lookup(charset).name
        except LookupError:
            warning = f"unknown charset {charset!r}; guessed the encoding"
    if codec and any(codec.startswith(m) for m in _MULTIBYTE):
        try:
            return raw.decode(codec), warning
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8"), warning
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(raw) - 3:
            # UTF-8 up to a character cut in half (a truncated file): keep what is whole
            return raw[: exc.start].decode("utf-8"), "value is cut off inside a character"
    if codec:
        try:
            return raw.decode(codec), warning
        except UnicodeDecodeError:
            warning = f"value is not valid {charset}; guessed the encoding"
    return _guess_decode(raw), warning


def _decode_value(prop: _Prop) -> tuple[str, str]:
    raw = prop.value
    if not prop.params and raw.isascii():  # most values: no encoding, no charset
        return raw.decode("ascii"), ""
    encoding = (prop.params.get("ENCODING") or [""])[0].upper()
    if encoding == "QUOTED-PRINTABLE":
        raw = binascii.a2b_qp(raw)
    charset = (prop.params.get("CHARSET") or [""])[0] or None
    return _decode_text(raw, charset)


_ESCAPE_RE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", ":": ":", "\\": "\\"}


def unescape(text: str) -> str:
    r"""Resolve vCard escapes: ``\n``, ``\,``, ``\;``, ``\\`` and ``\:``; keep others as found."""
    if "\\" not in text:
        return text
    return _ESCAPE_RE.sub(lambda m: _ESCAPES.get(m[1], m[0]), text)


def split_unescaped(text: str, sep: str) -> list[str]:
    """Split at separators that are not escaped with a backslash (escapes are kept)."""
    if "\\" not in text:
        return text.split(sep)
    parts: list[str] = []
    start = i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == sep:
            parts.append(text[start:i])
            start = i + 1
        i += 1
    parts.append(text[start:])
    return parts


# --------------------------------------------------------------------------- mapping helpers

_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")

_TYPE_LABELS = {
    "CELL": "mobile",
    "MOBILE": "mobile",
    "X-MOBIL": "mobile",
    "IPHONE": "iphone",
    "HOME": "home",
    "WORK": "work",
    "FAX": "fax",
    "PAGER": "pager",
    "MAIN": "main",
    "OTHER": "other",
    "CAR": "car",
    "VIDEO": "video",
    "TEXT": "text",
    "MODEM": "modem",
    "ISDN": "isdn",
    "BBS": "bbs",
    "MSG": "msg",
}
_IGNORED_TYPES = {
    "PREF",
    "VOICE",
    "INTERNET",
    "X400",
    "POSTAL",
    "PARCEL",
    "DOM",
    "INTL",
    "JPEG",
    "PNG",
    "GIF",
    "X509",
    "URI",
    "VCARD",
}


def apple_label(text: str) -> str:
    """``_$!<Mobile>!$_`` -> ``mobile``; any other label is kept as written."""
    text = text.strip()
    if m := _APPLE_LABEL.match(text):
        return m[1].strip().lower()
    return text


def _label_from_types(types: list[str]) -> str:
    return _label_of(tuple(types))


@functools.lru_cache(maxsize=1024)
def _label_of(types: tuple[str, ...]) -> str:
    words: list[str] = []
    for t in types:
        key = t.strip().upper()
        if not key or key in _IGNORED_TYPES:
            continue
        word = _TYPE_LABELS.get(key)
        if word is None:
            word = key.lower()
            if word.startswith("x-"):
                word = word[2:]
        if word and word not in words:
            words.append(word)
    return " ".join(words)


def _is_pref(params: dict[str, list[str]]) -> bool:
    if "PREF" in params:
        return True
    types = params.get("TYPE")
    return _names_pref(tuple(types)) if types else False


@functools.lru_cache(maxsize=1024)
def _names_pref(types: tuple[str, ...]) -> bool:
    return any(t.strip().upper() == "PREF" for t in types)


_ISO_RE = re.compile(r"^(\d{4})(?:(\d{2})(\d{2})|-(\d{1,2})-(\d{1,2})|/(\d{1,2})/(\d{1,2}))$")
_NOYEAR_RE = re.compile(r"^--(\d{2})-?(\d{2})$")
# 5/26/1981 (US: Outlook, Nextcloud) or 26/5/1981; 26.5.1981 (German, Swiss …).
_NUMERIC_RE = re.compile(r"^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$")
# A time after the date: "T000000Z", "T00:00:00+02:00", " 12:00:00 AM", " 0:00".
_TIME_RE = re.compile(
    r"(?:T|[ ]+)\d{1,2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?"
    r"(?:[ ]*[AaPp][Mm])?(?:Z|[+-]\d{2}(?::?\d{2})?)?$"
)
_DOT_SPACE_RE = re.compile(r"(?<=\d)\.[ ]+(?=\d)")
_ORDER = {
    "/": "month first, as the US writes dates with slashes",
    ".": "day first, as dates with dots are written",
}


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        Birthday(month, day, year)
    except InvalidInput:
        return False
    return True


def read_birthday(text: str, params: dict[str, list[str]] | None = None) -> tuple[Birthday, str]:
    """Parse every BDAY form seen in real files into the birthday and a note.

    The note is "" or says that the text was ambiguous and how it was read. Raises
    InvalidInput when the text is no date.

    ISO 8601 (``1981-05-26``, ``19810526``, with or without a time or zone), without a year
    (``--0526``, ``--05-26``), and as programs write them: ``5/26/1981`` (month first, the US
    order of Outlook and Nextcloud) and ``26.5.1981`` (day first), each with or without a time.
    When both orders give a date (``5/6/1981``), the separator's convention decides and the note
    says so.
    """
    params = params or {}
    value = text.strip()
    if value.lower().startswith("value=date:"):
        value = value[len("value=date:") :]
    if not _ISO_RE.match(value):
        value = _DOT_SPACE_RE.sub(".", value)  # "26. 5. 1981"
        value = _TIME_RE.sub("", value) if not value.startswith("T") else value
    note = ""
    year: int | None
    if m := _ISO_RE.match(value):
        digits = [g for g in m.groups()[1:] if g is not None]
        year, month, day = int(m[1]), int(digits[0]), int(digits[1])
    elif m := _NOYEAR_RE.match(value):
        year, month, day = None, int(m[1]), int(m[2])
    elif m := _NUMERIC_RE.match(value):
        first, sep, second, year = int(m[1]), m[2], int(m[3]), int(m[4])
        usual = (first, second) if sep == "/" else (second, first)  # (month, day)
        other = (usual[1], usual[0])
        if _valid(year, *usual):
            month, day = usual
            if usual != other and _valid(year, *other):
                read = Birthday(month, day, year).isoformat()
                note = f"birthday {text.strip()!r} is ambiguous; read as {read} ({_ORDER[sep]})"
        else:
            month, day = other
    else:
        raise InvalidInput(f"invalid birthday {text!r}")
    omit = (params.get("X-APPLE-OMIT-YEAR") or [""])[0]
    if year is not None and (year in (0, 1604) or (omit.isdigit() and int(omit) == year)):
        year = None
    return Birthday(month, day, year), note


def parse_birthday(text: str, params: dict[str, list[str]] | None = None) -> Birthday:
    """Parse every BDAY form seen in real files (see `read_birthday`); raise InvalidInput."""
    return read_birthday(text, params)[0]


_PHOTO_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


def detect_image_type(data: bytes) -> str:
    """The MIME type of image bytes, from their magic number; "" when unknown."""
    for magic, mime in _PHOTO_MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        return "image/avif" if data[8:12] == b"avif" else "image/heic"
    return ""


_B64_CLEAN = re.compile(rb"[\s]+")
_B64_VALID = re.compile(rb"^[A-Za-z0-9+/_-]*={0,2}$")


_B64_SPACE = b" \t\r\n\x0b\x0c"
_B64_URLSAFE = bytes.maketrans(b"-_", b"+/")


def _decode_base64(data: bytes) -> bytes | None:
    """Base64 (standard or URL-safe, with or without padding and white space), or None."""
    data = data.translate(None, _B64_SPACE)
    if not data:
        return None
    if b"-" in data or b"_" in data:
        data = data.translate(_B64_URLSAFE)
    data = data.rstrip(b"=")
    if len(data) % 4 == 1:
        return None
    data += b"=" * (-len(data) % 4)
    try:
        return binascii.a2b_base64(data, strict_mode=True)
    except (binascii.Error, ValueError):
        return None


# --------------------------------------------------------------------------- cards


_SKIP = {"BEGIN", "END", "VERSION", "PRODID"}
_METHOD_KINDS = {"EMAIL": "email", "TEL": "phone", "URL": "url"}


def _raw_line(prop: _Prop, raw: bytearray) -> str:
    """One unmapped property as a text line fit to be written back."""
    encoding = (prop.params.get("ENCODING") or [""])[0].upper()
    if encoding == "QUOTED-PRINTABLE" or "CHARSET" in prop.params:
        text, _ = _decode_value(prop)
        text = text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
        params = [
            f"{k}={','.join(v)}"
            for k, v in prop.params.items()
            if k not in ("ENCODING", "CHARSET") and v
        ]
        name = f"{prop.group}.{prop.name}" if prop.group else prop.name
        return ";".join([name, *params]) + ":" + text
    text, _ = _decode_text(bytes(raw), None)
    if "\r" in text or "\n" in text:  # a bare CR inside a value (Thunderbird): keep it escaped
        text = text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")
    return text


# Properties whose values are multi-line text: they keep invisible characters as written.
_MULTI_LINE = {"NOTE", "X-NETZWERK-THEY-OFFER", "X-NETZWERK-I-OFFER"}
# C0 controls other than tab and newline, and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class _CardReader:
    def __init__(self, number: int, problems: list[Problem]) -> None:
        self.number = number
        self.problems = problems

    def warn(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.number, line, message, "warning"))

    def read(self, card: _RawCard) -> ContactRecord | None:
        logical = _unfold(card.lines, self.problems, self.number)
        props: list[tuple[_Prop, bytearray]] = []
        for lineno, text, _qp in logical:
            prop = _parse_prop(lineno, text)
            if prop is None:
                self.warn(lineno, "property without ':' ignored")
                continue
            if lineno in card.oversized:
                limit = PHOTO_LIMIT if prop.name == "PHOTO" else _value_limit()
                what = "PHOTO" if prop.name == "PHOTO" else f"{prop.name}: value"
                self.warn(lineno, f"{what} larger than {_megabytes(limit)} dropped")
                continue
            props.append((prop, text))
        if card.dropped_from:
            self.warn(
                card.dropped_from,
                f"card larger than {_megabytes(4 * _value_limit())}: the rest of it is dropped",
            )
        labels: dict[str, str] = {}
        for prop, _raw in props:
            if prop.group and prop.name == "X-ABLABEL":
                labels[prop.group.upper()] = apple_label(unescape(self._text(prop)))
        rec = ContactRecord()
        raw_props: list[tuple[_Prop, str]] = []
        mapped_groups: set[str] = set()
        raw_groups: set[str] = set()
        fn = ""
        for prop, raw in props:
            name = prop.name
            if name in _SKIP or (prop.group and name == "X-ABLABEL"):
                continue
            if self._map(rec, prop, labels):
                if prop.group:
                    mapped_groups.add(prop.group.upper())
                if name == "FN":
                    fn = rec.display_name
                continue
            raw_props.append((prop, _raw_line(prop, raw)))
            if prop.group:
                raw_groups.add(prop.group.upper())
        for prop, raw in props:
            if prop.group and prop.name == "X-ABLABEL" and prop.group.upper() in raw_groups:
                raw_props.append((prop, _raw_line(prop, raw)))
        raw_props.sort(key=lambda item: item[0].line)
        rec.raw_properties = [line for _p, line in raw_props]
        rec.display_name = fn.strip() or rec.computed_display_name()
        if not rec.display_name:
            raise _CardError(card.line, "card has no name, organization, email or phone")
        return rec

    def _text(self, prop: _Prop) -> str:
        text, warning = _decode_value(prop)
        if warning:
            self.warn(prop.line, f"{prop.name}: {warning}")
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if _CONTROL.search(text):  # NUL, ESC, BEL …: noise (or a terminal trick), never text
            self.warn(prop.line, f"{prop.name}: control characters removed")
            text = _CONTROL.sub("", text)
        if not text.isascii() and prop.name not in _MULTI_LINE:
            # bidi overrides, zero-width spaces …: a name must look like what it is
            text, removed = remove_deceptive(text)
            if removed:
                self.warn(
                    prop.line, f"{prop.name}: invisible characters removed ({', '.join(removed)})"
                )
        return text

    def _map(self, rec: ContactRecord, prop: _Prop, labels: dict[str, str]) -> bool:
        name = prop.name
        if name == "N":
            parts = [unescape(p).strip() for p in split_unescaped(self._text(prop), ";")]
            parts += [""] * (5 - len(parts))
            family, given, additional, prefix, suffix = parts[:5]
            rec.family_name, rec.given_name, rec.additional_names = family, given, additional
            rec.prefix, rec.suffix = prefix, suffix
            return True
        if name == "FN":
            rec.display_name = unescape(self._text(prop)).strip()
            return True
        if name == "NICKNAME":
            text = unescape(self._text(prop)).strip()
            if rec.nickname and text:
                return False
            rec.nickname = text
            return True
        if name == "ORG":
            if rec.organization:
                return False
            parts = [unescape(p).strip() for p in split_unescaped(self._text(prop), ";")]
            rec.organization = parts[0]
            rec.department = "; ".join(p for p in parts[1:] if p)
            return True
        if name == "TITLE":
            if rec.title:
                return False
            rec.title = unescape(self._text(prop)).strip()
            return True
        if name == "NOTE":
            text = unescape(self._text(prop)).strip()
            if text:
                rec.notes = f"{rec.notes}\n\n{text}" if rec.notes else text
            return True
        if name == "UID":
            if rec.uid:
                return False
            rec.uid = unescape(self._text(prop)).strip()
            return True
        if name == "CATEGORIES":
            for part in split_unescaped(self._text(prop), ","):
                tag = unescape(part).strip()
                if tag and tag not in rec.tags:
                    rec.tags.append(tag)
            return True
        if name == TIER_PROPERTY:
            try:
                rec.tier = validate_tier(unescape(self._text(prop)))
            except InvalidInput as exc:
                self.warn(prop.line, str(exc))
            return True
        if name in APP_PROPERTIES:
            attr = APP_PROPERTIES[name]
            text = unescape(self._text(prop)).strip()
            if attr == "met_on":
                try:
                    rec.met_on = dt.date.fromisoformat(text)
                except ValueError:
                    self.warn(prop.line, f"{name}: {text!r} is no date; ignored")
            else:
                setattr(rec, attr, text)
            return True
        if name == "BDAY":
            if rec.birthday is not None:
                return False
            text = unescape(self._text(prop)).strip()
            if not text:
                return True
            try:
                # also VALUE=text: Nextcloud writes BDAY;VALUE=text:5/26/1981
                rec.birthday, note = read_birthday(text, prop.params)
                if note:
                    self.warn(prop.line, note)
            except InvalidInput:
                self.warn(prop.line, f"birthday {text!r} is no valid date; kept in the notes")
                note = f"Birthday: {text}"
                rec.notes = f"{rec.notes}\n\n{note}" if rec.notes else note
            return True
        if name in _METHOD_KINDS or name in ("X-SOCIALPROFILE", "IMPP"):
            return self._map_method(rec, prop, labels)
        if name == "ADR":
            parts = [unescape(p).strip() for p in split_unescaped(self._text(prop), ";")]
            parts += [""] * (7 - len(parts))
            label = labels.get(prop.group.upper(), "") if prop.group else ""
            adr = AddressRecord(
                label=label or _label_from_types(prop.params.get("TYPE", [])),
                po_box=parts[0],
                extended=parts[1],
                street=parts[2],
                locality=parts[3],
                region=parts[4],
                postal_code=parts[5],
                country="; ".join(p for p in parts[6:] if p),
                preferred=_is_pref(prop.params),
            )
            if not adr.is_empty():
                rec.addresses.append(adr)
            return True
        if name == "PHOTO":
            if rec.photo is not None or rec.photo_url:
                return False
            return self._map_photo(rec, prop)
        return False

    def _map_method(self, rec: ContactRecord, prop: _Prop, labels: dict[str, str]) -> bool:
        name = prop.name
        text = self._text(prop).strip()
        value = unescape(text)
        if name == "TEL" and value.lower().startswith("tel:"):
            value = value[4:]
        value = value.strip()
        if not value:
            return True
        kind = _METHOD_KINDS.get(name) or ("social" if name == "X-SOCIALPROFILE" else "messenger")
        label = labels.get(prop.group.upper(), "") if prop.group else ""
        if not label:
            types = prop.params.get("TYPE", [])
            if kind == "messenger":
                types = prop.params.get("X-SERVICE-TYPE", []) or types
            label = _label_from_types(types)
        rec.methods.append(ContactMethodRecord(kind, value, label, _is_pref(prop.params)))
        return True

    def _map_photo(self, rec: ContactRecord, prop: _Prop) -> bool:
        raw = prop.value.strip()
        encoding = (prop.params.get("ENCODING") or [""])[0].upper()
        value_type = (prop.params.get("VALUE") or [""])[0].upper()
        declared = (prop.params.get("TYPE") or prop.params.get("MEDIATYPE") or [""])[0]
        lowered = raw[:64].lower()
        data: bytes | None
        if lowered.startswith(b"data:"):
            comma = raw.find(b",")
            header = raw[5:comma].replace(b"\\", b"").lower() if comma >= 0 else b""
            payload = raw[comma + 1 :] if comma >= 0 else b""
            if header.endswith(b"\\"):
                header = header[:-1]
            if b";base64" not in header:
                self.warn(prop.line, "PHOTO: data: URI without base64; photo dropped")
                return True
            declared = header.split(b";")[0].decode("ascii", "replace")
            raw = payload
        elif lowered.startswith((b"http:", b"https:", b"file:", b"ftp:")) or value_type in (
            "URI",
            "URL",
        ):
            rec.photo_url = unescape(raw.decode("utf-8", "replace")).strip()
            return True
        elif encoding not in ("B", "BASE64") and not _B64_VALID.match(
            _B64_CLEAN.sub(b"", raw[:4096])
        ):
            self.warn(prop.line, "PHOTO: value is neither base64 nor a URL; photo dropped")
            return True
        if len(raw) * 3 // 4 > PHOTO_LIMIT + 3:
            self.warn(prop.line, f"PHOTO larger than {_megabytes(PHOTO_LIMIT)} dropped")
            return True
        data = _decode_base64(raw)
        if not data:
            self.warn(prop.line, "PHOTO: invalid base64 data; photo dropped")
            return True
        if len(data) > PHOTO_LIMIT:
            self.warn(prop.line, f"PHOTO larger than {_megabytes(PHOTO_LIMIT)} dropped")
            return True
        mime = detect_image_type(data)
        if not mime:
            declared = declared.strip().lower()
            if declared and "/" not in declared:
                declared = f"image/{declared}"
            mime = declared or "application/octet-stream"
        rec.photo = data
        rec.photo_mime = mime
        return True


def iter_cards(data: bytes, source: str = "") -> Iterator[CardOutcome | Problem]:
    """Read cards one by one: yield a `CardOutcome` per card and file-level `Problem`s."""
    data, start = _prepare(data)
    cursor = [0]
    for item in _split_cards(data, start, cursor):
        if isinstance(item, Problem):
            yield Problem(item.card, item.line, item.message, item.severity, source)
            continue
        problems: list[Problem] = []
        record: ContactRecord | None = None
        if item.warning:
            problems.append(Problem(item.number, item.line, item.warning, "warning"))
        if item.error:
            problems.append(Problem(item.number, item.error_line, item.error, "error"))
        else:
            try:
                record = _CardReader(item.number, problems).read(item)
            except _CardError as exc:
                problems.append(Problem(item.number, exc.line, exc.message, "error"))
            except Exception as exc:  # a bug must cost one card, never the whole file
                problems.append(
                    Problem(item.number, item.line, f"card could not be read: {exc!r}", "error")
                )
        if source:
            problems = [Problem(p.card, p.line, p.message, p.severity, source) for p in problems]
        yield CardOutcome(item.number, item.line, record, problems, cursor[0], len(data))


def read_vcards(
    data: bytes,
    source: str = "",
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> ReadResult:
    """Read all cards from vCard bytes; never raises on bad data.

    ``progress(bytes_read, bytes_total)`` is called every 200 cards; ``cancel()`` returning True
    stops reading (the result then has ``cancelled`` set and holds the cards read so far).
    """
    result = ReadResult()
    size = len(data)
    try:
        for item in iter_cards(data, source):
            if isinstance(item, Problem):
                result.problems.append(item)
                continue
            size = item.size
            result.cards += 1
            result.problems.extend(item.problems)
            if item.record is not None:
                result.records.append(item.record)
                result.positions.append((item.number, item.line))
            if result.cards % 200 == 0:
                if progress is not None:
                    progress(item.offset, item.size)
                if cancel is not None and cancel():
                    result.cancelled = True
                    return result
    except Exception as exc:  # pragma: no cover - defensive: never raise out of the reader
        result.problems.append(Problem(0, 0, f"file could not be read: {exc!r}", "error", source))
    if result.cards == 0:
        result.problems = [p for p in result.problems if p.severity == "error"]
        result.problems.append(Problem(0, 0, NOT_A_VCARD, "error", source))
    if progress is not None:
        progress(size, size)
    return result

"""Content lines of a card: unfolding, property names and parameters, and decoding values.

Values are unfolded as bytes, quoted-printable is decoded, and each value is decoded with its own
CHARSET (or a guessed legacy code page) before vCard escapes are resolved.
"""

from __future__ import annotations

import binascii
import codecs
import re
from dataclasses import dataclass

from netzwerk_app.vcard.problems import Problem

_NAME_RE = re.compile(rb"[ \t]*(?:[A-Za-z0-9_-]+\.)?[A-Za-z0-9_-]+[ \t]*[;:]")
_QP_RE = re.compile(rb"QUOTED-PRINTABLE", re.IGNORECASE)


def _is_qp(head: bytes) -> bool:
    return bool(_QP_RE.search(head))


def _head(line: bytes | bytearray) -> bytes:
    colon = line.find(b":")
    return bytes(line[:colon] if colon >= 0 else line)


def _growing(prop: list) -> bytearray:
    """The value of a logical line, made a bytearray when a line first continues it (most
    properties are one line, kept as the bytes read)."""
    buf = prop[1]
    if buf.__class__ is not bytearray:
        buf = prop[1] = bytearray(buf)
    return buf


def unfold(lines: list[tuple[int, bytes]], problems: list[Problem], number: int) -> list:
    """Join folded, soft-broken and continued lines into logical property lines
    (``[line number, bytes or bytearray, quoted-printable still open]`` each)."""
    props: list[list] = []  # [lineno, bytes | bytearray, qp_open]
    last: list | None = None  # props[-1]
    blank = False
    name_match = _NAME_RE.match
    for lineno, line in lines:
        if last is not None and last[2]:
            # quoted-printable soft line break: the next line continues the value; after
            # blank lines, a line that looks like a property starts a new one instead
            if not line.strip():
                blank = True
                continue
            if blank and name_match(line):
                last[2] = False
                blank = False
                buf = _growing(last)
                del buf[-1:]
            else:
                blank = False
                cont = line
                if line[:1] in (b" ", b"\t") and line[1:2] in (b" ", b"\t", b"="):
                    cont = line[1:]  # RFC folding on top of the soft break
                buf = _growing(last)
                del buf[-1:]
                buf += cont
                last[2] = cont.endswith(b"=")
                continue
        if not line.strip():
            continue
        first = line[:1]
        if first in (b" ", b"\t"):
            if last is not None:  # a folded line (photos are hundreds of them): inline
                buf = last[1]
                if buf.__class__ is not bytearray:
                    buf = last[1] = bytearray(buf)
                buf += line[1:]
                last[2] = buf.endswith(b"=") and _is_qp(_head(buf))
            continue
        if first == b"#":
            continue
        if not name_match(line):
            if last is not None:
                buf = _growing(last)
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
        last = [lineno, line, line.endswith(b"=") and _is_qp(_head(line))]
        props.append(last)
    return props


_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}


@dataclass(slots=True)
class Prop:
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


def parse_prop(lineno: int, raw: bytearray) -> Prop | None:
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
    return Prop(lineno, group, name, params, data[colon + 1 :])


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


def decode_text(raw: bytes, charset: str | None) -> tuple[str, str]:
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


def decode_value(prop: Prop) -> tuple[str, str]:
    raw = prop.value
    if raw.isascii() and "ENCODING" not in prop.params:
        return raw.decode("ascii"), ""  # most values: ASCII, not encoded (a charset changes none)
    encoding = (prop.params.get("ENCODING") or [""])[0].upper()
    if encoding == "QUOTED-PRINTABLE":
        raw = binascii.a2b_qp(raw)
    charset = (prop.params.get("CHARSET") or [""])[0] or None
    return decode_text(raw, charset)


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

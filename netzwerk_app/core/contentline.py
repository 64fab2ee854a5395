"""Content lines shared by vCard (RFC 6350) and iCalendar (RFC 5545): escaping and folding."""

from __future__ import annotations

LINE_OCTETS = 75


def escape_text(text: str) -> str:
    """Escape a TEXT value: backslash, comma, semicolon and line breaks."""
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold_line(line: str) -> bytes:
    """One content line as UTF-8, folded at 75 octets never inside a character, CRLF-ended."""
    data = line.encode("utf-8")
    if len(data) <= LINE_OCTETS:
        return data + b"\r\n"
    out = bytearray()
    start = 0
    limit = LINE_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and end > start + 1 and (data[end] & 0xC0) == 0x80:
            end -= 1
        if out:
            out += b" "
        out += data[start:end] + b"\r\n"
        start = end
        limit = LINE_OCTETS - 1  # the leading space of a continuation counts
    return bytes(out)

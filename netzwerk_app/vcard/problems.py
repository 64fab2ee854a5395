"""A problem met while reading a vCard file, with where it was met.

Its own module because every step of reading (cards, lines, the reader) reports problems.
"""

from __future__ import annotations

from dataclasses import dataclass

from netzwerk_app.core.import_results import CardOrigin


@dataclass(frozen=True)
class Problem:
    """Something wrong in a file: an error skips a card, a warning loses part of one."""

    card: int  # 1-based number of the card in the file; 0 = the file as a whole
    line: int  # 1-based line number in the file; 0 = unknown
    message: str
    severity: str = "error"  # "error" (card skipped) or "warning" (card read, something lost)
    source: str = ""  # file name, when known

    def __str__(self) -> str:
        prefix = str(CardOrigin(self.source, self.card, self.line))
        return f"{prefix}: {self.severity}: {self.message}" if prefix else self.message

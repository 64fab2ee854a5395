"""vCard import and export: bytes <-> ContactRecords (Qt-free)."""

from netzwerk_app.vcard.reader import CardOutcome, Problem, ReadResult, iter_cards, read_vcards
from netzwerk_app.vcard.writer import write_vcard, write_vcards

__all__ = [
    "CardOutcome",
    "Problem",
    "ReadResult",
    "iter_cards",
    "read_vcards",
    "write_vcard",
    "write_vcards",
]

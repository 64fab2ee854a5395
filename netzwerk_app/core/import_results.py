"""What an import did (or, for a preview, would do): the report's records."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class CardOrigin:
    """Where a record came from: file, card number and line (0 = unknown)."""

    file: str = ""
    card: int = 0
    line: int = 0

    def __str__(self) -> str:
        parts = [self.file] if self.file else []
        if self.card:
            parts.append(f"card {self.card}")
        if self.line:
            parts.append(f"line {self.line}")
        return ", ".join(parts)


@dataclass(slots=True)
class ImportedContact:
    """One contact touched (or matched) by an import."""

    contact_id: int | None  # None in a preview for contacts that would be created
    name: str
    changes: list[str] = field(default_factory=list)  # what an update filled or added
    source: str = ""  # where the record came from (file, card), when known
    origin: CardOrigin = field(default_factory=CardOrigin)


@dataclass
class MergedCard:
    """A card folded into a contact that was already there, or into an earlier card."""

    origin: CardOrigin
    contact_id: int | None  # None in a preview when the contact is new in this import
    name: str
    rule: str  # the matching rule that decided it
    changes: list[str] = field(default_factory=list)  # the fields and details it changes


@dataclass
class PossibleDuplicateFound:
    """A card imported as its own contact that may be the same person as another contact."""

    origin: CardOrigin
    contact_id: int | None  # the new contact (None in a preview)
    name: str
    other_id: int | None  # None in a preview when the other contact is new too
    other_name: str
    evidence: tuple[str, ...] = ()


@dataclass
class SkippedRecord:
    """A record (or card) that was not imported, and why."""

    name: str
    reason: str
    source: str = ""
    origin: CardOrigin = field(default_factory=CardOrigin)


@dataclass
class ImportResult:
    """What an import did (or, for a preview, would do)."""

    created: list[ImportedContact] = field(default_factory=list)
    updated: list[ImportedContact] = field(default_factory=list)
    unchanged: list[ImportedContact] = field(default_factory=list)
    skipped: list[SkippedRecord] = field(default_factory=list)
    merged: list[MergedCard] = field(default_factory=list)
    possible_duplicates: list[PossibleDuplicateFound] = field(default_factory=list)
    cancelled: bool = False
    dry_run: bool = False
    import_id: int | None = None  # the recorded import (`import_history.undo_import`)

    def counts(self) -> dict[str, int]:
        """The counts the command line prints (its JSON keys)."""
        return {
            "new": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "possible_duplicates": len(self.possible_duplicates),
            "skipped": len(self.skipped),
        }

    def summary(self) -> str:
        verb = "would be " if self.dry_run else ""
        text = (
            f"{len(self.created)} {verb}created, {len(self.updated)} {verb}updated, "
            f"{len(self.unchanged)} unchanged, {len(self.skipped)} skipped"
        )
        if self.possible_duplicates:
            text += f", {len(self.possible_duplicates)} possible duplicate(s)"
        return f"import cancelled; nothing was changed ({text})" if self.cancelled else text

"""Write ContactRecords as vCard 3.0 (default) or 4.0 bytes: the writer is
`core.vcard_writing` (in the core so that an export imports nothing of the vCard reader);
its names are here for the callers that know them from here."""

from __future__ import annotations

from netzwerk_app.core.vcard_writing import (
    PRODID,
    VERSIONS,
    card_lines,
    escape,
    fold,
    write_vcard,
    write_vcards,
)

__all__ = ["PRODID", "VERSIONS", "card_lines", "escape", "fold", "write_vcard", "write_vcards"]

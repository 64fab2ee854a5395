"""Moved to `netzwerk_app.ui.models.contact_model`.

Kept only for the card's modules (contact_card.py, network_section.py), which are moving to
`ui/card/` in parallel; remove this once they import from `ui.models`. New code: don't use it.
"""

from netzwerk_app.ui.models.contact_model import format_date

__all__ = ["format_date"]

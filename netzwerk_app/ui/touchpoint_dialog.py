"""Moved to `netzwerk_app.ui.dialogs.touchpoint_dialog`.

Kept only for contact_card.py, which is moving to `ui/card/` in parallel; remove this once it
imports from `ui.dialogs`. New code: don't use it.
"""

from netzwerk_app.ui.dialogs.touchpoint_dialog import TouchpointDialog, edit_date_format

__all__ = ["TouchpointDialog", "edit_date_format"]

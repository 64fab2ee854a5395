"""The window's side of the CardDAV sync: accounts, the background sync, conflicts.

Self-contained on purpose: it needs of the rest of the GUI only a main window with `db`,
`statusBar()`, the signal `counts_changed` and `check_outside_changes()`.
"""

from __future__ import annotations

from netzwerk_app.ui.sync.controller import SyncController

__all__ = ["SyncController"]

"""The application's context: what the main window and its dialogs share, made once at start.

Instead of handing `(db, preferences, data_dir)` down to every dialog, the window holds one
`AppContext` and the dialogs it opens take it (or the one part of it they need).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from netzwerk_app.ui.preferences import Preferences
from netzwerk_app.ui.workers import WorkerRunner

if TYPE_CHECKING:  # (Peewee is imported after the first frame: `core.window_database`)
    from peewee import SqliteDatabase


@dataclass
class AppContext:
    """The open database, its data folder, the user's preferences, and the runner of long
    jobs (imports) off the GUI thread."""

    db: SqliteDatabase
    data_dir: Path
    preferences: Preferences = field(default_factory=Preferences)
    workers: WorkerRunner = field(default_factory=WorkerRunner)

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir)

"""The contact list's table model: a lean list of `ContactRow`s, filtered and sorted in Python.

All rows are read once from the core (`list_contacts`). The rows the tier filter lets through
are kept sorted (`_base`, sorted again only when the data, the tier filter or the sort order
change); a search finds the matching ids and keeps those rows of the base in its order
(filtering a sorted list keeps it sorted), or only those of the rows shown when the new text
narrows the previous one (a letter typed on). Each change ends in a model reset, which stays fast
with 100,000 contacts (no QSortFilterProxyModel, no item per cell).

The matching ids come from an in-memory copy of the full-text index's tokens (`TokenIndex`),
built in slices of a few milliseconds between the window's events after all rows are read (or
at once by `finish_search_index`, for scripts and benchmarks) and kept up to date by
`refresh_contacts`: a keystroke is then a lookup and a mask, picked per row in C. Text the copy
cannot answer (a word the tokenizer cuts in two), keystrokes while it is being built between
events and a reload during a search ask the full-text index itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPixmap

from netzwerk_app.core import clock, contacts
from netzwerk_app.core.connections import is_database_error
from netzwerk_app.core.contacts import ALL_TIERS, ContactRow, contact_rows
from netzwerk_app.core.search_query import matching_id_set, narrows, query_words
from netzwerk_app.core.sort_keys import first_listed, name_key
from netzwerk_app.core.token_index import (
    IndexBuild,
    TokenIndex,
    mask_of,
    picker,
    search_text_stamp,
)
from netzwerk_app.ui.card import avatars
from netzwerk_app.ui.i18n import tier_label
from netzwerk_app.ui.models.item_list_model import row_of_id
from netzwerk_app.ui.text import plain_tooltip

if TYPE_CHECKING:  # (Peewee is imported after the first frame: `core.window_database`)
    from peewee import SqliteDatabase

COL_NAME, COL_ORGANIZATION, COL_TITLE, COL_TIER, COL_LAST, COL_NEXT_DUE = range(6)
COLUMN_COUNT = 6
AVATAR_SIZE = 24
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#c62828")
SOON_COLOUR = QColor("#b26a00")
UNSORTED_COLOUR = QColor("#888888")  # the tier column of contacts without a tier
_CACHE_LIMIT = 3000
# the token index is built between events in slices of this many seconds
INDEX_SLICE_S = 0.008

_FAR = dt.date.max
_ID = attrgetter("id")
ARCHIVED = "archived"  # tier filter value: show the archived contacts (of every tier)


def _text_key(value: str) -> tuple[bool, str]:
    return (not value, name_key(value))


_SORT_KEYS: dict[int, Callable[[ContactRow], object]] = {
    COL_NAME: lambda r: name_key(r.display_name),
    COL_ORGANIZATION: lambda r: _text_key(r.organization),
    COL_TITLE: lambda r: _text_key(r.title),
    COL_TIER: lambda r: r.tier or "Z",
    COL_LAST: lambda r: r.last_touchpoint or dt.date.min,
    COL_NEXT_DUE: lambda r: r.next_due or _FAR,
}


def _dot(colour: str) -> QPixmap:
    pixmap = QPixmap(10, 10)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(0, 0, 10, 10)
    painter.end()
    return pixmap


def format_date(
    value: dt.date | None, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat
) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


class ContactTableModel(QAbstractTableModel):
    """Contacts as rows; columns: name (with avatar), organization, title, tier, last, next due.

    At the app's start `reload_first` reads only the first screenful; the rest is read by
    `complete()` (after the first paint, or as soon as anything needs all rows), which emits
    `completed`.
    """

    completed = Signal()

    def __init__(self, db: SqliteDatabase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._all: list[ContactRow] = []
        self._rows: list[ContactRow] = []
        # the rows the tier filter lets through, in the sort order; None: to be computed
        self._base: list[ContactRow] | None = None
        self._base_ids: list[int] = []  # the base's ids
        self._base_keys: list[str] | None = None  # the same as strings (FTS5's answer's keys)
        self._base_pick: Callable[[bytes], Any] | None = None  # the base's bytes of a mask
        self._base_mask = 0  # the base's ids as a mask (an int: byte `id` is 1); 0: to be made
        self._max_id = 0  # the highest id of the base
        self._search = ""
        self._words: list[str] = []
        # the search's matches: a mask from the token index (byte `id` is 1 for a match), ids
        # (as strings) from FTS5, or None (no search)
        self._search_ids: bytes | set[str] | None = None
        self._index: TokenIndex | None = None  # see _token_index
        self._building: IndexBuild | None = None  # the next index, being built between events
        # FTS5's structure record when the index was (is being) built: see search_text_stamp
        self._index_stamp: bytes | None = None
        self._building_stamp: bytes | None = None
        self._edited_while_building: set[int] = set()
        self._build_timer = QTimer(self)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_slice)
        self._tier: object = ALL_TIERS
        self._sort_column = COL_NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._avatars: dict[tuple[int, str], QPixmap] = {}
        self._tier_names: dict[str, str] = {}
        self._tier_dots: dict[str, QPixmap] = {}
        self.today = clock.today()
        self._partial = False  # only the first screenful is read (see reload_first)

    # ------------------------------------------------------------ loading, filter, sort

    def reload(self) -> None:
        """Read all contacts again from the database (after any change)."""
        self._partial = False
        self.today = clock.today()
        self._all = contacts.list_contacts(self.db, today=self.today, include_archived=True)
        self._avatars.clear()
        if not self._index_is_current():
            self._start_index()  # the search text changed (or may have): built again
        if self._search:
            self._search_ids = self._matching_ids(self._words, build=False)
        self._base = None
        self._apply()

    def reload_first(self, count: int) -> None:
        """Read only the first `count` rows the list shows (the app's start); `complete()`
        reads all. With a search, a filter or another order than by name, everything is read.

        The rows are those `reload` puts first: by name key, ties in the order list_contacts
        reads the names (NOCASE, then id), which the stable sort keeps."""
        ascending = self._sort_order == Qt.SortOrder.AscendingOrder
        if self._search or self._tier is not ALL_TIERS or self._sort_column != COL_NAME:
            self.reload()
            return
        first = first_listed(self.db, count) if ascending else None
        if first is None:
            self.reload()
            return
        self.today = clock.today()
        found = contact_rows(self.db, [cid for cid, _ in first], today=self.today)
        self._all = [found[cid] for cid, _ in first if cid in found]
        self._avatars.clear()
        self._index = self._building = None  # built when all rows are read
        self._build_timer.stop()
        self._partial = True
        self._base = None
        self._apply()

    @property
    def partial(self) -> bool:
        """Whether only the first screenful is read so far."""
        return self._partial

    def complete(self) -> None:
        """Read all rows when only the first screenful was read (else nothing to do)."""
        if self._partial:
            self.reload()
            self.completed.emit()

    def refresh_contacts(self, ids: Sequence[int]) -> None:
        """Re-read only these contacts (after an edit); deleted ones leave the list."""
        self.complete()
        self.today = clock.today()
        fresh = contact_rows(self.db, ids, today=self.today)
        wanted = set(ids)
        kept = [r for r in self._all if r.id not in wanted]
        kept.extend(fresh.values())
        kept.sort(key=_SORT_KEYS[COL_NAME])
        self._all = kept
        for key in [k for k in self._avatars if k[0] in wanted]:
            del self._avatars[key]
        if self._building is not None:
            self._edited_while_building |= wanted
        fresh = self._index is None or self._index.update(self.db, wanted)
        self._index_stamp = None  # the index follows these edits; what else changed is unknown
        if not fresh and self._building is None:
            self._start_index(keep=True)  # many edits: a fresh one is built meanwhile
        if self._search:
            self._search_ids = self._matching_ids(self._words, build=False)
        self._base = None
        self._apply()

    def set_tier_names(self, names: dict[str, str], colours: dict[str, str] | None = None) -> None:
        """The user's tier names and colours (from the tier settings)."""
        self._tier_names = dict(names)
        self._tier_dots = {t: _dot(c) for t, c in (colours or {}).items()}
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_TIER), self.index(len(self._rows) - 1, COL_TIER)
            )

    def _matching_ids(self, words: list[str], build: bool = True) -> bytes | set[str] | None:
        """The contacts matching every word: a mask from the token index (built first when
        `build`), else FTS5's ids; None without words."""
        if not words:
            return None
        index = self._token_index() if build else self._index
        if index is not None:
            mask = index.matching(words)
            if mask is not None:
                return mask
        return matching_id_set(self.db, words)

    def _token_index(self) -> TokenIndex | None:
        """The token index of all contacts, or None while it is being built between events:
        FTS5 answers meanwhile, so a keystroke never waits for a build (seconds at 100k)."""
        if self._index is None and not self._partial and self._building is None:
            self._start_index()
        return self._index

    def finish_search_index(self) -> None:
        """Build the token index to the end now: for scripts, benchmarks and tests, which run
        no event loop between reading the rows and typing (the window builds it between its
        events)."""
        if self._index is None and not self._partial and self._building is None:
            self._start_index()
        self._install_index()

    def _index_is_current(self) -> bool:
        """Whether the token index copies the search table as it is now: built (no build
        going on), with no edit of ours since, from the same indexed text."""
        if self._index is None or self._building is not None or self._index_stamp is None:
            return False
        return search_text_stamp(self.db) == self._index_stamp

    def _start_index(self, keep: bool = False) -> None:
        """Start building the token index of all rows between events (`keep`: the current one
        answers until the new one is made)."""
        if not keep:
            self._index = None
        self._index_stamp = None
        self._building_stamp = search_text_stamp(self.db)  # read before the table is
        self._building = IndexBuild(self.db)
        self._edited_while_building = set()
        self._build_timer.start()

    def _build_slice(self) -> None:
        try:
            done = self._building is None or self._building.run(INDEX_SLICE_S)
        except Exception as exc:
            if not is_database_error(exc):
                raise
            # the database went away meanwhile (closed, replaced): no index; FTS5 answers
            self._build_timer.stop()
            self._building = None
            return
        if done:
            self._install_index()

    def _install_index(self) -> None:
        """Finish the index being built and answer with it (with the edits made meanwhile)."""
        self._build_timer.stop()
        building, self._building = self._building, None
        if building is None:
            return
        index = building.finish()
        edited = bool(self._edited_while_building)
        if index is not None and edited:
            index.update(self.db, self._edited_while_building)
        self._edited_while_building = set()
        self._index = index
        # the edits applied meanwhile changed the table after its stamp was read: not current
        self._index_stamp = None if edited else self._building_stamp

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text == self._search:
            return
        self.complete()
        words = query_words(text) if text else []
        # A letter typed on: only the rows shown can still match (when they were filtered).
        narrowing = (
            self._search_ids is not None and self._base is not None and narrows(self._words, words)
        )
        self._search, self._words = text, words
        self._search_ids = self._matching_ids(words) if text else None
        self._apply(narrowing)

    def search_text(self) -> str:
        return self._search

    def set_tier_filter(self, tier: object) -> None:
        """ALL_TIERS, None (unsorted), "A".."D", or ARCHIVED (the archived contacts only)."""
        if tier == self._tier:
            return
        self.complete()
        self._tier = tier
        self._base = None
        self._apply()

    def tier_filter(self) -> object:
        return self._tier

    def showing_archived(self) -> bool:
        return self._tier == ARCHIVED

    def _active(self) -> list[ContactRow]:
        self.complete()
        return [r for r in self._all if not r.archived]

    def active_rows(self) -> list[ContactRow]:
        """All contacts that are not archived, whatever the filter (the tray's source)."""
        return self._active()

    def _sorted_base(self) -> list[ContactRow]:
        """The rows the archive and tier filters let through, in the sort order."""
        if self._base is None:
            archived = self.showing_archived()
            rows = [r for r in self._all if r.archived == archived]
            if self._tier is not ALL_TIERS and not archived:
                rows = [r for r in rows if r.tier == self._tier]
            key = _SORT_KEYS[self._sort_column]
            if self._sort_column != COL_NAME:
                # stable sorts: by name first, then by the column
                rows.sort(key=_SORT_KEYS[COL_NAME])
            rows.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
            self._base = rows
            self._base_ids = [r.id for r in rows]
            self._base_keys = None
            self._base_pick = None
            self._base_mask = 0
            self._max_id = max(self._base_ids, default=0)
        return self._base

    def _apply(self, narrowing: bool = False) -> None:
        """Show the sorted base, filtered by the search (from the rows shown when `narrowing`).

        A stable sort keeps the base's order in any part of it, so filtering after sorting
        shows the same rows in the same order as sorting the filtered rows would."""
        rows = self._sorted_base()
        if narrowing and len(self._rows) * 2 > len(rows):
            # most of the base is shown: its picker is made, one for the rows shown is not
            narrowing = False
        found = self._search_ids
        if isinstance(found, bytes):
            rows = self._masked(self._rows if narrowing else rows, found, narrowing)
        elif found is not None:
            # in C: no Python call per row
            keys = list(map(str, map(_ID, self._rows))) if narrowing else self._keys_of_base()
            rows = list(compress(self._rows if narrowing else rows, map(found.__contains__, keys)))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _masked(self, rows: list[ContactRow], mask: bytes, narrowing: bool) -> list[ContactRow]:
        """The rows (the base, or the rows shown when `narrowing`) whose byte of `mask` is 1."""
        if len(mask) <= self._max_id:
            mask += bytes(self._max_id + 1 - len(mask))
        if not narrowing:
            if not self._base_mask:
                self._base_mask = int.from_bytes(
                    mask_of(self._base_ids, self._max_id + 1), "little"
                )
            if int.from_bytes(mask, "little") & self._base_mask == self._base_mask:
                return list(rows)  # the whole base matches (a short prefix): nothing to pick
            pick = self._pick_base()
        else:
            pick = picker(list(map(_ID, rows)))
        return list(compress(rows, pick(mask)))  # in C: no Python call per row

    def _pick_base(self) -> Callable[[bytes], Any]:
        if self._base_pick is None:
            self._base_pick = picker(self._base_ids)
        return self._base_pick

    def _keys_of_base(self) -> list[str]:
        if self._base_keys is None:
            self._base_keys = list(map(str, self._base_ids))
        return self._base_keys

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in _SORT_KEYS:
            return
        if (column, order) == (self._sort_column, self._sort_order) and self._base is not None:
            return  # already in that order
        self.complete()
        self._sort_column, self._sort_order = column, order
        self._base = None
        self._apply()

    # ------------------------------------------------------------ access

    def contact_id(self, row: int) -> int:
        return self._rows[row].id

    def row_data(self, row: int) -> ContactRow:
        return self._rows[row]

    def row_of(self, contact_id: int) -> int:
        return row_of_id(self._rows, contact_id)

    def visible_ids(self) -> list[int]:
        return [r.id for r in self._rows]

    def total_count(self) -> int:
        """Contacts that are not archived."""
        self.complete()
        return sum(1 for r in self._all if not r.archived)

    def has_any(self) -> bool:
        """Whether there is any contact at all (archived ones included)."""
        return bool(self._all)  # a first screenful is never empty

    def archived_count(self) -> int:
        self.complete()
        return sum(1 for r in self._all if r.archived)

    def care_counts(self) -> tuple[int, int, int]:
        """(contacts, contacts due today, contacts overdue) over all rows, ignoring filters."""
        self.complete()
        today = self.today
        due_today = overdue = 0
        active = self._active()
        for row in active:
            due = row.next_due
            if due is not None and due <= today:
                if due == today:
                    due_today += 1
                else:
                    overdue += 1
        return len(active), due_today, overdue

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("Organization"),
            self.tr("Title"),
            self.tr("Tier"),
            self.tr("Last touchpoint"),
            self.tr("Next due"),
        )
        return titles[section] if 0 <= section < COLUMN_COUNT else None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return row.display_name
            if col == COL_ORGANIZATION:
                return row.organization
            if col == COL_TITLE:
                return row.title
            if col == COL_TIER:
                return tier_label(row.tier, self._tier_names)
            if col == COL_LAST:
                return format_date(row.last_touchpoint)
            if col == COL_NEXT_DUE:
                return format_date(row.next_due)
            return None
        if role == CONTACT_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole:
            if col == COL_NAME:
                return self._avatar(row)
            if col == COL_TIER and row.tier:
                return self._tier_dots.get(row.tier)
            return None
        # colours, which the view paints as brushes: a QBrush made here would set up the Python
        # types of QGradient (its 169 presets) before the first frame, about 5 ms
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_TIER and row.tier is None:
            return UNSORTED_COLOUR
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_NEXT_DUE and row.next_due:
            if row.next_due < self.today:
                return OVERDUE_COLOUR
            if row.next_due <= self.today + dt.timedelta(days=7):
                return SOON_COLOUR
            return None
        if role == Qt.ItemDataRole.FontRole and col == COL_NEXT_DUE and row.next_due:
            if row.next_due < self.today:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_NAME:
                parts = [
                    row.display_name,
                    " · ".join(p for p in (row.title, row.organization) if p),
                ]
                return plain_tooltip("\n".join(p for p in parts if p))
            if col in (COL_ORGANIZATION, COL_TITLE):
                return plain_tooltip(row.organization if col == COL_ORGANIZATION else row.title)
            if col == COL_NEXT_DUE and row.next_due:
                days = (row.next_due - self.today).days
                if days < 0:
                    return self.tr("Overdue by %n day(s)", "", -days)
                if days == 0:
                    return self.tr("Due today")
                return self.tr("Due in %n day(s)", "", days)
            return None
        return None

    def _avatar(self, row: ContactRow) -> QPixmap:
        key = (row.id, row.display_name)
        pixmap = self._avatars.get(key)
        if pixmap is None:
            if len(self._avatars) > _CACHE_LIMIT:
                self._avatars.clear()
            photo = None
            if row.has_photo:
                found = contacts.photo_of(row.id, self.db)  # by SQL: no ORM needed
                photo = found[0] if found else None
            ratio = (
                QGuiApplication.instance().devicePixelRatio() if QGuiApplication.instance() else 1.0
            )
            pixmap = avatars.avatar(row.display_name, photo, AVATAR_SIZE, ratio)
            self._avatars[key] = pixmap
        return pixmap

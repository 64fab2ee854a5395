"""Settings ▸ Accounts and Sync ▸ Accounts…: the CardDAV accounts, added, edited, removed."""

from __future__ import annotations

from urllib.parse import urlsplit

from peewee import SqliteDatabase
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core.models import SyncAccount, SyncAddressBook
from netzwerk_app.sync import accounts, engine
from netzwerk_app.ui.sync.account_editor import AccountEditor


def find_controller(widget: QWidget | None):
    """The window's SyncController (attribute `sync` of a parent), if there is one."""
    from netzwerk_app.ui.sync.controller import SyncController

    while widget is not None:
        candidate = getattr(widget, "sync", None)
        if isinstance(candidate, SyncController):
            return candidate
        widget = widget.parentWidget()
    return None


class AccountsPage(QWidget):
    """The list of accounts with Add, Edit and Remove; changes apply at once."""

    accounts_changed = Signal()

    def __init__(self, db: SqliteDatabase, controller=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.controller = controller or find_controller(parent)
        self.editor: AccountEditor | None = None
        intro = QLabel(
            self.tr(
                "Netzwerk syncs your contacts both ways with CardDAV address books (Nextcloud, "
                "Fastmail, iCloud, Radicale …): a number changed on the phone arrives here, a "
                "contact filed into a tier here reaches the phone."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMinimumHeight(140)
        self.list.setSpacing(4)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_account())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add_account)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_account)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_account)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        if self.controller is not None:
            self.interval = QSpinBox()
            self.interval.setRange(0, 24 * 60)
            self.interval.setValue(self.controller.interval_minutes())
            self.interval.setSuffix(self.tr(" min"))
            self.interval.setSpecialValueText(self.tr("never"))
            self.interval.valueChanged.connect(self.controller.set_interval)
            every = QHBoxLayout()
            label = QLabel(self.tr("Sync &every:"))
            label.setBuddy(self.interval)
            every.addWidget(label)
            every.addWidget(self.interval)
            hint = QLabel(self.tr("and at start, shortly after an edit, and with Sync Now"))
            hint.setEnabled(False)
            hint.setWordWrap(True)
            every.addWidget(hint, 1)
            layout.addLayout(every)
            self.accounts_changed.connect(self.controller.accounts_changed)
        self.reload()

    def reload(self) -> None:
        current = self.current_account()
        self.list.clear()
        for account in accounts.accounts(self.db):
            item = QListWidgetItem(self._describe(account))
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            self.list.addItem(item)
            if current is not None and account.id == current.id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _describe(self, account: SyncAccount) -> str:
        host = urlsplit(account.url).hostname or account.url
        books = SyncAddressBook.select().where(
            SyncAddressBook.account == account, SyncAddressBook.enabled
        )
        names = ", ".join(b.display_name or b.url for b in books.order_by(SyncAddressBook.id))
        target = engine.new_cards_book(account)
        lines = [f"{account.username} @ {host}"]
        if names:
            lines.append(self.tr("Address books: %1").replace("%1", names))
        if target is not None:
            lines.append(self.tr("New contacts go to: %1").replace("%1", target.display_name))
        if account.last_sync_at:
            when = account.last_sync_at.strftime("%Y-%m-%d %H:%M")
            lines.append(self.tr("Last sync: %1").replace("%1", when))
        return "\n".join(lines)

    def current_account(self) -> SyncAccount | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return SyncAccount.get_or_none(SyncAccount.id == item.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        selected = self.current_account() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    # ------------------------------------------------------------ actions

    def add_account(self) -> AccountEditor:
        return self._open_editor(None)

    def edit_account(self) -> AccountEditor | None:
        account = self.current_account()
        return self._open_editor(account) if account is not None else None

    def _open_editor(self, account: SyncAccount | None) -> AccountEditor:
        self.editor = AccountEditor(self.db, account, self)
        self.editor.accepted.connect(self._saved)
        self.editor.open()
        return self.editor

    def _saved(self) -> None:
        self.reload()
        if self.editor is not None and self.editor.account is not None:
            for i in range(self.list.count()):
                if self.list.item(i).data(Qt.ItemDataRole.UserRole) == self.editor.account.id:
                    self.list.setCurrentRow(i)
        self.accounts_changed.emit()

    def remove_account(self) -> bool:
        account = self.current_account()
        if account is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Remove Account"),
            self.tr(
                "Remove the account %1? The contacts stay on this computer and on the server; "
                "the password is removed from the keyring."
            ).replace("%1", f"{account.username} @ {urlsplit(account.url).hostname or ''}"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        accounts.remove_account(self.db, account)
        self.reload()
        self.accounts_changed.emit()
        return True


class AccountsDialog(QDialog):
    """The accounts page in a window of its own (Sync ▸ Accounts…)."""

    def __init__(self, db: SqliteDatabase, controller=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync Accounts"))
        self.page = AccountsPage(db, controller, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
        self.resize(640, 420)

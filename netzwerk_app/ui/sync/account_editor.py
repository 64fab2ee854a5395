"""Adding or editing a CardDAV account: provider or URL, user name, app password, a connection
test (off the GUI thread) that lists the address books to choose from."""

from __future__ import annotations

from peewee import SqliteDatabase
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core.models import SyncAccount, SyncAddressBook
from netzwerk_app.core.records import NetzwerkError
from netzwerk_app.sync import accounts, engine
from netzwerk_app.sync.carddav import AddressBookInfo, CardDavClient, CardDavError
from netzwerk_app.ui.sync import session
from netzwerk_app.ui.sync.password_field import password_field
from netzwerk_app.ui.sync.presets import PRESETS, preset_for_url, preset_hint, preset_label
from netzwerk_app.ui.sync.tasks import Task, TaskRunner

TEST_TIMEOUT_S = 20.0


def discover(url: str, username: str, password: str) -> list[AddressBookInfo]:
    """The address books at `url` (runs on a pool thread)."""
    with CardDavClient(url, username, password, timeout=TEST_TIMEOUT_S) as client:
        return client.discover()


class AccountEditor(QDialog):
    """Add (`account` None) or edit an account. Saving stores it, its address books (when a
    test found them) and its password (keyring; without one: for this session)."""

    def __init__(
        self,
        db: SqliteDatabase,
        account: SyncAccount | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.account = account
        self.found: list[AddressBookInfo] | None = None  # what the last test found
        self.testing: Task | None = None
        self.runner = TaskRunner(self._tested, self._test_failed, self)
        self.setWindowTitle(self.tr("Edit Account") if account else self.tr("Add Account"))
        self.setMinimumWidth(560)

        self.provider = QComboBox()
        for preset in PRESETS:
            self.provider.addItem(preset_label(preset.key), preset.key)
        self.url = QLineEdit()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.user = QLineEdit()
        self.password, keyring_note = password_field()
        self.test_button = QPushButton(self.tr("&Test Connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)

        self.books = QListWidget()
        self.books.setMinimumHeight(90)
        self.books.setMaximumHeight(150)
        self.books.itemChanged.connect(lambda _item: self._fill_target())
        self.target = QComboBox()
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Provider:"), self.provider)
        form.addRow(self.tr("&Server:"), self.url)
        form.addRow("", self.hint)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("App &password:"), self.password)
        form.addRow("", keyring_note)
        form.addRow("", test_row)
        form.addRow(self.tr("Address &books to sync:"), self.books)
        form.addRow(self.tr("New &contacts go to:"), self.target)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.provider.currentIndexChanged.connect(self._provider_changed)
        for edit in (self.url, self.user, self.password):
            edit.textChanged.connect(self._inputs_changed)
        if account is not None:
            self.provider.setCurrentIndex(self.provider.findData(preset_for_url(account.url)))
            self.url.setText(account.url)
            self.user.setText(account.username)
            self.password.setPlaceholderText(self.tr("unchanged"))
            self._show_books(self._stored_books(), from_test=False)
        else:
            self.provider.setCurrentIndex(self.provider.findData("other"))
        self._provider_changed()
        self._inputs_changed()

    # ------------------------------------------------------------ inputs

    def _provider_changed(self) -> None:
        key = self.provider.currentData()
        preset = next(p for p in PRESETS if p.key == key)
        if preset.url:
            self.url.setText(preset.url)
        elif self.url.text() in {p.url for p in PRESETS if p.url}:
            self.url.clear()
        self.url.setPlaceholderText(preset.placeholder)
        self.hint.setText(preset_hint(key))

    def _inputs_changed(self) -> None:
        url_ok = self.url.text().strip().lower().startswith(("http://", "https://"))
        has_password = bool(self.password.text()) or self._known_password() is not None
        self.test_button.setEnabled(
            url_ok and bool(self.user.text().strip()) and has_password and self.testing is None
        )
        self.save_button.setEnabled(url_ok and bool(self.user.text().strip()))

    def _known_password(self) -> str | None:
        """The account's stored password, read once (a keyring may ask the user to unlock)."""
        if self.account is None:
            return None
        if not hasattr(self, "_known"):
            self._known = session.password_for(self.account)
        return self._known

    def _password(self) -> str:
        return self.password.text() or self._known_password() or ""

    # ------------------------------------------------------------ address books

    def _stored_books(self) -> list[tuple[AddressBookInfo, bool]]:
        if self.account is None:
            return []
        query = SyncAddressBook.select().where(SyncAddressBook.account == self.account)
        return [
            (AddressBookInfo(b.url, b.display_name), bool(b.enabled))
            for b in query.order_by(SyncAddressBook.id)
        ]

    def _show_books(self, books: list[tuple[AddressBookInfo, bool]], from_test: bool) -> None:
        self.books.blockSignals(True)
        self.books.clear()
        for info, enabled in books:
            item = QListWidgetItem(info.display_name or info.url)
            item.setToolTip(info.url)
            item.setData(Qt.ItemDataRole.UserRole, info.url)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)
            self.books.addItem(item)
        self.books.blockSignals(False)
        self._fill_target()

    def checked_books(self) -> set[str]:
        return {
            self.books.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.books.count())
            if self.books.item(i).checkState() == Qt.CheckState.Checked
        }

    def _fill_target(self) -> None:
        chosen = self.target.currentData()
        if chosen is None and self.account is not None:
            target = engine.new_cards_book(self.account)
            chosen = target.url if target else None
        self.target.clear()
        checked = self.checked_books()
        default = ""
        for i in range(self.books.count()):
            item = self.books.item(i)
            url = item.data(Qt.ItemDataRole.UserRole)
            if url in checked:
                self.target.addItem(item.text(), url)
                name = url.rstrip("/").rsplit("/", 1)[-1].lower()
                if not default and (item.text().lower() in engine.NEW_CARDS_NAMES
                                    or name in engine.NEW_CARDS_NAMES):  # fmt: skip
                    default = url
        index = self.target.findData(chosen) if chosen else -1
        if index < 0:
            index = max(0, self.target.findData(default)) if default else 0
        self.target.setCurrentIndex(index)
        self.target.setEnabled(self.target.count() > 0)

    # ------------------------------------------------------------ test

    def test_connection(self) -> None:
        url, user, password = self.url.text().strip(), self.user.text().strip(), self._password()
        self.test_result.setText(self.tr("Connecting…"))
        self.testing = self.runner.start(lambda: discover(url, user, password))
        self._inputs_changed()

    def _tested(self, task: Task, found: list[AddressBookInfo]) -> None:  # type: ignore[override]
        if task is not self.testing:
            return
        self.testing = None
        self._inputs_changed()
        self.found = found
        before = {i.url: on for i, on in self._stored_books()}
        self._show_books([(info, before.get(info.url, True)) for info in found], from_test=True)
        if found:
            self.test_result.setText(
                self.tr("Connected: %n address book(s) found.", "", len(found))
            )
        else:
            self.test_result.setText(self.tr("Connected, but no address books were found."))

    def _test_failed(self, task: Task, exc: Exception) -> None:
        if task is not self.testing:
            return
        self.testing = None
        self._inputs_changed()
        self.test_result.setText(self.failure_text(exc))

    def failure_text(self, exc: Exception) -> str:
        if isinstance(exc, CardDavError) and exc.status in (401, 403):
            return self.tr("The server refused the user name or password.")
        if isinstance(exc, CardDavError):
            return self.tr("The server answered, but not as a CardDAV server: %1").replace(
                "%1", str(exc)
            )
        if type(exc).__module__.split(".")[0] in ("httpx", "httpcore"):
            return self.tr("The server cannot be reached: %1").replace("%1", str(exc) or "?")
        return str(exc)

    # ------------------------------------------------------------ save

    def accept(self) -> None:
        url, user = self.url.text().strip(), self.user.text().strip()
        try:
            if self.account is None:
                if not self.password.text():
                    self.test_result.setText(self.tr("Enter the app password."))
                    self.password.setFocus()
                    return
                self.account = accounts.add_account(self.db, url, user, "")
            else:
                accounts.update_account(self.db, self.account, url, user)
            if self.password.text():
                session.remember(url, user, self.password.text())
            if self.found is not None:
                accounts.set_address_books(
                    self.db,
                    self.account,
                    self.found,
                    self.checked_books(),
                    self.target.currentData() or "",
                )
            elif self.books.count():
                stored = [info for info, _on in self._stored_books()]
                accounts.set_address_books(
                    self.db, self.account, stored, self.checked_books(),
                    self.target.currentData() or "",
                )  # fmt: skip
        except NetzwerkError as exc:
            self.test_result.setText(str(exc))
            return
        super().accept()

"""The window's sync, driven as a user would: accounts dialog, Sync Now, the conflict resolver.
Against Radicale on 127.0.0.1 (conftest.py) with an in-memory keyring."""

from __future__ import annotations

import copy
import socket

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget

from netzwerk_app.core import contact_writes, contacts
from netzwerk_app.core.models import SyncAccount
from netzwerk_app.sync import accounts, engine, secrets

from .conftest import PASSWORD, USER

ANNA = """BEGIN:VCARD
VERSION:3.0
UID:anna-1
FN:Anna Keller
N:Keller;Anna;;;
ORG:Acme
END:VCARD
"""
CARL = (
    ANNA.replace("anna-1", "carl-1")
    .replace("Anna Keller", "Carl Frei")
    .replace("Keller;Anna", "Frei;Carl")
)


@pytest.fixture
def window(qtbot, db, data_dir, tmp_path):
    from netzwerk_app.ui import sync as sync_ui
    from netzwerk_app.ui.context import AppContext
    from netzwerk_app.ui.main_window import MainWindow
    from netzwerk_app.ui.preferences import Preferences
    from netzwerk_app.ui.sync import controller, session

    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    old = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName("NetzwerkTests")
    QCoreApplication.setApplicationName("NetzwerkTests")
    prefs = Preferences(QSettings(str(folder / "netzwerk.ini"), QSettings.Format.IniFormat))
    start_delay = controller.START_DELAY_MS
    controller.START_DELAY_MS = 3_600_000  # the tests press Sync Now themselves
    win = MainWindow(AppContext(db, data_dir, prefs))
    controller.START_DELAY_MS = start_delay
    assert isinstance(win.sync, sync_ui.SyncController)
    # Not qtbot.addWidget: pytest-qt would delete the window before this fixture ends, and with
    # it the controller of a sync still running (one may start as the test returns).
    win.resize(1024, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    qtbot.waitUntil(lambda: not win.sync.is_running(), timeout=30000)
    session.forget_all()
    win.card._set_dirty(False)
    win.close()
    win.deleteLater()
    qtbot.wait(0)
    QCoreApplication.setOrganizationName(old[0])
    QCoreApplication.setApplicationName(old[1])


def _shown(window, name: str) -> bool:
    model = window.model
    return any(
        name in str(model.index(r, c).data() or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )


def _add_account_through_the_dialog(qtbot, radicale, window, password=PASSWORD):
    dialog = window.sync.open_accounts()
    page = dialog.page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    editor.provider.setCurrentIndex(editor.provider.findData("other"))
    editor.url.clear()
    qtbot.keyClicks(editor.url, radicale.url)
    qtbot.keyClicks(editor.user, USER)
    qtbot.keyClicks(editor.password, password)
    assert editor.test_button.isEnabled()
    qtbot.mouseClick(editor.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.books.count() == 1, timeout=20000)
    return dialog, editor


def test_add_an_account_in_the_dialog_and_its_contacts_arrive(
    qtbot, radicale, window, memory_keyring
):
    radicale.put("anna.vcf", ANNA)
    dialog, editor = _add_account_through_the_dialog(qtbot, radicale, window)
    item = editor.books.item(0)
    assert item.text() == "Contacts" and item.checkState() == Qt.CheckState.Checked
    assert editor.target.currentText() == "Contacts"
    assert "1 address book" in editor.test_result.text()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    [account] = accounts.accounts(window.db)
    assert (account.url, account.username, account.password_env) == (radicale.url, USER, "")
    assert secrets.get_password(radicale.url, USER) == PASSWORD
    assert "anna @ 127.0.0.1" in dialog.page.list.item(0).text()
    # saving starts a sync in the background: Anna arrives in the list
    qtbot.waitUntil(lambda: _shown(window, "Anna Keller"), timeout=30000)
    qtbot.waitUntil(lambda: window.sync.label.text().startswith("Synced"), timeout=10000)
    assert QApplication.activeModalWidget() is None
    dialog.close()


def _stored_account(db, radicale) -> SyncAccount:
    account = accounts.add_account(db, radicale.url, USER, "")
    secrets.set_password(radicale.url, USER, PASSWORD)
    return account


def test_sync_now_pulls_a_new_contact_into_the_list(qtbot, radicale, window):
    _stored_account(window.db, radicale)
    radicale.put("anna.vcf", ANNA)
    window.sync.sync_action.trigger()
    qtbot.waitUntil(lambda: _shown(window, "Anna Keller"), timeout=30000)
    qtbot.waitUntil(lambda: not window.sync.is_running())

    radicale.put("carl.vcf", CARL)  # the phone adds Carl
    assert window.sync.sync_action.shortcut().toString() == "Ctrl+Shift+S"
    window.sync.sync_action.trigger()

    assert window.sync.label.text() == "Syncing…"
    qtbot.waitUntil(lambda: _shown(window, "Carl Frei"), timeout=30000)
    qtbot.waitUntil(lambda: window.sync.label.text() == "Synced just now")


def test_an_edit_here_is_sent_shortly_after(qtbot, radicale, window):
    account = _stored_account(window.db, radicale)
    radicale.put("anna.vcf", ANNA)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: _shown(window, "Anna Keller"), timeout=30000)
    qtbot.waitUntil(lambda: not window.sync.is_running())
    window.sync.edit_timer.setInterval(50)

    anna = contacts.contact_id_by_uid("anna-1")
    loaded = contacts.load_contact_state(window.db, anna)
    record = copy.deepcopy(loaded.record)
    record.title = "Head of Sales"
    contact_writes.update_contact(window.db, anna, record, base=loaded)
    with qtbot.waitSignal(window.sync.finished, timeout=30000) as run:
        window.contacts_changed([anna])  # what the window does after its own edits

    assert run.args[0].pushed == 1 and run.args[0].errors == []
    assert "TITLE:Head of Sales" in radicale.get("anna.vcf")
    assert SyncAccount.get_by_id(account.id).last_error == ""


def test_a_conflict_resolved_with_theirs(qtbot, radicale, window):
    account = _stored_account(window.db, radicale)
    radicale.put("anna.vcf", ANNA)
    assert engine.sync_account(window.db, account, PASSWORD).errors == []
    radicale.put("anna.vcf", ANNA.replace("ORG:Acme", "ORG:Phone Corp"))
    anna = contacts.contact_id_by_uid("anna-1")
    loaded = contacts.load_contact_state(window.db, anna)
    record = copy.deepcopy(loaded.record)
    record.organization = "Laptop GmbH"
    contact_writes.update_contact(window.db, anna, record, base=loaded)

    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.conflicts_button.isVisible(), timeout=30000)
    assert window.sync.conflicts_button.text().startswith("1 sync conflict")
    qtbot.mouseClick(window.sync.conflicts_button, Qt.MouseButton.LeftButton)
    resolver = window.sync.resolver
    qtbot.waitExposed(resolver)
    assert resolver.list.count() == 1 and "Anna Keller" in resolver.list.item(0).text()
    cells = [resolver.table.item(0, c).text() for c in range(3)]
    assert cells == ["Organization", "Laptop GmbH", "Phone Corp"]

    qtbot.mouseClick(resolver.theirs_button, Qt.MouseButton.LeftButton)

    assert accounts.open_conflicts(window.db) == []
    assert resolver.empty.isVisible() and not window.sync.conflicts_button.isVisible()
    assert contacts.load_contact(window.db, anna).organization == "Phone Corp"


def test_without_a_keyring_the_password_is_asked_again(qtbot, radicale, window, no_keyring):
    from netzwerk_app.ui.sync import session

    radicale.put("anna.vcf", ANNA)
    dialog, editor = _add_account_through_the_dialog(qtbot, radicale, window)
    assert "No keyring" in " ".join(w.text() for w in editor.findChildren(type(editor.hint)))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shown(window, "Anna Keller"), timeout=30000)  # this session
    dialog.close()

    session.forget_all()  # Netzwerk starts again: nothing was written anywhere
    window.sync.sync_now()
    assert window.sync.password_button.isVisible()
    assert window.sync.label.text() == "Not synced: password needed"
    qtbot.mouseClick(window.sync.password_button, Qt.MouseButton.LeftButton)
    prompt = window.sync.password_dialog
    assert prompt.isVisible() and not prompt.isModal()
    qtbot.keyClicks(prompt.password, PASSWORD)
    qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync.label.text() == "Synced just now", timeout=30000)


def test_a_wrong_password_shows_a_hint_not_a_dialog(qtbot, radicale, window):
    accounts.add_account(window.db, radicale.url, USER, "")
    secrets.set_password(radicale.url, USER, "wrong")
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.password_button.isVisible(), timeout=30000)
    assert "anna@127.0.0.1" in window.sync.password_button.text()
    assert window.sync.label.text() == "Not synced: password needed"
    assert QApplication.activeModalWidget() is None


def test_without_accounts_sync_now_loads_no_sync_code(window, monkeypatch):
    """The sync at start (3 s after the window is up) found no account only after importing
    the engine and httpx in the window's thread: a 0.25 s stall for everyone without sync."""
    import sys

    import netzwerk_app.sync
    import netzwerk_app.ui.sync

    for package, name in ((netzwerk_app.sync, "engine"), (netzwerk_app.ui.sync, "session")):
        monkeypatch.setitem(sys.modules, f"{package.__name__}.{name}", None)  # import fails
        monkeypatch.delattr(package, name, raising=False)
    assert window.sync.sync_now() is False
    assert window.sync.state == "idle"


def test_an_edit_after_the_first_account_came_is_sent_shortly_after(window):
    """Without accounts the window does not read every contact's revision on its way to the
    first frame; the start's sync takes that count, so an edit after the first account was
    added (before its first sync) is still sent a little later."""
    anna = contact_writes.add_contact(window.db, contacts.ContactRecord(given_name="Anna"))
    assert window.sync.sync_now() is False  # the start's sync (3 s after): no account yet
    accounts.add_account(window.db, "http://127.0.0.1:9/", USER, "")
    window.contacts_changed([anna])
    assert not window.sync.edit_timer.isActive()  # nothing changed since
    loaded = contacts.load_contact_state(window.db, anna)
    record = copy.deepcopy(loaded.record)
    record.title = "Head of Sales"
    contact_writes.update_contact(window.db, anna, record, base=loaded)
    window.contacts_changed([anna])
    assert window.sync.edit_timer.isActive()
    window.sync.edit_timer.stop()


def test_offline_is_a_quiet_status(qtbot, window):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    accounts.add_account(window.db, f"http://127.0.0.1:{port}/", USER, "")
    secrets.set_password(f"http://127.0.0.1:{port}/", USER, PASSWORD)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.label.text() == "Offline: not synced", timeout=30000)
    assert QApplication.activeModalWidget() is None
    assert not window.sync.password_button.isVisible()


def test_remove_an_account_asks_and_deletes_its_password(
    qtbot, radicale, window, monkeypatch, memory_keyring
):
    _stored_account(window.db, radicale)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question",
        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes,
    )  # fmt: skip
    dialog = window.sync.open_accounts()
    assert dialog.page.list.count() == 1
    qtbot.mouseClick(dialog.page.remove_button, Qt.MouseButton.LeftButton)
    assert asked and dialog.page.list.count() == 0
    assert accounts.accounts(window.db) == [] and memory_keyring.entries == {}
    dialog.close()


def test_settings_has_an_accounts_tab(qtbot, radicale, window):
    from netzwerk_app.ui.dialogs.settings_dialog import SettingsDialog

    _stored_account(window.db, radicale)
    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    tabs = dialog.findChild(QTabWidget)
    texts = [tabs.tabText(i) for i in range(tabs.count())]
    assert "&Accounts" in texts
    page = tabs.widget(texts.index("&Accounts"))
    assert page.list.count() == 1 and page.controller is window.sync
    dialog.reject()


def test_a_refused_password_in_the_connection_test(qtbot, radicale, window):
    dialog = window.sync.open_accounts()
    qtbot.mouseClick(dialog.page.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.page.editor
    editor.url.setText(radicale.url)
    qtbot.keyClicks(editor.user, USER)
    qtbot.keyClicks(editor.password, "wrong")
    qtbot.mouseClick(editor.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused" in editor.test_result.text(), timeout=20000)
    assert editor.books.count() == 0 and editor.test_button.isEnabled()
    editor.reject()
    dialog.close()
    assert accounts.accounts(window.db) == []


def test_the_sync_menu_speaks_german(qtbot, qapp, window):
    from PySide6.QtCore import QLocale

    from netzwerk_app.ui.live_translation import switch_language

    menus = lambda: [a.text() for a in window.menuBar().actions()]  # noqa: E731
    assert "S&ync" in menus() and window.sync.sync_action.text() == "Sync &Now"
    try:
        switch_language(qapp, "de")
        qtbot.waitUntil(lambda: window.sync.sync_action.text() == "Jetzt &synchronisieren")
        assert window.sync.accounts_action.text() == "&Konten …"
    finally:
        switch_language(qapp, "en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    qtbot.waitUntil(lambda: window.sync.sync_action.text() == "Sync &Now")


def test_edit_an_account_choose_books_and_the_one_for_new_contacts(qtbot, radicale, window):
    from .test_keyring_and_cli import _second_book

    work = _second_book(radicale, "work", "Work")
    account = _stored_account(window.db, radicale)
    dialog = window.sync.open_accounts()
    dialog.page.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.page.edit_button, Qt.MouseButton.LeftButton)
    editor = dialog.page.editor
    assert editor.user.text() == USER and editor.password.text() == ""
    assert editor.test_button.isEnabled()  # the stored password serves the test
    qtbot.mouseClick(editor.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.books.count() == 2, timeout=20000)
    assert editor.target.currentText() == "Contacts"  # named "contacts": the default
    editor.target.setCurrentIndex(editor.target.findText("Work"))
    contacts_item = editor.books.findItems("Contacts", Qt.MatchFlag.MatchExactly)[0]
    contacts_item.setCheckState(Qt.CheckState.Unchecked)  # sync only Work
    assert [editor.target.itemText(i) for i in range(editor.target.count())] == ["Work"]

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    account = SyncAccount.get_by_id(account.id)
    assert engine.new_cards_book(account).url == work
    status = accounts.account_status(window.db)[0]
    assert {b["name"]: b["enabled"] for b in status["address_books"]} == {
        "Contacts": False,
        "Work": True,
    }
    assert "New contacts go to: Work" in dialog.page.list.item(0).text()
    qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=30000)
    dialog.close()

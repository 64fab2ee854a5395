"""The "From your phone…" dialog: its server spoken to with httpx, its QR code read back with
zbarimg, and the phone's page driven in headless Chromium. Binds and connects to 127.0.0.1 only: the
dialog's network list is the loopback interface here.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import httpx
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from netzwerk_app.core import contacts, handover
from netzwerk_app.ui.dialogs import phone_import_dialog
from netzwerk_app.ui.dialogs.import_dialog import PAGE_PREVIEW
from netzwerk_app.ui.dialogs.phone_import_dialog import PhoneImportDialog

THREE = Path(__file__).resolve().parent.parent / "data" / "ui" / "three.vcf"


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    """The dialog offers 127.0.0.1 only: no test ever listens on a real network."""
    monkeypatch.setattr(phone_import_dialog, "lan_addresses", lambda: [("lo", "127.0.0.1")])


@pytest.fixture
def phone(window, qtbot):
    """The dialog as the user opens it: File ▸ From your phone…"""
    window.phone_action.trigger()
    dialog = window.phone_window
    qtbot.waitExposed(dialog)
    yield dialog
    if shiboken6.isValid(dialog) and dialog.isVisible():
        dialog.reject()


def upload(url: str, data: bytes, name: str = "three.vcf", **headers: str) -> httpx.Response:
    headers = {"Content-Type": "text/vcard", "X-File-Name": name, **headers}
    return httpx.post(url, content=data, headers=headers, timeout=30)


def preview_names(dialog) -> list[str]:
    return [row[0] for row in dialog.lists.texts("new")]


def test_upload_with_the_right_token_opens_the_preview_with_the_cards(window, phone, qtbot, db, ui):
    url = phone.address.text()
    assert url == phone.handover.url and url.startswith("http://127.0.0.1:")
    page = httpx.get(url, headers={"Accept-Language": "de-CH"}, timeout=10)
    assert page.status_code == 200 and "Kontakte an Netzwerk senden" in page.text
    answer = upload(url, THREE.read_bytes())
    assert answer.status_code == 200 and answer.json()["ok"]
    qtbot.waitUntil(lambda: window.import_window is not None, timeout=10000)
    # closed; on a busy machine it may already be deleted too
    assert not shiboken6.isValid(phone) or not phone.isVisible()
    preview = window.import_window
    ui.wait_for_page(qtbot, preview, PAGE_PREVIEW)
    assert "Martina Brunner" in preview_names(preview)
    assert preview.files_label.text() == "three.vcf"
    assert contacts.list_contacts(db) == []  # nothing imported before the user confirms
    # the token is spent and the server is gone
    with pytest.raises(httpx.ConnectError):
        upload(url, THREE.read_bytes())


def test_wrong_token_is_404_and_nothing_is_imported(window, phone, qtbot, db):
    wrong = phone.address.text().replace(phone.handover.token, handover.new_token())
    assert upload(wrong, THREE.read_bytes()).status_code == 404
    assert httpx.get(wrong, timeout=10).text == "Not Found"
    qtbot.wait(300)
    assert window.import_window is None and phone.isVisible()
    assert contacts.list_contacts(db) == []


def test_oversized_upload_is_413(window, phone, qtbot):
    too_big = b"BEGIN:VCARD\r\n" + b"x" * handover.MAX_UPLOAD_BYTES
    answer = upload(phone.address.text(), too_big)
    assert answer.status_code == 413
    qtbot.wait(200)
    assert window.import_window is None and phone.isVisible()


def test_non_vcard_gets_a_message_on_the_phone_and_nothing_on_the_desktop(window, phone, qtbot):
    answer = upload(phone.address.text(), b"\x89PNG\r\n\x1a\n", "photo.png", **{
        "Content-Type": "image/png", "Accept-Language": "en-GB"})  # fmt: skip
    assert answer.status_code == 415
    assert answer.json()["message"].startswith("This is not a contacts file (vCard, .vcf).")
    qtbot.wait(300)
    assert window.import_window is None and phone.isVisible()
    assert phone.status.text().startswith("Waiting for your phone")


def test_closing_the_dialog_closes_the_port(phone, qtbot):
    url = phone.address.text()
    assert httpx.get(url, timeout=10).status_code == 200
    qtbot.mouseClick(phone.close_button, Qt.MouseButton.LeftButton)
    assert not phone.isVisible()
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=5)


def test_copy_puts_the_address_on_the_clipboard(phone, qtbot):
    qtbot.mouseClick(phone.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == phone.handover.url
    assert phone.copy_button.text() == "Copied"


def test_the_time_left_is_shown(phone):
    assert phone.status.text() in (
        "Waiting for your phone… (stops in 10:00)",
        "Waiting for your phone… (stops in 9:59)",
    )


def test_after_its_lifetime_the_server_stops_and_start_again_gives_a_new_code(qtbot):
    dialog = PhoneImportDialog(lifetime=1.0)
    qtbot.addWidget(dialog)
    dialog.show()
    old_url = dialog.handover.url
    assert httpx.get(old_url, timeout=10).status_code == 200
    qtbot.waitUntil(lambda: dialog.restart_button.isVisible(), timeout=10000)
    assert "Stopped after 10 minutes" in dialog.status.text()
    with pytest.raises(httpx.ConnectError):
        httpx.get(old_url, timeout=5)
    qtbot.mouseClick(dialog.restart_button, Qt.MouseButton.LeftButton)
    assert dialog.handover.url != old_url and dialog.address.text() == dialog.handover.url
    assert httpx.get(dialog.handover.url, timeout=10).status_code == 200
    dialog.reject()
    with pytest.raises(httpx.ConnectError):
        httpx.get(dialog.handover.url, timeout=5)


def test_without_a_lan_address_the_dialog_says_so(qtbot, monkeypatch):
    monkeypatch.setattr(phone_import_dialog, "lan_addresses", lambda: [])
    dialog = PhoneImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.handover is None and dialog.address.text() == ""
    assert "no address on a local network" in dialog.status.text()
    assert not dialog.copy_button.isEnabled()


def test_the_qr_code_decodes_back_to_the_address(phone, tmp_path):
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        pytest.skip("zbarimg missing (Debian package zbar-tools)")
    image = tmp_path / "dialog.png"
    assert phone.grab().save(str(image))  # the dialog as shown, not only the code
    decoded = subprocess.run(
        [zbarimg, "--raw", "-q", str(image)], capture_output=True, text=True, timeout=60
    )
    assert decoded.stdout.strip() == phone.handover.url


def _chromium():
    """A headless Chromium at a phone's size, or a skip with the reason."""
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    binary = shutil.which("chromium")
    driver = shutil.which("chromedriver")
    if binary is None or driver is None:
        pytest.skip("headless Chromium missing (Debian packages chromium and chromium-driver)")
    return webdriver, Service, binary, driver


def open_phone_browser(tmp_path: Path, language: str = "en"):
    webdriver, Service, binary, driver = _chromium()
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in (
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync",
        "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'chromium-profile'}",
        "--window-size=390,844", f"--lang={language}",
    ):  # fmt: skip
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    browser = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    browser.set_page_load_timeout(30)
    browser.set_script_timeout(30)
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True},
    )
    return browser


def test_the_phone_page_uploads_in_headless_chromium(window, phone, qtbot, db, ui, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser = open_phone_browser(tmp_path, "de")
    try:
        browser.get(phone.handover.url)
        assert browser.find_element(By.TAG_NAME, "h1").text == "Kontakte an Netzwerk senden"
        assert browser.execute_script("return window.innerWidth") == 390
        # nothing is wider than the phone's screen
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 390
        browser.find_element(By.ID, "file").send_keys(str(THREE))
        browser.find_element(By.ID, "send").click()
        status = browser.find_element(By.ID, "status")
        WebDriverWait(browser, 20).until(lambda _b: "Fertig" in status.text)
        assert status.text == "Fertig: Schauen Sie auf Ihren Computer."
    finally:
        browser.quit()
    qtbot.waitUntil(lambda: window.import_window is not None, timeout=10000)
    ui.wait_for_page(qtbot, window.import_window, PAGE_PREVIEW)
    assert "Martina Brunner" in preview_names(window.import_window)
    assert contacts.list_contacts(db) == []


def test_the_phone_page_shows_why_a_wrong_file_is_refused(window, phone, qtbot, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    note = tmp_path / "note.txt"
    note.write_text("not a contact")
    browser = open_phone_browser(tmp_path, "en")
    try:
        browser.get(phone.handover.url)
        browser.find_element(By.ID, "file").send_keys(str(note))
        browser.find_element(By.ID, "send").click()
        status = browser.find_element(By.ID, "status")
        WebDriverWait(browser, 20).until(lambda _b: status.text != "" and "…" not in status.text)
        assert status.text.startswith("This is not a contacts file")
        assert browser.find_element(By.ID, "send").is_enabled()  # the user can choose again
    finally:
        browser.quit()
    qtbot.wait(200)
    assert window.import_window is None and phone.isVisible()


def test_the_dialog_and_its_menu_entry_in_german(window, qapp, qtbot):
    from netzwerk_app.ui.dialogs.phone_import_dialog import action_text
    from netzwerk_app.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "de")
    try:
        assert action_text() == "Vom &Telefon …"
        dialog = PhoneImportDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Vom Telefon importieren"
        assert dialog.copy_button.text() == "Kopieren"
        assert dialog.status.text().startswith("Warten auf Ihr Telefon … (endet in ")
        dialog.reject()
    finally:
        remove_translators(qapp, translators)


def test_choosing_another_network_restarts_with_a_new_address(qtbot, monkeypatch):
    # two entries, both loopback: tests never listen on a real network
    monkeypatch.setattr(
        phone_import_dialog, "lan_addresses", lambda: [("lo", "127.0.0.1"), ("lo:1", "127.0.0.1")]
    )
    dialog = PhoneImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.interface.count() == 2 and dialog.interface.currentIndex() == 0
    first = dialog.handover.url
    dialog.interface.setCurrentIndex(1)
    assert dialog.handover.url != first and dialog.address.text() == dialog.handover.url
    with pytest.raises(httpx.ConnectError):
        httpx.get(first, timeout=5)
    assert httpx.get(dialog.handover.url, timeout=10).status_code == 200
    dialog.reject()


def test_the_empty_states_button_opens_the_phone_dialog(window, qtbot):
    assert window.contacts_stack.currentWidget() is window.empty_state
    qtbot.mouseClick(window.empty_state.import_button, Qt.MouseButton.LeftButton)
    dialog = window.phone_window
    qtbot.waitExposed(dialog)
    assert dialog.address.text().startswith("http://127.0.0.1:")
    assert window.phone_action.text() == "From your &phone…"
    assert window.phone_action in window.menuBar().actions()[0].menu().actions()
    dialog.reject()

"""Render the phone handover's screenshots: the "From your phone…" dialog (English and German)
and the phone's page at 390×844 in headless Chromium (empty, then after an upload), in both
languages. The server listens on 127.0.0.1 only; the dialog shows a made-up LAN address list.

Run: QT_QPA_PLATFORM=offscreen python screenshots/render_phone.py
Needs Debian's chromium and chromium-driver for the phone's page (skipped without them).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
VCF = HERE.parent / "tests" / "data" / "ui" / "three.vcf"


def render_dialogs() -> None:
    from PySide6.QtWidgets import QApplication

    from netzwerk_app.ui.dialogs import phone_import_dialog
    from netzwerk_app.ui.i18n import install_translators, remove_translators

    app = QApplication.instance() or QApplication(["netzwerk", "-style", "Fusion"])
    app.setStyle("Fusion")
    # the screenshot shows a typical home network; the server itself listens on 127.0.0.1
    phone_import_dialog.lan_addresses = lambda: [("lo", "127.0.0.1")]
    for language in ("en", "de"):
        translators = install_translators(app, language)
        dialog = phone_import_dialog.PhoneImportDialog()
        dialog.interface.blockSignals(True)
        dialog.interface.clear()
        dialog.interface.addItem("wlan0 – 192.168.1.23", "192.168.1.23")
        dialog.interface.addItem("eth0 – 10.0.0.7", "10.0.0.7")
        dialog.interface.blockSignals(False)
        url = dialog.handover.url.replace("127.0.0.1", "192.168.1.23")
        dialog.address.setText(url)
        dialog.address.setCursorPosition(0)
        dialog.qr.setPixmap(phone_import_dialog.qr_pixmap(url, phone_import_dialog.QR_SIZE))
        dialog.show()
        for _ in range(5):
            app.processEvents()
        suffix = "" if language == "en" else "_de"
        dialog.grab().save(str(HERE / f"phone_dialog{suffix}.png"))
        dialog.reject()
        remove_translators(app, translators)


def render_phone_pages() -> None:
    binary, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (binary and driver):
        print("chromium/chromedriver missing: phone page screenshots skipped", file=sys.stderr)
        return
    import threading

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from netzwerk_app.core.handover import PhoneHandover

    for language in ("en", "de"):
        arrived = threading.Event()
        server = PhoneHandover("127.0.0.1", on_upload=lambda _f, e=arrived: e.set())
        server.start()
        profile = tempfile.mkdtemp(prefix="netzwerk-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = binary
        for flag in (
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync",
            "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=390,844",
            "--hide-scrollbars", f"--lang={language}",
        ):  # fmt: skip
            options.add_argument(flag)
        options.add_experimental_option("prefs", {"intl.accept_languages": language})
        browser = webdriver.Chrome(options=options, service=Service(executable_path=driver))
        try:
            browser.execute_cdp_cmd(
                "Emulation.setDeviceMetricsOverride",
                {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True},
            )
            suffix = "" if language == "en" else "_de"
            browser.get(server.url)
            browser.save_screenshot(str(HERE / f"phone_page{suffix}.png"))
            browser.find_element(By.ID, "file").send_keys(str(VCF))
            browser.find_element(By.ID, "send").click()
            status = browser.find_element(By.ID, "status")
            WebDriverWait(browser, 20).until(
                lambda _b, shown=status: "ok" in shown.get_attribute("class")
            )
            browser.save_screenshot(str(HERE / f"phone_page_done{suffix}.png"))
        finally:
            browser.quit()
            server.stop()
            shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    render_dialogs()
    render_phone_pages()

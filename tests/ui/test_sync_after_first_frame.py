"""At the app's start the Sync menu is in the menu bar from the first frame; its entries, the
status and the runs come with the sync's controller right after that frame (`build_sync`),
in the same places as when it is built at once."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from netzwerk_app.ui.main_window import MainWindow


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _entries(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions()]


def test_the_start_shows_the_sync_menu_and_fills_it_after_the_first_frame(qtbot, context):
    at_once = MainWindow(context)
    qtbot.addWidget(at_once)
    started = MainWindow(context, first_rows=2)  # as the app's start makes it
    qtbot.addWidget(started)
    assert _menu_titles(started) == _menu_titles(at_once)
    assert "S&ync" in _menu_titles(started)
    assert started._sync is None and started.sync_menu.actions() == []

    controller = started.build_sync()  # what the start does once the first frame is painted
    assert started.build_sync() is controller is started.sync  # built once
    assert _entries(started.sync_menu) == _entries(at_once.sync_menu)
    assert "Sync &Now" in _entries(started.sync_menu)
    assert controller.sync_action.shortcut().toString() == "Ctrl+Shift+S"
    assert controller.sync_action in started.actions()  # the shortcut works without the menu


def test_the_sync_status_stands_left_of_the_counts_however_it_came(qtbot, context, three):
    for first_rows in (0, 2):
        window = MainWindow(context, first_rows=first_rows)
        qtbot.addWidget(window)
        window.resize(1000, 700)
        window.show()
        qtbot.waitExposed(window)
        label = window.sync.label
        label.setText("Synced just now")
        label.show()
        qtbot.waitUntil(lambda w=window, lb=label: lb.isVisible() and w.status_contacts.x() > 0)
        assert label.x() + label.width() <= window.status_contacts.x()
        window.close()


_PROBE = (
    "import sys; from netzwerk_app.__main__ import main; rc = main(sys.argv[1:]); "
    "sys.stderr.write('SYNC=%s' % ('netzwerk_app.ui.sync.controller' in sys.modules) + chr(10)); "
    "sys.exit(rc)"
)


def test_the_first_frame_is_painted_before_the_sync_s_code_is_imported(window_process):
    # the window quits right after its first paint: what waits for that frame never runs
    assert window_process(_PROBE)["SYNC"] == "False"

"""Against a real desktop: the tray under Xvfb with Debian's `trayer` as tray host, and a
desktop notification received by `dunst` on a private D-Bus session bus.

Each test runs `desktop_scenarios.py` in its own X server (and session bus) and reads the
findings it prints. They skip, saying why, when the programs are not installed (on Debian:
``apt-get install xvfb xauth trayer dunst dbus-daemon xdotool``; .ci/run installs them).
Screenshots land in the test's temp folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCENARIOS = Path(__file__).with_name("desktop_scenarios.py")
ROOT = Path(__file__).resolve().parents[2]


def require(*programs: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        pytest.skip(f"not installed: {', '.join(missing)}")


def run_scenario(name: str, out: Path, *, session_bus: bool) -> dict:
    command = [sys.executable, str(SCENARIOS), name, str(out)]
    if session_bus:
        command = ["dbus-run-session", "--", *command]
    command = ["xvfb-run", "-a", "-s", "-screen 0 1024x600x24", *command]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    if not session_bus:
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert done.returncode == 0 and lines, done.stdout + done.stderr
    return json.loads(lines[-1][len("RESULT ") :])


@pytest.mark.slow
def test_the_real_tray_shows_the_icon_and_its_menu_acts(tmp_path):
    require("xvfb-run", "xauth", "trayer", "xdotool")
    found = run_scenario("tray", tmp_path, session_bus=False)
    assert found["tray_available"] and found["has_tray"]
    assert found["window_hidden"]  # started minimized: the tray only
    assert found["icon_shown"] and found["icon_geometry"][2] > 0
    assert found["badge_count"] == 3
    assert found["tooltip"] == (
        "<qt>Netzwerk: 1 due today, 2 overdue<br>Anna Schär, Carla Frei, Beat Keller</qt>"
    )
    assert found["menu_opened"] and found["submenu_opened"]
    assert found["menu"][:2] == ["Open Netzwerk", "Due today and overdue"]
    assert found["menu"][-4:] == [
        "Open the Agenda", "Snooze All until Tomorrow", "From your &phone…", "Quit"
    ]  # fmt: skip
    assert found["snoozed"] and found["menu_closed"]  # a click on Snooze All acted
    assert found["window_opened"]  # a click on the icon opens the window
    assert (tmp_path / "tray-menu.png").stat().st_size > 0


@pytest.mark.slow
def test_a_real_notification_server_receives_the_summary(tmp_path):
    require("xvfb-run", "xauth", "dbus-run-session", "dunst", "dunstctl")
    pytest.importorskip("jeepney")
    found = run_scenario("dbus", tmp_path, session_bus=True)
    assert found["server_up"] and not found["has_tray"]
    assert found["chosen"] == "dbus"
    [notification] = found["history"]
    assert notification["appname"] == "Netzwerk"
    assert notification["summary"] == "3 touchpoints due"
    assert notification["body"] == (
        "Anna Schär (A, lunch), Carla Frei (A, lunch), Beat Keller (B, call)"
    )
    assert found["agenda_opened"]  # clicking the notification opened today's agenda


@pytest.mark.slow
def test_on_a_status_notifier_tray_the_summary_is_a_clickable_desktop_notification(tmp_path):
    """KDE's kind of tray: a StatusNotifierWatcher of our own on a private session bus, dunst."""
    require("xvfb-run", "xauth", "dbus-run-session", "dunst", "dunstctl")
    pytest.importorskip("jeepney")
    found = run_scenario("sni", tmp_path, session_bus=True)
    assert found["services_up"]
    assert found["tray_available"] and found["has_tray"]  # a tray over D-Bus, no XEmbed host
    assert found["item_registered"]  # the icon registered with the watcher
    # Qt would send the tray's message without a default action: ours is clickable
    assert found["chosen"] == "dbus"
    [notification] = found["history"]
    assert notification["summary"] == "3 touchpoints due"
    assert notification["body"].startswith("Anna Schär (A, lunch)")
    assert found["agenda_opened"]

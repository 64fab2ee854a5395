"""Start at login: the autostart entry of each system is written and removed where it belongs."""

from __future__ import annotations

import configparser
import plistlib
import sys
from pathlib import Path

from netzwerk_app.core import autostart
from netzwerk_app.core.autostart import Platform


def read_desktop(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def parse_exec(value: str) -> list[str]:
    """Split an Exec value as the Desktop Entry spec reads it (after the string unescaping)."""
    args, current, quoted, escaped, started = [], "", False, False, False
    for c in value:
        if escaped:
            current, escaped = current + c, False
        elif quoted and c == "\\":
            escaped = True
        elif c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if started:
                args.append(current)
            current, started = "", False
        else:
            current, started = current + c, True
    if started:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


def test_linux_entry_goes_to_xdg_config_home_and_is_removed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert not autostart.is_enabled()
    path = autostart.enable(["/opt/netzwerk/netzwerk", "--minimized"])
    assert path == tmp_path / "config" / "autostart" / "netzwerk.desktop"
    assert autostart.is_enabled()
    entry = read_desktop(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Netzwerk"
    assert entry["Exec"] == "/opt/netzwerk/netzwerk --minimized"
    autostart.disable()
    assert not path.exists() and not autostart.is_enabled()
    autostart.disable()  # nothing there: no error


def test_without_xdg_config_home_the_entry_goes_to_dot_config(tmp_path):
    for value in ({}, {"XDG_CONFIG_HOME": "relative/ignored"}):
        platform = Platform("linux", value, tmp_path)
        assert autostart.entry_path(platform) == tmp_path / ".config/autostart/netzwerk.desktop"


def test_exec_quotes_paths_with_spaces_and_special_characters(tmp_path):
    command = ["/home/a b/bin/netzwerk", "--data-dir", '/data/50% "mine" $x\\y', "--minimized"]
    platform = Platform("linux", {"XDG_CONFIG_HOME": str(tmp_path)}, tmp_path)
    path = autostart.enable(command, platform)
    raw = read_desktop(path)["Exec"]
    assert parse_exec(raw.replace("\\\\", "\\")) == command  # string escape, then quoting


def test_windows_entry_is_a_script_in_the_startup_folder(tmp_path):
    platform = Platform("win32", {"APPDATA": str(tmp_path / "Roaming")}, tmp_path)
    path = autostart.enable([r"C:\Program Files\Netzwerk\netzwerk.exe", "--minimized"], platform)
    assert path == (tmp_path / "Roaming/Microsoft/Windows/Start Menu/Programs/Startup/Netzwerk.cmd")
    text = path.read_bytes().decode()
    assert text == (
        '@echo off\r\nstart "" "C:\\Program Files\\Netzwerk\\netzwerk.exe" "--minimized"\r\n'
    )
    assert autostart.is_enabled(platform)
    autostart.disable(platform)
    assert not autostart.is_enabled(platform)


def test_macos_entry_is_a_launch_agent_run_at_load(tmp_path):
    platform = Platform("darwin", {}, tmp_path)
    command = ["/Applications/Netzwerk.app/Contents/MacOS/Netzwerk", "--minimized"]
    path = autostart.enable(command, platform)
    assert path == tmp_path / "Library/LaunchAgents/ch.netzwerk.app.plist"
    data = plistlib.loads(path.read_bytes())
    assert data["ProgramArguments"] == command
    assert data["RunAtLoad"] is True and data["Label"] == "ch.netzwerk.app"


def test_launch_command_starts_minimized_with_a_non_default_data_folder(tmp_path):
    assert autostart.launch_command("/app/Netzwerk", frozen=True) == [
        "/app/Netzwerk",
        "--minimized",
    ]
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    assert autostart.launch_command(str(python), frozen=False) == [
        str(python),
        "-m",
        "netzwerk_app",
        "--minimized",
    ]
    (bin_dir / "netzwerk").write_text("#!/bin/sh\n")
    assert autostart.launch_command(str(python), frozen=False, data_dir=tmp_path / "d") == [
        str(bin_dir / "netzwerk"),
        "--data-dir",
        str(tmp_path / "d"),
        "--minimized",
    ]


def test_the_default_command_runs_this_python_or_its_script():
    command = autostart.launch_command()
    assert command[-1] == "--minimized"
    assert Path(command[0]).parent == Path(sys.executable).parent

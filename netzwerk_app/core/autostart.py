"""Start at login: the autostart entry that starts Netzwerk in the tray when the user logs in.

Qt-free. One file per system, created and removed by `enable` and `disable`:

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/netzwerk.desktop``
  (``~/.config`` when the variable is unset), a Desktop Entry as the XDG autostart
  specification describes.
- Windows: ``Netzwerk.cmd`` in the user's Startup folder (``%APPDATA%\\Microsoft\\Windows\\Start
  Menu\\Programs\\Startup``), which starts the app without waiting for it.
- macOS: ``~/Library/LaunchAgents/ch.netzwerk.app.plist``, a LaunchAgent run at load.

The command is ``netzwerk --minimized`` (the frozen executable, the ``netzwerk`` script beside
the Python running now, or ``python -m netzwerk_app``), with ``--data-dir`` when the data folder
is not the default one. Everything takes the platform and environment as arguments, so tests
write into a temporary folder.
"""

from __future__ import annotations

import os
import plistlib
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

DESKTOP_FILE = "netzwerk.desktop"
WINDOWS_FILE = "Netzwerk.cmd"
LAUNCH_AGENT_LABEL = "ch.netzwerk.app"


@dataclass(frozen=True)
class Platform:
    """Where and how to write the entry: the system, its environment, the home folder."""

    system: str  # "linux", "win32", "darwin" (sys.platform's spelling)
    env: Mapping[str, str]
    home: Path

    @classmethod
    def current(cls) -> Platform:
        return cls(sys.platform, dict(os.environ), Path.home())


def entry_path(platform: Platform) -> Path:
    """The autostart file of this system."""
    if platform.system == "win32":
        appdata = platform.env.get("APPDATA") or str(platform.home / "AppData" / "Roaming")
        return (
            Path(appdata) / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
        ) / WINDOWS_FILE
    if platform.system == "darwin":
        return platform.home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
    config = platform.env.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else platform.home / ".config"
    return base / "autostart" / DESKTOP_FILE


def launch_command(
    executable: str | None = None,
    frozen: bool | None = None,
    data_dir: Path | None = None,
) -> list[str]:
    """The command that starts Netzwerk minimized (in the tray)."""
    executable = executable or sys.executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if frozen:
        command = [executable]
    else:
        folder = Path(executable).parent
        script = next(
            (folder / n for n in ("netzwerk", "netzwerk.exe") if (folder / n).is_file()), None
        )
        command = [str(script)] if script else [executable, "-m", "netzwerk_app"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return [*command, "--minimized"]


# ---------------------------------------------------------------- file contents


def _desktop_quote(arg: str) -> str:
    """One argument of a Desktop Entry's Exec key (quoted and escaped as the spec says)."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    text = arg.replace("%", "%%")
    if not any(c in reserved for c in text):
        return text
    for c in ("\\", '"', "`", "$"):
        text = text.replace(c, "\\" + c)
    return f'"{text}"'


def _desktop_escape(value: str) -> str:
    """A string value of a Desktop Entry (the Exec line itself escapes its backslashes again)."""
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def desktop_entry(command: Sequence[str]) -> str:
    """The XDG autostart Desktop Entry for `command`."""
    exec_line = " ".join(_desktop_quote(a) for a in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.0\n"
        "Name=Netzwerk\n"
        "Comment=Reminds you of due touchpoints\n"
        f"Exec={_desktop_escape(exec_line)}\n"
        "Icon=netzwerk\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _cmd_quote(arg: str) -> str:
    return '"' + arg.replace('"', '""').replace("%", "%%") + '"'


def windows_script(command: Sequence[str]) -> str:
    """A Startup-folder script that starts `command` and returns at once."""
    return '@echo off\r\nstart "" ' + " ".join(_cmd_quote(a) for a in command) + "\r\n"


def launch_agent(command: Sequence[str]) -> bytes:
    """The macOS LaunchAgent property list for `command`."""
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


def entry_content(platform: Platform, command: Sequence[str]) -> bytes:
    if platform.system == "win32":
        return windows_script(command).encode("utf-8")
    if platform.system == "darwin":
        return launch_agent(command)
    return desktop_entry(command).encode("utf-8")


# ---------------------------------------------------------------- on and off


def is_enabled(platform: Platform | None = None) -> bool:
    """Whether the autostart entry exists."""
    return entry_path(platform or Platform.current()).is_file()


def enable(command: Sequence[str] | None = None, platform: Platform | None = None) -> Path:
    """Create (or rewrite) the autostart entry; returns its path. Raises OSError."""
    platform = platform or Platform.current()
    path = entry_path(platform)
    path.parent.mkdir(parents=True, exist_ok=True)
    content = entry_content(platform, command or launch_command())
    temporary = path.with_name(f".{path.name}.new")
    temporary.write_bytes(content)
    os.replace(temporary, path)
    return path


def disable(platform: Platform | None = None) -> None:
    """Remove the autostart entry (nothing happens when there is none). Raises OSError."""
    entry_path(platform or Platform.current()).unlink(missing_ok=True)

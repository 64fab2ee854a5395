"""Build the double-clickable Netzwerk app with PyInstaller, and install it for this Linux user.

    python packaging/build.py              one-folder app in dist/Netzwerk/ (prints size, time)
    python packaging/build.py --onefile    one file dist/Netzwerk[.exe] (slower start: it unpacks)
    python packaging/build.py --install    build if needed, then install under ~/.local (Linux)
    python packaging/build.py --uninstall  remove what --install put there

Build from a virtual environment holding the project and the `package` extra
(`pip install -e '.[package]'`), on the platform the app is for: PyInstaller does not
cross-compile. The install puts the bundle in ~/.local/lib/netzwerk, a `netzwerk` link in
~/.local/bin, the .desktop file, icons and AppStream metainfo under ~/.local/share, and makes
Netzwerk the handler of .vcf files.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "netzwerk.spec"
DIST = ROOT / "dist"
NAME = "Netzwerk"
DESKTOP_ID = "netzwerk.desktop"
METAINFO = "ch.netzwerk.Netzwerk.metainfo.xml"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(onefile: bool = False) -> Path:
    """Run PyInstaller on the spec; return the built app (folder or file)."""
    env = dict(os.environ, NETZWERK_ONEFILE="1" if onefile else "0")
    started = time.perf_counter()
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"), str(SPEC),
    ]  # fmt: skip
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    seconds = time.perf_counter() - started
    suffix = ".exe" if sys.platform == "win32" else ""
    target = DIST / f"{NAME}{suffix}" if onefile else DIST / NAME
    print(f"built {target} in {seconds:.1f} s: {folder_size(target) / 1e6:.1f} MB")
    return target


@dataclass(frozen=True)
class InstallPlaces:
    """Where a per-user Linux install goes (XDG base directories)."""

    bundle: Path
    bin_link: Path
    applications: Path
    icons: Path
    metainfo: Path

    @classmethod
    def for_user(cls, home: Path | None = None) -> InstallPlaces:
        home = home or Path.home()
        data = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
        return cls(
            bundle=home / ".local" / "lib" / "netzwerk",
            bin_link=home / ".local" / "bin" / "netzwerk",
            applications=data / "applications",
            icons=data / "icons" / "hicolor",
            metainfo=data / "metainfo",
        )


def _desktop_entry(executable: Path) -> str:
    """The shipped .desktop file with Exec pointing at the installed binary."""
    text = (ROOT / "resources" / "linux" / DESKTOP_ID).read_text(encoding="utf-8")
    return text.replace("Exec=netzwerk %F", f'Exec="{executable}" %F')


def install(bundle: Path, places: InstallPlaces) -> list[Path]:
    """Copy the one-folder bundle and the desktop files into place; return what was written."""
    written: list[Path] = []
    if places.bundle.exists():
        shutil.rmtree(places.bundle)
    shutil.copytree(bundle, places.bundle, symlinks=True)
    written.append(places.bundle)
    executable = places.bundle / NAME
    places.bin_link.parent.mkdir(parents=True, exist_ok=True)
    if places.bin_link.is_symlink() or places.bin_link.exists():
        places.bin_link.unlink()
    places.bin_link.symlink_to(executable)
    written.append(places.bin_link)
    places.applications.mkdir(parents=True, exist_ok=True)
    desktop = places.applications / DESKTOP_ID
    desktop.write_text(_desktop_entry(executable), encoding="utf-8")
    written.append(desktop)
    for size in PNG_SIZES:
        target = places.icons / f"{size}x{size}" / "apps" / "netzwerk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / "resources" / "icons" / f"netzwerk-{size}.png", target)
        written.append(target)
    scalable = places.icons / "scalable" / "apps" / "netzwerk.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "netzwerk_app" / "resources" / "icons" / "netzwerk.svg", scalable)
    written.append(scalable)
    places.metainfo.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "resources" / "linux" / METAINFO, places.metainfo / METAINFO)
    written.append(places.metainfo / METAINFO)
    _refresh_desktop_caches(places, register_vcard=True)
    return written


def uninstall(places: InstallPlaces) -> list[Path]:
    """Remove everything `install` wrote; return what was removed."""
    removed: list[Path] = []
    candidates = [
        places.bin_link,
        places.applications / DESKTOP_ID,
        places.metainfo / METAINFO,
        places.icons / "scalable" / "apps" / "netzwerk.svg",
        *(places.icons / f"{s}x{s}" / "apps" / "netzwerk.png" for s in PNG_SIZES),
    ]
    for path in candidates:
        if path.is_symlink() or path.exists():
            path.unlink()
            removed.append(path)
    if places.bundle.exists():
        shutil.rmtree(places.bundle)
        removed.append(places.bundle)
    _refresh_desktop_caches(places, register_vcard=False)
    return removed


def _refresh_desktop_caches(places: InstallPlaces, register_vcard: bool) -> None:
    """Tell the desktop about the change, where its tools exist (all optional)."""
    tools = [["update-desktop-database", str(places.applications)]]
    if register_vcard:
        tools += [["xdg-mime", "default", DESKTOP_ID, "text/vcard", "text/x-vcard"]]
    tools += [["gtk-update-icon-cache", "-q", "-t", str(places.icons)]]
    for command in tools:
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--onefile", action="store_true", help="one file instead of a folder")
    parser.add_argument("--install", action="store_true", help="install for this Linux user")
    parser.add_argument("--uninstall", action="store_true", help="remove the user install")
    args = parser.parse_args(argv)
    places = InstallPlaces.for_user()
    if args.uninstall:
        for path in uninstall(places):
            print(f"removed {path}")
        return 0
    if args.install and not sys.platform.startswith("linux"):
        print("--install is for Linux; on Windows and macOS copy dist/ where you like.")
        return 2
    bundle = build(onefile=args.onefile)
    if args.install:
        if args.onefile:
            print("--install takes the one-folder build; run it without --onefile.")
            return 2
        for path in install(bundle, places):
            print(f"installed {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

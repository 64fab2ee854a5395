"""Packaging: the icon files, the Linux desktop integration, the per-user install, the self-test."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


build = _load("build")


def test_icon_files_hold_every_size():
    icons = ROOT / "resources" / "icons"
    for size in build.PNG_SIZES:
        data = (icons / f"netzwerk-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (size, size)
    ico = (icons / "netzwerk.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 7)
    icns = (icons / "netzwerk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic09" in icns and b"ic07" in icns


def test_desktop_file_opens_vcards_in_both_languages():
    text = (ROOT / "resources" / "linux" / "netzwerk.desktop").read_text(encoding="utf-8")
    assert "MimeType=text/vcard;text/x-vcard;" in text
    assert "Categories=Office;ContactManagement;" in text
    assert "Comment[de]=" in text and "GenericName[de]=" in text
    validator = shutil.which("desktop-file-validate")
    if validator:
        proc = subprocess.run([validator, str(ROOT / "resources/linux/netzwerk.desktop")],
                              capture_output=True, text=True)  # fmt: skip
        assert proc.returncode == 0, proc.stdout + proc.stderr


def test_appstream_metainfo_validates():
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (Debian package appstream)")
    path = ROOT / "resources" / "linux" / build.METAINFO
    proc = subprocess.run([tool, "validate", "--no-net", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_install_and_uninstall_for_the_user(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("PATH", "/nonexistent")  # no desktop cache tools touch the real system
    bundle = tmp_path / "dist" / "Netzwerk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "Netzwerk").write_text("#!/bin/sh\necho netzwerk\n")
    places = build.InstallPlaces.for_user(home=tmp_path / "home")

    written = build.install(bundle, places)

    assert (places.bundle / "Netzwerk").is_file()
    assert places.bin_link.resolve() == (places.bundle / "Netzwerk").resolve()
    desktop = (places.applications / "netzwerk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{places.bundle / "Netzwerk"}" %F' in desktop
    assert (places.icons / "256x256" / "apps" / "netzwerk.png").is_file()
    assert (places.icons / "scalable" / "apps" / "netzwerk.svg").is_file()
    assert (places.metainfo / build.METAINFO).is_file()
    assert all(str(p).startswith(str(tmp_path / "home")) for p in written)

    removed = build.uninstall(places)

    assert set(removed) >= {places.bundle, places.bin_link, places.applications / "netzwerk.desktop"}
    leftovers = [p for p in (tmp_path / "home").rglob("*") if p.is_file() or p.is_symlink()]
    assert leftovers == []


def test_self_test_passes_from_the_source_tree():
    proc = subprocess.run(
        [sys.executable, "-m", "netzwerk_app", "--self-test"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "ok  import the sample vCard: 3 contacts" in proc.stdout
    assert proc.stdout.strip().endswith("self-test passed")


def test_spec_reads_name_and_version_from_pyproject():
    spec = (ROOT / "packaging" / "netzwerk.spec").read_text(encoding="utf-8")
    assert 'tomllib.loads((ROOT / "pyproject.toml")' in spec
    assert '"vobject"' in spec  # a test-only library never travels in the bundle

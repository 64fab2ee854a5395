"""PySide's support code and the regular expressions made while Qt is imported are compiled once
and kept (`ui.qt_start`): a later start runs the very same code, and a damaged or missing cache
only means compiling as before."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

# every function of PySide's support modules, marshalled, and how many were compiled anew
_PROBE = r"""
import json, marshal, sys, types
if sys.argv[1] == "cached":
    import netzwerk_app.ui.qt_start as start
    compiled = start.COMPILED_AT_START
else:
    import PySide6.QtCore
    compiled = None
codes = {}
for name, module in sorted(sys.modules.items()):
    if not (name.startswith("shibokensupport") or name == "signature_bootstrap"):
        continue
    for key, value in sorted(vars(module).items()):
        if isinstance(value, type) and value.__module__ == name:
            found = [(f"{key}.{k}", v) for k, v in sorted(vars(value).items())]
        else:
            found = [(key, value)]
        for qualname, obj in found:
            if isinstance(obj, types.FunctionType) and obj.__module__ == name:
                codes[f"{name}:{qualname}"] = marshal.dumps(obj.__code__).hex()
print(json.dumps({"compiled": compiled, "codes": codes}))
"""


def _start(mode: str, cache: Path) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _cache_file(cache: Path) -> Path:
    (found,) = (cache / "Netzwerk").glob("pyside-support-*.code")
    return found


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG cache folder")
def test_a_later_start_runs_the_very_code_pyside_compiles_itself(tmp_path):
    import marshal

    plain = _start("plain", tmp_path / "unused")
    first = _start("cached", tmp_path / "cache")
    later = _start("cached", tmp_path / "cache")
    assert first["compiled"] > 0
    assert later["compiled"] == 0  # everything came from the cache
    assert len(plain["codes"]) > 100  # the probe sees PySide's support functions
    assert plain["codes"].keys() == first["codes"].keys() == later["codes"].keys()
    for name, code in plain["codes"].items():
        expected = marshal.loads(bytes.fromhex(code))
        assert marshal.loads(bytes.fromhex(first["codes"][name])) == expected, name
        assert marshal.loads(bytes.fromhex(later["codes"][name])) == expected, name


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG cache folder")
def test_every_kept_regular_expression_is_the_one_re_compiles(tmp_path):
    import _sre

    from netzwerk_app.ui.qt_start import read_code_cache

    _start("cached", tmp_path / "cache")
    code, regex, _generated = read_code_cache(str(_cache_file(tmp_path / "cache")))
    assert len(code) > 10 and len(regex) > 10
    re.purge()
    for (pattern, flags), program in regex.items():
        assert _sre.compile(pattern, *program) == re.compile(pattern, flags), pattern


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG cache folder")
@pytest.mark.parametrize("damage", ["garbage", "flipped", "empty", "truncated"])
def test_a_damaged_cache_is_compiled_anew_and_replaced(tmp_path, damage):
    cache = tmp_path / "cache"
    _start("cached", cache)
    path = _cache_file(cache)
    data = path.read_bytes()
    damaged = {
        "garbage": b"\x00\x01not a cache at all" * 50,
        "flipped": data[:-100] + bytes([data[-100] ^ 0xFF]) + data[-99:],
        "empty": b"",
        "truncated": data[: len(data) // 2],
    }[damage]
    path.write_bytes(damaged)
    again = _start("cached", cache)
    assert again["compiled"] > 0
    assert _start("cached", cache)["compiled"] == 0  # written whole again


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG cache folder")
def test_without_a_cache_folder_the_app_starts_all_the_same(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "Netzwerk").write_text("a file where the folder would be")
    assert _start("cached", cache)["compiled"] > 0
    assert _start("cached", cache)["compiled"] > 0
    assert (cache / "Netzwerk").read_text() == "a file where the folder would be"
    assert [p.name for p in cache.iterdir()] == ["Netzwerk"]


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG cache folder")
def test_the_cache_lives_where_platformdirs_puts_the_app_s_cache(tmp_path, monkeypatch):
    import platformdirs

    from netzwerk_app.ui.qt_start import code_cache_path

    for value in (str(tmp_path / "xdg"), ""):
        monkeypatch.setenv("XDG_CACHE_HOME", value)
        path = code_cache_path()
        assert path is not None
        assert os.path.dirname(path) == platformdirs.user_cache_dir("Netzwerk", appauthor=False)


# the code of every dataclass method of the window's modules, marshalled, and how many were
# compiled anew while they were imported
_WINDOW_PROBE = r"""
import dataclasses, json, marshal, sys, types
if sys.argv[1] == "cached":
    import netzwerk_app.ui.qt_start as start
    before = start.compiled_anew()
    with start.kept_compiled():
        import netzwerk_app.ui.app, netzwerk_app.ui.main_window, netzwerk_app.ui.tray
    compiled = start.compiled_anew() - before
else:
    import netzwerk_app.ui.app, netzwerk_app.ui.main_window, netzwerk_app.ui.tray
    compiled = None
codes = {}
for name, module in sorted(sys.modules.items()):
    if not name.startswith("netzwerk_app"):
        continue
    for key, value in sorted(vars(module).items()):
        if isinstance(value, type) and value.__module__ == name and dataclasses.is_dataclass(value):
            for attr, obj in sorted(vars(value).items()):
                if isinstance(obj, types.FunctionType) and obj.__code__.co_filename == "<string>":
                    codes[f"{name}:{key}.{attr}"] = marshal.dumps(obj.__code__).hex()
print(json.dumps({"compiled": compiled, "codes": codes}))
"""


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG cache folder")
def test_the_window_s_dataclasses_run_the_very_methods_python_generates(tmp_path):
    """Imported within `kept_compiled`, the window's modules get their dataclasses' generated
    methods from the cache at a later start: the very code Python compiles for them."""
    import marshal

    def start(mode: str, cache: Path) -> dict:
        env = {**os.environ, "XDG_CACHE_HOME": str(cache), "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run(
            [sys.executable, "-c", _WINDOW_PROBE, mode],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    plain = start("plain", tmp_path / "unused")
    first = start("cached", tmp_path / "cache")
    later = start("cached", tmp_path / "cache")
    assert first["compiled"] > 0
    assert later["compiled"] == 0  # the window's generated code and patterns: all kept
    assert len(plain["codes"]) > 30  # __init__, __repr__, __eq__ … of the window's dataclasses
    assert plain["codes"].keys() == first["codes"].keys() == later["codes"].keys()
    for name, code in plain["codes"].items():
        expected = marshal.loads(bytes.fromhex(code))
        assert marshal.loads(bytes.fromhex(first["codes"][name])) == expected, name
        assert marshal.loads(bytes.fromhex(later["codes"][name])) == expected, name
    _code, _regex, generated = _read(tmp_path / "cache")
    assert len(generated) >= len(plain["codes"])


def _read(cache: Path) -> tuple[dict, dict, dict]:
    from netzwerk_app.ui.qt_start import read_code_cache

    return read_code_cache(str(_cache_file(cache)))


def test_exec_served_from_the_cache_runs_in_the_namespaces_given(tmp_path, monkeypatch):
    """Outside the window's start too: the same source run twice gives the same results, in
    the namespaces given; what is not a string run in given namespaces goes to `exec` as is."""
    from netzwerk_app.ui import qt_start

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cache = qt_start._CodeCache()
    source = "def double(x):\n    return 2 * x\nresult = double(base)\n"
    results = []
    for _ in range(2):
        namespace: dict = {"base": 21}
        with cache.serving():
            exec(source, namespace)
            exec(compile("plain = 1", "<x>", "exec"), namespace)  # a code object: as is
        results.append((namespace["result"], namespace["plain"]))
    assert results == [(42, 1), (42, 1)]
    assert cache.compiled == 1  # compiled once, then served
    again = qt_start._CodeCache()  # the next start reads it from the file
    # compiled with the future features of the code that ran it (this module's annotations)
    features = sys._getframe().f_code.co_flags & qt_start._FUTURE_FLAGS
    assert features != 0
    assert list(again.stored_generated) == [(source, features)]

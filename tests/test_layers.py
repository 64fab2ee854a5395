"""The layering rules: core and vcard never import Qt, and imports only run down the layers."""

from __future__ import annotations

import ast
import pathlib
import subprocess
import sys

PACKAGE = pathlib.Path(__file__).resolve().parents[1] / "netzwerk_app"


def test_core_and_vcard_sources_do_not_import_qt():
    offenders = []
    for folder in ("core", "vcard"):
        for path in (PACKAGE / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "PySide6"]
    assert offenders == []


def test_importing_core_and_vcard_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib, netzwerk_app.core, netzwerk_app.vcard\n"
        "for pkg in (netzwerk_app.core, netzwerk_app.vcard):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "import netzwerk_app.cli\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_only_the_clock_reads_the_date():
    """One clock (core/clock.py): nothing else asks the system for today or now."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "clock.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("today", "now", "utcnow"):
                base = node.value
                name = getattr(base, "attr", None) or getattr(base, "id", None)
                if name in ("date", "datetime"):
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


# What each layer may import of the package: data flows one way (ui, cli -> vcard -> core).
ALLOWED = {
    "core": {"core"},
    "vcard": {"core", "vcard"},
    "sync": {"core", "vcard", "sync"},
    "ui": {"core", "vcard", "ui", "sync"},
}


def _package_imports(path: pathlib.Path) -> set[str]:
    """The first-level subpackages of netzwerk_app that a module imports (cli counts as one)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
            if node.module == "netzwerk_app":
                names = [f"netzwerk_app.{a.name}" for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "netzwerk_app" and len(parts) > 1:
                found.add(parts[1])
    return found


def test_imports_run_down_the_layers_only():
    offenders = []
    for layer, allowed in ALLOWED.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            # "__version__" and friends from the package itself are fine
            wrong = {m for m in _package_imports(path) - allowed if not m.startswith("__")}
            offenders += [f"{layer}/{path.name} imports {m}" for m in sorted(wrong)]
    assert offenders == []

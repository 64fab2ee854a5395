#!/usr/bin/env bash
# Check, before pip runs, that Python is new enough and (on Linux) that the system libraries Qt
# needs can be loaded. On failure print one short message with the exact command that fixes it
# and exit 1. Sourced by run.sh and test.sh; `bash scripts/check_system.sh` runs it alone.
set -euo pipefail

if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Netzwerk needs Python 3.11 or newer (python3 is $(python3 --version 2>&1))." >&2
  exit 1
fi
if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  echo "Python's venv module is missing. Install it with:" >&2
  echo "  sudo apt-get install -y python3-venv" >&2
  exit 1
fi

[ "$(uname -s)" = "Linux" ] || exit 0

# The shared libraries Qt's GUI modules load (offscreen and xcb), as Debian 12 names them:
# soname=package.
QT_LIBS="libGL.so.1=libgl1 libEGL.so.1=libegl1 libX11.so.6=libx11-6 libX11-xcb.so.1=libx11-xcb1
libdbus-1.so.3=libdbus-1-3 libfontconfig.so.1=libfontconfig1 libfreetype.so.6=libfreetype6
libglib-2.0.so.0=libglib2.0-0 libxkbcommon.so.0=libxkbcommon0
libxkbcommon-x11.so.0=libxkbcommon-x11-0 libxcb.so.1=libxcb1 libxcb-cursor.so.0=libxcb-cursor0
libxcb-icccm.so.4=libxcb-icccm4 libxcb-image.so.0=libxcb-image0 libxcb-keysyms.so.1=libxcb-keysyms1
libxcb-randr.so.0=libxcb-randr0 libxcb-render.so.0=libxcb-render0
libxcb-render-util.so.0=libxcb-render-util0 libxcb-shape.so.0=libxcb-shape0
libxcb-shm.so.0=libxcb-shm0 libxcb-sync.so.1=libxcb-sync1 libxcb-util.so.1=libxcb-util1
libxcb-xfixes.so.0=libxcb-xfixes0 libxcb-xkb.so.1=libxcb-xkb1 libxcb-glx.so.0=libxcb-glx0"

# shellcheck disable=SC2086
missing=$(python3 - $QT_LIBS <<'PY'
import ctypes
import sys

missing = []
for pair in sys.argv[1:]:
    soname, package = pair.split("=")
    try:
        ctypes.CDLL(soname)
    except OSError:
        missing.append(package)
print(" ".join(missing))
PY
)

if [ -n "$missing" ]; then
  echo "Qt cannot start: these system libraries are missing: $missing" >&2
  echo "Install Qt's libraries (Debian 12 / Ubuntu) with:" >&2
  echo "  sudo apt-get install -y --no-install-recommends xvfb xauth libegl1 libgl1 libx11-6 \\" >&2
  echo "    libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 \\" >&2
  echo "    libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \\" >&2
  echo "    libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 \\" >&2
  echo "    libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxcb-glx0" >&2
  exit 1
fi

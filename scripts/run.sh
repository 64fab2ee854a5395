#!/usr/bin/env bash
# Install Netzwerk into .venv (if needed) and start the desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -e .
exec .venv/bin/netzwerk "$@"

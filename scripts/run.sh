#!/usr/bin/env bash
# Install Netzwerk into .venv (if needed) and start the desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/check_system.sh
if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv and installing Netzwerk (first time: about a minute)..."
  python3 -m venv .venv
  .venv/bin/python -m pip install -e .
else
  .venv/bin/python -m pip install -q -e .
fi
exec .venv/bin/netzwerk "$@"

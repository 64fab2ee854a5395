#!/usr/bin/env bash
# Install Netzwerk with its test extra into .venv (if needed) and run the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/check_system.sh
if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv and installing Netzwerk with its test tools (first time: about a minute)..."
  python3 -m venv .venv
  .venv/bin/python -m pip install -e '.[test]'
else
  .venv/bin/python -m pip install -q -e '.[test]'
fi
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" exec .venv/bin/python -m pytest "$@"

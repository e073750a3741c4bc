#!/usr/bin/env bash
# Build the one-folder application from build.spec, then prove it starts.
#
#   scripts/build_app.sh                 # dist/oppdesk/ (macOS: also dist/oppdesk.app)
#   OPPDESK_CONSOLE=1 scripts/build_app.sh   # console build, for debugging
#   PYTHON=/path/to/python scripts/build_app.sh
#
# Uses the project's .venv when there is one. Needs PyInstaller (the "dev" extra).
set -euo pipefail

cd "$(dirname "$0")/.."
if [[ -z "${PYTHON:-}" ]]; then
    if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python
    elif [[ -x .venv/Scripts/python.exe ]]; then PYTHON=.venv/Scripts/python.exe
    else PYTHON=python3
    fi
fi

"$PYTHON" -m PyInstaller build.spec --noconfirm --clean

case "$(uname -s)" in
    MINGW*|MSYS*|CYGWIN*) exe=dist/oppdesk/oppdesk.exe ;;
    *) exe=dist/oppdesk/oppdesk ;;
esac

echo
echo "bundle size: $(du -sh dist/oppdesk | cut -f1)  (dist/oppdesk)"
if [[ "$(uname -s)" == Linux ]]; then
    # Every library the pruned bundle ships must find its dependencies (in the bundle, or
    # among the libraries the desktop provides).
    "$PYTHON" packaging/bundle_pruning.py dist/oppdesk
fi
echo "frozen version check: $(QT_QPA_PLATFORM=offscreen "$exe" --version)"

# The self-test: a temporary workspace migrated by the bundled Alembic scripts, demo data,
# the main window and a record rendered offscreen. Non-zero exit fails the build.
QT_QPA_PLATFORM=offscreen "$exe" --self-test

# Cold start of the frozen app to the painted list, on a small existing workspace.
tmp=$(mktemp -d)
QT_QPA_PLATFORM=offscreen "$exe" --db "$tmp/cold.sqlite3" demo --opportunities 2000 >/dev/null
QT_QPA_PLATFORM=offscreen "$exe" --db "$tmp/cold.sqlite3" --quit-after-paint  # warm the disk cache
start=$(date +%s%N)
QT_QPA_PLATFORM=offscreen "$exe" --db "$tmp/cold.sqlite3" --quit-after-paint
echo "frozen cold start to the painted list: $(( ($(date +%s%N) - start) / 1000000 )) ms (target 1000)"
rm -rf "$tmp"

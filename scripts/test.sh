#!/usr/bin/env bash
# Runs the whole test suite headless (Qt offscreen), in the project's own virtual environment.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="$(bash "$root/scripts/venv.sh")"
cd "$root"
export QT_QPA_PLATFORM=offscreen
exec "$python" -m pytest "$@"

#!/usr/bin/env bash
# Runs Counter. With no --db and no POS_DB_URL it opens the demo shop in the user's data folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="$(bash "$root/scripts/venv.sh")"
"$python" "$root/scripts/translations.py" build  # .qm and .mo from the .ts and .po
exec "$python" "$root/main.py" "$@"

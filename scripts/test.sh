#!/usr/bin/env bash
# Runs the layers check (lint-imports, the contracts in pyproject.toml), then the test suite
# headless (Qt offscreen), in the project's own virtual environment. Arguments go to pytest.
# COUNTER_SKIP_LINT=1 leaves the layers check out (a quick local run of a few tests).
#
# The hub's tests need a real PostgreSQL server: this script starts a throwaway one for the
# run (scripts/test-postgres.sh) and gives its URL to pytest in POS_TEST_PG_URL, unless that
# is already set (a server of your own, e.g. postgresql+psycopg://postgres@127.0.0.1:5432/postgres).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="$(bash "$root/scripts/venv.sh")"
"$python" "$root/scripts/translations.py" build  # .qm and .mo from the .ts and .po
cd "$root"
if [ "${COUNTER_SKIP_LINT:-0}" != "1" ]; then
    "$(dirname "$python")/lint-imports" --no-cache --no-logo >&2 || {
        echo "The layers contract is broken (above); COUNTER_SKIP_LINT=1 runs pytest anyway." >&2
        exit 1
    }
fi
export QT_QPA_PLATFORM=offscreen
if [ -z "${POS_TEST_PG_URL:-}" ]; then
    # Sourced: it sets POS_TEST_PG_URL and an EXIT trap that stops and removes the server.
    source "$root/scripts/test-postgres.sh"
fi
"$python" -m pytest "$@"

#!/usr/bin/env bash
# Creates .venv from pyproject.toml, and re-installs only when pyproject.toml changed.
# Sourced by scripts/app.sh and scripts/test.sh; prints the venv's python path on stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
py="$(command -v python3.11 || command -v python3)"
if [ ! -x "$venv/bin/python" ]; then
    "$py" -m venv "$venv" >&2
fi
stamp="$venv/.installed-$(sha256sum "$root/pyproject.toml" | cut -c1-16)"
if [ ! -f "$stamp" ]; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$root[test]" >&2
    rm -f "$venv"/.installed-*
    touch "$stamp"
fi
echo "$venv/bin/python"

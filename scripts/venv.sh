#!/usr/bin/env bash
# Creates .venv from pyproject.toml, and creates it anew only when pyproject.toml changed.
# Sourced by scripts/app.sh and scripts/test.sh; prints the venv's python path on stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
py="$(command -v python3.11 || command -v python3)"
stamp="$venv/.installed-$(sha256sum "$root/pyproject.toml" | cut -c1-16)"
# pyproject.toml changed: a new venv, so that nothing of the old pins stays behind (pip leaves
# packages no longer asked for, such as PySide6 6.12's split-out add-ons beside 6.11.3).
if [ -d "$venv" ] && [ ! -f "$stamp" ]; then
    rm -rf "$venv"
fi
if [ ! -x "$venv/bin/python" ]; then
    "$py" -m venv "$venv" >&2
fi
if [ ! -f "$stamp" ]; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$root[test]" >&2
    rm -f "$venv"/.installed-*
    touch "$stamp"
fi
echo "$venv/bin/python"

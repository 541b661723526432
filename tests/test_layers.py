"""The layers (ui > pos > tracking > db, pyproject.toml's import-linter contract) are checked
by lint-imports: it passes on this tree and fails on a tree with one wrong import."""
from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("pos", "db", "tracking", "ui")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(tree: Path) -> subprocess.CompletedProcess:
    # The tree's own packages first on the path, ahead of the editable install of this one.
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=tree, env=env,
                          capture_output=True, text=True, timeout=120)


def copy_of_the_tree(folder: Path) -> Path:
    for package in PACKAGES:
        shutil.copytree(ROOT / package, folder / package,
                        ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    return folder


def test_this_tree_keeps_the_layers():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_tracking_importing_the_shop_breaks_the_layers(tmp_path):
    tree = copy_of_the_tree(tmp_path)
    backoff = tree / "tracking" / "backoff.py"
    backoff.write_text(backoff.read_text(encoding="utf-8") + "\nimport pos.shop  # wrong\n",
                       encoding="utf-8")
    result = lint_imports(tree)
    assert result.returncode == 1
    assert "tracking is not allowed to import pos" in result.stdout
    assert "tracking.backoff -> pos.shop" in result.stdout


def test_ui_may_use_pos_but_pos_may_not_use_ui(tmp_path):
    tree = copy_of_the_tree(tmp_path)
    (tree / "pos" / "wrong.py").write_text("import ui.style\n", encoding="utf-8")
    result = lint_imports(tree)
    assert result.returncode == 1
    assert "pos.wrong -> ui.style" in result.stdout


def test_a_query_in_ui_breaks_the_contract(tmp_path):
    tree = copy_of_the_tree(tmp_path)
    (tree / "ui" / "wrong.py").write_text("from sqlalchemy import select\n"
                                          "from db.models import Sale\n", encoding="utf-8")
    result = lint_imports(tree)
    assert result.returncode == 1
    assert "ui.wrong -> sqlalchemy" in result.stdout
    assert "ui.wrong -> db.models" in result.stdout


def test_money_imports_nothing_of_the_project():
    """db/ and tracking/ may import pos.money (the contract's ignore_imports): it must not be
    a way into the rest of pos/."""
    tree = ast.parse((ROOT / "pos" / "money.py").read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {name for name in imported if name.split(".")[0] in PACKAGES}

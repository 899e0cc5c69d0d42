"""Layers point one way (ui -> services -> models): checked on the source, import by import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "okrdesk"
QT = ("PySide6", "shiboken6", "pyqtgraph")
FORBIDDEN = {
    "models": (*QT, "okrdesk.ui", "okrdesk.services", "okrdesk.cli"),
    "services": (*QT, "okrdesk.ui", "okrdesk.cli"),
}


def imports_of(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_lower_layers_do_not_import_upper_ones(layer):
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no sources found in okrdesk/{layer}"
    offences = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
        for path in files
        for line, name in imports_of(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offences == []


def test_the_check_sees_an_offending_import(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport okrdesk.ui.app\n")
    assert [name for _, name in imports_of(sample)] == ["PySide6.QtCore", "okrdesk.ui.app"]


def test_importing_the_services_loads_no_qt():
    import subprocess
    import sys

    code = (
        "import sys, okrdesk.cli, okrdesk.services.planning, okrdesk.services.checkins, "
        "okrdesk.services.overview, okrdesk.services.demo\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'pyqtgraph', 'alembic', 'numpy')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

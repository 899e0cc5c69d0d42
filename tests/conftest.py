"""Shared fixtures: fresh workspace files, the demo workspace, a fixed "today", headless Qt."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from okrdesk.models.workspace import Workspace  # noqa: E402
from okrdesk.services.demo import fill_demo  # noqa: E402

TODAY = date(2026, 12, 4)


def sha256(path: Path) -> str:
    """The file's bytes, summed up, to prove a refusal left it untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory, monkeypatch):
    """QSettings and the user data folder point into a temporary folder, never at the real ones."""
    from PySide6.QtCore import QSettings

    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    return home


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def ws(tmp_path: Path):
    """A new, empty workspace file."""
    workspace = Workspace.create(tmp_path / "team.okrdesk")
    yield workspace
    workspace.close()


@pytest.fixture
def demo_ws(tmp_path: Path):
    """The demo workspace as `okrdesk new --demo` makes it, on TODAY."""
    workspace = Workspace.create(tmp_path / "demo.okrdesk")
    fill_demo(workspace, TODAY)
    yield workspace
    workspace.close()


def pytest_collection_modifyitems(config, items):
    """Tests marked xvfb need the xcb platform on a real (virtual) X server."""
    if os.environ.get("QT_QPA_PLATFORM") == "xcb" and os.environ.get("DISPLAY"):
        return
    skip = pytest.mark.skip(reason="needs QT_QPA_PLATFORM=xcb under Xvfb (tests/run.sh does it)")
    for item in items:
        if "xvfb" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def document(demo_ws, qapp):
    """The demo workspace opened for the UI, with today fixed."""
    from okrdesk.ui.document import Document

    doc = Document(demo_ws, today=lambda: TODAY)
    yield doc
    doc.undo_stack.clear()


@pytest.fixture
def window(demo_ws, qtbot):
    """The main window on the demo workspace, today fixed."""
    from okrdesk.ui.mainwindow import MainWindow

    win = MainWindow(today=lambda: TODAY)
    win.set_workspace(demo_ws)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()

"""Starting okrdesk: which workspace opens, the first-run choice, a bad file named on the command line."""

from __future__ import annotations

import pytest

from conftest import TODAY
from okrdesk.models.workspace import Workspace, default_workspace_path
from okrdesk.services import lookup, overview
from okrdesk.ui import app
from okrdesk.ui.dialogs import WelcomeDialog
from okrdesk.ui.settings import Settings


@pytest.fixture
def explained(monkeypatch):
    messages = []
    monkeypatch.setattr(app, "_explain", lambda exc: messages.append(str(exc)))
    return messages


def test_first_run_offers_the_demo(qapp, explained):
    assert not default_workspace_path().exists()
    asked = []
    ws = app.initial_workspace(
        None, Settings(), today=lambda: TODAY, choose=lambda: asked.append(1) or WelcomeDialog.DEMO
    )
    assert asked == [1]
    assert ws.path == default_workspace_path()
    cycle = lookup.current_cycle(ws, TODAY)
    assert cycle.status == "active" and overview.cycle_overview(ws, cycle.id, TODAY).cycle.key_result_count == 9
    ws.close()
    # The next start opens it without asking.
    again = app.initial_workspace(None, Settings(), choose=lambda: pytest.fail("asked twice"))
    assert again.path == default_workspace_path()
    again.close()


def test_first_run_can_start_empty(qapp, explained):
    ws = app.initial_workspace(None, Settings(), choose=lambda: WelcomeDialog.EMPTY)
    assert overview.list_cycles(ws, TODAY) == []
    ws.close()


def test_first_run_cancelled_opens_nothing(qapp, explained):
    assert app.initial_workspace(None, Settings(), choose=lambda: 0) is None
    assert not default_workspace_path().exists()


def test_the_last_file_is_reopened(qapp, tmp_path, explained):
    path = tmp_path / "team.okrdesk"
    Workspace.create(path).close()
    settings = Settings()
    settings.remember_file(path)
    ws = app.initial_workspace(None, settings, choose=lambda: pytest.fail("should not ask"))
    assert ws.path == path.absolute()
    ws.close()


def test_a_bad_file_on_the_command_line_is_explained(qapp, tmp_path, explained):
    bad = tmp_path / "bad.okrdesk"
    bad.write_bytes(b"")
    assert app.initial_workspace(bad, Settings()) is None
    assert explained and "is empty" in explained[0]
    assert bad.read_bytes() == b""


def test_an_unexpected_error_is_shown_not_only_printed(qapp, monkeypatch, capsys):
    shown = []

    class FakeBox:
        def __init__(self, *args):
            shown.append(args[3])

        def setDetailedText(self, text):
            shown.append(text)

        def exec(self):
            return 0

    monkeypatch.setattr(app, "message_box", lambda *args: FakeBox(*args))
    monkeypatch.setattr("sys.excepthook", app.sys.excepthook)
    app.install_excepthook()
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        app.sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "Something unexpected went wrong: RuntimeError: boom" in shown[0]
    assert "Traceback" in capsys.readouterr().err

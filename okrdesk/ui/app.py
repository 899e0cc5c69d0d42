"""Start the desktop application: translations, the workspace to open, the main window."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from okrdesk import __version__
from okrdesk.models.errors import OkrdeskError
from okrdesk.models.workspace import SUFFIX, Workspace, default_workspace_path
from okrdesk.ui.guard import install_plain_text_guard
from okrdesk.ui.i18n import choose_locale, install_translations, resources_dir
from okrdesk.ui.settings import Settings
from okrdesk.ui.text import error_text, message_box


def make_application() -> QApplication:
    """The QApplication with okrdesk's name, icon and language."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("okrdesk")
    app.setOrganizationName("okrdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("okrdesk")
    app.setWindowIcon(QIcon(str(Path(resources_dir()) / "okrdesk.svg")))
    install_translations(app, choose_locale(Settings().language))
    install_plain_text_guard(app)
    return app


def install_excepthook() -> None:
    """An unexpected error is shown in a message box as well as on stderr, and okrdesk goes on."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        traceback.print_exception(kind, value, tb, file=sys.stderr)
        if isinstance(value, OkrdeskError):
            text = error_text(value)
        else:
            text = QCoreApplication.translate(
                "okrdesk.app",
                "Something unexpected went wrong: {error}\n\nEvery change you made before this "
                "is saved in the workspace file.",
            ).format(error=f"{kind.__name__}: {value}")
        box = message_box(
            QApplication.activeWindow(),
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("okrdesk.app", "okrdesk"),
            text,
        )
        box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
        box.exec()

    sys.excepthook = hook


def first_run_choice(parent: QWidget | None = None) -> int:
    """Ask how to start when there is no workspace yet (tests replace this)."""
    from okrdesk.ui.dialogs import WelcomeDialog

    return WelcomeDialog(parent).exec()


def initial_workspace(
    path: Path | None,
    settings: Settings,
    today: Callable[[], date] = date.today,
    choose: Callable[[], int] = first_run_choice,
) -> Workspace | None:
    """The workspace to open: the one named, else the last one, else the default one.

    With no workspace at all (first run), the user chooses the demo, an empty
    workspace or a file of their own. None: the user gave up or the file
    cannot be used (already explained).
    """
    from okrdesk.ui.dialogs import WelcomeDialog

    if path is not None:
        return _open_or_explain(path)
    last = settings.last_file
    if last is not None and last.is_file():
        workspace = _open_or_explain(last, quiet=True)
        if workspace is not None:
            return workspace
    default = default_workspace_path()
    if default.exists():
        return _open_or_explain(default)
    choice = choose()
    if choice == WelcomeDialog.OPEN:
        name, _ = QFileDialog.getOpenFileName(
            None,
            QCoreApplication.translate("okrdesk.app", "Open a workspace"),
            str(Path.home()),
            QCoreApplication.translate("okrdesk.app", "okrdesk workspaces (*{suffix});;All files (*)").format(
                suffix=SUFFIX
            ),
        )
        return _open_or_explain(Path(name)) if name else None
    if choice not in (WelcomeDialog.DEMO, WelcomeDialog.EMPTY):
        return None
    try:
        default.parent.mkdir(parents=True, exist_ok=True)
        workspace = Workspace.create(default)
        if choice == WelcomeDialog.DEMO:
            from okrdesk.services.demo import fill_demo

            fill_demo(
                workspace,
                today(),
                translate=lambda text: QCoreApplication.translate("okrdesk.demo", text),
                month=lambda day: QLocale().monthName(day.month, QLocale.FormatType.ShortFormat),
            )
    except (OkrdeskError, OSError) as exc:
        _explain(exc)
        return None
    return workspace


def _open_or_explain(path: Path, *, quiet: bool = False) -> Workspace | None:
    try:
        return Workspace.open(path)
    except OkrdeskError as exc:
        if not quiet:
            _explain(exc)
        return None


def _explain(exc: BaseException) -> None:
    text = error_text(exc)
    print(f"okrdesk: {text}", file=sys.stderr)
    message_box(None, QMessageBox.Icon.Warning, QCoreApplication.translate("okrdesk.app", "okrdesk"), text).exec()


def run(path: Path | None) -> int:
    """Open the main window on *path* (or the last or default workspace); returns the exit status."""
    app = make_application()
    install_excepthook()
    settings = Settings()
    workspace = initial_workspace(path, settings)
    if workspace is None:
        return 2 if path is not None else 0
    from okrdesk.ui.mainwindow import MainWindow

    window = MainWindow(settings)
    window.set_workspace(workspace)
    window.show()
    status = app.exec()
    # Destroy the window while Python is still whole, not during interpreter shutdown.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return status

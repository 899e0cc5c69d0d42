"""Start the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path


def run(path: Path | None) -> int:
    """Open the main window on *path* (or the default workspace); returns the exit status."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("okrdesk")
    window.show()
    return app.exec()

"""An application-wide guard: every label shows its text as plain text, whoever created it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel


class PlainTextGuard(QObject):
    """Forces Qt.PlainText on every QLabel when it is polished or shown.

    User text (titles, notes, lessons) reaches labels from many places, some of
    them Qt's own (message boxes, wizards). Tooltips are left alone: okrdesk
    escapes every tooltip it sets, and Qt's tooltip label needs rich text for that.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Polish, QEvent.Type.Show) and isinstance(watched, QLabel):
            if watched.metaObject().className() != "QTipLabel" and watched.textFormat() != Qt.TextFormat.PlainText:
                watched.setTextFormat(Qt.TextFormat.PlainText)
        return False


def install_plain_text_guard(app: QObject) -> PlainTextGuard:
    """Install the guard on the application (once)."""
    existing = app.findChild(PlainTextGuard)
    if existing is not None:
        return existing
    guard = PlainTextGuard(app)
    app.installEventFilter(guard)
    return guard

"""okrdesk's preferences, declared once with their defaults, stored with QSettings (INI)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Settings:
    """Window layout, the last and recent files, the language."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "okrdesk", "okrdesk")

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def layout(self, name: str) -> QByteArray | None:
        """Saved geometry or state of a window, splitter or header."""
        return self._bytes(f"layout/{name}")

    def set_layout(self, name: str, value: QByteArray) -> None:
        self.store.setValue(f"layout/{name}", value)

    @property
    def last_file(self) -> Path | None:
        value = self.store.value("files/last", "")
        return Path(value) if value else None

    @property
    def recent_files(self) -> list[Path]:
        value = self.store.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [Path(v) for v in value or [] if v]

    def remember_file(self, path: Path) -> None:
        """Make *path* the last file and put it first among the recent ones."""
        path = path.absolute()
        recent = [p for p in self.recent_files if p != path]
        self.store.setValue("files/recent", [str(p) for p in [path, *recent][:MAX_RECENT]])
        self.store.setValue("files/last", str(path))

    def forget_file(self, path: Path) -> None:
        path = path.absolute()
        self.store.setValue("files/recent", [str(p) for p in self.recent_files if p != path])
        if self.last_file == path:
            self.store.setValue("files/last", "")

    @property
    def language(self) -> str:
        """'' follows the system; otherwise a locale name such as 'pt_BR' or 'en'."""
        return str(self.store.value("ui/language", ""))

    def set_language(self, value: str) -> None:
        self.store.setValue("ui/language", value)

    def sync(self) -> None:
        self.store.sync()

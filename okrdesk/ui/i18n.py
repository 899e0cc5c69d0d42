"""Languages: Qt's own translations and okrdesk's, English and Brazilian Portuguese."""

from __future__ import annotations

import os
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = {"en": "English", "pt_BR": "Português (Brasil)"}

_installed: list[QTranslator] = []


def resources_dir() -> str:
    return str(resources.files("okrdesk.resources"))


def choose_locale(setting: str = "") -> QLocale:
    """The locale from $OKRDESK_LANGUAGE, the settings, or the system."""
    name = os.environ.get("OKRDESK_LANGUAGE") or setting
    locale = QLocale(name) if name else QLocale.system()
    if locale.language() == QLocale.Language.C:  # no locale configured: plain US English
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def install_translations(app: QCoreApplication, locale: QLocale) -> QLocale:
    """Load Qt's and okrdesk's translations for *locale* and make it the default locale."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale)
    if locale.language() == QLocale.Language.English:
        return locale
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "okrdesk", "_", resources_dir()):
        app.installTranslator(ours)
        _installed.append(ours)
    return locale

"""Brazilian Portuguese is first-class: every string translated, numbers and dates in pt_BR."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from conftest import TODAY
from okrdesk.ui.i18n import choose_locale, install_translations
from okrdesk.ui.text import error_text, format_date, format_number, parse_number

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "okrdesk_pt_BR.ts"


def sources(path: Path) -> dict[tuple[str, str], str | None]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation.get("type") not in ("unfinished", "obsolete") and translation.text
            found[(name, message.find("source").text)] = translation.text if done else None
    return found


def lupdate() -> str:
    import PySide6

    tool = Path(PySide6.__file__).parent / "lupdate"
    return str(tool) if tool.exists() else "pyside6-lupdate"


def test_every_string_in_the_sources_is_translated(tmp_path):
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "okrdesk").rglob("*.py"))
    subprocess.run([lupdate(), *files, "-ts", str(fresh), "-locations", "none"], check=True, capture_output=True)
    wanted = set(sources(fresh))
    have = sources(TS)
    missing = sorted(wanted - set(have))
    assert missing == [], "run pyside6-lupdate and translate the new strings (see README)"
    untranslated = sorted(key for key, text in have.items() if text is None)
    assert untranslated == []


def test_placeholders_survive_translation():
    import re

    for (context, source), text in sources(TS).items():
        if text is None:
            continue
        assert set(re.findall(r"{\w+}", source)) == set(re.findall(r"{\w+}", text)), (context, source)


@pytest.fixture
def portuguese(qapp):
    locale = install_translations(QApplication.instance(), QLocale("pt_BR"))
    yield locale
    install_translations(QApplication.instance(), choose_locale("en_US"))


def test_numbers_and_dates_in_pt_br(portuguese):
    assert format_number(1234.5) == "1.234,5"
    assert parse_number("1.234,5") == 1234.5
    assert parse_number("16,5") == 16.5
    assert format_date(TODAY.replace(month=3, day=31)) == "31/03/2026"


def test_window_speaks_portuguese(portuguese, demo_ws, qtbot):
    from okrdesk.models.errors import InvalidInput
    from okrdesk.models.progress import validate_metric
    from okrdesk.ui.mainwindow import MainWindow

    window = MainWindow(today=lambda: TODAY)
    qtbot.addWidget(window)
    window.set_workspace(demo_ws)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&Arquivo", "&Editar", "&Ciclo"]
    assert window.model.headerData(6, Qt.Orientation.Horizontal) == "Progresso"
    kr = window.model.index_for("key_result", 6, 4)
    assert kr.data() == "60 (em +50 %)"
    with pytest.raises(InvalidInput) as caught:
        validate_metric(20, 20)
    assert error_text(caught.value).startswith("O início e a meta são ambos 20")
    window.close()


def test_language_follows_the_environment(monkeypatch):
    monkeypatch.setenv("OKRDESK_LANGUAGE", "pt_BR")
    assert choose_locale("").name() == "pt_BR"
    monkeypatch.delenv("OKRDESK_LANGUAGE")
    assert choose_locale("pt_BR").name() == "pt_BR"

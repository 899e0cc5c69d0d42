"""The GUI starts on the platform the run asked for, with real fonts."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QFontDatabase, QGuiApplication


def test_fonts_are_available(qapp):
    # Without fonts Qt draws every glyph as a box and says nothing.
    assert "DejaVu Sans" in QFontDatabase.families()


def test_platform_is_the_one_asked_for(qapp):
    assert QGuiApplication.platformName() == os.environ["QT_QPA_PLATFORM"]


@pytest.mark.xvfb
def test_runs_on_a_real_x_server(qapp):
    assert QGuiApplication.platformName() == "xcb"
    assert os.environ.get("DISPLAY")
    assert QGuiApplication.primaryScreen().size().width() >= 1024

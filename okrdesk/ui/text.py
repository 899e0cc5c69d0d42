"""Showing user text and numbers: plain text always, numbers and dates in the user's locale."""

from __future__ import annotations

import html
import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from okrdesk.models.errors import OkrdeskError


def rich_from_plain(text: str) -> str:
    """Rich text that shows *text* literally (for tooltips, which guess the format)."""
    escaped = html.escape(text).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A label that never interprets its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    return label


def problem_label(parent: QWidget | None = None) -> QLabel:
    """A hidden red label where a form says why an edit was refused."""
    label = plain_label("", parent, wrap=True)
    label.setObjectName("problem")
    label.setStyleSheet("color: #c0392b;")
    label.hide()
    return label


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = "") -> QMessageBox:
    """A message box whose text is plain (it may quote titles people typed)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if detail:
        box.setInformativeText(detail)
        for label in box.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
    return box


def error_text(exc: BaseException) -> str:
    """The translated message of an okrdesk error (other errors: their text)."""
    if not isinstance(exc, OkrdeskError):
        return str(exc)
    template = QCoreApplication.translate("okrdesk.errors", exc.template)
    params = dict(exc.params)
    for name in exc.translated_params:
        if isinstance(params.get(name), str):
            params[name] = QCoreApplication.translate("okrdesk.errors", params[name])
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return exc.message


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Tell the user what went wrong, in their words, and wait for them to read it."""
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("okrdesk", "okrdesk"),
        error_text(exc),
    )
    box.exec()


# -- numbers and dates ------------------------------------------------------------


def format_number(value: float | None, locale: QLocale | None = None) -> str:
    """A number in the user's locale without needless decimals: 16 · 16,5 · 1.234,5."""
    if value is None:
        return ""
    locale = locale or QLocale()
    if float(value).is_integer() and abs(value) < 1e15:
        text = locale.toString(int(value))
    else:
        text = locale.toString(float(value), "f", 6)
        zero = locale.zeroDigit()
        point = locale.decimalPoint()
        if point in text:
            text = text.rstrip(zero).rstrip(point)
    return text.replace("-", "\u2212") if text.startswith("-") else text


_PERCENT = re.compile(r"^\s*(?:by\s+|em\s+)?([+\-\u2212]?\s*[\d.,]+)\s*%\s*$", re.IGNORECASE)


def parse_number(text: str, locale: QLocale | None = None) -> float | None:
    """A number typed in the user's locale (or with a plain dot); None when it is not one."""
    locale = locale or QLocale()
    cleaned = text.strip().replace("\u2212", "-").replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    value, ok = locale.toDouble(cleaned)
    if ok:
        return value
    c_value, c_ok = QLocale.c().toDouble(cleaned)
    return c_value if c_ok else None


def parse_percent(text: str, locale: QLocale | None = None) -> float | None:
    """ "by +50 %", "+50%" or "-60 %" as a change in percent; None when *text* is not one."""
    match = _PERCENT.match(text)
    if not match:
        return None
    return parse_number(match.group(1).replace(" ", ""), locale)


def format_percent(value: float | None, locale: QLocale | None = None) -> str:
    """A share (0.6) as a percentage in the user's locale: "60 %"."""
    if value is None:
        return "\u2014"
    return f"{format_number(round(value * 100), locale)} %"


def format_change(percent: float, locale: QLocale | None = None) -> str:
    """A relative change for display: "by +50 %" / "by −60 %"."""
    sign = "+" if percent > 0 else ""
    return QCoreApplication.translate("okrdesk", "by {change} %").format(change=sign + format_number(percent, locale))


def to_qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else QDate()


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def format_date(day: date | None, locale: QLocale | None = None) -> str:
    """A date in the user's short format: 31/03/2027 in pt_BR, 3/31/27 in en_US."""
    if day is None:
        return ""
    return (locale or QLocale()).toString(to_qdate(day), QLocale.FormatType.ShortFormat)


CONFIDENCE_COLORS = {"on_track": "#2e8b57", "at_risk": "#d99a00", "off_track": "#c0392b"}
PACE_COLORS = {"ahead": "#2e8b57", "on_pace": "#3a7bd5", "behind": "#e07b00"}
BAND_COLORS = {"red": "#c0392b", "yellow": "#d99a00", "green": "#2e8b57"}


def confidence_label(value: str | None) -> str:
    """On track / At risk / Off track, translated."""
    labels = {
        "on_track": QCoreApplication.translate("okrdesk", "On track"),
        "at_risk": QCoreApplication.translate("okrdesk", "At risk"),
        "off_track": QCoreApplication.translate("okrdesk", "Off track"),
    }
    return labels.get(value or "", "")


def pace_label(value: str | None) -> str:
    labels = {
        "ahead": QCoreApplication.translate("okrdesk", "ahead of pace"),
        "on_pace": QCoreApplication.translate("okrdesk", "on pace"),
        "behind": QCoreApplication.translate("okrdesk", "behind pace"),
    }
    return labels.get(value or "", "")


def status_label(value: str) -> str:
    labels = {
        "planning": QCoreApplication.translate("okrdesk", "Planning"),
        "active": QCoreApplication.translate("okrdesk", "Active"),
        "closed": QCoreApplication.translate("okrdesk", "Closed"),
    }
    return labels.get(value, value)


def cadence_label(value: str) -> str:
    labels = {
        "daily": QCoreApplication.translate("okrdesk", "Daily"),
        "weekly": QCoreApplication.translate("okrdesk", "Weekly"),
        "biweekly": QCoreApplication.translate("okrdesk", "Every two weeks"),
        "monthly": QCoreApplication.translate("okrdesk", "Monthly"),
    }
    return labels.get(value, value)


def kind_label(value: str) -> str:
    labels = {
        "metric": QCoreApplication.translate("okrdesk", "Metric"),
        "threshold": QCoreApplication.translate("okrdesk", "Threshold"),
        "milestone": QCoreApplication.translate("okrdesk", "Milestone"),
    }
    return labels.get(value, value)

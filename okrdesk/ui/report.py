"""The review PDF: QTextDocument text with vector trend charts, printed page by page with QPdfWriter.

User text is escaped before it enters the HTML, so a title such as ``<b>x</b>``
prints as those characters. Needs a QGuiApplication (offscreen is enough).
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QRegularExpression, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from okrdesk.models import progress as maths
from okrdesk.services.info import KeyResultTrend, ScoreRow
from okrdesk.services.reports import ReviewReport
from okrdesk.ui.text import BAND_COLORS, format_date, format_number, format_percent

CHART_MARK = "[[chart:{id}]]"
CHART_PATTERN = QRegularExpression(r"\[\[chart:\d+\]\]")
CHART_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
CHART_KEY = int(QTextFormat.Property.UserProperty) + 1
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 300
BODY_POINTS = 10
DASH, STAR, CHECKED, UNCHECKED = "\u2014", "\u2605", "\u2713", "\u2610"


def esc(text: str) -> str:
    """User text as HTML that shows it literally, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def ensure_gui_application() -> QGuiApplication:
    """A QGuiApplication for fonts and painting; offscreen when there is no display."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
        from okrdesk.ui.i18n import choose_locale, install_translations

        install_translations(app, choose_locale(""))
    return app


def score_text(score: float | None) -> str:
    from PySide6.QtCore import QLocale

    return "\u2014" if score is None else QLocale().toString(float(score), "f", 1)


def score_badge(score: float | None) -> str:
    if score is None:
        return "<span>\u2014</span>"
    color = BAND_COLORS[maths.score_band(score).value]
    return f"<span style='color:{color}; font-weight:bold'>{score_text(score)}</span>"


class TrendChart(QPyTextObject):
    """Draws a key result's trend as vectors wherever the document places it."""

    def __init__(self, trends: dict[int, KeyResultTrend], finals: dict[int, ScoreRow], parent: Any = None) -> None:
        super().__init__(parent)
        self.trends = trends
        self.finals = finals

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        width = doc.textWidth() * 0.96
        return QSizeF(width, width * 0.26)

    def drawObject(self, painter: QPainter, rect: QRectF, doc: QTextDocument, pos: int, fmt: QTextFormat) -> None:
        trend = self.trends.get(int(fmt.property(CHART_KEY)))
        if trend is not None:
            draw_trend(painter, rect, trend)


def draw_trend(painter: QPainter, rect: QRectF, trend: KeyResultTrend) -> None:
    """Check-ins against the ideal line and the target, over the cycle."""
    kr = trend.key_result
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = rect.height() / 40
    font = QFont(painter.font())
    font.setPointSizeF(7)
    painter.setFont(font)
    metrics_width = painter.fontMetrics().horizontalAdvance("00000000")
    # Everything stays inside rect: a page break may fall right above or below it.
    plot = QRectF(
        rect.left() + metrics_width,
        rect.top() + unit * 3,
        rect.width() - metrics_width - unit * 2,
        rect.height() - unit * 10,
    )
    painter.setPen(QPen(QColor("#cccccc"), unit * 0.15))
    painter.setBrush(QColor("#fbfcfd"))
    painter.drawRect(plot)
    start = trend.cycle_start or (trend.points[0][0] if trend.points else None)
    end = trend.cycle_end or (trend.points[-1][0] if trend.points else None)
    if start is None or end is None:
        painter.restore()
        return
    values = [v for _, v in trend.points] + [kr.start, kr.target]
    low, high = min(values), max(values)
    pad = (high - low) * 0.1 or 1.0
    low, high = low - pad, high + pad
    span = max((end - start).days, 1)

    def at(day: date, value: float) -> QPointF:
        x = plot.left() + plot.width() * min(max((day - start).days / span, 0.0), 1.0)
        y = plot.bottom() - plot.height() * (value - low) / (high - low)
        return QPointF(x, y)

    # The target, as a green line, and the ideal line from start to target.
    painter.setPen(QPen(QColor("#2e8b57"), unit * 0.25, Qt.PenStyle.DashLine))
    painter.drawLine(at(start, kr.target), at(end, kr.target))
    if kr.kind == "metric":
        painter.setPen(QPen(QColor("#999999"), unit * 0.25, Qt.PenStyle.DashLine))
        painter.drawLine(at(start, kr.start), at(end, kr.target))
    if trend.points:
        path = QPainterPath(at(*trend.points[0]))
        for day, value in trend.points[1:]:
            path.lineTo(at(day, value))
        painter.setPen(QPen(QColor("#3a7bd5"), unit * 0.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(QColor("#3a7bd5"))
        painter.setPen(Qt.PenStyle.NoPen)
        radius = unit * 0.7 if len(trend.points) <= 60 else 0
        for day, value in trend.points if radius else ():
            painter.drawEllipse(at(day, value), radius, radius)
    painter.setPen(QColor("#555555"))
    text_height = unit * 4
    painter.drawText(
        QRectF(rect.left(), plot.top() - text_height / 2, metrics_width - unit, text_height),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        format_number(round(high, 2)),
    )
    painter.drawText(
        QRectF(rect.left(), plot.bottom() - text_height / 2, metrics_width - unit, text_height),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        format_number(round(low, 2)),
    )
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + unit, plot.width() / 2, text_height),
        Qt.AlignmentFlag.AlignLeft,
        format_date(start),
    )
    painter.drawText(
        QRectF(plot.center().x(), plot.bottom() + unit, plot.width() / 2, text_height),
        Qt.AlignmentFlag.AlignRight,
        format_date(end),
    )
    legend = QCoreApplication.translate(
        "okrdesk.report", "blue: check-ins · grey: ideal line · green: target {target}"
    ).format(target=format_number(kr.target) + (f" {kr.unit}" if kr.unit else ""))
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + unit, plot.width(), text_height), Qt.AlignmentFlag.AlignHCenter, legend
    )
    painter.restore()


def _kr_line(row: ScoreRow) -> str:
    kr = row.key_result
    L = _labels()  # noqa: N806
    unit = f" {esc(kr.unit)}" if kr.unit else ""
    final = format_number(row.final_value) if row.final_value is not None else "\u00b7"
    if kr.kind == "milestone":
        numbers = (
            QCoreApplication.translate("okrdesk.report", "done")
            if row.final_progress.shown >= 1
            else QCoreApplication.translate("okrdesk.report", "not done")
        )
        return (
            f"<p>{L['Result']}: <b>{numbers}</b> · {L['score']} {score_badge(row.score)}"
            + (f" · {esc(kr.owner_name)}" if kr.owner_name else "")
            + "</p>"
        )
    else:
        numbers = f"{format_number(kr.start)} \u2192 {final} \u2192 {format_number(kr.target)}{unit}"
    score = score_badge(row.score)
    extra = ""
    if row.given_score is not None and row.computed_score is not None and row.given_score != row.computed_score:
        extra = " " + QCoreApplication.translate("okrdesk.report", "(computed {score})").format(
            score=score_text(row.computed_score)
        )
    owner = f" · {esc(kr.owner_name)}" if kr.owner_name else ""
    return (
        f"<p>{L['Start → final → target']}: <b>{numbers}</b> · "
        f"{L['progress']} {format_percent(row.final_progress.shown)} · "
        f"{L['score']} {score}{extra}{owner}</p>"
    )


def _labels() -> dict[str, str]:
    """The report's fixed words, translated (kept out of the f-strings so that lupdate finds them)."""
    return {
        "Result": QCoreApplication.translate("okrdesk.report", "Result"),
        "score": QCoreApplication.translate("okrdesk.report", "score"),
        "Start → final → target": QCoreApplication.translate("okrdesk.report", "Start → final → target"),
        "progress": QCoreApplication.translate("okrdesk.report", "progress"),
        "OKR review": QCoreApplication.translate("okrdesk.report", "OKR review"),
        "Cycle score": QCoreApplication.translate("okrdesk.report", "Cycle score"),
        "Objective": QCoreApplication.translate("okrdesk.report", "Objective"),
        "Progress": QCoreApplication.translate("okrdesk.report", "Progress"),
        "Score": QCoreApplication.translate("okrdesk.report", "Score"),
        "Scores: 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green; 0.7 is success for a stretch goal.": QCoreApplication.translate(
            "okrdesk.report", "Scores: 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green; 0.7 is success for a stretch goal."
        ),
        "Participants": QCoreApplication.translate("okrdesk.report", "Participants"),
        "Lessons": QCoreApplication.translate("okrdesk.report", "Lessons"),
        "Next cycle": QCoreApplication.translate("okrdesk.report", "Next cycle"),
        "Reflection": QCoreApplication.translate("okrdesk.report", "Reflection"),
        "What went well": QCoreApplication.translate("okrdesk.report", "What went well"),
        "What went wrong": QCoreApplication.translate("okrdesk.report", "What went wrong"),
        "Went well": QCoreApplication.translate("okrdesk.report", "Went well"),
        "Went wrong": QCoreApplication.translate("okrdesk.report", "Went wrong"),
        "People": QCoreApplication.translate("okrdesk.report", "People"),
        "Member": QCoreApplication.translate("okrdesk.report", "Member"),
        "Rating": QCoreApplication.translate("okrdesk.report", "Rating"),
        "Contribution": QCoreApplication.translate("okrdesk.report", "Contribution"),
        "No lessons were written.": QCoreApplication.translate("okrdesk.report", "No lessons were written."),
        "Lessons from the previous cycle (✓ acted on)": QCoreApplication.translate(
            "okrdesk.report", "Lessons from the previous cycle (✓ acted on)"
        ),
        "Into the next cycle": QCoreApplication.translate("okrdesk.report", "Into the next cycle"),
        "No next cycle was chosen.": QCoreApplication.translate("okrdesk.report", "No next cycle was chosen."),
        "starts at": QCoreApplication.translate("okrdesk.report", "starts at"),
        "No key results carry forward.": QCoreApplication.translate("okrdesk.report", "No key results carry forward."),
        "The lessons above go with it.": QCoreApplication.translate("okrdesk.report", "The lessons above go with it."),
    }


def build_document(report: ReviewReport, page_width: float) -> tuple[QTextDocument, TrendChart]:
    """The whole report as a QTextDocument laid out *page_width* wide."""
    data = report.review
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(BODY_POINTS)
    font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters for search and copy
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setTextWidth(page_width)
    doc.setDefaultStyleSheet(
        "h1 { font-size: 22pt; color: #1f3b57; } h2 { font-size: 15pt; color: #1f3b57; margin-top: 14px; }"
        " h3 { font-size: 11pt; margin-top: 10px; } td, th { padding: 3px 6px; } th { background: #eef2f7; }"
        " .muted { color: #5d6d7e; }"
    )
    finals = {row.key_result.id: row for o in data.objectives for row in o.scores}
    chart = TrendChart(report.trends, finals, doc)
    doc.documentLayout().registerHandler(CHART_OBJECT, chart)
    parts: list[str] = []
    add = parts.append
    L = _labels()  # noqa: N806
    c = data.cycle

    # Title page.
    team = esc(data.team) if data.team else ""
    status = (
        QCoreApplication.translate("okrdesk.report", "Completed on {date}").format(
            date=format_date(data.completed_at.date())
        )
        if data.status == "completed" and data.completed_at
        else QCoreApplication.translate("okrdesk.report", "Draft review")
    )
    rows = "".join(
        f"<tr><td>{esc(o.objective.title)}</td><td align='right'>{format_percent(o.objective.progress)}</td>"
        f"<td align='right'>{score_badge(o.score)}</td></tr>"
        for o in data.objectives
    )
    add(
        f"<p class='muted' style='font-size: 12pt'>{team}</p>"
        f"<h1>{L['OKR review']}: {esc(c.name)}</h1>"
        f"<p style='font-size: 12pt'>{format_date(c.start)} \u2013 {format_date(c.end)} · {esc(status)}</p>"
        f"<p style='font-size: 16pt'>{L['Cycle score']}: {score_badge(data.cycle_score)}"
        f" <span class='muted' style='font-size: 10pt'>({L['progress']} {format_percent(c.progress)})</span></p>"
        f"<table width='100%' cellspacing='0' border='0'><tr><th align='left'>{L['Objective']}</th>"
        f"<th align='right'>{L['Progress']}</th><th align='right'>{L['Score']}</th></tr>{rows}</table>"
        f"<p class='muted'>{L['Scores: 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green; 0.7 is success for a stretch goal.']}</p>"
    )
    names = [m.person.name for m in data.members if m.person.id in data.participants]
    facts = []
    if names:
        facts.append(f"<b>{L['Participants']}:</b> {esc(', '.join(names))}")
    facts.append(f"<b>{L['Lessons']}:</b> {len(data.lessons)}")
    if data.next_cycle is not None:
        facts.append(f"<b>{L['Next cycle']}:</b> {esc(data.next_cycle.name)}")
    add("<p>" + "<br>".join(facts) + "</p>")
    add("<p style='page-break-after: always'></p>")

    # Objectives and key results, each with its trend.
    for objective in data.objectives:
        add(f"<h2>{esc(objective.objective.title)} \u2014 {score_badge(objective.score)}</h2>")
        if objective.objective.description:
            add(f"<p class='muted'>{esc(objective.objective.description)}</p>")
        for row in objective.scores:
            add(f"<h3>{esc(row.key_result.title)}</h3>{_kr_line(row)}")
            if row.comment:
                add(f"<p><i>{esc(row.comment)}</i></p>")
            add(f"<p>{CHART_MARK.format(id=row.key_result.id)}</p>")

    # Reflection.
    add(f"<h2>{L['Reflection']}</h2>")
    add(
        f"<h3>{L['What went well']}</h3><p>{esc(data.went_well) or DASH}</p>"
        f"<h3>{L['What went wrong']}</h3><p>{esc(data.went_wrong) or DASH}</p>"
    )
    for objective in data.objectives:
        if objective.went_well or objective.went_wrong:
            add(
                f"<h3>{esc(objective.objective.title)}</h3>"
                f"<p><b>{L['Went well']}:</b> {esc(objective.went_well) or DASH}<br>"
                f"<b>{L['Went wrong']}:</b> {esc(objective.went_wrong) or DASH}</p>"
            )

    # People (left out for a wider audience).
    if report.include_people and data.members:
        people = "".join(
            f"<tr><td>{esc(m.person.name)}</td><td>{STAR * (m.rating or 0)}</td><td>{esc(m.notes)}</td></tr>"
            for m in data.members
            if m.person.id in data.participants
        )
        add(
            f"<h2>{L['People']}</h2><table width='100%' cellspacing='0'>"
            f"<tr><th align='left'>{L['Member']}</th><th align='left'>{L['Rating']}</th>"
            f"<th align='left'>{L['Contribution']}</th></tr>{people}</table>"
        )

    # Lessons and what carries into the next cycle.
    add(f"<h2>{L['Lessons']}</h2>")
    if data.lessons:
        add("<ol>" + "".join(f"<li>{esc(lesson.text)}</li>" for lesson in data.lessons) + "</ol>")
    else:
        add(f"<p>{L['No lessons were written.']}</p>")
    if data.inherited_lessons:
        items = "".join(
            f"<li>{CHECKED if lesson.acted_on else UNCHECKED} {esc(lesson.text)}"
            + (f" \u2192 {esc(lesson.shaped)}" if lesson.shaped else "")
            + "</li>"
            for lesson in data.inherited_lessons
        )
        add(f"<h3>{L['Lessons from the previous cycle (✓ acted on)']}</h3><ul>{items}</ul>")
    add(f"<h2>{L['Into the next cycle']}</h2>")
    if data.next_cycle is None:
        add(f"<p>{L['No next cycle was chosen.']}</p>")
    else:
        nxt = data.next_cycle
        add(f"<p><b>{esc(nxt.name)}</b> ({format_date(nxt.start)} \u2013 {format_date(nxt.end)})</p>")
        carried = {k.carried_from_id: k for k in data.carried}
        ticked = [row for o in data.objectives for row in o.scores if row.carry_forward or row.key_result.id in carried]
        if ticked:
            items = []
            for row in ticked:
                new = carried.get(row.key_result.id)
                start = format_number(new.start if new else row.final_value)
                items.append(
                    f"<li>{esc(row.key_result.title)}: {L['starts at']} {start} \u2192 "
                    f"{format_number(row.key_result.target)} {esc(row.key_result.unit)}</li>"
                )
            add("<ul>" + "".join(items) + "</ul>")
        else:
            add(f"<p>{L['No key results carry forward.']}</p>")
        if data.lessons:
            add(f"<p>{L['The lessons above go with it.']}</p>")
    doc.setHtml("".join(parts))  # user text in it was escaped (esc) piece by piece
    _place_charts(doc)
    return doc, chart


def _place_charts(doc: QTextDocument) -> None:
    """Replace each chart mark by the chart object (user text is escaped, so it cannot fake a mark)."""
    cursor = doc.find(CHART_PATTERN)
    while not cursor.isNull():
        kr_id = int(cursor.selectedText()[len("[[chart:") : -2])
        fmt = QTextCharFormat()
        fmt.setObjectType(CHART_OBJECT)
        fmt.setProperty(CHART_KEY, kr_id)
        cursor.insertText("\ufffc", fmt)
        cursor = doc.find(CHART_PATTERN, cursor)


def render_review_pdf(report: ReviewReport, path: Path, page_size: str = "A4") -> Path:
    """Write the review as a PDF at *path*; returns the path."""
    ensure_gui_application()
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)))
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter)
    data = report.review
    writer.setTitle(QCoreApplication.translate("okrdesk.report", "OKR review: {cycle}").format(cycle=data.cycle.name))
    writer.setCreator("okrdesk")
    rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = RESOLUTION * 0.35  # inches
    width, height = float(rect.width()), float(rect.height()) - footer
    doc, _chart = build_document(report, width)
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(width, height))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        pages = doc.pageCount()
        footer_font = QFont("DejaVu Sans")
        footer_font.setPointSizeF(8)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            doc.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#5d6d7e"))
            text = QCoreApplication.translate("okrdesk.report", "{team}{cycle} · page {page} of {pages}").format(
                team=f"{data.team} · " if data.team else "", cycle=data.cycle.name, page=page + 1, pages=pages
            )
            painter.drawText(
                QRectF(0, height + footer * 0.3, width, footer * 0.7),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                text,
            )
    finally:
        painter.end()
    return path

"""Trend plots: a key result's check-ins against the ideal line, or an objective's KRs' progress.

pyqtgraph (and numpy) load when the first plot is drawn, not when okrdesk starts.
"""

from __future__ import annotations

import bisect
import html
from datetime import date
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import QStackedLayout, QToolTip, QWidget

from okrdesk.services.info import KeyResultTrend, ObjectiveTrend
from okrdesk.ui.text import (
    PACE_COLORS,
    confidence_label,
    format_date,
    format_number,
    plain_label,
    rich_from_plain,
)

SERIES_COLORS = ["#3a7bd5", "#e07b00", "#2e8b57", "#8e44ad", "#c0392b", "#16a085", "#7f8c8d"]
# Above this many check-ins, points are drawn as a line only (markers would hide the trend).
MAX_MARKERS = 400


EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def timestamp(day: date) -> float:
    """Seconds of *day*'s midnight in UTC; the date axis shows UTC, so each date stays itself."""
    return (day.toordinal() - EPOCH_ORDINAL) * 86400.0


class TrendPlot(QWidget):
    """The plot panel: empty text until something is selected, then a pyqtgraph plot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QStackedLayout(self)
        self._empty = plain_label(
            self.tr("Select a key result to see its trend, or an objective to see its key results' progress."),
            self,
            wrap=True,
        )
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setObjectName("trendPlaceholder")
        self._layout.addWidget(self._empty)
        self._plot: Any = None
        self._items: dict[str, Any] = {}
        self._hover_points: list[tuple[float, float, str]] = []
        self._hover_xs: list[float] = []
        self.data: dict[str, Any] = {}

    # -- building -------------------------------------------------------------------

    def _ensure_plot(self) -> Any:
        if self._plot is not None:
            return self._plot
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=True, background="w", foreground="#333333")
        plot = pg.PlotWidget(self, axisItems={"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0)})
        plot.setObjectName("trendPlotWidget")
        item = plot.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        item.setMenuEnabled(False)
        self._legend = item.addLegend(offset=(10, 10), labelTextSize="8pt")
        self._items = {
            "band": pg.LinearRegionItem(
                orientation="horizontal", movable=False, brush=pg.mkBrush(46, 139, 87, 28), pen=pg.mkPen(None)
            ),
            "ideal": pg.PlotDataItem(pen=pg.mkPen("#999999", width=1.5, style=Qt.PenStyle.DashLine)),
            "forecast": pg.PlotDataItem(pen=pg.mkPen("#8e44ad", width=1.5, style=Qt.PenStyle.DotLine)),
            "values": pg.PlotDataItem(
                pen=pg.mkPen("#3a7bd5", width=2),
                symbol="o",
                symbolSize=7,
                symbolBrush="#3a7bd5",
                symbolPen="w",
            ),
            "today": pg.InfiniteLine(
                angle=90,
                movable=False,
                pen=pg.mkPen("#c0392b", width=1, style=Qt.PenStyle.DashDotLine),
                label=self.tr("today"),
                labelOpts={"position": 0.95, "color": "#c0392b"},
            ),
        }
        for key in ("band", "ideal", "forecast", "values", "today"):
            item.addItem(self._items[key], ignoreBounds=key in ("band", "today"))
        self._series: list[Any] = []
        plot.scene().sigMouseMoved.connect(self._mouse_moved)
        self._layout.addWidget(plot)
        self._plot = plot
        self._pg = pg
        return plot

    def clear(self) -> None:
        """Show the hint instead of a plot."""
        self.data = {}
        self._hover_points = []
        self._hover_xs = []
        self._layout.setCurrentWidget(self._empty)

    # -- a key result ---------------------------------------------------------------

    def show_key_result(self, trend: KeyResultTrend, today: date) -> None:
        """Check-ins over the cycle, the ideal line, today, the forecast and the target band."""
        plot = self._ensure_plot()
        self._layout.setCurrentWidget(plot)
        self._clear_series()
        kr = trend.key_result
        item = plot.getPlotItem()
        unit = f" ({kr.unit})" if kr.unit else ""
        item.setTitle(html.escape(kr.title), size="10pt")
        item.setLabel("left", html.escape(self.tr("Value") + unit))
        xs = [timestamp(d) for d, _ in trend.points]
        ys = [v for _, v in trend.points]
        values = self._items["values"]
        values.setData(xs, ys, symbol="o" if len(xs) <= MAX_MARKERS else None)
        self.data = {"values": (xs, ys)}
        ideal = self._items["ideal"]
        if trend.ideal and kr.kind == "metric":
            (d0, v0), (d1, v1) = trend.ideal
            ideal.setData([timestamp(d0), timestamp(d1)], [v0, v1])
            self.data["ideal"] = ([timestamp(d0), timestamp(d1)], [v0, v1])
        elif trend.cycle_start and trend.cycle_end and kr.kind == "threshold":
            line = ([timestamp(trend.cycle_start), timestamp(trend.cycle_end)], [kr.target, kr.target])
            ideal.setData(*line)
            self.data["ideal"] = line
        else:
            ideal.setData([], [])
        forecast = self._items["forecast"]
        if trend.forecast is not None and trend.points and trend.cycle_end and kr.kind == "metric":
            last_day, last_value = trend.points[-1]
            fx = [timestamp(last_day), timestamp(trend.cycle_end)]
            fy = [last_value, trend.forecast]
            forecast.setData(fx, fy)
            self.data["forecast"] = (fx, fy)
        else:
            forecast.setData([], [])
        self._set_band(kr, ys)
        self._set_today(today, trend.cycle_start, trend.cycle_end)
        # Texts are made when hovered: 10,000 check-ins must not cost 10,000 formatted strings.
        self._hover_points = [(timestamp(c.on), c.value, (c, kr.unit)) for c in trend.check_ins if c.counts]
        self._hover_xs = [p[0] for p in self._hover_points]
        self._legend.clear()
        # Keep the legend where the line is not: top right when lower is better, else bottom right.
        going_down = kr.kind == "metric" and kr.target < kr.start or kr.comparison == "at_most"
        self._legend.anchor(
            (1, 0) if going_down else (1, 1),
            (1, 0) if going_down else (1, 1),
            offset=(-10, 10) if going_down else (-10, -30),
        )
        self._legend.addItem(values, html.escape(self.tr("check-ins")))
        if self.data.get("ideal"):
            self._legend.addItem(ideal, html.escape(self.tr("ideal line") if kr.kind == "metric" else self.tr("limit")))
        if self.data.get("forecast"):
            self._legend.addItem(forecast, html.escape(self.tr("forecast")))
        self._fit(trend.cycle_start, trend.cycle_end, xs)

    def _set_band(self, kr: Any, values: list[float]) -> None:
        band = self._items["band"]
        lows = [kr.start, kr.target, *values]
        span = (max(lows) - min(lows)) or 1.0
        if kr.kind == "milestone":
            region = (1.0, 1.0 + 0.1)
        elif kr.kind == "threshold":
            region = (kr.target, kr.target + span) if kr.comparison == "at_least" else (kr.target - span, kr.target)
        elif kr.target > kr.start:
            region = (kr.target, kr.target + span)
        else:
            region = (kr.target - span, kr.target)
        band.setRegion(region)
        band.setVisible(True)
        self.data["target_band"] = region

    def _set_today(self, today: date, start: date | None, end: date | None) -> None:
        line = self._items["today"]
        visible = start is not None and end is not None and start <= today <= end
        line.setVisible(visible)
        if visible:
            line.setValue(timestamp(today))
            self.data["today"] = timestamp(today)

    def _fit(self, start: date | None, end: date | None, xs: list[float]) -> None:
        item = self._plot.getPlotItem()
        lo = timestamp(start) if start else (min(xs) if xs else None)
        hi = timestamp(end) if end else (max(xs) if xs else None)
        item.enableAutoRange(axis="y")
        if lo is not None and hi is not None and hi > lo:
            margin = (hi - lo) * 0.02
            item.setXRange(lo - margin, hi + margin, padding=0)
        else:
            item.enableAutoRange(axis="x")

    def _hover_text(self, check_in: Any, unit: str) -> str:
        parts = [format_date(check_in.on), f"{format_number(check_in.value)} {unit}".strip()]
        if check_in.confidence:
            parts.append(confidence_label(check_in.confidence))
        text = " \u00b7 ".join(parts)
        if check_in.note:
            text += "\n" + check_in.note
        return text

    # -- an objective ---------------------------------------------------------------

    def show_objective(self, trend: ObjectiveTrend, today: date) -> None:
        """Each key result's progress (0–100 %) over the cycle, against the pace line."""
        plot = self._ensure_plot()
        self._layout.setCurrentWidget(plot)
        self._clear_series()
        pg = self._pg
        item = plot.getPlotItem()
        item.setTitle(html.escape(trend.objective.title), size="10pt")
        item.setLabel("left", html.escape(self.tr("Progress (%)")))
        self._items["values"].setData([], [])
        self._items["forecast"].setData([], [])
        self._items["band"].setVisible(False)
        self._legend.clear()
        self._legend.anchor((0, 0), (0, 0), offset=(10, 10))
        self.data = {"series": {}}
        self._hover_points = []
        ideal = self._items["ideal"]
        if trend.cycle_start and trend.cycle_end:
            line = ([timestamp(trend.cycle_start), timestamp(trend.cycle_end)], [0, 100])
            ideal.setData(*line)
            self.data["ideal"] = line
            self._legend.addItem(ideal, html.escape(self.tr("pace")))
        else:
            ideal.setData([], [])
        for i, series in enumerate(trend.series):
            color = SERIES_COLORS[i % len(SERIES_COLORS)]
            xs = [timestamp(d) for d, _ in series.points]
            ys = [p * 100 for _, p in series.points]
            curve = pg.PlotDataItem(
                xs,
                ys,
                pen=pg.mkPen(color, width=2),
                symbol="o" if len(xs) <= MAX_MARKERS else None,
                symbolSize=5,
                symbolBrush=color,
                symbolPen="w",
            )
            item.addItem(curve)
            self._series.append(curve)
            self._legend.addItem(curve, html.escape(series.key_result.title))
            self.data["series"][series.key_result.id] = (xs, ys)
            self._hover_points += [
                (x, y, (series.key_result.title, d, y)) for x, y, (d, _) in zip(xs, ys, series.points, strict=True)
            ]
        self._hover_points.sort(key=lambda p: p[0])
        self._hover_xs = [p[0] for p in self._hover_points]
        self._set_today(today, trend.cycle_start, trend.cycle_end)
        self._fit(trend.cycle_start, trend.cycle_end, [p[0] for p in self._hover_points])

    def _clear_series(self) -> None:
        item = self._plot.getPlotItem()
        for curve in self._series:
            item.removeItem(curve)
        self._series = []

    # -- hovering -------------------------------------------------------------------

    def hover_text_near(self, x: float, y: float | None = None) -> str:
        """The text for the check-in nearest to x (seconds); '' when there is none."""
        if not self._hover_xs:
            return ""
        i = bisect.bisect_left(self._hover_xs, x)
        candidates = [j for j in (i - 1, i) if 0 <= j < len(self._hover_points)]
        if y is not None:
            best = min(
                candidates,
                key=lambda j: (abs(self._hover_points[j][0] - x), abs(self._hover_points[j][1] - y)),
            )
        else:
            best = min(candidates, key=lambda j: abs(self._hover_points[j][0] - x))
        about = self._hover_points[best][2]
        if isinstance(about[0], str):  # a key result's progress on an objective's plot
            title, day, percent = about
            return f"{title}\n{format_date(day)} \u00b7 {round(percent)} %"
        return self._hover_text(*about)

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        if self._plot is None or not self._hover_points:
            return
        vb = self._plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return
        point = vb.mapSceneToView(scene_pos)
        i = bisect.bisect_left(self._hover_xs, point.x())
        near = [j for j in (i - 1, i) if 0 <= j < len(self._hover_points)]
        pixel = vb.viewPixelSize()[0] or 1.0
        close = [j for j in near if abs(self._hover_points[j][0] - point.x()) / pixel < 12]
        if close:
            QToolTip.showText(QCursor.pos(), rich_from_plain(self.hover_text_near(point.x(), point.y())), self)
        else:
            QToolTip.hideText()


def pace_color(pace: str | None) -> QColor:
    return QColor(PACE_COLORS.get(pace or "", "#7f8c8d"))

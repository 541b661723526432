"""The review's second tab: the last 30 days as two charts, returns by reason and the return
rate per day."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from babel.numbers import format_percent
from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView,
                              QHorizontalBarSeries, QValueAxis)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pos.reports import ReturnsChart
from pos.dates import format_date, format_day_month
from ui.returns_review.words import CHART_DAYS, WARNING, reason_words
from pos.i18n import figure


class ChartTab(QWidget):
    def __init__(self, money, locale: str, parent=None):
        super().__init__(parent)
        self.money = money
        self.locale = locale
        self.chart_summary = QLabel(self.tr("Loading…"))
        self.chart_summary.setWordWrap(True)
        self.chart_summary.setStyleSheet("font-size: 16px;")
        self.reason_chart = _chart()
        self.reason_view = QChartView(self.reason_chart)
        self.reason_view.setRenderHint(QPainter.Antialiasing)
        self.rate_chart = _chart()
        self.rate_view = QChartView(self.rate_chart)
        self.rate_view.setRenderHint(QPainter.Antialiasing)
        charts = QHBoxLayout()
        charts.addWidget(self.reason_view, 2)
        charts.addWidget(self.rate_view, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart_summary)
        layout.addLayout(charts, 1)

    def loading(self, end_day: date) -> None:
        self.chart_summary.setText(self.tr("Loading the {days} days to {date}…").format(
            days=CHART_DAYS, date=format_date(end_day, self.locale)))

    def show_chart(self, data: ReturnsChart) -> None:
        self._draw_reasons(data)
        self._draw_rates(data)
        total = sum(data.by_reason.values())
        first = data.end_day - timedelta(days=CHART_DAYS - 1)
        if data.rate is None:
            words = self.tr("{first} to {last}: %n return(s), {returned} returned of {sold} "
                            "sold.", "", total)
        else:
            words = self.tr("{first} to {last}: %n return(s), {returned} returned of {sold} "
                            "sold ({rate} of the value sold).", "", total)
        self.chart_summary.setText(words.format(
            first=format_date(first, self.locale), last=format_date(data.end_day, self.locale),
            returned=self.money(data.returned), sold=self.money(data.sold),
            rate=figure(_percent(data.rate, self.locale)) if data.rate is not None else ""))

    def _draw_reasons(self, data: ReturnsChart) -> None:
        chart = _cleared(self.reason_chart)
        ordered = sorted(data.by_reason.items(), key=lambda kv: kv[1])  # biggest on top
        # Two lines: the chart is a third of a small screen wide.
        day = format_date(data.end_day, self.locale)
        if not ordered:
            chart.setTitle(self.tr("Returns by reason<br>{days} days to {date}: none").format(
                days=CHART_DAYS, date=day))
            return
        chart.setTitle(self.tr("Returns by reason<br>{days} days to {date}").format(
            days=CHART_DAYS, date=day))
        bars = QBarSet(self.tr("Returns"))
        bars.setColor(QColor("#2f6fde"))
        bars.append([count for _reason, count in ordered])
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        reasons = QBarCategoryAxis()
        # The count is in the name: readable without measuring the bar against the axis.
        reasons.append([f"{reason_words(reason)} ({count})" for reason, count in ordered])
        reasons.setTruncateLabels(False)
        chart.addAxis(reasons, Qt.AlignLeft)
        series.attachAxis(reasons)
        _value_axis(chart, series, max(count for _r, count in ordered), "%d", self.tr("Returns"),
                    Qt.AlignBottom)

    def _draw_rates(self, data: ReturnsChart) -> None:
        """One bar a day: returned value as a share of the value sold that day."""
        chart = _cleared(self.rate_chart)
        chart.setTitle(self.tr("Return rate per day (value returned ÷ value sold)"))
        bars = QBarSet(self.tr("Return rate"))
        bars.setColor(QColor(WARNING))
        labels = []
        highest = 0.0
        for day, _returned, _sold, rate in data.rates:
            value = float(rate * 100) if rate is not None else 0.0
            highest = max(highest, value)
            bars.append(value)
            # The chart runs left to right in every language: its days without the marks
            # that turn an Arabic date around inside a right-to-left line.
            labels.append(format_day_month(day, self.locale).replace("\u200f", ""))
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        days = QBarCategoryAxis()
        days.append(labels)
        days.setLabelsAngle(-90)
        days.setTruncateLabels(False)
        chart.addAxis(days, Qt.AlignBottom)
        series.attachAxis(days)
        _value_axis(chart, series, max(highest, 1.0), "%.0f %%", self.tr("% of the day's sales"),
                    Qt.AlignLeft)


def _chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.NoAnimation)
    chart.legend().hide()
    font = chart.titleFont()
    font.setPointSize(12)
    font.setBold(True)
    chart.setTitleFont(font)
    return chart


def _cleared(chart: QChart) -> QChart:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    return chart


def _value_axis(chart: QChart, series, highest, label_format: str, title: str, side) -> None:
    axis = QValueAxis()
    axis.setRange(0, highest)
    axis.applyNiceNumbers()
    axis.setLabelFormat(label_format)
    axis.setTitleText(title)
    chart.addAxis(axis, side)
    series.attachAxis(axis)


def _percent(rate: Decimal, locale: str) -> str:
    """'4,3 %': a share to a tenth of a percent, as the locale writes it."""
    return format_percent(rate.quantize(Decimal("0.001")), locale=locale,
                          decimal_quantization=False)

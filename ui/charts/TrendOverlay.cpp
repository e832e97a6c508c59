#include "ui/charts/TrendOverlay.h"

#include "core/util/NumberFormat.h"
#include "ui/charts/ChartSupport.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>

namespace hc::ui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::ui::TrendOverlay", text); }

} // namespace

TrendOverlay TrendOverlay::compute(const analysis::TrendResult& result, bool hourly, bool withAnomalies,
                                   bool withForecast)
{
    TrendOverlay o;
    if (result.series.empty())
        return o;
    const stats::TimeSeries s = stats::TimeSeries::fromTrend(result, hourly);
    o.lastValue = s.values.empty() ? 0.0 : s.values.back();
    QStringList missing;
    if (withAnomalies) {
        auto a = stats::detectAnomalies(s, stats::AnomalyOptions{});
        if (a.ok())
            o.anomalies = a.value();
        else
            missing << tr("no anomaly check: %1").arg(a.error().message);
    }
    if (withForecast) {
        auto f = stats::forecastSeries(s, kForecastPeriods);
        if (f.ok())
            o.forecast = f.value();
        else
            missing << tr("no forecast: %1").arg(f.error().message);
    }
    o.note = missing.join(QStringLiteral("; "));
    return o;
}

int TrendOverlay::draw(QChart* chart, const QColor& base, double& maxValue) const
{
    if (anomalies) {
        QAreaSeries* expected = ChartSupport::band(tr("Expected range"), base, 55);
        auto* marks = new QScatterSeries();
        marks->setName(tr("Anomalies"));
        marks->setMarkerSize(11);
        marks->setColor(QColor(0xd6, 0x27, 0x28)); // the palette's red, readable in both themes
        QStringList tips;
        for (size_t i = 0; i < anomalies->points.size(); ++i) {
            const auto& p = anomalies->points[i];
            if (!p.expected)
                continue;
            expected->upperSeries()->append(double(i), *p.upper);
            expected->lowerSeries()->append(double(i), std::max(0.0, *p.lower));
            maxValue = std::max(maxValue, *p.upper);
            if (p.anomaly) {
                marks->append(double(i), p.value);
                tips << tr("%1: %2, expected %3 (z %4)")
                            .arg(p.t, NumberFormat::decimal(p.value), NumberFormat::decimal(*p.expected),
                                 NumberFormat::decimal(*p.z));
            }
        }
        chart->addSeries(expected);
        chart->addSeries(marks);
        QObject::connect(marks, &QScatterSeries::hovered, marks, [marks, tips](const QPointF& point, bool state) {
            for (int i = 0; state && i < marks->count(); ++i)
                if (marks->at(i) == point)
                    QToolTip::showText(QCursor::pos(), tips.value(i));
        });
    }
    if (!forecast)
        return 0;
    const double start = double(forecast->n - 1);
    QAreaSeries* wide = ChartSupport::band(tr("95% interval"), base, 40);
    QAreaSeries* narrow = ChartSupport::band(tr("80% interval"), base, 80);
    auto* line = new QLineSeries();
    line->setName(tr("Forecast"));
    QPen pen(base, 2, Qt::DashLine);
    line->setPen(pen);
    line->append(start, lastValue); // joined to the last observed value
    for (size_t h = 0; h < forecast->points.size(); ++h) {
        const auto& p = forecast->points[h];
        const double x = start + double(h + 1);
        line->append(x, p.value);
        wide->upperSeries()->append(x, p.upper95);
        wide->lowerSeries()->append(x, std::max(0.0, p.lower95));
        narrow->upperSeries()->append(x, p.upper80);
        narrow->lowerSeries()->append(x, std::max(0.0, p.lower80));
        maxValue = std::max(maxValue, p.upper95);
    }
    chart->addSeries(wide);
    chart->addSeries(narrow);
    chart->addSeries(line);
    return int(forecast->points.size());
}

QString TrendOverlay::titleSuffix() const
{
    QString s;
    if (forecast) {
        const auto& b = forecast->backtest;
        s += tr(" · forecast backtest MAPE %1% (repeating last season: %2%)")
                 .arg(NumberFormat::decimal(b.mape), NumberFormat::decimal(b.baselineMape));
        if (!b.beatsBaseline)
            s += tr(", not better");
    }
    if (anomalies)
        s += QCoreApplication::translate("hc::ui::TrendOverlay", " · %n anomalies", nullptr, anomalies->anomalies);
    if (!note.isEmpty())
        s += QStringLiteral(" · ") + note;
    return s;
}

} // namespace hc::ui

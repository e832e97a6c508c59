#include "core/stats/TimeSeries.h"

#include <QDateTime>
#include <QTimeZone>

namespace hc::stats {

QString TimeSeries::labelAfter(int steps) const
{
    const QString last = labels.isEmpty() ? QString() : labels.back();
    if (hourly) {
        // Labels are local clock hours; a forecast steps whole hours from the last one.
        const QDateTime t = QDateTime::fromString(last.left(13), QStringLiteral("yyyy-MM-ddTHH"));
        if (!t.isValid())
            return QStringLiteral("+%1").arg(steps);
        QDateTime utc(t.date(), t.time(), QTimeZone::utc());
        return utc.addSecs(qint64(steps) * 3600).toString(QStringLiteral("yyyy-MM-ddTHH"));
    }
    const QDate d = QDate::fromString(last.left(10), Qt::ISODate);
    return d.isValid() ? d.addDays(steps).toString(Qt::ISODate) : QStringLiteral("+%1").arg(steps);
}

TimeSeries TimeSeries::fromTrend(const analysis::TrendResult& trend, bool hourly)
{
    TimeSeries s;
    s.hourly = hourly;
    for (size_t i = 0; i < trend.periods.size(); ++i) {
        s.labels << trend.periods[i].label;
        s.values.push_back(trend.series.empty() ? 0.0 : trend.series[0].values[i].value_or(0.0));
    }
    return s;
}

} // namespace hc::stats

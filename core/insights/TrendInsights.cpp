#include "core/insights/TrendInsights.h"

#include "core/stats/ProportionTest.h"
#include "core/stats/TrendTest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace hc::insights {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::insights::TrendInsights", text); }

constexpr qint64 kMinimumWindowDays = 28;
constexpr double kMinimumDailyMean = 20;

struct Window {
    qint64 first = 0; // indexes into the activity tables
    qint64 last = 0;
};

std::vector<double> withoutWeekdayMeans(const std::vector<double>& v, const Window& w)
{
    std::vector<double> sums(7, 0), counts(7, 0);
    for (qint64 i = w.first; i <= w.last; ++i) {
        sums[size_t(i % 7)] += v[size_t(i)];
        counts[size_t(i % 7)] += 1;
    }
    const double overall = std::accumulate(sums.begin(), sums.end(), 0.0) / double(w.last - w.first + 1);
    std::vector<double> out;
    for (qint64 i = w.first; i <= w.last; ++i)
        out.push_back(v[size_t(i)] - sums[size_t(i % 7)] / counts[size_t(i % 7)] + overall);
    return out;
}

// Daily activity carries over from day to day (the same users come back), which makes the plain
// Mann-Kendall test see trends in noise. Its variance is inflated by (1 + r1) / (1 - r1), r1 the
// lag-1 autocorrelation of the series less its Sen trend (Yue & Wang's AR(1) correction).
void correctForAutocorrelation(const std::vector<double>& values, stats::TrendTestResult& r)
{
    const size_t n = values.size();
    std::vector<double> residuals(n);
    for (size_t t = 0; t < n; ++t)
        residuals[t] = values[t] - r.senSlope * double(t);
    const double mean = std::accumulate(residuals.begin(), residuals.end(), 0.0) / double(n);
    double num = 0, den = 0;
    for (size_t t = 0; t < n; ++t) {
        den += (residuals[t] - mean) * (residuals[t] - mean);
        if (t > 0)
            num += (residuals[t] - mean) * (residuals[t - 1] - mean);
    }
    const double r1 = den > 0 ? std::clamp(num / den, 0.0, 0.9) : 0.0;
    if (r1 <= 0)
        return;
    r.method = QStringLiteral("mann_kendall_ar1");
    r.z /= std::sqrt((1 + r1) / (1 - r1));
    r.pValue = stats::normalPValue(r.z);
}

Insight finding(const InsightScan& scan, const QString& metric, const QString& label, const QString& event,
                const stats::TrendTestResult& r, const std::vector<double>& raw, const Window& w)
{
    const ActivitySummary& a = scan.activity;
    double mean = 0;
    for (qint64 i = w.first; i <= w.last; ++i)
        mean += raw[size_t(i)];
    mean /= double(w.last - w.first + 1);
    const qint64 days = w.last - w.first + 1;
    const double perDay = mean > 0 ? r.senSlope / mean : 0;
    Insight i;
    i.direction = r.senSlope >= 0 ? 1 : -1;
    i.type = i.direction > 0 ? InsightType::Success : InsightType::Risk;
    i.metric = metric;
    i.t = a.dayLabels[qsizetype(w.last)];
    i.id = QStringLiteral("%1:trend:%2").arg(typeName(i.type), metric);
    i.method = r.method;
    i.n = r.n;
    i.pValue = r.pValue;
    i.impact = std::abs(r.senSlope) * double(days);
    const QLocale l;
    const QString rate = l.toString(std::abs(perDay) * 100, 'f', 1);
    i.title = (i.direction > 0 ? tr("%1 is rising: %2% of its level a day over %3 days")
                               : tr("%1 is declining: %2% of its level a day over %3 days"))
                  .arg(label, rate)
                  .arg(days);
    i.explanation = tr("Across the last %1 days (weekday rhythm removed) the median daily change is %2 on a mean of %3 "
                       "(Mann–Kendall tau %4, Sen's slope), about %5 over the period.")
                        .arg(days)
                        .arg(l.toString(r.senSlope, 'f', 1), l.toString(mean, 'f', 0), l.toString(r.tau, 'f', 2),
                             l.toString(r.senSlope * double(days), 'f', 0));
    QJsonArray labels, values;
    for (qint64 k = w.first; k <= w.last; ++k) {
        labels.append(a.dayLabels[qsizetype(k)]);
        values.append(raw[size_t(k)]);
    }
    i.evidence = QJsonObject{{QStringLiteral("kind"), QStringLiteral("series")},
                             {QStringLiteral("labels"), labels},
                             {QStringLiteral("values"), values},
                             {QStringLiteral("slope_per_day"), r.senSlope}};
    i.recommendations.push_back(
        i.direction > 0
            ? Recommendation{QStringLiteral("marketing"),
                             tr("Find which channels and segments carry the rise (break it down by source or platform) "
                                "and invest where it comes from.")}
            : Recommendation{QStringLiteral("product"),
                             tr("Look for the segment losing the most (compare this period with the one before) and "
                                "for releases that coincide with the start of the decline.")});
    i.view = QStringLiteral("trend");
    i.viewQuery =
        QJsonObject{{QStringLiteral("event"), event.isEmpty() ? QStringLiteral("*") : event},
                    {QStringLiteral("measure"), event.isEmpty() ? QStringLiteral("uniques") : QStringLiteral("total")}};
    return i;
}

} // namespace

Result<ScanResult> scanTrends(const InsightScan& scan)
{
    const ActivitySummary& a = scan.activity;
    const qint64 days = std::max(kMinimumWindowDays, scan.runLastDay - scan.runFirstDay + 1);
    Window w{a.dayIndex(scan.runLastDay) - days + 1, a.dayIndex(scan.runLastDay)};
    ScanResult out;
    if (w.first < 0)
        return out; // too little history for a trend
    struct Candidate {
        QString metric, label, event;
        const std::vector<double>* values;
    };
    std::vector<Candidate> candidates{{QStringLiteral("dau"), tr("Daily active users"), QString(), &a.dau}};
    for (int k = 0; k < int(a.events.size()); ++k) {
        const auto& v = a.events[size_t(k)];
        double sum = 0;
        for (qint64 i = w.first; i <= w.last; ++i)
            sum += v[size_t(i)];
        if (sum / double(days) >= kMinimumDailyMean)
            candidates.push_back({QStringLiteral("events:") + scan.data.eventNames()[k],
                                  tr("Events of %1").arg(scan.data.eventNames()[k]), scan.data.eventNames()[k], &v});
    }
    for (const Candidate& c : candidates) {
        stats::TimeSeries ts;
        ts.values = withoutWeekdayMeans(*c.values, w);
        for (qint64 i = w.first; i <= w.last; ++i)
            ts.labels.append(a.dayLabels[qsizetype(i)]);
        auto r = stats::testTrend(ts);
        if (!r.ok())
            continue; // constant
        correctForAutocorrelation(ts.values, r.value());
        if (r.value().pValue < 0.05 && r.value().senSlope != 0)
            out.findings.push_back(finding(scan, c.metric, c.label, c.event, r.value(), *c.values, w));
        else
            out.otherPValues.push_back(r.value().pValue);
    }
    return out;
}

} // namespace hc::insights

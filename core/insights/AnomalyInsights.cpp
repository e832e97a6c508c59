#include "core/insights/AnomalyInsights.h"

#include "core/insights/ChangeDecomposition.h"
#include "core/stats/AnomalyDetection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <map>
#include <numeric>

namespace hc::insights {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::insights::AnomalyInsights", text); }

constexpr double kMinimumDailyMean = 20; // a series averaging less per day is too noisy to judge
constexpr int kDriverWeeks = 4;          // the same weekday of this many earlier weeks is "usual"

struct Series {
    QString metric;
    QString label;
    const std::vector<double>* values;
    int nameIndex = -1; // -1: daily active users
};

double tPValue(double z)
{
    return 2 * boost::math::cdf(boost::math::complement(boost::math::students_t(6.0), std::abs(z)));
}

QString number(double v) { return QLocale().toString(v, 'f', 0); }

// The property whose single most moving value explains the largest share of the change.
struct Explanation {
    QString property;
    ChangeDecomposition decomposition;
    int topIndex = -1; // in decomposition.drivers
    const ChangeDriver* top() const { return topIndex < 0 ? nullptr : &decomposition.drivers[size_t(topIndex)]; }
};

ChangeQuery driverQuery(const InsightScan& scan, const Series& s, qint64 day)
{
    ChangeQuery q;
    q.metric = s.nameIndex < 0 ? ChangeMetric::Dau : ChangeMetric::Events;
    if (s.nameIndex >= 0)
        q.event = analysis::EventSpec{false, scan.data.eventNames()[s.nameIndex], {}, {}};
    q.currentDays = {day};
    for (int w = 1; w <= kDriverWeeks; ++w)
        if (day - 7 * w >= scan.activity.firstDay)
            q.previousDays.push_back(day - 7 * w);
    q.by = scan.properties;
    return q;
}

std::optional<Explanation> explain(const InsightScan& scan, const ChangeDecomposition& r, int direction)
{
    if (r.totalChange == 0)
        return std::nullopt;
    Explanation best;
    double bestShare = 0;
    for (const QString& p : scan.properties) {
        for (const ChangeDriver& d : r.drivers) {
            if (d.property != p || d.contribution * direction <= 0)
                continue;
            const double share = d.contribution / r.totalChange;
            if (share > bestShare) {
                bestShare = share;
                best.property = p;
            }
            break; // drivers are sorted: the first in the direction is the property's largest
        }
    }
    if (best.property.isEmpty())
        return std::nullopt;
    best.decomposition = r;
    for (size_t k = 0; k < best.decomposition.drivers.size(); ++k) {
        const ChangeDriver& d = best.decomposition.drivers[k];
        if (d.property == best.property && d.contribution * direction > 0) {
            best.topIndex = int(k);
            break;
        }
    }
    return best;
}

QJsonObject driversJson(const Explanation& e)
{
    QJsonArray rows;
    for (const ChangeDriver& d : e.decomposition.drivers)
        if (d.property == e.property)
            rows.append(QJsonObject{{QStringLiteral("value"), d.value},
                                    {QStringLiteral("before"), d.before},
                                    {QStringLiteral("after"), d.after},
                                    {QStringLiteral("contribution"), d.contribution}});
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("drivers")},
                       {QStringLiteral("property"), e.property},
                       {QStringLiteral("total_change"), e.decomposition.totalChange},
                       {QStringLiteral("drivers"), rows}};
}

QJsonObject seriesJson(const stats::AnomalyResult& r, const QString& marked)
{
    QJsonArray labels, values, expected, lower, upper;
    for (const stats::AnomalyPoint& p : r.points) {
        labels.append(p.t);
        values.append(p.value);
        expected.append(p.expected ? QJsonValue(*p.expected) : QJsonValue(QJsonValue::Null));
        lower.append(p.lower ? QJsonValue(*p.lower) : QJsonValue(QJsonValue::Null));
        upper.append(p.upper ? QJsonValue(*p.upper) : QJsonValue(QJsonValue::Null));
    }
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("series")},
                       {QStringLiteral("labels"), labels},
                       {QStringLiteral("values"), values},
                       {QStringLiteral("expected"), expected},
                       {QStringLiteral("lower"), lower},
                       {QStringLiteral("upper"), upper},
                       {QStringLiteral("marked"), marked}};
}

Insight finding(const InsightScan& scan, const Series& s, const stats::AnomalyResult& r, size_t index)
{
    const stats::AnomalyPoint& p = r.points[index];
    const qint64 day = scan.activity.firstDay + qint64(index);
    const double expected = *p.expected;
    const double change = expected != 0 ? (p.value - expected) / expected : 0;
    Insight i;
    i.type = InsightType::Anomaly;
    i.metric = s.metric;
    i.t = p.t;
    i.direction = p.direction;
    i.id = QStringLiteral("anomaly:%1:%2").arg(s.metric, p.t);
    i.method = r.method;
    i.n = r.n;
    i.pValue = tPValue(*p.z);
    i.impact = std::abs(p.value - expected);
    const QString date = QLocale().toString(analysis::ReportingCalendar::dateOfDay(day), QLocale::ShortFormat);
    const QString percent = QLocale().toString(std::abs(change) * 100, 'f', 0);
    i.title = (p.direction < 0 ? tr("%1 fell %2% on %3") : tr("%1 rose %2% on %3")).arg(s.label, percent, date);
    i.explanation = tr("%1 against %2 expected from the same weekday of the previous weeks (usual range %3 to %4, "
                       "z = %5).")
                        .arg(number(p.value), number(expected), number(*p.lower), number(*p.upper),
                             QLocale().toString(*p.z, 'f', 1));
    i.evidence = seriesJson(r, p.t);
    i.recommendations.push_back(
        {QStringLiteral("product"), p.direction < 0
                                        ? tr("Check releases, outages and tracking on %1.").arg(date)
                                        : tr("Find what drove the rise on %1 and whether it lasts.").arg(date)});
    i.view = QStringLiteral("trend");
    i.viewQuery = QJsonObject{
        {QStringLiteral("event"), s.nameIndex < 0 ? QStringLiteral("*") : scan.data.eventNames()[s.nameIndex]},
        {QStringLiteral("measure"), s.nameIndex < 0 ? QStringLiteral("uniques") : QStringLiteral("total")}};
    return i;
}

// Says which property value moved most on the day, and what to check for it.
void addDrivers(const InsightScan& scan, const ChangeDecomposition& r, qint64 day, Insight& i)
{
    const auto e = explain(scan, r, i.direction);
    if (!e || !e->top())
        return;
    const ChangeDriver& top = *e->top();
    const QString value = top.value.isEmpty() ? tr("(not set)") : top.value;
    const QString date = QLocale().toString(analysis::ReportingCalendar::dateOfDay(day), QLocale::ShortFormat);
    const QLocale l;
    i.explanation +=
        u' '
        + tr("Against the same weekday of the previous weeks (%1 on average), %2 = %3 moved most: "
             "from %4 to %5 (%6).")
              .arg(l.toString(e->decomposition.before, 'f', 0), e->property, value, l.toString(top.before, 'f', 0),
                   l.toString(top.after, 'f', 0), l.toString(top.contribution, 'f', 0));
    i.evidence.insert(QStringLiteral("drivers"), driversJson(*e));
    i.recommendations = {{QStringLiteral("product"),
                          i.direction < 0
                              ? tr("Check what changed for %1 = %2 on %3 (a release, an outage, tracking) before "
                                   "reading other metrics of that day.")
                                    .arg(e->property, value, date)
                              : tr("Find what brought the extra activity from %1 = %2 on %3 (a campaign, a "
                                   "mention) and whether it lasts.")
                                    .arg(e->property, value, date)}};
}

} // namespace

Result<ScanResult> scanAnomalies(const InsightScan& scan)
{
    const ActivitySummary& a = scan.activity;
    std::vector<Series> series{{QStringLiteral("dau"), tr("Daily active users"), &a.dau, -1}};
    for (int k = 0; k < int(a.events.size()); ++k) {
        const auto& v = a.events[size_t(k)];
        const double mean = std::accumulate(v.begin(), v.end(), 0.0) / double(std::max<size_t>(1, v.size()));
        if (mean >= kMinimumDailyMean)
            series.push_back({QStringLiteral("events:") + scan.data.eventNames()[k],
                              tr("Events of %1").arg(scan.data.eventNames()[k]), &v, k});
    }
    ScanResult out;
    struct Candidate {
        Insight insight;
        const Series* series;
        qint64 day;
    };
    std::vector<Candidate> candidates;
    for (const Series& s : series) {
        if (scan.context.isCancelled())
            return TaskContext::cancelledError();
        stats::TimeSeries ts;
        ts.labels = a.dayLabels;
        ts.values = *s.values;
        auto r = stats::detectAnomalies(ts, stats::AnomalyOptions{});
        if (!r.ok())
            continue; // too short or constant: nothing to judge
        for (size_t idx = 0; idx < r.value().points.size(); ++idx) {
            const qint64 day = a.firstDay + qint64(idx);
            const stats::AnomalyPoint& p = r.value().points[idx];
            if (day < scan.runFirstDay || day > scan.runLastDay || !p.z || !p.expected)
                continue;
            if (p.anomaly)
                candidates.push_back({finding(scan, s, r.value(), idx), &s, day});
            else
                out.otherPValues.push_back(tPValue(*p.z));
        }
    }
    // Only the anomaly that will lead its day and direction (daily active users, else the largest;
    // InsightRanking merges the rest into it) is explained: each explanation is a pass over the events.
    std::map<std::pair<qint64, int>, size_t> leaders;
    for (size_t k = 0; k < candidates.size(); ++k) {
        const auto key = std::make_pair(candidates[k].day, candidates[k].insight.direction);
        const auto it = leaders.find(key);
        const auto leads = [&](const Candidate& a, const Candidate& b) {
            const bool aDau = a.series->nameIndex < 0, bDau = b.series->nameIndex < 0;
            return aDau != bDau ? aDau : a.insight.impact > b.insight.impact;
        };
        if (it == leaders.end() || leads(candidates[k], candidates[it->second]))
            leaders[key] = k;
    }
    if (!scan.properties.isEmpty() && !leaders.empty()) {
        // All explained in one pass; a day without an earlier week to compare with has none.
        std::vector<ChangeQuery> queries;
        std::vector<std::pair<qint64, size_t>> explainedLeaders;
        for (const auto& [key, k] : leaders) {
            ChangeQuery q = driverQuery(scan, *candidates[k].series, key.first);
            if (q.previousDays.empty())
                continue;
            queries.push_back(std::move(q));
            explainedLeaders.emplace_back(key.first, k);
        }
        const auto explained = decomposeDailyChanges(scan.data, scan.calendar, queries, scan.context);
        if (!explained.ok())
            return explained.error();
        for (size_t q = 0; q < queries.size(); ++q)
            addDrivers(scan, explained.value()[q], explainedLeaders[q].first,
                       candidates[explainedLeaders[q].second].insight);
    }
    for (Candidate& c : candidates)
        out.findings.push_back(std::move(c.insight));
    return out;
}

} // namespace hc::insights

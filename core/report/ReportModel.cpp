#include "core/report/ReportModel.h"

#include "core/analysis/engine/Funnel.h"
#include "core/analysis/engine/Kpis.h"
#include "core/analysis/engine/Retention.h"
#include "core/util/NameTable.h"
#include "core/util/NumberFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>

namespace hc::report {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::report::ReportModel", text); }

const char* const kTemplates[] = {"daily", "weekly", "monthly"};
constexpr qint64 kLengths[] = {1, 7, 30};

QString dayText(const QDate& d) { return QLocale().toString(d, QLocale::ShortFormat); }

PrintTable kpiTable(const analysis::KpiSet& set)
{
    PrintTable t;
    t.headers = {tr("Metric"), tr("This period"), tr("Previous period"), tr("Change")};
    t.numeric = {false, true, true, true};
    for (const analysis::Kpi& k : set.kpis) {
        QString change = QStringLiteral("—");
        if (k.unit == analysis::Kpi::Unit::Ratio && k.value && k.previous) // a ratio changes in points
            change = tr("%1 pp").arg(QLocale().toString((*k.value - *k.previous) * 100, 'f', 1));
        else if (k.change)
            change = NumberFormat::signedPercent(*k.change);
        t.rows.push_back(
            {k.label, analysis::formatKpiValue(k, k.value), analysis::formatKpiValue(k, k.previous), change});
    }
    return t;
}

// The most common first event of users, then the two events new users most often do on their
// first day (not nearly all of them, which says nothing), by adoption.
QStringList defaultFunnel(const dataset::Dataset& data)
{
    std::map<qint32, qint64> first, firstDay;
    std::vector<int> seenBy(size_t(data.eventNames().size()), -1); // the last user counted for each name
    qint64 users = 0;
    for (int u = 0; u < data.userCount(); ++u) {
        const size_t b = data.userBegin(u), e = data.userEnd(u);
        if (b == e)
            continue;
        ++users;
        first[data.names()[b]] += 1;
        for (size_t i = b; i < e && data.times()[i] - data.times()[b] < 86400000; ++i) {
            const qint32 name = data.names()[i];
            if (name != data.names()[b] && seenBy[size_t(name)] != u) {
                seenBy[size_t(name)] = u;
                firstDay[name] += 1;
            }
        }
    }
    if (first.empty())
        return {};
    const qint32 start = std::max_element(first.begin(), first.end(), [](const auto& a, const auto& b) {
                             return a.second < b.second;
                         })->first;
    std::vector<std::pair<qint64, qint32>> adoption;
    for (const auto& [name, count] : firstDay)
        if (count < users * 9 / 10)
            adoption.push_back({count, name});
    std::sort(adoption.rbegin(), adoption.rend());
    QStringList steps{data.eventNames()[start]};
    for (size_t i = 0; i < adoption.size() && steps.size() < 3; ++i)
        steps << data.eventNames()[adoption[i].second];
    return steps;
}

Status addFunnel(const dataset::Dataset& data, const analysis::ReportingCalendar& calendar, const QStringList& steps,
                 const analysis::TimeRange& range, ReportModel& m, TaskContext& context)
{
    if (steps.size() < 2)
        return Done{};
    analysis::FunnelQuery q;
    for (const QString& s : steps)
        q.steps.push_back(analysis::EventSpec{false, s, {}, {}});
    q.range = range;
    auto r = analysis::computeFunnel(data, q, calendar, context);
    if (!r.ok())
        return r.error();
    PrintTable t;
    t.title =
        tr("Funnel: %1 — users entering %2 – %3, within 7 days")
            .arg(steps.join(QStringLiteral(" → ")), dayText(analysis::ReportingCalendar::dateOfDay(range.firstDay)),
                 dayText(analysis::ReportingCalendar::dateOfDay(range.lastDay)));
    t.headers = {tr("Step"), tr("Users"), tr("From start"), tr("From previous"), tr("Median time")};
    t.numeric = {false, true, true, true, true};
    for (size_t i = 0; i < r.value().steps.size(); ++i) {
        const auto& s = r.value().steps[i];
        t.rows.push_back(
            {QStringLiteral("%1. %2").arg(i + 1).arg(s.event), NumberFormat::count(double(s.count)),
             NumberFormat::percent(s.conversionFromStart), NumberFormat::percent(s.conversionFromPrevious),
             s.medianSecondsFromPrevious ? NumberFormat::duration(*s.medianSecondsFromPrevious) : QStringLiteral("—")});
        m.funnelConversion.push_back(s.conversionFromStart);
    }
    m.funnel = t;
    m.funnelSteps = steps;
    return Done{};
}

Status addRetention(const dataset::Dataset& data, const analysis::ReportingCalendar& calendar, const QString& start,
                    const ReportOptions& o, ReportModel& m, TaskContext& context)
{
    analysis::RetentionQuery q;
    q.start = analysis::EventSpec{false, start, {}, {}};
    q.returning = analysis::EventSpec{true, {}, {}, {}};
    q.period = o.kind == ReportTemplate::Daily ? analysis::Interval::Day : analysis::Interval::Week;
    q.periods = 8;
    const qint64 last = analysis::ReportingCalendar::dayNumber(m.to);
    const qint64 span = q.period == analysis::Interval::Day ? 7 : 55;
    q.range = analysis::TimeRange::fromDays(calendar, last - span, last);
    auto r = analysis::computeRetention(data, q, calendar, context);
    if (!r.ok())
        return r.error();
    PrintTable t;
    t.title = q.period == analysis::Interval::Day
                  ? tr("Retention of %1 cohorts by day (any event counts as a return)")
                  : tr("Retention of %1 cohorts by week (any event counts as a return)");
    t.title = t.title.arg(start);
    t.headers = {tr("Cohort"), tr("Users")};
    t.numeric = {false, true};
    for (int p = 0; p < q.periods; ++p) {
        t.headers << QString::number(p);
        t.numeric.push_back(true);
    }
    for (const auto& c : r.value().overall.cohorts) {
        QStringList row{c.start, NumberFormat::count(double(c.size))};
        std::vector<double> shade{-1, -1};
        for (size_t p = 0; p < c.retained.size(); ++p) {
            const double rate = c.size > 0 ? double(c.retained[p]) / double(c.size) : 0;
            // A period that has not ended yet is left blank rather than read as a drop.
            row << (c.complete[p] ? NumberFormat::percent(rate, 0) : QString());
            shade.push_back(c.complete[p] ? rate : -1);
        }
        t.rows.push_back(row);
        t.shade.push_back(shade);
    }
    m.retention = t;
    return Done{};
}

QStringList methodology(const ReportModel& m)
{
    return {tr("Period: %1 to %2 in %3, compared with %4 to %5, the period of equal length before it.")
                    .arg(dayText(m.from), dayText(m.to), m.zone, dayText(m.compareFrom), dayText(m.compareTo))
                + u' '
                + (m.filter.isEmpty() ? tr("Every event counts.")
                                      : tr("Only events where %1 count, in every section.").arg(m.filter)),
            tr("Users are distinct user ids with at least one event in the period; daily active users are averaged "
               "over its days, weekly and monthly active users are counted over the 7 and 30 days ending on its last "
               "day; stickiness is their ratio. Sessions end after 30 minutes without an event."),
            tr("Funnel: a user converts when they do each step in order within 7 days of the first; conversion is "
               "counted once per user over the period. Retention: a cohort is the users whose first start event "
               "falls in a period; they are retained in a later period when they have any event in it; periods "
               "that have not ended are left blank."),
            tr("Insights: anomalies are days more than 3 robust standard deviations from the same weekday of the "
               "previous weeks; trends are Mann–Kendall tests on the daily values less their weekday means; "
               "retention and experiment differences are two-proportion z-tests. All p-values of a run are "
               "corrected together (Benjamini–Hochberg, 5% false discovery rate); only findings that survive are "
               "called significant, the rest are worth watching. Correlation is not causation."),
            tr("Data snapshot: %1 events through %2 (UTC); engine %3; insights run %4. The same workspace, "
               "period and engine give the same report.")
                .arg(NumberFormat::count(double(m.events)), QLocale().toString(m.dataThrough, QLocale::ShortFormat),
                     m.engineVersion, m.runId)};
}

} // namespace

const QStringList& reportSections()
{
    static const QStringList kSections = {QStringLiteral("kpis"), QStringLiteral("insights"), QStringLiteral("funnel"),
                                          QStringLiteral("retention"), QStringLiteral("methodology")};
    return kSections;
}

QString templateName(ReportTemplate kind) { return QString::fromLatin1(kTemplates[int(kind)]); }

bool templateFromName(const QString& name, ReportTemplate& kind)
{
    const auto i = indexOfName(kTemplates, name);
    if (i)
        kind = ReportTemplate(*i);
    return i.has_value();
}

Result<ReportModel> buildReport(const dataset::Dataset& data, const analysis::ReportingCalendar& calendar,
                                const ReportOptions& o, TaskContext& context)
{
    if (data.isEmpty())
        return makeError(Error::Code::Invalid, tr("There are no events to report on."));
    for (const QString& section : o.sections)
        if (!reportSections().contains(section))
            return makeError(Error::Code::Invalid, tr("There is no report section “%1”; the sections are %2.")
                                                       .arg(section, reportSections().join(QStringLiteral(", "))));
    ReportModel m;
    m.sections = o.sections.isEmpty() ? reportSections() : o.sections;
    m.kind = o.kind;
    m.to = o.to.isValid() ? o.to : analysis::ReportingCalendar::dateOfDay(calendar.localDay(data.lastTimeMs()));
    m.from = m.to.addDays(1 - kLengths[int(o.kind)]);
    m.compareTo = m.from.addDays(-1);
    m.compareFrom = m.compareTo.addDays(1 - kLengths[int(o.kind)]);
    m.zone = QString::fromUtf8(calendar.zone().id());
    m.filter = o.filter;
    m.workspaceName = o.workspaceName;
    m.events = qint64(data.eventCount());
    m.dataThrough = QDateTime::fromMSecsSinceEpoch(data.lastTimeMs(), QTimeZone::utc());
    const QString titles[] = {tr("Daily report"), tr("Weekly report"), tr("Monthly report")};
    m.title = titles[int(o.kind)];
    const auto range = analysis::TimeRange::fromDays(calendar, analysis::ReportingCalendar::dayNumber(m.from),
                                                     analysis::ReportingCalendar::dayNumber(m.to));
    auto kpis = analysis::computeKpis(data, analysis::KpiQuery{range}, calendar, context);
    if (!kpis.ok())
        return kpis.error();
    m.kpis = kpiTable(kpis.value());
    insights::InsightRunOptions io;
    io.period = insights::RunPeriod(int(o.kind));
    io.to = m.to;
    io.properties = o.properties;
    auto run = insights::runInsights(data, calendar, io, context);
    if (!run.ok())
        return run.error();
    m.runId = run.value().id;
    m.engineVersion = run.value().engineVersion;
    m.insightsScanned = run.value().scanned;
    for (const insights::Insight& i : run.value().insights)
        if (int(m.insights.size()) < o.topInsights)
            m.insights.push_back(i);
    const QStringList steps = o.funnelSteps.isEmpty() ? defaultFunnel(data) : o.funnelSteps;
    const auto funnelRange = analysis::TimeRange::fromDays(
        calendar, analysis::ReportingCalendar::dayNumber(m.to) - std::max<qint64>(29, kLengths[int(o.kind)] - 1),
        analysis::ReportingCalendar::dayNumber(m.to));
    if (Status s = addFunnel(data, calendar, steps, funnelRange, m, context); !s.ok())
        return s.error();
    if (!steps.isEmpty())
        if (Status s = addRetention(data, calendar, steps.front(), o, m, context); !s.ok())
            return s.error();
    m.methodology = methodology(m);
    return m;
}

} // namespace hc::report

#include "core/insights/InsightRun.h"

#include "core/analysis/engine/EngineInputs.h"
#include "core/insights/ActivitySummary.h"
#include "core/insights/AnomalyInsights.h"
#include "core/insights/ExperimentInsights.h"
#include "core/insights/InsightRanking.h"
#include "core/insights/RetentionInsights.h"
#include "core/insights/TrendInsights.h"
#include "core/util/NameTable.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace hc::insights {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::insights::InsightRun", text); }

const char* const kPeriods[] = {"daily", "weekly", "monthly", "adhoc"};
constexpr qint64 kHistoryDays = 56; // eight weeks before the run's first day
constexpr int kMaxValues = 50;

QString runId(const InsightRun& run)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(QJsonDocument(run.inputs).toJson(QJsonDocument::Compact));
    h.addData(QByteArray(QByteArray::number(run.events) + ':' + QByteArray::number(run.maxEventTimeMs) + ':'
                         + run.engineVersion.toUtf8()));
    return QStringLiteral("%1-%2-%3")
        .arg(periodName(run.period), run.to.toString(Qt::ISODate), QString::fromLatin1(h.result().toHex().left(8)));
}

Result<ScanResult> scanAll(const InsightScan& scan)
{
    ScanResult all;
    for (auto scanner : {scanAnomalies, scanTrends, scanRetention, scanExperiments}) {
        auto r = scanner(scan);
        if (!r.ok())
            return r.error();
        all.append(std::move(r.value()));
    }
    return all;
}

} // namespace

QStringList usableProperties(const dataset::Dataset& data, const QStringList& candidates)
{
    QStringList out;
    for (const QString& p : candidates) {
        const auto g = analysis::propertyGroups(data, p);
        if (g.ok() && g.value().texts.size() >= 2 && g.value().texts.size() <= kMaxValues)
            out << p;
    }
    return out;
}

QString insightEngineVersion() { return QStringLiteral(HC_VERSION "+insights-1"); }

QString periodName(RunPeriod period) { return QString::fromLatin1(kPeriods[int(period)]); }

bool periodFromName(const QString& name, RunPeriod& period)
{
    const auto i = indexOfName(kPeriods, name);
    if (i)
        period = RunPeriod(*i);
    return i.has_value();
}

Result<InsightRun> runInsights(const dataset::Dataset& data, const analysis::ReportingCalendar& calendar,
                               const InsightRunOptions& options, TaskContext& context)
{
    if (data.isEmpty())
        return makeError(Error::Code::Invalid, tr("There are no events to look for insights in."));
    InsightRun run;
    run.period = options.period;
    run.to = options.to.isValid() ? options.to
                                  : analysis::ReportingCalendar::dateOfDay(calendar.localDay(data.lastTimeMs()));
    const qint64 lastDay = analysis::ReportingCalendar::dayNumber(run.to);
    const qint64 lengths[] = {1, 7, 30, 0};
    qint64 firstDay = lastDay - lengths[int(options.period)] + 1;
    if (options.period == RunPeriod::AdHoc) {
        if (!options.from.isValid() || options.from > run.to)
            return makeError(Error::Code::Invalid, tr("An ad hoc run needs a first day on or before its last day."));
        firstDay = analysis::ReportingCalendar::dayNumber(options.from);
    }
    run.from = analysis::ReportingCalendar::dateOfDay(firstDay);
    run.events = qint64(data.eventCount());
    run.maxEventTimeMs = data.lastTimeMs();
    run.engineVersion = insightEngineVersion();
    run.seed = options.seed;
    const QStringList properties = usableProperties(data, options.properties);
    run.inputs = QJsonObject{{QStringLiteral("period"), periodName(run.period)},
                             {QStringLiteral("from"), run.from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), run.to.toString(Qt::ISODate)},
                             {QStringLiteral("zone"), QString::fromUtf8(calendar.zone().id())},
                             {QStringLiteral("properties"), QJsonArray::fromStringList(properties)},
                             {QStringLiteral("seed"), QString::number(run.seed)},
                             {QStringLiteral("fdr"), options.falseDiscoveryRate}};
    auto activity = summarizeActivity(data, calendar, firstDay - kHistoryDays, lastDay, context);
    if (!activity.ok())
        return activity.error();
    const InsightScan scan{data, calendar, activity.value(), firstDay, lastDay, properties, run.seed, context};
    auto scanned = scanAll(scan);
    if (!scanned.ok())
        return scanned.error();
    RankingOptions ranking;
    ranking.falseDiscoveryRate = options.falseDiscoveryRate;
    ranking.runLastDay = lastDay;
    ranking.halfLifeDays = double(std::max<qint64>(7, lastDay - firstDay + 1));
    run.insights = rankFindings(std::move(scanned.value()), ranking);
    run.scanned = ranking.totalScanned;
    run.id = runId(run);
    return run;
}

InsightRunOptions optionsFromInputs(const QJsonObject& inputs)
{
    InsightRunOptions o;
    periodFromName(inputs.value(QStringLiteral("period")).toString(), o.period);
    o.to = QDate::fromString(inputs.value(QStringLiteral("to")).toString(), Qt::ISODate);
    if (o.period == RunPeriod::AdHoc)
        o.from = QDate::fromString(inputs.value(QStringLiteral("from")).toString(), Qt::ISODate);
    for (const QJsonValue p : inputs.value(QStringLiteral("properties")).toArray())
        o.properties << p.toString();
    o.seed = inputs.value(QStringLiteral("seed")).toString().toULongLong();
    o.falseDiscoveryRate = inputs.value(QStringLiteral("fdr")).toDouble(0.05);
    return o;
}

QJsonObject runToJson(const InsightRun& run, const QHash<QString, InsightStatus>* statuses)
{
    QJsonArray insights;
    for (const Insight& i : run.insights) {
        QJsonObject o = toJson(i);
        if (statuses)
            o.insert(QStringLiteral("status"), statusName(statuses->value(i.id, InsightStatus::New)));
        insights.append(o);
    }
    const QJsonObject meta{
        {QStringLiteral("id"), run.id},
        {QStringLiteral("period"), periodName(run.period)},
        {QStringLiteral("from"), run.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), run.to.toString(Qt::ISODate)},
        {QStringLiteral("events"), run.events},
        {QStringLiteral("max_event_time"),
         QDateTime::fromMSecsSinceEpoch(run.maxEventTimeMs, QTimeZone::utc()).toString(Qt::ISODateWithMs)},
        {QStringLiteral("engine_version"), run.engineVersion},
        {QStringLiteral("seed"), QString::number(run.seed)},
        {QStringLiteral("scanned"), run.scanned},
        {QStringLiteral("inputs"), run.inputs}};
    return QJsonObject{{QStringLiteral("run"), meta}, {QStringLiteral("insights"), insights}};
}

InsightRun runFromJson(const QJsonObject& object)
{
    const QJsonObject meta = object.value(QStringLiteral("run")).toObject();
    InsightRun run;
    run.id = meta.value(QStringLiteral("id")).toString();
    periodFromName(meta.value(QStringLiteral("period")).toString(), run.period);
    run.from = QDate::fromString(meta.value(QStringLiteral("from")).toString(), Qt::ISODate);
    run.to = QDate::fromString(meta.value(QStringLiteral("to")).toString(), Qt::ISODate);
    run.events = meta.value(QStringLiteral("events")).toInteger();
    run.maxEventTimeMs =
        QDateTime::fromString(meta.value(QStringLiteral("max_event_time")).toString(), Qt::ISODateWithMs)
            .toMSecsSinceEpoch();
    run.engineVersion = meta.value(QStringLiteral("engine_version")).toString();
    run.seed = meta.value(QStringLiteral("seed")).toString().toULongLong();
    run.scanned = meta.value(QStringLiteral("scanned")).toInt();
    run.inputs = meta.value(QStringLiteral("inputs")).toObject();
    for (const QJsonValue v : object.value(QStringLiteral("insights")).toArray())
        run.insights.push_back(insightFromJson(v.toObject()));
    return run;
}

} // namespace hc::insights

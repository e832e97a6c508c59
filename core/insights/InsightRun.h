#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/dataset/Dataset.h"
#include "core/insights/Insight.h"
#include "core/util/TaskContext.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace hc::insights {

enum class RunPeriod { Daily, Weekly, Monthly, AdHoc };

struct InsightRunOptions {
    RunPeriod period = RunPeriod::Daily;
    QDate to;               // the run's last day; invalid: the newest day with events
    QDate from;             // ad hoc runs only
    QStringList properties; // candidates for drivers and segments (those with 2..50 values are used)
    quint64 seed = 1;
    double falseDiscoveryRate = 0.05;
};

// A run of every generator over one period, dated and pinned to the data it read, so that it can
// be reopened, and regenerated identically from `inputs` while the data is unchanged.
struct InsightRun {
    QString id; // from the inputs and the data snapshot: the same run on the same data has the same id
    RunPeriod period = RunPeriod::Daily;
    QDate from;
    QDate to;
    qint64 events = 0;
    qint64 maxEventTimeMs = 0;
    QString engineVersion;
    quint64 seed = 1;
    QJsonObject inputs;            // the options as run (properties resolved), enough to run it again
    int scanned = 0;               // hypotheses the false discovery rate covered
    std::vector<Insight> insights; // ranked
};

QString periodName(RunPeriod period);
bool periodFromName(const QString& name, RunPeriod& period);

// Runs the anomaly, trend, retention and experiment generators over the period ending `to`
// (daily: that day; weekly: 7 days; monthly: 30 days; ad hoc: from..to), with eight weeks of
// history before it, and ranks what they found.
Result<InsightRun> runInsights(const dataset::Dataset& data, const analysis::ReportingCalendar& calendar,
                               const InsightRunOptions& options, TaskContext& context = TaskContext::none());

// The candidates worth splitting by: 2 to 50 distinct values (insights and `why` both use these).
QStringList usableProperties(const dataset::Dataset& data, const QStringList& candidates);

// The options a stored run was made with.
InsightRunOptions optionsFromInputs(const QJsonObject& inputs);

// The cli.md shape; with statuses, each insight also carries its status ("new" when unknown).
QJsonObject runToJson(const InsightRun& run, const QHash<QString, InsightStatus>* statuses = nullptr);
InsightRun runFromJson(const QJsonObject& object);

// The version of the insight rules: a stored run regenerates identically only under the same one.
QString insightEngineVersion();

} // namespace hc::insights

#include "app/cli/AnalysisInputs.h"

#include "core/analysis/AnalysisSnapshot.h"
#include "core/analysis/cohort/CohortMembership.h"

#include <algorithm>
#include <cmath>

namespace hc::cli {

void AnalysisInputs::addRangeOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD) or instant of the range."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last day (inclusive) or instant of the range."),
                      QStringLiteral("DATE")});
}

const QList<analysis::OptionSpec>& AnalysisInputs::whereSpecs()
{
    static const QList<analysis::OptionSpec> kSpecs = {{QStringLiteral("where"),
                                                        QStringLiteral("Only events where COND holds (repeatable)."),
                                                        QStringLiteral("COND")}};
    return kSpecs;
}

bool AnalysisInputs::prepare(CliSession& session, int& exitCode, bool rangeRequired)
{
    auto& p = session.parser();
    const bool haveRange = p.isSet(QStringLiteral("from")) && p.isSet(QStringLiteral("to"));
    if (rangeRequired && !haveRange) {
        exitCode = session.usageError(QStringLiteral("--from and --to are required"));
        return false;
    }
    TaskContext context;
    dataset::DatasetLoadOptions options;
    if (p.isSet(QStringLiteral("resolve-identities")))
        options.resolveIdentities = true;
    auto loaded = analysis::AnalysisSnapshotBuilder::load(session.dbPath(), options, readPropertyKeys, context);
    if (!loaded.ok()) {
        exitCode = session.fail(loaded.error());
        return false;
    }
    analysis::SnapshotScope scope;
    scope.zone = session.timeZoneOverride();
    scope.weekStart = session.weekStartOverride();
    scope.filter = filter;
    scope.cohorts = loaded.value().cohorts;
    scope.breakdowns = breakdowns;
    propertyKeys = loaded.value().propertyKeys;
    auto snapshot = analysis::AnalysisSnapshotBuilder::scoped(loaded.value().data, scope, context);
    if (!snapshot.ok()) {
        exitCode = session.fail(snapshot.error());
        return false;
    }
    data = snapshot.value().data;
    calendar = snapshot.value().calendar;
    if (!haveRange)
        return true;
    QString error;
    const auto parsed =
        analysis::parseTimeRange(p.value(QStringLiteral("from")), p.value(QStringLiteral("to")), *calendar, error);
    if (!parsed) {
        exitCode = session.usageError(error);
        return false;
    }
    range = *parsed;
    return true;
}

bool AnalysisInputs::parseAndPrepare(CliSession& session, const QStringList& args, int& exitCode)
{
    if (!session.parse(args)) {
        exitCode = session.exitCode();
        return false;
    }
    return prepare(session, exitCode);
}

void AnalysisInputs::takeCohortConditions(std::vector<analysis::Condition>& where)
{
    const auto cohorts = std::stable_partition(
        where.begin(), where.end(), [](const analysis::Condition& c) { return !analysis::isCohortCondition(c); });
    filter.insert(filter.end(), cohorts, where.end());
    where.erase(cohorts, where.end());
}

bool AnalysisInputs::prepareFunnel(CliSession& session, analysis::FunnelQuery& query, int& exitCode)
{
    takeCohortConditions(query.where);
    breakdowns = {query.breakdown};
    if (!prepare(session, exitCode))
        return false;
    query.range = range;
    for (const auto& s : query.steps)
        warnIfUnknown(session, s);
    return true;
}

void AnalysisInputs::warnIfUnknown(CliSession& session, const analysis::EventSpec& spec) const
{
    if (!spec.anyEvent && data->nameIndex(spec.name) < 0)
        session.warn(QStringLiteral("no event named “%1” in this workspace; it matches nothing").arg(spec.name));
}

QJsonValue jsonNumber(const std::optional<double>& value, bool integer)
{
    if (!value || std::isnan(*value))
        return QJsonValue(QJsonValue::Null);
    if (integer)
        return QJsonValue(qint64(std::llround(*value)));
    return QJsonValue(*value);
}

} // namespace hc::cli

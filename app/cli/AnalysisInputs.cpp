#include "app/cli/AnalysisInputs.h"

#include "core/analysis/EscapedText.h"
#include "core/analysis/AnalysisSnapshot.h"

#include <cmath>

namespace hc::cli {

void AnalysisInputs::addRangeOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD) or instant of the range."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last day (inclusive) or instant of the range."),
                      QStringLiteral("DATE")});
}

void AnalysisInputs::addMeasureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("event"), QStringLiteral("The event to measure (backslash escapes)."),
                      QStringLiteral("E")});
    parser.addOption({QStringLiteral("any"), QStringLiteral("Measure every event.")});
    parser.addOption({QStringLiteral("measure"),
                      QStringLiteral("total, uniques, per_user, sum:PROP, avg:PROP, median:PROP or p90:PROP "
                                     "(default total)."),
                      QStringLiteral("M")});
    parser.addOption({QStringLiteral("where"), QStringLiteral("Only events where COND holds (repeatable)."),
                      QStringLiteral("COND")});
    parser.addOption({QStringLiteral("where-any"),
                      QStringLiteral("Only events where at least one of these holds (repeatable)."),
                      QStringLiteral("COND")});
}

bool AnalysisInputs::measureOptions(CliSession& session, analysis::EventSpec& event, analysis::TrendMeasure& measure,
                                    QString& measureProperty, int& exitCode)
{
    if (!eventOrAny(session, event, exitCode) || !conditions(session, QStringLiteral("where"), event.where, exitCode)
        || !conditions(session, QStringLiteral("where-any"), event.whereAny, exitCode))
        return false;
    const QString text = session.parser().value(QStringLiteral("measure"));
    if (!analysis::parseTrendMeasure(text.isEmpty() ? QStringLiteral("total") : text, measure, measureProperty)) {
        exitCode = session.usageError(QStringLiteral("--measure takes total, uniques, per_user, sum:PROP, avg:PROP, "
                                                     "median:PROP or p90:PROP"));
        return false;
    }
    return true;
}

bool AnalysisInputs::prepare(CliSession& session, int& exitCode)
{
    auto& p = session.parser();
    if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to"))) {
        exitCode = session.usageError(QStringLiteral("--from and --to are required"));
        return false;
    }
    TaskContext context;
    dataset::DatasetLoadOptions options;
    if (p.isSet(QStringLiteral("resolve-identities")))
        options.resolveIdentities = true;
    auto loaded = analysis::AnalysisSnapshotBuilder::load(session.dbPath(), options, false, context);
    if (!loaded.ok()) {
        exitCode = session.fail(loaded.error());
        return false;
    }
    analysis::SnapshotScope scope;
    scope.zone = session.timeZoneOverride();
    scope.weekStart = session.weekStartOverride();
    auto snapshot = analysis::AnalysisSnapshotBuilder::scoped(loaded.value().data, scope, context);
    if (!snapshot.ok()) {
        exitCode = session.fail(snapshot.error());
        return false;
    }
    data = snapshot.value().data;
    calendar = snapshot.value().calendar;
    QString error;
    const auto parsed = analysis::parseTimeRange(p.value(QStringLiteral("from")), p.value(QStringLiteral("to")),
                                                 *calendar, error);
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

void AnalysisInputs::warnIfUnknown(CliSession& session, const analysis::EventSpec& spec) const
{
    if (!spec.anyEvent && data->nameIndex(spec.name) < 0)
        session.warn(QStringLiteral("no event named “%1” in this workspace; it matches nothing").arg(spec.name));
}

analysis::EventSpec AnalysisInputs::eventSpec(const QString& raw)
{
    return analysis::EventSpec{analysis::isAnyEvent(raw), analysis::unescape(raw), {}, {}};
}

bool AnalysisInputs::eventOrAny(CliSession& session, analysis::EventSpec& spec, int& exitCode)
{
    const auto& p = session.parser();
    if (p.isSet(QStringLiteral("any")) == p.isSet(QStringLiteral("event"))) {
        exitCode = session.usageError(QStringLiteral("give either --event E or --any"));
        return false;
    }
    spec = p.isSet(QStringLiteral("any")) ? analysis::EventSpec{true, QString(), {}, {}}
                                          : eventSpec(p.value(QStringLiteral("event")));
    return true;
}

bool AnalysisInputs::conditions(CliSession& session, const QString& option, std::vector<analysis::Condition>& into,
                                int& exitCode)
{
    for (const QString& text : session.parser().values(option)) {
        QString error;
        const auto c = analysis::parseCondition(text, error);
        if (!c) {
            exitCode = session.usageError(error);
            return false;
        }
        into.push_back(*c);
    }
    return true;
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

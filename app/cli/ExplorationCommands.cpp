#include "app/cli/ExplorationCommands.h"

#include "app/cli/AnalysisInputs.h"
#include "app/cli/CliExitCode.h"
#include "core/analysis/engine/SessionStats.h"
#include "core/analysis/query/PathOptions.h"
#include "core/analysis/query/SegmentOptions.h"
#include "core/util/TimeParsing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace hc::cli {

int runSessionsCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("sessions"), QStringLiteral("--db PATH --from DATE --to DATE [--timeout 30m]"),
                       QStringLiteral("Sessions that start in the range: count, length, events and bounce rate."));
    auto& p = session.parser();
    AnalysisInputs::addRangeOptions(p);
    p.addOption({QStringLiteral("timeout"),
                 QStringLiteral("Inactivity that ends a session, 1m to 24h (default: the "
                                "workspace setting, 30m)."),
                 QStringLiteral("DURATION")});
    if (!session.parse(args))
        return session.exitCode();
    std::optional<qint64> timeout;
    if (p.isSet(QStringLiteral("timeout"))) {
        timeout = time::parseDurationMs(p.value(QStringLiteral("timeout")));
        if (!timeout || *timeout < 60000 || *timeout > 86400000)
            return session.usageError(QStringLiteral("--timeout takes a duration from 1m to 24h"));
    }
    AnalysisInputs in;
    int code = 0;
    if (!in.prepare(session, code))
        return code;
    if (timeout) {
        dataset::DatasetSettings settings = in.data->settings();
        settings.sessionTimeoutMs = *timeout;
        in.data = in.data->withSettings(settings);
    }
    const auto stats = analysis::computeSessionStats(*in.data, analysis::SessionStatsQuery{in.range}, *in.calendar);
    if (!stats.ok())
        return session.fail(stats.error());
    const auto& s = stats.value();
    if (session.json()) {
        QJsonArray buckets;
        for (const auto& b : s.lengths)
            buckets.append(QJsonObject{
                {QStringLiteral("label"), b.label},
                {QStringLiteral("up_to_seconds"), b.upToSeconds < 0 ? QJsonValue() : QJsonValue(b.upToSeconds)},
                {QStringLiteral("count"), b.count}});
        session.printJson(QJsonObject{{QStringLiteral("sessions"), s.sessions},
                                      {QStringLiteral("users"), s.users},
                                      {QStringLiteral("avg_seconds"), jsonNumber(s.averageSeconds, false)},
                                      {QStringLiteral("median_seconds"), jsonNumber(s.medianSeconds, false)},
                                      {QStringLiteral("events_per_session"), jsonNumber(s.eventsPerSession, false)},
                                      {QStringLiteral("bounce_rate"), jsonNumber(s.bounceRate, false)},
                                      {QStringLiteral("lengths"), buckets}});
        return Success;
    }
    const QLocale l;
    QTextStream& out = session.out();
    out << "Sessions            " << l.toString(s.sessions) << " by " << l.toString(s.users) << " users\n";
    if (s.sessions > 0) {
        out << "Average length      " << l.toString(*s.averageSeconds / 60, 'f', 1) << " min (median "
            << l.toString(*s.medianSeconds / 60, 'f', 1) << " min)\n"
            << "Events per session  " << l.toString(*s.eventsPerSession, 'f', 2) << "\n"
            << "Bounce rate         " << l.toString(100 * *s.bounceRate, 'f', 1) << "%\n";
        for (const auto& b : s.lengths)
            out << "  " << b.label.leftJustified(14) << l.toString(b.count).rightJustified(12) << '\n';
    }
    out.flush();
    return Success;
}

int runSegmentCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("segment"),
                       QStringLiteral("--db PATH --event E|--any --by PROP [--by2 PROP] [--measure M] --from DATE "
                                      "--to DATE [--top N] [--where COND]..."),
                       QStringLiteral("A measure over the range, broken down by one or two properties."));
    AnalysisInputs::addRangeOptions(session.parser());
    session.addOptions(analysis::SegmentOptions::specs());
    if (!session.parse(args))
        return session.exitCode();
    const auto parsed = analysis::SegmentOptions::parse(session.options(analysis::SegmentOptions::specs()));
    if (!parsed.ok())
        return session.usageError(parsed.error().message);
    analysis::SegmentQuery q = parsed.value();
    int code = 0;
    AnalysisInputs in;
    in.breakdowns = {q.by, q.by2};
    if (!in.prepare(session, code))
        return code;
    q.range = in.range;
    in.warnIfUnknown(session, q.event);
    const auto r = analysis::computeSegments(*in.data, q, *in.calendar);
    if (!r.ok())
        return session.fail(r.error());
    if (session.json()) {
        QJsonArray rows;
        for (const auto& row : r.value().rows)
            rows.append(QJsonObject{{QStringLiteral("values"), QJsonArray::fromStringList(row.values)},
                                    {QStringLiteral("value"), jsonNumber(row.value, r.value().countsAreIntegers)}});
        session.printJson(
            QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("omitted_rows"), r.value().omittedRows}});
        return Success;
    }
    const QLocale l;
    for (const auto& row : r.value().rows) {
        QStringList shown;
        for (const QString& v : row.values)
            shown << (v.isEmpty() ? QStringLiteral("(none)") : v);
        session.out() << shown.join(QStringLiteral(" · ")).leftJustified(40) << ' '
                      << (row.value ? l.toString(*row.value, 'f', r.value().countsAreIntegers ? 0 : 2)
                                    : QStringLiteral("–"))
                             .rightJustified(14)
                      << '\n';
    }
    if (r.value().omittedRows > 0)
        session.out() << "(" << l.toString(r.value().omittedRows) << " more rows; raise --top to see them)\n";
    session.out().flush();
    return Success;
}

int runPathsCommand(const QStringList& args)
{
    CliSession session(
        QStringLiteral("paths"),
        QStringLiteral("--db PATH --anchor E --from DATE --to DATE [--direction next|previous] "
                       "[--steps M] [--top N]"),
        QStringLiteral("The most frequent event sequences after (or before) an event, within sessions."));
    AnalysisInputs::addRangeOptions(session.parser());
    session.addOptions(analysis::PathOptions::specs());
    if (!session.parse(args))
        return session.exitCode();
    const auto parsed = analysis::PathOptions::parse(session.options(analysis::PathOptions::specs()));
    if (!parsed.ok())
        return session.usageError(parsed.error().message);
    analysis::PathQuery q = parsed.value();
    AnalysisInputs in;
    int code = 0;
    if (!in.prepare(session, code))
        return code;
    q.range = in.range;
    in.warnIfUnknown(session, q.anchor);
    const auto r = analysis::computePaths(*in.data, q, *in.calendar);
    if (!r.ok())
        return session.fail(r.error());
    if (session.json()) {
        QJsonArray paths;
        for (const auto& row : r.value())
            paths.append(QJsonObject{{QStringLiteral("events"), QJsonArray::fromStringList(row.events)},
                                     {QStringLiteral("occurrences"), row.occurrences},
                                     {QStringLiteral("users"), row.users}});
        session.printJson(QJsonObject{{QStringLiteral("paths"), paths}});
        return Success;
    }
    const QLocale l;
    for (const auto& row : r.value())
        session.out() << (row.events.isEmpty() ? QStringLiteral("(session ended)")
                                               : row.events.join(QStringLiteral(" → ")))
                             .leftJustified(60)
                      << l.toString(row.occurrences).rightJustified(12) << l.toString(row.users).rightJustified(10)
                      << " users\n";
    session.out().flush();
    return Success;
}

} // namespace hc::cli

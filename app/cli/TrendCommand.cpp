#include "app/cli/TrendCommand.h"

#include "app/cli/AnalysisInputs.h"
#include "app/cli/CliExitCode.h"
#include "core/analysis/query/TrendOptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace hc::cli {

int runTrendCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("trend"),
                       QStringLiteral("--db PATH --event E|--any --measure M --interval I --from DATE --to DATE "
                                      "[--breakdown PROP [--top N]] [--where COND]..."),
                       QStringLiteral("A measure per period, optionally broken down by a property."));
    AnalysisInputs::addRangeOptions(session.parser());
    session.addOptions(analysis::TrendOptions::specs());
    if (!session.parse(args))
        return session.exitCode();
    const auto parsed = analysis::TrendOptions::parse(session.options(analysis::TrendOptions::specs()));
    if (!parsed.ok())
        return session.usageError(parsed.error().message);
    analysis::TrendQuery q = parsed.value();

    int code = 0;
    AnalysisInputs in;
    in.takeCohortConditions(q.event.where);
    in.breakdowns = {q.breakdown};
    if (!in.prepare(session, code))
        return code;
    q.range = in.range;
    in.warnIfUnknown(session, q.event);
    const auto result = analysis::computeTrend(*in.data, q, *in.calendar);
    if (!result.ok())
        return session.failOrUsage(result.error());
    const auto& r = result.value();
    if (session.json()) {
        QJsonArray series;
        for (const auto& s : r.series) {
            QJsonArray points;
            for (size_t i = 0; i < r.periods.size(); ++i)
                points.append(QJsonObject{{QStringLiteral("t"), r.periods[i].label},
                                          {QStringLiteral("value"), jsonNumber(s.values[i], r.countsAreIntegers)}});
            QJsonObject one{{QStringLiteral("label"), s.label}, {QStringLiteral("points"), points}};
            if (s.previous)
                one.insert(QStringLiteral("previous"), true); // --compare: the previous range, point by point
            series.append(one);
        }
        session.printJson(QJsonObject{{QStringLiteral("series"), series}});
        return Success;
    }
    const QLocale l;
    for (const auto& s : r.series) {
        session.out() << (s.kind == analysis::TrendSeries::Kind::Missing ? QStringLiteral("(none)") : s.label)
                      << (s.previous ? " (previous range)" : "") << '\n';
        for (size_t i = 0; i < r.periods.size(); ++i)
            session.out() << "  " << r.periods[i].label.leftJustified(16) << ' '
                          << (s.values[i] ? l.toString(*s.values[i], 'f', r.countsAreIntegers ? 0 : 2)
                                          : QStringLiteral("–"))
                                 .rightJustified(14)
                          << '\n';
    }
    session.out().flush();
    return Success;
}

} // namespace hc::cli

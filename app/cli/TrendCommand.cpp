#include "app/cli/TrendCommand.h"

#include "app/cli/AnalysisInputs.h"
#include "app/cli/CliExitCode.h"
#include "core/analysis/Trend.h"

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
    auto& p = session.parser();
    AnalysisInputs::addRangeOptions(p);
    AnalysisInputs::addMeasureOptions(p);
    p.addOption({QStringLiteral("interval"), QStringLiteral("hour, day, week or month (default day)."),
                 QStringLiteral("I")});
    p.addOption({QStringLiteral("breakdown"), QStringLiteral("Split the series by this property."), QStringLiteral("PROP")});
    p.addOption({QStringLiteral("top"), QStringLiteral("Series for the N largest values (default 10)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("rolling"), QStringLiteral("Each point the mean of the last N periods."), QStringLiteral("N")});
    p.addOption({QStringLiteral("cumulative"), QStringLiteral("Running totals (total, uniques, sum:PROP).")});
    p.addOption({QStringLiteral("compare"), QStringLiteral("Add each series over the previous range of equal length.")});
    if (!session.parse(args))
        return session.exitCode();

    analysis::TrendQuery q;
    int code = 0;
    if (!AnalysisInputs::measureOptions(session, q.event, q.measure, q.measureProperty, code))
        return code;
    if (p.isSet(QStringLiteral("interval")) && !analysis::intervalFromName(p.value(QStringLiteral("interval")), q.interval))
        return session.usageError(QStringLiteral("--interval takes hour, day, week or month"));
    qint64 top = 10;
    if (!session.integerOption(QStringLiteral("top"), 1, 1000, top))
        return session.exitCode();
    if (p.isSet(QStringLiteral("top")) && !p.isSet(QStringLiteral("breakdown")))
        return session.usageError(QStringLiteral("--top only has a meaning with --breakdown"));
    q.top = int(top);
    qint64 rolling = 0;
    if (!session.integerOption(QStringLiteral("rolling"), 2, 1000, rolling))
        return session.exitCode();
    q.rollingPeriods = int(rolling);
    q.cumulative = p.isSet(QStringLiteral("cumulative"));
    q.compare = p.isSet(QStringLiteral("compare"));
    q.breakdown = p.value(QStringLiteral("breakdown"));

    AnalysisInputs in;
    if (!in.prepare(session, code))
        return code;
    q.range = in.range;
    in.warnIfUnknown(session, q.event);
    const auto result = analysis::computeTrend(*in.data, q, *in.calendar);
    if (!result.ok())
        return result.error().code == Error::Code::Invalid ? session.usageError(result.error().message)
                                                            : session.fail(result.error());
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

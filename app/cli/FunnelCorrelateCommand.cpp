#include "app/cli/FunnelCorrelateCommand.h"

#include "app/cli/AnalysisInputs.h"
#include "app/cli/CliExitCode.h"
#include "core/analysis/engine/FunnelCorrelation.h"
#include "core/analysis/query/FunnelOptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace hc::cli {

int runFunnelCorrelateCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("funnel-correlate"),
                       QStringLiteral("--db PATH --steps 'A,B,C' --from DATE --to DATE [funnel options] [--by PROP]... "
                                      "[--min-users N]"),
                       QStringLiteral("Which events and property values go with converting more or less often."));
    AnalysisInputs::addRangeOptions(session.parser());
    session.addOptions(analysis::FunnelOptions::specs());
    session.parser().addOption({QStringLiteral("by"),
                                QStringLiteral("A property whose values to compare (repeatable)."),
                                QStringLiteral("PROP")});
    session.parser().addOption({QStringLiteral("min-users"),
                                QStringLiteral("Leave out factors fewer users have (default 5)."),
                                QStringLiteral("N")});
    if (!session.parse(args))
        return session.exitCode();
    const auto parsed = analysis::FunnelOptions::parse(session.options(analysis::FunnelOptions::specs()));
    if (!parsed.ok())
        return session.usageError(parsed.error().message);
    qint64 minUsers = 5;
    if (session.parser().isSet(QStringLiteral("min-users"))
        && !session.integerOption(QStringLiteral("min-users"), 1, 1000000, minUsers))
        return session.exitCode();
    analysis::FunnelQuery q = parsed.value();
    int code = 0;
    AnalysisInputs in;
    if (!in.prepareFunnel(session, q, code))
        return code;
    const auto result = analysis::correlateFunnel(*in.data, q, session.parser().values(QStringLiteral("by")),
                                                  *in.calendar, int(minUsers));
    if (!result.ok())
        return session.failOrUsage(result.error());
    const auto& r = result.value();
    if (session.json()) {
        QJsonArray factors;
        for (const auto& f : r.factors)
            factors.append(QJsonObject{{QStringLiteral("kind"), f.kind},
                                       {QStringLiteral("name"), f.name},
                                       {QStringLiteral("value"), f.value},
                                       {QStringLiteral("odds_ratio"), f.oddsRatio},
                                       {QStringLiteral("ci95"), QJsonArray{f.low95, f.high95}},
                                       {QStringLiteral("p_value"), f.pValue},
                                       {QStringLiteral("success_count"), f.successCount},
                                       {QStringLiteral("failure_count"), f.failureCount}});
        session.printJson(QJsonObject{{QStringLiteral("method"), r.method},
                                      {QStringLiteral("n"), r.n},
                                      {QStringLiteral("converted"), r.converted},
                                      {QStringLiteral("confidence"), 0.95},
                                      {QStringLiteral("note"), r.note},
                                      {QStringLiteral("factors"), factors}});
        return Success;
    }
    const QLocale l;
    session.out() << l.toString(r.converted) << " of " << l.toString(r.n) << " users who entered converted\n";
    for (const auto& f : r.factors)
        session.out()
            << "  "
            << (f.kind == QLatin1String("event") ? f.name : f.name + QLatin1Char('=') + f.value).leftJustified(32)
            << " odds x" << l.toString(f.oddsRatio, 'f', 2) << " (" << l.toString(f.low95, 'f', 2) << "–"
            << l.toString(f.high95, 'f', 2) << "), p " << l.toString(f.pValue, 'g', 2) << '\n';
    session.out() << r.note << '\n';
    session.out().flush();
    return Success;
}

} // namespace hc::cli

#include "app/cli/RetentionCommand.h"

#include "app/cli/AnalysisInputs.h"
#include "app/cli/CliExitCode.h"
#include "core/analysis/query/RetentionOptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace hc::cli {

namespace {

QJsonArray cohortsJson(const analysis::RetentionTable& t)
{
    QJsonArray cohorts;
    for (const auto& c : t.cohorts) {
        QJsonArray retained, complete;
        for (qint64 r : c.retained)
            retained.append(r);
        for (bool b : c.complete)
            complete.append(b);
        cohorts.append(QJsonObject{{QStringLiteral("start"), c.start},
                                   {QStringLiteral("size"), c.size},
                                   {QStringLiteral("retained"), retained},
                                   {QStringLiteral("complete"), complete}});
    }
    return cohorts;
}

QJsonArray averageJson(const analysis::RetentionTable& t)
{
    QJsonArray a;
    for (const auto& v : t.average)
        a.append(jsonNumber(v, false));
    return a;
}

} // namespace

int runRetentionCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("retention"),
                       QStringLiteral("--db PATH --start-event E --return-event E --from DATE --to DATE [options]"),
                       QStringLiteral("Cohorts by the period of a start event, and who comes back in later periods."));
    AnalysisInputs::addRangeOptions(session.parser());
    session.addOptions(analysis::RetentionOptions::specs());
    if (!session.parse(args))
        return session.exitCode();
    const auto parsed = analysis::RetentionOptions::parse(session.options(analysis::RetentionOptions::specs()));
    if (!parsed.ok())
        return session.usageError(parsed.error().message);
    analysis::RetentionQuery q = parsed.value();

    int code = 0;
    AnalysisInputs in;
    in.takeCohortConditions(q.where);
    in.breakdowns = {q.breakdown};
    if (!in.prepare(session, code))
        return code;
    q.range = in.range;
    in.warnIfUnknown(session, q.start);
    in.warnIfUnknown(session, q.returning);
    const auto result = analysis::computeRetention(*in.data, q, *in.calendar);
    if (!result.ok())
        return session.failOrUsage(result.error());
    const auto& r = result.value();
    if (session.json()) {
        QJsonArray breakdown;
        for (const auto& b : r.breakdown)
            breakdown.append(QJsonObject{{QStringLiteral("value"), b.value},
                                         {QStringLiteral("cohorts"), cohortsJson(b.table)},
                                         {QStringLiteral("average"), averageJson(b.table)}});
        session.printJson(QJsonObject{{QStringLiteral("cohorts"), cohortsJson(r.overall)},
                                      {QStringLiteral("average"), averageJson(r.overall)},
                                      {QStringLiteral("breakdown"), breakdown}});
        return Success;
    }
    const QLocale l;
    QTextStream& out = session.out();
    out << "cohort            size";
    for (int k = 0; k < q.periods; ++k)
        out << QStringLiteral("%1").arg(k).rightJustified(8);
    out << '\n';
    for (const auto& c : r.overall.cohorts) {
        out << c.start.leftJustified(14) << l.toString(c.size).rightJustified(8);
        for (size_t k = 0; k < c.retained.size(); ++k) {
            const QString cell = c.size > 0 ? l.toString(100.0 * double(c.retained[k]) / double(c.size), 'f', 1)
                                                  + (c.complete[k] ? QStringLiteral("%") : QStringLiteral("*"))
                                            : QStringLiteral("–");
            out << cell.rightJustified(8);
        }
        out << '\n';
    }
    out << QStringLiteral("average").leftJustified(22);
    for (const auto& a : r.overall.average)
        out << (a ? QString(l.toString(100 * *a, 'f', 1) + QLatin1Char('%')) : QStringLiteral("–")).rightJustified(8);
    out << "\n(* incomplete: the period has not ended yet in the data)\n";
    out.flush();
    return Success;
}

} // namespace hc::cli

#include "app/cli/RetentionCommand.h"

#include "app/cli/AnalysisInputs.h"
#include "app/cli/CliExitCode.h"
#include "core/analysis/Retention.h"

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
    auto& p = session.parser();
    AnalysisInputs::addRangeOptions(p);
    const auto opt = [&](const char* name, const char* help, const char* value) {
        p.addOption({QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value)});
    };
    opt("start-event", "The event that puts a user in a cohort (* for any).", "E");
    opt("return-event", "The event that counts as coming back (* for any).", "E");
    opt("mode", "first_time (default), recurring or first_ever.", "MODE");
    opt("period", "hour, day (default), week or month.", "PERIOD");
    opt("periods", "Columns, period 0 included (default 8).", "N");
    opt("bracket", "on (default) or on_or_after.", "BRACKET");
    opt("min-occurrences", "Returns needed in a period (default 1).", "M");
    opt("start-where", "A condition on the start event (repeatable).", "COND");
    opt("return-where", "A condition on the return event (repeatable).", "COND");
    opt("where", "A condition on every event (repeatable).", "COND");
    opt("where-any", "Conditions of which every event must meet at least one (repeatable).", "COND");
    opt("range-scope", "start-event (default) or all-events.", "SCOPE");
    opt("breakdown", "Cohorts per value of this property.", "PROP");
    opt("buckets", "calendar (default) or rolling.", "BUCKETS");
    if (!session.parse(args))
        return session.exitCode();

    analysis::RetentionQuery q;
    if (!p.isSet(QStringLiteral("start-event")) || !p.isSet(QStringLiteral("return-event")))
        return session.usageError(QStringLiteral("--start-event and --return-event are required"));
    const QString rawStart = p.value(QStringLiteral("start-event"));
    const QString rawReturn = p.value(QStringLiteral("return-event"));
    q.start = AnalysisInputs::eventSpec(rawStart);
    q.returning = AnalysisInputs::eventSpec(rawReturn);
    const QString mode = p.value(QStringLiteral("mode"));
    if (mode == QLatin1String("recurring"))
        q.mode = analysis::RetentionMode::Recurring;
    else if (mode == QLatin1String("first_ever"))
        q.mode = analysis::RetentionMode::FirstEver;
    else if (!mode.isEmpty() && mode != QLatin1String("first_time"))
        return session.usageError(QStringLiteral("--mode takes first_time, recurring or first_ever"));
    if (p.isSet(QStringLiteral("period")) && !analysis::intervalFromName(p.value(QStringLiteral("period")), q.period))
        return session.usageError(QStringLiteral("--period takes hour, day, week or month"));
    qint64 periods = 8, minOccurrences = 1;
    if (!session.integerOption(QStringLiteral("periods"), 1, 1000, periods)
        || !session.integerOption(QStringLiteral("min-occurrences"), 1, 1000000, minOccurrences))
        return session.exitCode();
    q.periods = int(periods);
    q.minOccurrences = int(minOccurrences);
    const QString bracket = p.value(QStringLiteral("bracket"));
    if (bracket == QLatin1String("on_or_after"))
        q.bracket = analysis::RetentionBracket::OnOrAfter;
    else if (!bracket.isEmpty() && bracket != QLatin1String("on"))
        return session.usageError(QStringLiteral("--bracket takes on or on_or_after"));
    const QString scope = p.value(QStringLiteral("range-scope"));
    if (scope == QLatin1String("all-events"))
        q.scope = analysis::RetentionScope::AllEvents;
    else if (!scope.isEmpty() && scope != QLatin1String("start-event"))
        return session.usageError(QStringLiteral("--range-scope takes start-event or all-events"));
    const QString buckets = p.value(QStringLiteral("buckets"));
    if (buckets == QLatin1String("rolling"))
        q.rolling = true;
    else if (!buckets.isEmpty() && buckets != QLatin1String("calendar"))
        return session.usageError(QStringLiteral("--buckets takes calendar or rolling"));
    int code = 0;
    if (!AnalysisInputs::conditions(session, QStringLiteral("start-where"), q.start.where, code)
        || !AnalysisInputs::conditions(session, QStringLiteral("return-where"), q.returning.where, code)
        || !AnalysisInputs::conditions(session, QStringLiteral("where"), q.where, code)
        || !AnalysisInputs::conditions(session, QStringLiteral("where-any"), q.whereAny, code))
        return code;
    q.breakdown = p.value(QStringLiteral("breakdown"));

    AnalysisInputs in;
    if (!in.prepare(session, code))
        return code;
    q.range = in.range;
    in.warnIfUnknown(session, q.start);
    in.warnIfUnknown(session, q.returning);
    const auto result = analysis::computeRetention(*in.data, q, *in.calendar);
    if (!result.ok())
        return result.error().code == Error::Code::Invalid ? session.usageError(result.error().message)
                                                            : session.fail(result.error());
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

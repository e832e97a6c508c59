#include "app/cli/KpisCommand.h"

#include "app/cli/AnalysisInputs.h"
#include "app/cli/CliExitCode.h"
#include "core/analysis/engine/ActiveUsers.h"
#include "core/analysis/engine/Kpis.h"
#include "core/analysis/engine/Lifecycle.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace hc::cli {

namespace {

QString formatKpi(const analysis::Kpi& k, const std::optional<double>& v)
{
    const QLocale l;
    if (!v)
        return QStringLiteral("–");
    switch (k.unit) {
    case analysis::Kpi::Unit::Count:
        return l.toString(*v, 'f', *v == std::floor(*v) ? 0 : 1);
    case analysis::Kpi::Unit::Ratio:
        return k.id == QLatin1String("stickiness") ? l.toString(100 * *v, 'f', 1) + QLatin1Char('%')
                                                   : l.toString(*v, 'f', 2);
    case analysis::Kpi::Unit::Seconds: {
        const qint64 s = qint64(std::llround(*v));
        return s >= 60 ? QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60) : QStringLiteral("%1 s").arg(s);
    }
    case analysis::Kpi::Unit::Money:
        return l.toString(*v, 'f', 2);
    }
    return {};
}

} // namespace

int runKpisCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("kpis"), QStringLiteral("--db PATH --from DATE --to DATE [--where COND]..."),
                       QStringLiteral("Headline measures for a range, with the change against the previous range."));
    AnalysisInputs::addRangeOptions(session.parser());
    session.addOptions(AnalysisInputs::whereSpecs());
    if (!session.parse(args))
        return session.exitCode();
    AnalysisInputs in;
    const auto where = session.options(AnalysisInputs::whereSpecs()).conditions(QStringLiteral("where"));
    if (!where.ok())
        return session.usageError(where.error().message);
    in.filter = where.value(); // every event of every measure
    int code = 0;
    if (!in.prepare(session, code))
        return code;
    const auto result = analysis::computeKpis(*in.data, analysis::KpiQuery{in.range}, *in.calendar);
    if (!result.ok())
        return session.fail(result.error());
    const auto& p = session.parser();
    if (session.json()) {
        QJsonArray kpis;
        for (const auto& k : result.value().kpis) {
            const bool integer = k.unit == analysis::Kpi::Unit::Count && k.id != QLatin1String("dau");
            kpis.append(QJsonObject{{QStringLiteral("id"), k.id},
                                    {QStringLiteral("label"), k.label},
                                    {QStringLiteral("value"), jsonNumber(k.value, integer)},
                                    {QStringLiteral("previous"), jsonNumber(k.previous, integer)},
                                    {QStringLiteral("change"), jsonNumber(k.change, false)}});
        }
        session.printJson(QJsonObject{{QStringLiteral("from"), p.value(QStringLiteral("from"))},
                                      {QStringLiteral("to"), p.value(QStringLiteral("to"))},
                                      {QStringLiteral("kpis"), kpis}});
        return Success;
    }
    QTextStream& out = session.out();
    const QLocale l;
    out << "KPIs " << p.value(QStringLiteral("from")) << " to " << p.value(QStringLiteral("to")) << " ("
        << in.data->settings().zone.id() << "), change against the previous " << in.range.dayCount() << " days\n";
    for (const auto& k : result.value().kpis) {
        out << "  " << k.label.leftJustified(32, QLatin1Char(' ')) << formatKpi(k, k.value).rightJustified(16) << "  "
            << (k.change ? (*k.change >= 0 ? QStringLiteral("+") : QString()) + l.toString(100 * *k.change, 'f', 1)
                               + QLatin1Char('%')
                         : QStringLiteral("–"))
                   .rightJustified(9)
            << '\n';
    }
    out.flush();
    return Success;
}

int runDauCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("dau"), QStringLiteral("--db PATH --from DATE --to DATE"),
                       QStringLiteral("Daily, weekly (7-day) and monthly (30-day) active users for every day."));
    AnalysisInputs::addRangeOptions(session.parser());
    AnalysisInputs in;
    int code = 0;
    if (!in.parseAndPrepare(session, args, code))
        return code;
    const auto active = analysis::computeActiveUsers(*in.data, analysis::ActiveUsersQuery{in.range}, *in.calendar);
    if (!active.ok())
        return session.fail(active.error());
    const auto& days = active.value();
    if (session.json()) {
        QJsonArray list;
        for (const auto& d : days)
            list.append(
                QJsonObject{{QStringLiteral("t"), analysis::ReportingCalendar::dateOfDay(d.day).toString(Qt::ISODate)},
                            {QStringLiteral("dau"), d.dau},
                            {QStringLiteral("wau"), d.wau},
                            {QStringLiteral("mau"), d.mau}});
        session.printJson(QJsonObject{{QStringLiteral("days"), list}});
        return Success;
    }
    const QLocale l;
    session.out() << "day               DAU        WAU        MAU\n";
    for (const auto& d : days)
        session.out() << analysis::ReportingCalendar::dateOfDay(d.day).toString(Qt::ISODate) << ' '
                      << l.toString(d.dau).rightJustified(10) << ' ' << l.toString(d.wau).rightJustified(10) << ' '
                      << l.toString(d.mau).rightJustified(10) << '\n';
    session.out().flush();
    return Success;
}

int runLifecycleCommand(const QStringList& args)
{
    CliSession session(
        QStringLiteral("lifecycle"), QStringLiteral("--db PATH --from DATE --to DATE [--interval day|week|month]"),
        QStringLiteral("Active users per period as new, returning and resurrecting, and who went dormant."));
    AnalysisInputs::addRangeOptions(session.parser());
    session.parser().addOption(
        {QStringLiteral("interval"), QStringLiteral("day, week (default) or month."), QStringLiteral("I")});
    if (!session.parse(args))
        return session.exitCode();
    analysis::Interval interval = analysis::Interval::Week;
    const QString name = session.parser().value(QStringLiteral("interval"));
    if (!name.isEmpty() && (!analysis::intervalFromName(name, interval) || interval == analysis::Interval::Hour))
        return session.usageError(QStringLiteral("--interval takes day, week or month"));
    AnalysisInputs in;
    int code = 0;
    if (!in.prepare(session, code))
        return code;
    const auto lifecycle =
        analysis::computeLifecycle(*in.data, analysis::LifecycleQuery{in.range, interval}, *in.calendar);
    if (!lifecycle.ok())
        return session.fail(lifecycle.error());
    const auto& rows = lifecycle.value();
    if (session.json()) {
        QJsonArray list;
        for (const auto& r : rows)
            list.append(QJsonObject{{QStringLiteral("t"), r.period.label},
                                    {QStringLiteral("new"), r.newUsers},
                                    {QStringLiteral("returning"), r.returning},
                                    {QStringLiteral("resurrecting"), r.resurrecting},
                                    {QStringLiteral("dormant"), r.dormant}});
        session.printJson(QJsonObject{{QStringLiteral("periods"), list}});
        return Success;
    }
    const QLocale l;
    session.out() << "period              new   returning  resurrecting     dormant\n";
    for (const auto& r : rows)
        session.out() << r.period.label.leftJustified(12) << l.toString(r.newUsers).rightJustified(11)
                      << l.toString(r.returning).rightJustified(12) << l.toString(r.resurrecting).rightJustified(14)
                      << l.toString(-r.dormant).rightJustified(12) << '\n';
    session.out().flush();
    return Success;
}

} // namespace hc::cli

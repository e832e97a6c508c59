#include "app/cli/InsightCommands.h"

#include "app/cli/AnalysisInputs.h"
#include "app/cli/CliExitCode.h"
#include "core/analysis/query/EscapedText.h"
#include "core/insights/ChangeDecomposition.h"
#include "core/insights/InsightRun.h"
#include "core/store/InsightStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace hc::cli {

namespace {

bool whereOption(CliSession& session, AnalysisInputs& in, int& code)
{
    const auto where = session.options(AnalysisInputs::whereSpecs()).conditions(QStringLiteral("where"));
    if (!where.ok()) {
        code = session.usageError(where.error().message);
        return false;
    }
    in.filter = where.value();
    return true;
}

void printRun(CliSession& session, const insights::InsightRun& run,
              const QHash<QString, insights::InsightStatus>& statuses)
{
    if (session.json()) {
        session.printJson(insights::runToJson(run, &statuses));
        return;
    }
    QTextStream& out = session.out();
    out << "Insights " << run.id << " (" << insights::periodName(run.period) << ", " << run.from.toString(Qt::ISODate)
        << " to " << run.to.toString(Qt::ISODate) << "; " << run.scanned << " findings scanned)\n";
    int rank = 0;
    for (const insights::Insight& i : run.insights) {
        const auto status = statuses.value(i.id, insights::InsightStatus::New);
        if (status == insights::InsightStatus::Dismissed)
            continue;
        out << ++rank << ". [" << insights::typeName(i.type) << (i.significant ? "" : ", worth watching")
            << (status == insights::InsightStatus::New ? QString()
                                                       : QStringLiteral(", ") + insights::statusName(status))
            << "] " << i.title << "\n   " << i.explanation << "\n";
        for (const insights::Recommendation& r : i.recommendations)
            out << "   → " << r.category << ": " << r.text << "\n";
    }
    if (rank == 0)
        out << "Nothing stands out in this period.\n";
    out.flush();
}

int setStatus(CliSession& session, store::Workspace& ws, const QString& spec)
{
    const QString id = spec.section(u'=', 0, -2);
    const auto status = insights::statusFromName(spec.section(u'=', -1));
    if (id.isEmpty() || !status)
        return session.usageError(QStringLiteral("--set-status takes INSIGHT_ID=new|seen|dismissed|actioned"));
    if (const Status s = store::InsightStore(ws).setStatus(id, *status); !s.ok())
        return session.fail(s.error());
    if (session.json())
        session.printJson(
            QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), insights::statusName(*status)}});
    return Success;
}

int listRuns(CliSession& session, store::Workspace& ws)
{
    const auto runs = store::InsightStore(ws).runs();
    if (!runs.ok())
        return session.fail(runs.error());
    QJsonArray rows;
    for (const store::StoredRunSummary& r : runs.value()) {
        rows.append(QJsonObject{{QStringLiteral("id"), r.id},
                                {QStringLiteral("period"), r.period},
                                {QStringLiteral("from"), r.from.toString(Qt::ISODate)},
                                {QStringLiteral("to"), r.to.toString(Qt::ISODate)},
                                {QStringLiteral("created_at"), r.createdAt.toUTC().toString(Qt::ISODate)},
                                {QStringLiteral("events"), r.events},
                                {QStringLiteral("insights"), r.insights}});
        if (!session.json())
            session.out() << r.id << "  " << r.createdAt.toString(Qt::ISODate) << "  " << r.insights << " insights\n";
    }
    if (session.json())
        session.printJson(QJsonObject{{QStringLiteral("runs"), rows}});
    session.out().flush();
    return Success;
}

// A stored run as stored, or computed again from its inputs (saying whether it came out the same).
int reopenRun(CliSession& session, AnalysisInputs& in, store::Workspace& ws, const QString& id, bool regenerate)
{
    store::InsightStore runs(ws);
    const auto stored = runs.run(id);
    if (!stored.ok())
        return session.failOrUsage(stored.error());
    const auto statuses = runs.statuses();
    if (!statuses.ok())
        return session.fail(statuses.error());
    if (!regenerate) {
        printRun(session, stored.value(), statuses.value());
        return Success;
    }
    const QString zone = stored.value().inputs.value(QStringLiteral("zone")).toString();
    if (zone != QString::fromUtf8(in.calendar->zone().id()))
        return session.usageError(QStringLiteral("run %1 was made in %2; pass --tz %2 to regenerate it").arg(id, zone));
    auto again = insights::runInsights(*in.data, *in.calendar, insights::optionsFromInputs(stored.value().inputs));
    if (!again.ok())
        return session.failOrUsage(again.error());
    const QByteArray before = QJsonDocument(insights::runToJson(stored.value())).toJson(QJsonDocument::Compact);
    const QByteArray after = QJsonDocument(insights::runToJson(again.value())).toJson(QJsonDocument::Compact);
    if (before == after)
        session.warn(QStringLiteral("regenerated run %1: identical to the stored one").arg(id));
    else
        session.warn(QStringLiteral("regenerated run %1 differs from the stored one: it read %2 events up to %3, now "
                                    "there are %4 up to %5")
                         .arg(id, QString::number(stored.value().events),
                              QDateTime::fromMSecsSinceEpoch(stored.value().maxEventTimeMs, QTimeZone::utc())
                                  .toString(Qt::ISODate),
                              QString::number(again.value().events),
                              QDateTime::fromMSecsSinceEpoch(again.value().maxEventTimeMs, QTimeZone::utc())
                                  .toString(Qt::ISODate)));
    printRun(session, again.value(), statuses.value());
    return Success;
}

} // namespace

int runInsightsCommand(const QStringList& args)
{
    CliSession session(
        QStringLiteral("insights"),
        QStringLiteral("--db PATH [--period daily|weekly|monthly|adhoc] [--from DATE] [--to DATE] [--property P]... "
                       "[--where COND]... [--no-store] | --runs | --run ID [--regenerate] | --set-status ID=STATUS"),
        QStringLiteral("Ranked findings of the period: anomalies explained by their drivers, risks, opportunities "
                       "and successes, corrected for everything scanned (Benjamini-Hochberg). The run is stored in "
                       "the workspace."));
    AnalysisInputs::addRangeOptions(session.parser());
    session.addOptions(AnalysisInputs::whereSpecs());
    auto& p = session.parser();
    p.addOption({QStringLiteral("period"), QStringLiteral("daily (default), weekly, monthly or adhoc (--from..--to)."),
                 QStringLiteral("P")});
    p.addOption({QStringLiteral("property"),
                 QStringLiteral("A property to explain and segment by (repeatable; default: every property with 2 "
                                "to 50 values)."),
                 QStringLiteral("P")});
    p.addOption({QStringLiteral("no-store"), QStringLiteral("Do not store the run in the workspace.")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("List the stored runs, newest first.")});
    p.addOption({QStringLiteral("run"), QStringLiteral("Show a stored run."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("regenerate"), QStringLiteral("With --run: compute it again from its inputs.")});
    p.addOption({QStringLiteral("set-status"), QStringLiteral("Mark an insight new, seen, dismissed or actioned."),
                 QStringLiteral("ID=STATUS")});
    if (!session.parse(args))
        return session.exitCode();
    insights::InsightRunOptions options;
    if (p.isSet(QStringLiteral("period"))
        && !insights::periodFromName(p.value(QStringLiteral("period")), options.period))
        return session.usageError(QStringLiteral("--period is daily, weekly, monthly or adhoc"));
    const bool adhoc = options.period == insights::RunPeriod::AdHoc;
    if (adhoc != p.isSet(QStringLiteral("from")) || (adhoc && !p.isSet(QStringLiteral("to"))))
        return session.usageError(QStringLiteral("--from goes with --period adhoc, and adhoc needs --from and --to"));
    auto ws = store::Workspace::open(session.dbPath(), store::Workspace::OpenMode::MustExist);
    if (!ws.ok())
        return session.fail(ws.error());
    if (p.isSet(QStringLiteral("set-status")))
        return setStatus(session, *ws.value(), p.value(QStringLiteral("set-status")));
    if (p.isSet(QStringLiteral("runs")))
        return listRuns(session, *ws.value());
    int code = 0;
    AnalysisInputs in;
    in.readPropertyKeys = !p.isSet(QStringLiteral("property"));
    if (!whereOption(session, in, code) || !in.prepare(session, code, false))
        return code;
    if (p.isSet(QStringLiteral("run")))
        return reopenRun(session, in, *ws.value(), p.value(QStringLiteral("run")),
                         p.isSet(QStringLiteral("regenerate")));
    if (adhoc) { // --from and --to were both given, so prepare() read them as a range
        options.from = in.calendar->dateOfDay(in.range.firstDay);
        options.to = in.calendar->dateOfDay(in.range.lastDay);
    } else if (p.isSet(QStringLiteral("to"))) {
        options.to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
        if (!options.to.isValid())
            return session.usageError(QStringLiteral("--to takes a day, YYYY-MM-DD"));
    }
    options.properties = p.isSet(QStringLiteral("property")) ? p.values(QStringLiteral("property")) : in.propertyKeys;
    auto run = insights::runInsights(*in.data, *in.calendar, options);
    if (!run.ok())
        return session.failOrUsage(run.error());
    store::InsightStore runs(*ws.value());
    if (!p.isSet(QStringLiteral("no-store"))) {
        if (const Status saved = runs.saveRun(run.value()); !saved.ok())
            session.warn(QStringLiteral("the run was not stored: %1").arg(saved.error().message));
    }
    const auto statuses = runs.statuses();
    if (!statuses.ok())
        return session.fail(statuses.error());
    printRun(session, run.value(), statuses.value());
    return Success;
}

int runWhyCommand(const QStringList& args)
{
    CliSession session(
        QStringLiteral("why"),
        QStringLiteral("--db PATH --metric dau|events|users|conversion --from DATE --to DATE "
                       "[--compare-from DATE --compare-to DATE] [--by P]... [--goal E] [--where COND]..."),
        QStringLiteral("Decomposes a metric's change against an earlier period over the values of "
                       "each property into mix and rate effects; contributions add up to the change."));
    AnalysisInputs::addRangeOptions(session.parser());
    session.addOptions(AnalysisInputs::whereSpecs());
    auto& p = session.parser();
    p.addOption({QStringLiteral("metric"), QStringLiteral("dau, events, users or conversion."), QStringLiteral("M")});
    p.addOption({QStringLiteral("compare-from"),
                 QStringLiteral("First day of the earlier period (default: the range of equal length before)."),
                 QStringLiteral("DATE")});
    p.addOption(
        {QStringLiteral("compare-to"), QStringLiteral("Last day of the earlier period."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("by"),
                 QStringLiteral("A property to decompose over (repeatable; default: every property with 2 to 50 "
                                "values)."),
                 QStringLiteral("P")});
    p.addOption({QStringLiteral("goal"), QStringLiteral("conversion: the goal event."), QStringLiteral("E")});
    if (!session.parse(args))
        return session.exitCode();
    insights::ChangeQuery q;
    if (!insights::changeMetricFromName(p.value(QStringLiteral("metric")), q.metric))
        return session.usageError(QStringLiteral("--metric is dau, events, users or conversion"));
    if ((q.metric == insights::ChangeMetric::Conversion) != p.isSet(QStringLiteral("goal")))
        return session.usageError(QStringLiteral("--goal goes with --metric conversion, and conversion needs it"));
    if (p.isSet(QStringLiteral("compare-from")) != p.isSet(QStringLiteral("compare-to")))
        return session.usageError(QStringLiteral("--compare-from and --compare-to go together"));
    q.goal = analysis::EventSpec{analysis::isAnyEvent(p.value(QStringLiteral("goal"))),
                                 analysis::unescape(p.value(QStringLiteral("goal"))),
                                 {},
                                 {}};
    int code = 0;
    AnalysisInputs in;
    in.readPropertyKeys = !p.isSet(QStringLiteral("by"));
    if (!whereOption(session, in, code) || !in.prepare(session, code))
        return code;
    analysis::TimeRange previous = in.range.previous(*in.calendar);
    if (p.isSet(QStringLiteral("compare-from"))) {
        QString error;
        const auto parsed = analysis::parseTimeRange(p.value(QStringLiteral("compare-from")),
                                                     p.value(QStringLiteral("compare-to")), *in.calendar, error);
        if (!parsed)
            return session.usageError(error);
        previous = *parsed;
    }
    for (qint64 d = in.range.firstDay; d <= in.range.lastDay; ++d)
        q.currentDays.push_back(d);
    for (qint64 d = previous.firstDay; d <= previous.lastDay; ++d)
        q.previousDays.push_back(d);
    q.by = p.isSet(QStringLiteral("by")) ? p.values(QStringLiteral("by")) : in.propertyKeys;
    if (!p.isSet(QStringLiteral("by")))
        q.by = insights::usableProperties(*in.data, q.by);
    const auto r = insights::decomposeChange(*in.data, *in.calendar, q);
    if (!r.ok())
        return session.failOrUsage(r.error());
    const auto& d = r.value();
    if (session.json()) {
        QJsonArray drivers;
        for (const insights::ChangeDriver& x : d.drivers)
            drivers.append(QJsonObject{{QStringLiteral("property"), x.property},
                                       {QStringLiteral("value"), x.value},
                                       {QStringLiteral("before"), x.before},
                                       {QStringLiteral("after"), x.after},
                                       {QStringLiteral("mix_effect"), x.mixEffect},
                                       {QStringLiteral("rate_effect"), x.rateEffect},
                                       {QStringLiteral("contribution"), x.contribution}});
        session.printJson(QJsonObject{{QStringLiteral("metric"), d.metric},
                                      {QStringLiteral("method"), d.method},
                                      {QStringLiteral("n"), d.n},
                                      {QStringLiteral("before"), d.before},
                                      {QStringLiteral("after"), d.after},
                                      {QStringLiteral("total_change"), d.totalChange},
                                      {QStringLiteral("drivers"), drivers}});
        return Success;
    }
    const QLocale l;
    session.out() << d.metric << ": " << l.toString(d.before, 'f', 4) << " → " << l.toString(d.after, 'f', 4)
                  << " (change " << l.toString(d.totalChange, 'f', 4) << ")\n";
    for (const insights::ChangeDriver& x : d.drivers) {
        const QString label =
            QString(x.property + QStringLiteral(" = ") + (x.value.isEmpty() ? QStringLiteral("(not set)") : x.value));
        session.out() << "  " << label.leftJustified(36) << " " << l.toString(x.contribution, 'f', 4).rightJustified(12)
                      << "  (mix " << l.toString(x.mixEffect, 'f', 4) << ", rate " << l.toString(x.rateEffect, 'f', 4)
                      << ")\n";
    }
    session.out().flush();
    return Success;
}

} // namespace hc::cli

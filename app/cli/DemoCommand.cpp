#include "app/cli/DemoCommand.h"

#include "app/cli/CliExitCode.h"
#include "app/cli/CliSession.h"
#include "core/demo/DemoWorkspaceGenerator.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceSummary.h"
#include "core/util/TimeParsing.h"

#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace hc::cli {

int runDemoCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("demo"),
                       QStringLiteral("--db PATH [--users N] [--days N] [--seed S] [--end DATE]"),
                       QStringLiteral("Create a demo workspace with realistic, deterministic product events."));
    auto& p = session.parser();
    p.addOption({QStringLiteral("users"), QStringLiteral("Number of users (default 20000)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("days"), QStringLiteral("Number of days (default 120)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 42)."), QStringLiteral("S")});
    p.addOption({QStringLiteral("end"), QStringLiteral("Last day, YYYY-MM-DD (default yesterday, UTC)."),
                 QStringLiteral("DATE")});
    if (!session.parse(args))
        return session.exitCode();
    if (!p.positionalArguments().isEmpty())
        return session.usageError(QStringLiteral("unexpected argument “%1”").arg(p.positionalArguments().first()));

    demo::DemoOptions options;
    qint64 users = options.users, days = options.days, seed = qint64(options.seed);
    if (!session.integerOption(QStringLiteral("users"), 1, 10000000, users)
        || !session.integerOption(QStringLiteral("days"), 28, 3660, days)
        || !session.integerOption(QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), seed))
        return session.exitCode();
    options.users = int(users);
    options.days = int(days);
    options.seed = quint64(seed);
    if (p.isSet(QStringLiteral("end"))) {
        const auto end = time::parseCliDate(p.value(QStringLiteral("end")));
        if (!end)
            return session.usageError(
                QStringLiteral("--end takes a date as YYYY-MM-DD, got “%1”").arg(p.value(QStringLiteral("end"))));
        options.end = *end;
    }

    auto ws = store::Workspace::open(session.dbPath(), store::Workspace::OpenMode::CreateIfMissing);
    if (!ws.ok())
        return session.fail(ws.error());
    const auto existing = store::loadWorkspaceSummary(*ws.value(), QTimeZone::utc(), 1);
    if (!existing.ok())
        return session.fail(existing.error());
    if (existing.value().events > 0)
        return session.usageError(QStringLiteral("%1 already holds %2 events; the demo needs a new workspace file")
                                      .arg(session.dbPath())
                                      .arg(existing.value().events));

    CliSession::installInterruptHandler();
    TaskContext context([&](qint64 done, qint64 total) { session.progress(QStringLiteral("demo"), done, total); },
                        [] { return CliSession::interrupted(); });
    demo::DemoWorkspaceGenerator generator(options);
    const auto result = generator.generate(*ws.value(), context);
    if (!result.ok())
        return session.fail(result.error());
    const demo::DemoSummary& s = result.value();
    if (session.json()) {
        session.printJson(QJsonObject{{QStringLiteral("events"), s.events},
                                      {QStringLiteral("users"), s.users},
                                      {QStringLiteral("from"), s.from.toString(Qt::ISODate)},
                                      {QStringLiteral("to"), s.to.toString(Qt::ISODate)}});
    } else {
        const QLocale locale;
        session.out() << "Demo workspace " << session.dbPath() << ": " << locale.toString(s.events) << " events from "
                      << locale.toString(s.users) << " users, " << s.from.toString(Qt::ISODate) << " to "
                      << s.to.toString(Qt::ISODate) << " (UTC). Planted outage on "
                      << s.anomalyDay.toString(Qt::ISODate) << ".\n";
    }
    return Success;
}

} // namespace hc::cli

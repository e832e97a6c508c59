#include "app/cli/ForgetCommand.h"

#include "app/cli/CliExitCode.h"
#include "app/cli/CliSession.h"
#include "core/dataset/DatasetLoader.h"
#include "core/store/UserEraser.h"
#include "core/store/Workspace.h"

#include <QJsonObject>
#include <QLocale>

namespace hc::cli {

int runForgetCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("forget"), QStringLiteral("--db PATH --user DISTINCT_ID"),
                       QStringLiteral("Remove one user's events, profile and quarantined lines (right to erasure)."));
    session.parser().addOption(
        {QStringLiteral("user"), QStringLiteral("The distinct_id to forget."), QStringLiteral("DISTINCT_ID")});
    if (!session.parse(args))
        return session.exitCode();
    const QString user = session.parser().value(QStringLiteral("user"));
    if (user.isEmpty())
        return session.usageError(QStringLiteral("--user DISTINCT_ID is required"));
    auto ws = store::Workspace::open(session.dbPath(), store::Workspace::OpenMode::MustExist);
    if (!ws.ok())
        return session.fail(ws.error());
    const auto forgotten = store::UserEraser(*ws.value()).forget(user, QStringLiteral("hitcraft-cli"));
    if (!forgotten.ok())
        return session.failOrUsage(forgotten.error());
    // The column file holds the user's events and id too: drop it and write it again.
    TaskContext context;
    if (auto rewritten = dataset::rewriteColumnFiles(*ws.value(), context); !rewritten.ok())
        return session.fail(rewritten.error());
    const store::ForgetSummary& s = forgotten.value();
    if (session.json()) {
        session.printJson(QJsonObject{{QStringLiteral("events"), s.events},
                                      {QStringLiteral("profiles"), s.profiles},
                                      {QStringLiteral("quarantined"), s.quarantined}});
        return Success;
    }
    const QLocale l;
    session.out() << "Forgot the user: " << l.toString(s.events) << " events, " << l.toString(s.profiles)
                  << " profiles, " << l.toString(s.quarantined) << " quarantined lines removed; audit entry written.\n";
    session.out().flush();
    return Success;
}

} // namespace hc::cli

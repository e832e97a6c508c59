#include "app/cli/BackupCommands.h"

#include "app/cli/CliExitCode.h"
#include "app/cli/CliSession.h"
#include "core/dataset/DatasetLoader.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceBackup.h"
#include "core/store/WorkspaceSummary.h"

#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace hc::cli {

namespace {

// The events and users a workspace holds, for the report of both commands.
QJsonObject countsOf(store::Workspace& ws)
{
    const auto s = store::loadWorkspaceSummary(ws, QTimeZone::utc(), 1);
    return s.ok()
               ? QJsonObject{{QStringLiteral("events"), s.value().events}, {QStringLiteral("users"), s.value().users}}
               : QJsonObject();
}

} // namespace

int runBackupCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("backup"), QStringLiteral("--db PATH --to FILE"),
                       QStringLiteral("Copy the workspace to FILE (a consistent snapshot, also while it is open)."));
    session.parser().addOption(
        {QStringLiteral("to"), QStringLiteral("The backup file to write."), QStringLiteral("FILE")});
    if (!session.parse(args))
        return session.exitCode();
    const QString to = session.parser().value(QStringLiteral("to"));
    if (to.isEmpty())
        return session.usageError(QStringLiteral("--to FILE is required"));
    auto ws = store::Workspace::open(session.dbPath(), store::Workspace::OpenMode::MustExist);
    if (!ws.ok())
        return session.fail(ws.error());
    const auto bytes = store::WorkspaceBackup::backup(*ws.value(), to);
    if (!bytes.ok())
        return session.failOrUsage(bytes.error());
    QJsonObject report = countsOf(*ws.value());
    report.insert(QStringLiteral("bytes"), bytes.value());
    if (session.json()) {
        session.printJson(report);
        return Success;
    }
    session.out() << "Backed up " << QLocale().toString(report.value(QStringLiteral("events")).toInteger())
                  << " events to " << to << " (" << QLocale().toString(bytes.value()) << " bytes).\n";
    session.out().flush();
    return Success;
}

int runRestoreCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("restore"), QStringLiteral("--db PATH --from FILE"),
                       QStringLiteral("Replace the workspace's contents with the backup in FILE."));
    session.parser().addOption(
        {QStringLiteral("from"), QStringLiteral("The backup to restore."), QStringLiteral("FILE")});
    if (!session.parse(args))
        return session.exitCode();
    const QString from = session.parser().value(QStringLiteral("from"));
    if (from.isEmpty())
        return session.usageError(QStringLiteral("--from FILE is required"));
    auto ws = store::Workspace::open(session.dbPath(), store::Workspace::OpenMode::CreateIfMissing);
    if (!ws.ok())
        return session.fail(ws.error());
    if (auto s = store::WorkspaceBackup::restore(from, *ws.value()); !s.ok()) {
        const Error::Code c = s.error().code;
        const bool badInput = c == Error::Code::Invalid || c == Error::Code::NotWorkspace
                              || c == Error::Code::NewerSchema || c == Error::Code::Corrupt;
        return badInput ? session.usageError(s.error().message) : session.fail(s.error());
    }
    // The column files described the old contents.
    TaskContext context;
    if (auto rewritten = dataset::rewriteColumnFiles(*ws.value(), context); !rewritten.ok())
        return session.fail(rewritten.error());
    const QJsonObject report = countsOf(*ws.value());
    if (session.json()) {
        session.printJson(report);
        return Success;
    }
    session.out() << "Restored " << QLocale().toString(report.value(QStringLiteral("events")).toInteger())
                  << " events from " << from << ".\n";
    session.out().flush();
    return Success;
}

} // namespace hc::cli

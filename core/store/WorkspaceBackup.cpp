#include "core/store/WorkspaceBackup.h"

#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace hc::store {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::store::WorkspaceBackup", text); }

// Copies every page of `from` into `to` in one step, so the copy is one snapshot of the source.
Status copyDatabase(sqlite3* from, sqlite3* to, const QString& what)
{
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return makeError(Error::Code::Database, tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(to))));
    const int rc = sqlite3_backup_step(b, -1);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE)
        return makeError(Error::Code::Database, tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errstr(rc))));
    return Done{};
}

} // namespace

Result<qint64> WorkspaceBackup::backup(Workspace& workspace, const QString& file)
{
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(workspace.path()).absoluteFilePath())
        return makeError(Error::Code::Invalid, tr("The backup must go to another file than the workspace."));
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    sqlite3* out = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const Error e = makeError(
            Error::Code::Io, tr("Cannot write the backup “%1”: %2").arg(file, QString::fromUtf8(sqlite3_errmsg(out))));
        sqlite3_close(out);
        return e;
    }
    Status copied = copyDatabase(workspace.handle(), out, tr("The backup"));
    // One self-contained file: no WAL beside the copy.
    if (copied.ok() && sqlite3_exec(out, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        copied =
            makeError(Error::Code::Database, tr("The backup failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(out))));
    sqlite3_close(out);
    if (!copied.ok())
        return copied.error();
    return QFileInfo(file).size();
}

Status WorkspaceBackup::restore(const QString& file, Workspace& workspace)
{
    if (!QFileInfo::exists(file))
        return makeError(Error::Code::Invalid, tr("There is no backup “%1”.").arg(file));
    // Opening checks the file: not a workspace, damaged or newer are refused without a change.
    auto source = Workspace::open(file, Workspace::OpenMode::MustExist);
    if (!source.ok())
        return source.error();
    return copyDatabase(source.value()->handle(), workspace.handle(), tr("Restoring the backup"));
}

} // namespace hc::store

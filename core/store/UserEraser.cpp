#include "core/store/UserEraser.h"

#include "core/store/SqliteStatement.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceCatalog.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

namespace hc::store {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::store::UserEraser", text); }

Error sqliteError(sqlite3* db, const QString& path)
{
    return makeError(Error::Code::Database,
                     tr("Forgetting the user failed in “%1”: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db))));
}

// Runs one DELETE for the user's row id; returns the rows it removed, or -1 on an error.
qint64 deleteForUser(sqlite3* db, const char* sql, qint64 userId)
{
    SqliteStatement s(db, sql);
    if (!s.isValid())
        return -1;
    s.bindInt(1, userId);
    return s.step() == SQLITE_DONE ? qint64(sqlite3_changes(db)) : -1;
}

// Quarantined lines that name the id: as a JSON string ("id") or as a whole CSV field.
qint64 deleteQuarantined(sqlite3* db, const QByteArray& id)
{
    SqliteStatement s(db, "DELETE FROM quarantine WHERE instr(raw, ?1) > 0 OR instr(',' || raw || ',', ?2) > 0");
    if (!s.isValid())
        return -1;
    const QByteArray quoted = '"' + id + '"';
    const QByteArray field = ',' + id + ',';
    s.bindText(1, std::string_view(quoted.constData(), size_t(quoted.size())));
    s.bindText(2, std::string_view(field.constData(), size_t(field.size())));
    return s.step() == SQLITE_DONE ? qint64(sqlite3_changes(db)) : -1;
}

} // namespace

UserEraser::UserEraser(Workspace& workspace) : m_workspace(workspace) {}

Result<ForgetSummary> UserEraser::forget(const QString& distinctId, const QString& actor)
{
    if (auto writable = m_workspace.requireWritable(); !writable.ok())
        return writable.error();
    sqlite3* db = m_workspace.handle();
    const QByteArray id = distinctId.toUtf8();
    qint64 userId = -1;
    {
        SqliteStatement find(db, "SELECT id FROM users WHERE distinct_id = ?1");
        find.bindText(1, std::string_view(id.constData(), size_t(id.size())));
        if (find.step() == SQLITE_ROW)
            userId = find.columnInt(0);
    }
    if (userId < 0)
        return makeError(Error::Code::Invalid, tr("No user “%1” in this workspace.").arg(distinctId));
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, m_workspace.path());
    ForgetSummary summary;
    summary.events = deleteForUser(db, "DELETE FROM events WHERE user_id = ?1", userId);
    summary.profiles = deleteForUser(db, "DELETE FROM profiles WHERE user_id = ?1", userId);
    summary.quarantined = deleteQuarantined(db, id);
    const qint64 dictionary = deleteForUser(db, "DELETE FROM users WHERE id = ?1", userId);
    const bool ok = summary.events >= 0 && summary.profiles >= 0 && summary.quarantined >= 0 && dictionary >= 0
                    && m_workspace.raiseEventsGeneration().ok();
    if (!ok || sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const Error e = sqliteError(db, m_workspace.path());
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return e;
    }
    WorkspaceCatalog(m_workspace)
        .appendAudit(AuditEntry{QDateTime::currentDateTimeUtc(), actor, QStringLiteral("forget_user"),
                                tr("removed %1 events, %2 profiles and %3 quarantined lines of one user")
                                    .arg(summary.events)
                                    .arg(summary.profiles)
                                    .arg(summary.quarantined)});
    // The deleted rows may still sit in the WAL and in free pages: write them out of the file.
    if (sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_exec(db, "VACUUM", nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, m_workspace.path());
    return summary;
}

} // namespace hc::store

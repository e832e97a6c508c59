#pragma once

#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <memory>

struct sqlite3;

namespace hc::store {

// One workspace file: an SQLite database in WAL mode with our application id and a schema
// version in PRAGMA user_version. A Workspace object is one connection and belongs to the
// thread that opened it; other threads open their own.
class Workspace {
public:
    enum class OpenMode { MustExist, CreateIfMissing };

    static constexpr qint32 kApplicationId = 0x48435742; // "HCWB"

    // Setting keys stored in the workspace (never secrets).
    static inline const QString kReportingTimeZone = QStringLiteral("reporting_timezone");
    static inline const QString kWeekStart = QStringLiteral("week_start");
    static inline const QString kSessionTimeoutSeconds = QStringLiteral("session_timeout_seconds");
    // "true": events of a device linked to a $user_id count as that user (simplified ID merge).
    static inline const QString kResolveIdentities = QStringLiteral("resolve_identities");
    // Raised by every transaction that changes events; column snapshots remember it.
    static inline const QString kEventsGeneration = QStringLiteral("events_generation");

    // Refuses, without changing a byte, files that are not workspaces or come from a newer version;
    // migrates older workspaces forward, one transaction per step. A workspace whose file or folder
    // cannot be written opens read-only for MustExist (readers) and is refused for CreateIfMissing
    // (how writers open), with a message that nothing was changed.
    static Result<std::unique_ptr<Workspace>> open(const QString& path, OpenMode mode);

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    static QString sqliteVersion();

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    sqlite3* handle() const { return m_handle; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_readOnly; }
    // An error naming the read-only file when this workspace was opened read-only.
    Status requireWritable() const;

    QString setting(const QString& key, const QString& fallback = {}) const;
    Status setSetting(const QString& key, const QString& value);
    QTimeZone reportingTimeZone() const;

    // Inside a write transaction that changed events: snapshots of the events (the dataset's
    // column file) compare this number with their own, so raising it makes them stale.
    Status raiseEventsGeneration();

    // The error of the last failed SQLite call on this connection, `what` naming the step; a full
    // disk and a read-only file get messages that say nothing was lost or changed.
    Error lastSqliteError(const QString& what) const;

    // Runs one statement that returns no rows; errors carry SQLite's text.
    Status exec(const QString& sql);

private:
    Workspace(QString path, QString connectionName);
    Status connect(bool readOnly, bool immutable);
    Status prepareForWriting(bool fresh);
    Status migrate();

    QString m_path;
    QString m_connectionName;
    sqlite3* m_handle = nullptr;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
};

} // namespace hc::store

#include "core/store/Workspace.h"

#include "core/store/SchemaMigrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>
#include <unistd.h>

namespace hc::store {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::store::Workspace", text); }

QString nativePath(const QString& path) { return QDir::toNativeSeparators(path); }

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

Error notWorkspace(const QString& path, const QString& why)
{
    return makeError(Error::Code::NotWorkspace,
                     tr("“%1” is not a HitCraft workspace (%2). Open a workspace file made by HitCraft, "
                        "or create a new one with File > New.")
                         .arg(nativePath(path), why));
}

Error readOnlyErrorFor(const QString& path)
{
    return makeError(Error::Code::Io,
                     tr("“%1” is read-only (the file or its folder cannot be written), so nothing was changed. "
                        "Make it writable, or copy it to a folder you can write to.")
                         .arg(nativePath(path)));
}

Error newerSchema(const QString& path, int version)
{
    return makeError(Error::Code::NewerSchema,
                     tr("“%1” was written by a newer HitCraft (workspace version %2; this build reads up to "
                        "version %3). Update HitCraft to open it; the file was left unchanged.")
                         .arg(nativePath(path))
                         .arg(version)
                         .arg(currentSchemaVersion()));
}

Error diskFullError(const QString& path)
{
    return makeError(Error::Code::Io,
                     tr("The disk holding “%1” is full: the change in progress was rolled back and everything saved "
                        "before it is intact. Free some space and run it again.")
                         .arg(nativePath(path)));
}

Error databaseError(const QString& path, const QSqlError& e)
{
    const bool corrupt =
        e.nativeErrorCode() == QString::number(SQLITE_CORRUPT) || e.nativeErrorCode() == QString::number(SQLITE_NOTADB);
    if (corrupt)
        return makeError(Error::Code::Corrupt,
                         tr("“%1” is damaged and cannot be read (%2). It was not changed; restore it from a "
                            "backup or sync into a new workspace.")
                             .arg(nativePath(path), e.databaseText()),
                         e.text());
    if (e.nativeErrorCode() == QString::number(SQLITE_FULL))
        return diskFullError(path);
    if (e.nativeErrorCode() == QString::number(SQLITE_READONLY))
        return readOnlyErrorFor(path);
    return makeError(Error::Code::Database, tr("Database error in “%1”: %2").arg(nativePath(path), e.databaseText()),
                     e.text());
}

// Where the file or its folder cannot be written (permissions, a read-only medium), readers
// still open it; whatever would write says so before it starts.
bool locationWritable(const QString& path, bool exists)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    return ::access(dir.constData(), W_OK) == 0
           && (!exists || ::access(QFile::encodeName(path).constData(), W_OK) == 0);
}

// Read-only opens of a WAL database need its -shm; on a medium where none can be made, the file
// is read as immutable, which is sound only while no -wal holds changes not yet checkpointed.
bool hasPendingWal(const QString& path) { return QFileInfo(path + QStringLiteral("-wal")).size() > 0; }

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("hc-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Workspace::Workspace(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Workspace::sqliteVersion() { return QString::fromLatin1(sqlite3_libversion()); }

QSqlDatabase Workspace::database() const { return QSqlDatabase::database(m_connectionName, false); }

Status Workspace::connect(bool readOnly, bool immutable)
{
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (db.isOpen())
        db.close();
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(m_path);
    }
    db.setConnectOptions(options);
    if (!db.open())
        return databaseError(m_path, db.lastError());
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return makeError(Error::Code::Database, tr("The Qt SQLite driver did not hand out a connection handle."));
    m_handle = *static_cast<sqlite3* const*>(h.constData());
    return Done{};
}

// Looks at the header before SQLite touches the file, so a refusal changes nothing. `fresh`: the
// file is missing or empty and may become a workspace.
static Status checkHeader(const QString& path, bool& fresh)
{
    if (fresh)
        return Done{};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("Cannot read “%1”: %2").arg(nativePath(path), file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return notWorkspace(path, tr("not an SQLite database"));
    const quint32 userVersion = bigEndian32(header, 60);
    const quint32 applicationId = bigEndian32(header, 68);
    if (applicationId == quint32(Workspace::kApplicationId) && userVersion > quint32(currentSchemaVersion()))
        return newerSchema(path, int(userVersion));
    if (applicationId != quint32(Workspace::kApplicationId) && applicationId != 0)
        return notWorkspace(path, tr("it belongs to another application"));
    return Done{};
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir())
        return notWorkspace(path, tr("it is a folder"));
    if (!exists && mode == OpenMode::MustExist)
        return makeError(Error::Code::Invalid,
                         tr("“%1” does not exist. Check the path, or create a workspace with `demo` or `import`.")
                             .arg(nativePath(path)));
    bool fresh = !exists || info.size() == 0;
    if (auto s = checkHeader(path, fresh); !s.ok())
        return s.error();
    const bool writable = locationWritable(path, exists);
    if (!writable && (fresh || mode == OpenMode::CreateIfMissing))
        return readOnlyErrorFor(path); // CreateIfMissing is how writers open

    std::unique_ptr<Workspace> ws(new Workspace(path, nextConnectionName()));
    ws->m_readOnly = !writable;
    if (!fresh) {
        // A read-only look settles what the header may not show yet (a WAL not checkpointed).
        if (auto s = ws->connect(true, !writable && !hasPendingWal(path)); !s.ok())
            return s.error();
        QSqlQuery q(ws->database());
        if (!q.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                                   " (SELECT user_version FROM pragma_user_version),"
                                   " (SELECT count(*) FROM sqlite_schema)"))
            || !q.next())
            return databaseError(path, q.lastError());
        const qint64 applicationId = q.value(0).toLongLong();
        const int userVersion = q.value(1).toInt();
        const qint64 objects = q.value(2).toLongLong();
        q.finish();
        if (applicationId != kApplicationId) {
            if (objects > 0 || userVersion != 0)
                return notWorkspace(path, tr("it is an SQLite database of another application"));
            fresh = true; // an empty SQLite file: safe to turn into a workspace
        } else if (userVersion > currentSchemaVersion()) {
            return newerSchema(path, userVersion);
        }
        if (!writable) {
            if (fresh || userVersion < currentSchemaVersion())
                return readOnlyErrorFor(path); // it would need writing (creating or migrating) first
            ws->m_schemaVersion = userVersion;
            return ws; // the read-only connection is the one it keeps
        }
    }
    if (auto s = ws->prepareForWriting(fresh); !s.ok())
        return s.error();
    return ws;
}

Status Workspace::prepareForWriting(bool fresh)
{
    if (auto s = connect(false, false); !s.ok())
        return s;
    if (fresh) {
        // Larger pages quarter the system calls of bulk writes (each page goes to the WAL and back);
        // the page size can only be chosen before the first table exists.
        if (auto s = exec(QStringLiteral("PRAGMA page_size = 16384")); !s.ok())
            return s;
        if (auto s = exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !s.ok())
            return s;
    }
    for (const char* pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
          "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY", "PRAGMA wal_autocheckpoint = 2048"}) {
        if (auto s = exec(QString::fromLatin1(pragma)); !s.ok())
            return s;
    }
    return migrate();
}

Error Workspace::lastSqliteError(const QString& what) const
{
    const int code = sqlite3_errcode(m_handle);
    if (code == SQLITE_FULL)
        return diskFullError(m_path);
    if (code == SQLITE_READONLY)
        return readOnlyErrorFor(m_path);
    const QString text = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return makeError(code == SQLITE_IOERR ? Error::Code::Io : Error::Code::Database,
                     tr("%1 failed in “%2”: %3").arg(what, nativePath(m_path), text), text);
}

Status Workspace::requireWritable() const
{
    if (m_readOnly)
        return readOnlyErrorFor(m_path);
    return Done{};
}

Status Workspace::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return databaseError(m_path, q.lastError());
    m_schemaVersion = q.value(0).toInt();
    q.finish();
    for (const SchemaMigration& step : schemaMigrations()) {
        if (step.toVersion <= m_schemaVersion)
            continue;
        if (!db.transaction())
            return databaseError(m_path, db.lastError());
        for (const QString& sql : step.statements) {
            if (!q.exec(sql)) {
                const Error e = databaseError(m_path, q.lastError());
                db.rollback();
                return e;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion)) || !db.commit()) {
            const Error e = databaseError(m_path, q.lastError().isValid() ? q.lastError() : db.lastError());
            db.rollback();
            return e;
        }
        m_schemaVersion = step.toVersion;
    }
    return Done{};
}

QString Workspace::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status Workspace::setSetting(const QString& key, const QString& value)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return databaseError(m_path, q.lastError());
    return Done{};
}

QTimeZone Workspace::reportingTimeZone() const
{
    const QTimeZone zone(setting(kReportingTimeZone, QStringLiteral("UTC")).toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

Status Workspace::raiseEventsGeneration()
{
    if (sqlite3_exec(m_handle,
                     "INSERT INTO settings(key, value) VALUES('events_generation', '1') ON CONFLICT(key)"
                     " DO UPDATE SET value = CAST(value AS INTEGER) + 1",
                     nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return makeError(
            Error::Code::Database,
            tr("Database error in “%1”: %2").arg(nativePath(m_path), QString::fromUtf8(sqlite3_errmsg(m_handle))));
    return Done{};
}

Status Workspace::exec(const QString& sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return databaseError(m_path, q.lastError());
    return Done{};
}

} // namespace hc::store

#include "core/store/EventWriter.h"

#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

#include <optional>

#include <sqlite3.h>

namespace hc::store {

namespace {

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace

EventWriter::EventWriter(Workspace& workspace)
    : m_workspace(workspace), m_hasher(workspace),
      m_insertEvent(workspace.handle(),
                    "INSERT INTO events(user_id, time_ms, event_id, insert_id, source_id, source_day,"
                    " processing_ms, properties) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING"),
      m_replaceDuplicate(workspace.handle(),
                         "UPDATE events SET processing_ms = ?5, properties = ?6, source_id = ?7, source_day = ?8"
                         " WHERE user_id = ?1 AND time_ms = ?2 AND event_id = ?3 AND insert_id = ?4"
                         " AND (processing_ms IS NULL OR processing_ms < ?5)"),
      m_insertName(workspace.handle(), "INSERT INTO event_names(name) VALUES(?1)"),
      m_insertUser(workspace.handle(), "INSERT INTO users(distinct_id) VALUES(?1)"),
      m_insertQuarantine(workspace.handle(), "INSERT INTO quarantine(source_id, location, reason, raw, created_at)"
                                             " VALUES(?1, ?2, ?3, ?4, ?5)")
      // A source's day holds events within a day or so of it in UTC (its calendar may be another
      // zone's), so the time-first identity index narrows the scan to a window around the day and
      // source_day decides exactly; no index of its own is needed.
      ,
      m_deleteDay(workspace.handle(),
                  "DELETE FROM events WHERE time_ms >= ?3 AND time_ms < ?4 AND source_id = ?1 AND source_day = ?2"),
      m_checkpoint(workspace.handle(), "INSERT INTO sync_checkpoints(source_id, day, status, rows, error, fetched_at)"
                                       " VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(source_id, day) DO UPDATE SET"
                                       " status = excluded.status, rows = excluded.rows, error = excluded.error,"
                                       " fetched_at = excluded.fetched_at"),
      m_profile(workspace.handle(),
                "INSERT INTO profiles(user_id, properties, updated_at, source_id) VALUES(?1, ?2, ?3, ?4)"
                " ON CONFLICT(user_id) DO UPDATE SET properties = excluded.properties,"
                " updated_at = excluded.updated_at, source_id = excluded.source_id")
{
}

Error EventWriter::sqliteError(const QString& what) const { return m_workspace.lastSqliteError(what); }

Result<qint64> EventWriter::ensureSource(const QString& name, const QString& kind)
{
    const QByteArray n = name.toUtf8();
    const QByteArray k = kind.toUtf8();
    SqliteStatement insert(m_workspace.handle(), "INSERT INTO sources(name, kind, created_at) VALUES(?1, ?2, ?3)"
                                                 " ON CONFLICT(name) DO NOTHING");
    insert.bindText(1, std::string_view(n.constData(), size_t(n.size())));
    insert.bindText(2, std::string_view(k.constData(), size_t(k.size())));
    insert.bindInt(3, nowMs());
    if (insert.step() != SQLITE_DONE)
        return sqliteError(QStringLiteral("Registering the source"));
    SqliteStatement select(m_workspace.handle(), "SELECT id FROM sources WHERE name = ?1");
    select.bindText(1, std::string_view(n.constData(), size_t(n.size())));
    if (select.step() != SQLITE_ROW)
        return sqliteError(QStringLiteral("Looking up the source"));
    return select.columnInt(0);
}

Status EventWriter::begin()
{
    // Every id this writer binds comes from the dictionaries it fills in the same transaction,
    // so SQLite's foreign-key lookups (three per event) would only re-check what holds by
    // construction; they cost about a tenth of the import time. The pragma only takes effect
    // outside a transaction, so it is switched here and back after commit or rollback.
    sqlite3_exec(m_workspace.handle(), "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr);
    if (sqlite3_exec(m_workspace.handle(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(QStringLiteral("Starting a write"));
    return Done{};
}

Status EventWriter::commit()
{
    if (m_eventsChanged && !m_workspace.raiseEventsGeneration().ok()) {
        const Error e = sqliteError(QStringLiteral("Saving"));
        rollback();
        return e;
    }
    if (sqlite3_exec(m_workspace.handle(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const Error e = sqliteError(QStringLiteral("Saving"));
        rollback();
        return e;
    }
    m_eventsChanged = false;
    sqlite3_exec(m_workspace.handle(), "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    return Done{};
}

void EventWriter::rollback()
{
    if (!sqlite3_get_autocommit(m_workspace.handle()))
        sqlite3_exec(m_workspace.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_exec(m_workspace.handle(), "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    m_eventsChanged = false;
    // Ids handed out inside the rolled-back transaction are gone; reload on next use.
    m_eventNames.clear();
    m_users.clear();
    m_dictionariesLoaded = false;
}

Status EventWriter::loadDictionaries()
{
    SqliteStatement names(m_workspace.handle(), "SELECT id, name FROM event_names");
    while (names.step() == SQLITE_ROW)
        m_eventNames.insert(names.columnText(1), names.columnInt(0));
    SqliteStatement users(m_workspace.handle(), "SELECT id, distinct_id FROM users");
    int rc;
    while ((rc = users.step()) == SQLITE_ROW)
        m_users.insert(users.columnText(1), users.columnInt(0));
    if (rc != SQLITE_DONE)
        return sqliteError(QStringLiteral("Reading the dictionaries"));
    m_dictionariesLoaded = true;
    return Done{};
}

Result<qint64> EventWriter::dictionaryId(StringIdMap& cache, SqliteStatement& insert, std::string_view key)
{
    if (const qint64 id = cache.find(key); id >= 0)
        return id;
    insert.bindText(1, key);
    const int rc = insert.step();
    insert.reset();
    if (rc != SQLITE_DONE)
        return sqliteError(QStringLiteral("Adding a dictionary entry"));
    const qint64 id = sqlite3_last_insert_rowid(m_workspace.handle());
    cache.insert(key, id);
    return id;
}

Result<EventWriter::Outcome> EventWriter::write(const RawEvent& original, qint64 sourceId, qint64 sourceDay)
{
    // With pseudonymised properties the stored copy differs from the source's; otherwise no copy.
    std::optional<RawEvent> hashed;
    if (m_hasher.isActive()) {
        hashed = original;
        m_hasher.apply(hashed->propertiesJson);
    }
    const RawEvent& event = hashed ? *hashed : original;
    if (!m_dictionariesLoaded) {
        if (auto s = loadDictionaries(); !s.ok())
            return s.error();
    }
    const auto eventId = dictionaryId(m_eventNames, m_insertName, event.name);
    if (!eventId.ok())
        return eventId.error();
    const auto userId = dictionaryId(m_users, m_insertUser, event.distinctId);
    if (!userId.ok())
        return userId.error();

    SqliteStatement& ins = m_insertEvent;
    ins.bindInt(1, userId.value());
    ins.bindInt(2, event.timeMs);
    ins.bindInt(3, eventId.value());
    ins.bindTextOrNull(4, event.insertId);
    ins.bindInt(5, sourceId);
    ins.bindInt(6, sourceDay);
    if (event.hasProcessingTime)
        ins.bindInt(7, event.processingTimeMs);
    else
        ins.bindNull(7);
    ins.bindText(8, event.propertiesJson.empty() ? std::string_view("{}") : std::string_view(event.propertiesJson));
    const int rc = ins.step();
    ins.reset();
    if (rc != SQLITE_DONE)
        return sqliteError(QStringLiteral("Storing an event"));
    if (sqlite3_changes(m_workspace.handle()) == 1) {
        m_eventsChanged = true;
        return Outcome::Inserted;
    }

    // The key is present already. A missing processing time is older than any, so only a
    // present and strictly larger one replaces the stored row (ties keep the stored row).
    if (event.hasProcessingTime) {
        SqliteStatement& up = m_replaceDuplicate;
        up.bindInt(1, userId.value());
        up.bindInt(2, event.timeMs);
        up.bindInt(3, eventId.value());
        up.bindText(4, event.insertId);
        up.bindInt(5, event.processingTimeMs);
        up.bindText(6, event.propertiesJson.empty() ? std::string_view("{}") : std::string_view(event.propertiesJson));
        up.bindInt(7, sourceId);
        up.bindInt(8, sourceDay);
        const int urc = up.step();
        up.reset();
        if (urc != SQLITE_DONE)
            return sqliteError(QStringLiteral("Replacing a duplicate"));
        m_eventsChanged = m_eventsChanged || sqlite3_changes(m_workspace.handle()) > 0;
    }
    return Outcome::Duplicate;
}

Status EventWriter::quarantine(qint64 sourceId, const QString& location, const QString& reason, std::string_view raw)
{
    const QByteArray loc = location.toUtf8();
    const QByteArray why = reason.toUtf8();
    SqliteStatement& q = m_insertQuarantine;
    q.bindInt(1, sourceId);
    q.bindText(2, std::string_view(loc.constData(), size_t(loc.size())));
    q.bindText(3, std::string_view(why.constData(), size_t(why.size())));
    // A rejected line cannot be parsed reliably, so with pseudonymised properties its raw text,
    // which may hold them, is not kept; the reason and the location are.
    static const std::string_view kWithheld = "(raw line withheld: the workspace pseudonymises properties)";
    q.bindText(4, m_hasher.isActive() ? kWithheld : raw);
    q.bindInt(5, nowMs());
    const int rc = q.step();
    q.reset();
    if (rc != SQLITE_DONE)
        return sqliteError(QStringLiteral("Quarantining a line"));
    return Done{};
}

Result<qint64> EventWriter::deleteSourceDay(qint64 sourceId, qint64 day)
{
    constexpr qint64 kDayMs = 86400000;
    constexpr qint64 kMarginMs = 7 * kDayMs;
    m_deleteDay.bindInt(1, sourceId);
    m_deleteDay.bindInt(2, day);
    m_deleteDay.bindInt(3, day * kDayMs - kMarginMs);
    m_deleteDay.bindInt(4, (day + 1) * kDayMs + kMarginMs);
    const int rc = m_deleteDay.step();
    m_deleteDay.reset();
    if (rc != SQLITE_DONE)
        return sqliteError(QStringLiteral("Replacing a day"));
    const qint64 deleted = sqlite3_changes(m_workspace.handle());
    m_eventsChanged = m_eventsChanged || deleted > 0;
    return deleted;
}

Status EventWriter::recordCheckpoint(qint64 sourceId, qint64 day, bool done, qint64 rows, const QString& error)
{
    const QByteArray err = error.toUtf8();
    m_checkpoint.bindInt(1, sourceId);
    m_checkpoint.bindInt(2, day);
    m_checkpoint.bindText(3, done ? std::string_view("done") : std::string_view("failed"));
    m_checkpoint.bindInt(4, rows);
    m_checkpoint.bindTextOrNull(5, std::string_view(err.constData(), size_t(err.size())));
    m_checkpoint.bindInt(6, nowMs());
    const int rc = m_checkpoint.step();
    m_checkpoint.reset();
    if (rc != SQLITE_DONE)
        return sqliteError(QStringLiteral("Recording a checkpoint"));
    return Done{};
}

Status EventWriter::upsertProfile(std::string_view distinctId, std::string_view propertiesJson, qint64 updatedAtMs,
                                  qint64 sourceId)
{
    if (!m_dictionariesLoaded) {
        if (auto s = loadDictionaries(); !s.ok())
            return s.error();
    }
    const auto userId = dictionaryId(m_users, m_insertUser, distinctId);
    if (!userId.ok())
        return userId.error();
    std::string hashed;
    if (m_hasher.isActive()) {
        hashed = std::string(propertiesJson);
        m_hasher.apply(hashed);
        propertiesJson = hashed;
    }
    m_profile.bindInt(1, userId.value());
    m_profile.bindText(2, propertiesJson);
    m_profile.bindInt(3, updatedAtMs);
    m_profile.bindInt(4, sourceId);
    const int rc = m_profile.step();
    m_profile.reset();
    if (rc != SQLITE_DONE)
        return sqliteError(QStringLiteral("Storing a profile"));
    return Done{};
}

} // namespace hc::store

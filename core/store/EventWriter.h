#pragma once

#include "core/store/PropertyHasher.h"
#include "core/store/RawEvent.h"
#include "core/store/SqliteStatement.h"
#include "core/store/StringIdMap.h"
#include "core/util/Result.h"

#include <QString>

#include <string>
#include <string_view>

namespace hc::store {

class Workspace;

// Bulk writer for events, quarantine and profiles on the workspace's own connection.
// Callers bracket writes with begin()/commit(); one transaction per batch or per synced day.
class EventWriter {
public:
    enum class Outcome { Inserted, Duplicate };

    explicit EventWriter(Workspace& workspace);

    // The id of a named source (file path, "mixpanel:<project>", "demo"), created on first use.
    Result<qint64> ensureSource(const QString& name, const QString& kind);

    Status begin();
    Status commit();
    void rollback();

    // Inserts one event, or resolves a duplicate by the dedup key of semantics.md: the stored
    // row is replaced only by one with a larger mp_processing_time_ms.
    Result<Outcome> write(const RawEvent& event, qint64 sourceId, qint64 sourceDay);

    Status quarantine(qint64 sourceId, const QString& location, const QString& reason, std::string_view raw);

    // Removes a source's rows for one day, the first half of "replace a source's day". Rows of a
    // day must lie within seven days of it in UTC (sources give each event the day it was
    // fetched for, and a calendar day in any zone is within 14 hours of the UTC day).
    Result<qint64> deleteSourceDay(qint64 sourceId, qint64 day);
    Status recordCheckpoint(qint64 sourceId, qint64 day, bool done, qint64 rows, const QString& error);

    Status upsertProfile(std::string_view distinctId, std::string_view propertiesJson, qint64 updatedAtMs,
                         qint64 sourceId);

private:
    Result<qint64> dictionaryId(StringIdMap& cache, SqliteStatement& insert, std::string_view key);
    Status loadDictionaries();
    Error sqliteError(const QString& what) const;

    Workspace& m_workspace;
    PropertyHasher m_hasher; // the workspace's pseudonymised properties, read once
    bool m_dictionariesLoaded = false;
    bool m_eventsChanged = false; // this transaction added, replaced or removed events
    StringIdMap m_eventNames;
    StringIdMap m_users;
    SqliteStatement m_insertEvent;
    SqliteStatement m_replaceDuplicate;
    SqliteStatement m_insertName;
    SqliteStatement m_insertUser;
    SqliteStatement m_insertQuarantine;
    SqliteStatement m_deleteDay;
    SqliteStatement m_checkpoint;
    SqliteStatement m_profile;
};

} // namespace hc::store

#include "core/store/SchemaMigrations.h"

namespace hc::store {

const std::vector<SchemaMigration>& schemaMigrations()
{
    static const std::vector<SchemaMigration> kMigrations = {
        {1,
         {
             QStringLiteral("CREATE TABLE event_names(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
             QStringLiteral("CREATE TABLE users(id INTEGER PRIMARY KEY, distinct_id TEXT NOT NULL UNIQUE)"),
             QStringLiteral("CREATE TABLE sources(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                            " kind TEXT NOT NULL, created_at INTEGER NOT NULL)"),
             // time_ms: UTC epoch ms. source_day: the source's day number (days since 1970-01-01 in the
             // source's own calendar), the unit a re-sync replaces.
             QStringLiteral("CREATE TABLE events(id INTEGER PRIMARY KEY,"
                            " user_id INTEGER NOT NULL REFERENCES users(id),"
                            " time_ms INTEGER NOT NULL,"
                            " event_id INTEGER NOT NULL REFERENCES event_names(id),"
                            " insert_id TEXT,"
                            " source_id INTEGER NOT NULL REFERENCES sources(id),"
                            " source_day INTEGER NOT NULL,"
                            " processing_ms INTEGER,"
                            " properties TEXT NOT NULL DEFAULT '{}')"),
             // The one index on events. Its columns are the dedup key of semantics.md (NULL insert ids
             // never collide, as required); time first, because exports arrive in time order (so
             // inserts append) and because time ranges are what the explorer, the loader and day
             // replacement ask for. Every further index would cost the import about a tenth.
             QStringLiteral("CREATE UNIQUE INDEX events_identity ON events(time_ms, user_id, event_id, insert_id)"),
             QStringLiteral("CREATE TABLE profiles(user_id INTEGER PRIMARY KEY REFERENCES users(id),"
                            " properties TEXT NOT NULL, updated_at INTEGER NOT NULL,"
                            " source_id INTEGER REFERENCES sources(id))"),
             QStringLiteral("CREATE TABLE sync_checkpoints(source_id INTEGER NOT NULL REFERENCES sources(id),"
                            " day INTEGER NOT NULL, status TEXT NOT NULL CHECK(status IN ('done','failed')),"
                            " rows INTEGER NOT NULL DEFAULT 0, error TEXT, fetched_at INTEGER NOT NULL,"
                            " PRIMARY KEY(source_id, day))"),
             QStringLiteral("CREATE TABLE quarantine(id INTEGER PRIMARY KEY,"
                            " source_id INTEGER REFERENCES sources(id), location TEXT NOT NULL,"
                            " reason TEXT NOT NULL, raw TEXT NOT NULL, created_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         }},
        {2,
         {
             QStringLiteral("CREATE TABLE saved_queries(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                            " kind TEXT NOT NULL, definition TEXT NOT NULL,"
                            " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE import_runs(id INTEGER PRIMARY KEY,"
                            " source_id INTEGER NOT NULL REFERENCES sources(id), location TEXT NOT NULL,"
                            " started_at INTEGER NOT NULL, finished_at INTEGER NOT NULL, status TEXT NOT NULL,"
                            " read INTEGER NOT NULL, inserted INTEGER NOT NULL, duplicates INTEGER NOT NULL,"
                            " quarantined INTEGER NOT NULL)"),
         }},
        {3,
         {
             // Insight runs, dated and pinned to the data they read; the result is the run's JSON.
             QStringLiteral("CREATE TABLE analysis_runs(id TEXT PRIMARY KEY, period TEXT NOT NULL,"
                            " from_day TEXT NOT NULL, to_day TEXT NOT NULL, created_at INTEGER NOT NULL,"
                            " events INTEGER NOT NULL, max_event_time INTEGER NOT NULL,"
                            " engine_version TEXT NOT NULL, inputs TEXT NOT NULL, result TEXT NOT NULL)"),
             // What the analyst did with an insight, by its stable id, across runs.
             QStringLiteral("CREATE TABLE insight_status(insight_id TEXT PRIMARY KEY, status TEXT NOT NULL,"
                            " changed_at INTEGER NOT NULL)"),
         }},
        {4,
         {
             // Cohorts by their rule (CohortDefinition's JSON): members are computed when used.
             QStringLiteral("CREATE TABLE cohorts(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                            " definition TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
         }},
    };
    return kMigrations;
}

int currentSchemaVersion() { return schemaMigrations().back().toVersion; }

} // namespace hc::store

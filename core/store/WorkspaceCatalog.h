#pragma once

#include "core/store/Workspace.h"
#include "core/util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace hc::store {

// A named query kept in the workspace (saved_queries): `kind` says which view reads it ("view" for
// a scope of the window), `definition` is that view's own JSON.
struct SavedQuery {
    QString name;
    QString kind;
    QJsonObject definition;
};

// A note on a day ("Pricing page launched"), drawn on trend charts.
struct Annotation {
    QDate date;
    QString text;
};

// One source as the sync status view lists it.
struct SourceStatus {
    QString name;
    QString kind;
    qint64 events = 0;
    qint64 lastEventMs = 0;   // 0: no events
    qint64 lastFetchedMs = 0; // 0: never synced
    qint64 failedDays = 0;
};

// The stored row behind one event of a dataset, for the explorer's details pane.
struct EventDetails {
    QString insertId;
    QString propertiesJson;
};

// One finished (or cancelled) file import, for the run log.
struct ImportRun {
    qint64 sourceId = 0;
    QString location;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    QString status; // done, incomplete, cancelled
    qint64 read = 0;
    qint64 inserted = 0;
    qint64 duplicates = 0;
    qint64 quarantined = 0;
};

// One entry of the workspace's audit log: when, who asked, what was done and how much. Never the
// data itself (no user ids).
struct AuditEntry {
    QDateTime at;
    QString actor;
    QString action;
    QString detail;
};

// Everything outside the event rows that the window, the importers and sync read or write:
// saved queries, annotations, source status, property keys, event details, synced days and the
// import log. With EventWriter and DatasetLoader it is the only code that knows the schema.
// A catalog uses one workspace connection and belongs to that connection's thread.
class WorkspaceCatalog {
public:
    explicit WorkspaceCatalog(Workspace& workspace);
    // Opens an existing workspace on this thread's own connection, for work on a worker thread.
    static Result<std::unique_ptr<WorkspaceCatalog>> open(const QString& path);
    ~WorkspaceCatalog();

    Workspace& workspace() const { return *m_workspace; }

    Result<QList<SavedQuery>> savedQueries(const QString& kind) const;
    // Inserts or replaces the query of that name.
    Status saveQuery(const SavedQuery& query);
    // Deletes the query of that kind and name (none: nothing to do).
    Status removeQuery(const QString& kind, const QString& name);

    // The ISO 4217 code the revenue property is in (USD unless set), for the Revenue figures.
    QString revenueCurrency() const;
    Status setRevenueCurrency(const QString& code);

    Result<QList<Annotation>> annotations() const;
    Status addAnnotation(const Annotation& annotation);
    // Changes (or with no replacement, deletes) the first annotation of that day and text.
    Status replaceAnnotation(const Annotation& existing, const std::optional<Annotation>& replacement);

    Result<QList<SourceStatus>> sourceStatus() const;

    // Property keys of the newest events (enough for pickers without reading every row), sorted.
    Result<QStringList> propertyKeys(int newestEvents = 20000) const;

    // The stored row of the event at that instant of that user and name; nullopt when it is gone.
    Result<std::optional<EventDetails>> eventDetails(qint64 timeMs, const QString& distinctId,
                                                     const QString& eventName) const;

    // Day numbers a source has synced completely.
    Result<QSet<qint64>> doneDays(qint64 sourceId) const;

    Status recordImportRun(const ImportRun& run);

    // The audit log lives in the settings table as one JSON array (it needs no schema step).
    Result<QList<AuditEntry>> auditLog() const;
    Status appendAudit(const AuditEntry& entry);

private:
    WorkspaceCatalog(std::unique_ptr<Workspace> owned);
    // Per source id: events and the newest event's time.
    Result<QHash<qint64, QPair<qint64, qint64>>> eventTotalsBySource() const;

    std::unique_ptr<Workspace> m_owned;
    Workspace* m_workspace;
};

} // namespace hc::store

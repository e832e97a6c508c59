#pragma once

#include "core/util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace hc::store {

class Workspace;

struct EventCount {
    QString event;
    qint64 count = 0;
};

struct ImportRunInfo {
    QString location;
    QDateTime finishedAt;
    QString status;
    qint64 read = 0;
    qint64 inserted = 0;
    qint64 duplicates = 0;
    qint64 quarantined = 0;
};

// What `info` prints and the first screen shows.
struct WorkspaceSummary {
    int schemaVersion = 0;
    qint64 events = 0;
    qint64 users = 0;
    qint64 profiles = 0;
    qint64 eventNames = 0;
    qint64 quarantined = 0;
    QDate from; // first and last event day in the reporting zone; invalid when empty
    QDate to;
    QString timezone;
    QList<EventCount> topEvents;
    bool hasLastImport = false;
    ImportRunInfo lastImport;
    QDateTime lastSyncAt;        // invalid when no source was ever synced
    QList<QDate> failedSyncDays; // days whose last sync attempt failed
};

// Dates are days in `zone` (the workspace's reporting zone unless a caller overrides it).
Result<WorkspaceSummary> loadWorkspaceSummary(Workspace& workspace, const QTimeZone& zone, int topEventCount = 10);
// Everything but the totals over the events table (events, users, first and last day, top
// events), which cost a scan of it: a window takes those from its loaded columns instead.
Result<WorkspaceSummary> loadWorkspaceFacts(Workspace& workspace, const QTimeZone& zone);

} // namespace hc::store

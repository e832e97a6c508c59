#include "core/store/WorkspaceSummary.h"

#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hc::store {

namespace {

Error queryError(const QSqlQuery& q)
{
    return makeError(Error::Code::Database,
                     QCoreApplication::translate("hc::store::WorkspaceSummary", "Reading the workspace failed: %1")
                         .arg(q.lastError().databaseText()),
                     q.lastError().text());
}

} // namespace

Result<WorkspaceSummary> loadWorkspaceSummary(Workspace& workspace, const QTimeZone& zone, int topEventCount)
{
    auto facts = loadWorkspaceFacts(workspace, zone);
    if (!facts.ok())
        return facts;
    WorkspaceSummary s = facts.value();
    QSqlQuery q(workspace.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM events),"
                               " (SELECT count(*) FROM (SELECT DISTINCT user_id FROM events)),"
                               " (SELECT min(time_ms) FROM events), (SELECT max(time_ms) FROM events)"))
        || !q.next())
        return queryError(q);
    s.events = q.value(0).toLongLong();
    s.users = q.value(1).toLongLong();
    if (!q.value(2).isNull()) {
        s.from = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), zone).date();
        s.to = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), zone).date();
    }
    q.finish();

    q.prepare(QStringLiteral("SELECT n.name, c.total FROM (SELECT event_id, count(*) AS total FROM events"
                             " GROUP BY event_id) c JOIN event_names n ON n.id = c.event_id"
                             " ORDER BY c.total DESC, n.name ASC LIMIT ?"));
    q.addBindValue(topEventCount);
    if (!q.exec())
        return queryError(q);
    while (q.next())
        s.topEvents.append(EventCount{q.value(0).toString(), q.value(1).toLongLong()});
    return s;
}

Result<WorkspaceSummary> loadWorkspaceFacts(Workspace& workspace, const QTimeZone& zone)
{
    WorkspaceSummary s;
    s.schemaVersion = workspace.schemaVersion();
    s.timezone = QString::fromUtf8(zone.id());

    QSqlQuery q(workspace.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM profiles), (SELECT count(*) FROM event_names),"
                               " (SELECT count(*) FROM quarantine)"))
        || !q.next())
        return queryError(q);
    s.profiles = q.value(0).toLongLong();
    s.eventNames = q.value(1).toLongLong();
    s.quarantined = q.value(2).toLongLong();
    q.finish();

    if (!q.exec(QStringLiteral("SELECT max(fetched_at) FROM sync_checkpoints")))
        return queryError(q);
    if (q.next() && !q.value(0).isNull())
        s.lastSyncAt = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), QTimeZone::utc());
    q.finish();
    if (!q.exec(QStringLiteral("SELECT DISTINCT day FROM sync_checkpoints WHERE status = 'failed' ORDER BY day")))
        return queryError(q);
    while (q.next())
        s.failedSyncDays.append(QDate(1970, 1, 1).addDays(q.value(0).toLongLong()));
    q.finish();

    if (!q.exec(QStringLiteral("SELECT location, finished_at, status, read, inserted, duplicates, quarantined"
                               " FROM import_runs ORDER BY id DESC LIMIT 1")))
        return queryError(q);
    if (q.next()) {
        s.hasLastImport = true;
        s.lastImport = ImportRunInfo{
            q.value(0).toString(),   QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc()),
            q.value(2).toString(),   q.value(3).toLongLong(),
            q.value(4).toLongLong(), q.value(5).toLongLong(),
            q.value(6).toLongLong()};
    }
    return s;
}

} // namespace hc::store

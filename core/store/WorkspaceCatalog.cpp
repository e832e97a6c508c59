#include "core/store/WorkspaceCatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hc::store {

namespace {

const QString kAnnotationsKey = QStringLiteral("annotations");
const QString kSourceTotalsKey = QStringLiteral("source_event_totals");
const QString kAuditKey = QStringLiteral("audit_log");

// Annotations and the audit log live in the settings table as one JSON array each, so they
// travel with the file and need no schema step.
QJsonArray arraySetting(const Workspace& ws, const QString& key)
{
    return QJsonDocument::fromJson(ws.setting(key).toUtf8()).array();
}

Status appendToArraySetting(Workspace& ws, const QString& key, const QJsonObject& item)
{
    QJsonArray all = arraySetting(ws, key);
    all.append(item);
    return ws.setSetting(key, QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

Error queryError(const Workspace& ws, const QSqlQuery& q)
{
    return makeError(Error::Code::Database,
                     QCoreApplication::translate("hc::store::Workspace", "Database error in “%1”: %2")
                         .arg(ws.path(), q.lastError().databaseText()),
                     q.lastError().text());
}

} // namespace

WorkspaceCatalog::WorkspaceCatalog(Workspace& workspace) : m_workspace(&workspace) {}

WorkspaceCatalog::WorkspaceCatalog(std::unique_ptr<Workspace> owned)
    : m_owned(std::move(owned)), m_workspace(m_owned.get())
{
}

WorkspaceCatalog::~WorkspaceCatalog() = default;

Result<std::unique_ptr<WorkspaceCatalog>> WorkspaceCatalog::open(const QString& path)
{
    auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
    if (!ws.ok())
        return ws.error();
    return std::unique_ptr<WorkspaceCatalog>(new WorkspaceCatalog(std::move(ws.value())));
}

Result<QList<SavedQuery>> WorkspaceCatalog::savedQueries(const QString& kind) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT name, definition FROM saved_queries WHERE kind = ? ORDER BY name"));
    q.addBindValue(kind);
    if (!q.exec())
        return queryError(*m_workspace, q);
    QList<SavedQuery> out;
    while (q.next())
        out.append(
            SavedQuery{q.value(0).toString(), kind, QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()});
    return out;
}

Status WorkspaceCatalog::saveQuery(const SavedQuery& query)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("INSERT INTO saved_queries(name, kind, definition, created_at, updated_at)"
                             " VALUES(?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET"
                             " kind = excluded.kind, definition = excluded.definition,"
                             " updated_at = excluded.updated_at"));
    q.addBindValue(query.name);
    q.addBindValue(query.kind);
    q.addBindValue(QString::fromUtf8(QJsonDocument(query.definition).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return queryError(*m_workspace, q);
    return Done{};
}

Status WorkspaceCatalog::removeQuery(const QString& kind, const QString& name)
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("DELETE FROM saved_queries WHERE kind = ? AND name = ?"));
    q.addBindValue(kind);
    q.addBindValue(name);
    if (!q.exec())
        return queryError(*m_workspace, q);
    return Done{};
}

QString WorkspaceCatalog::revenueCurrency() const
{
    const QString code = m_workspace->setting(QStringLiteral("revenue_currency"));
    return code.isEmpty() ? QStringLiteral("USD") : code;
}

Status WorkspaceCatalog::setRevenueCurrency(const QString& code)
{
    return m_workspace->setSetting(QStringLiteral("revenue_currency"), code.trimmed().toUpper());
}

Result<QList<Annotation>> WorkspaceCatalog::annotations() const
{
    QList<Annotation> out;
    for (const QJsonValue v : arraySetting(*m_workspace, kAnnotationsKey)) {
        const QJsonObject o = v.toObject();
        const QDate d = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (d.isValid())
            out.append(Annotation{d, o.value(QStringLiteral("text")).toString()});
    }
    return out;
}

Status WorkspaceCatalog::addAnnotation(const Annotation& annotation)
{
    return appendToArraySetting(*m_workspace, kAnnotationsKey,
                                QJsonObject{{QStringLiteral("date"), annotation.date.toString(Qt::ISODate)},
                                            {QStringLiteral("text"), annotation.text}});
}

Status WorkspaceCatalog::replaceAnnotation(const Annotation& existing, const std::optional<Annotation>& replacement)
{
    QJsonArray all = arraySetting(*m_workspace, kAnnotationsKey);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QJsonObject o = all[i].toObject();
        if (o.value(QStringLiteral("date")).toString() != existing.date.toString(Qt::ISODate)
            || o.value(QStringLiteral("text")).toString() != existing.text)
            continue;
        if (replacement)
            all[i] = QJsonObject{{QStringLiteral("date"), replacement->date.toString(Qt::ISODate)},
                                 {QStringLiteral("text"), replacement->text}};
        else
            all.removeAt(i);
        return m_workspace->setSetting(kAnnotationsKey,
                                       QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    }
    return makeError(Error::Code::Invalid,
                     QCoreApplication::translate("hc::store::Workspace", "The note “%1” of %2 is no longer there.")
                         .arg(existing.text, existing.date.toString(Qt::ISODate)));
}

Result<QHash<qint64, QPair<qint64, qint64>>> WorkspaceCatalog::eventTotalsBySource() const
{
    // A scan of every event (seconds at 10M): kept beside the events generation, which every
    // write of events raises, and read again only after one. A read-only workspace just scans.
    const QString generation = m_workspace->setting(Workspace::kEventsGeneration, QStringLiteral("0"));
    const QJsonObject cached = QJsonDocument::fromJson(m_workspace->setting(kSourceTotalsKey).toUtf8()).object();
    QHash<qint64, QPair<qint64, qint64>> totals;
    if (cached.value(QStringLiteral("generation")).toString() == generation) {
        const QJsonObject sources = cached.value(QStringLiteral("sources")).toObject();
        for (auto it = sources.begin(); it != sources.end(); ++it) {
            const QJsonArray v = it.value().toArray();
            totals.insert(it.key().toLongLong(), {qint64(v.at(0).toDouble()), qint64(v.at(1).toDouble())});
        }
        return totals;
    }
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT source_id, count(*), max(time_ms) FROM events GROUP BY source_id")))
        return queryError(*m_workspace, q);
    QJsonObject sources;
    while (q.next()) {
        totals.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
        sources.insert(q.value(0).toString(),
                       QJsonArray{double(q.value(1).toLongLong()), double(q.value(2).toLongLong())});
    }
    const QJsonObject entry{{QStringLiteral("generation"), generation}, {QStringLiteral("sources"), sources}};
    // A cache: a read-only workspace cannot keep it, and scans again next time.
    (void)m_workspace->setSetting(kSourceTotalsKey,
                                  QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
    return totals;
}

Result<QList<SourceStatus>> WorkspaceCatalog::sourceStatus() const
{
    const auto totals = eventTotalsBySource();
    if (!totals.ok())
        return totals.error();
    QSqlQuery q(m_workspace->database());
    if (!q.exec(
            QStringLiteral("SELECT s.id, s.name, s.kind,"
                           " (SELECT max(fetched_at) FROM sync_checkpoints c WHERE c.source_id = s.id),"
                           " (SELECT count(*) FROM sync_checkpoints c WHERE c.source_id = s.id AND c.status = 'failed')"
                           " FROM sources s ORDER BY s.name")))
        return queryError(*m_workspace, q);
    QList<SourceStatus> rows;
    while (q.next()) {
        const auto events = totals.value().value(q.value(0).toLongLong());
        rows.append(SourceStatus{q.value(1).toString(), q.value(2).toString(), events.first, events.second,
                                 q.value(3).toLongLong(), q.value(4).toLongLong()});
    }
    return rows;
}

Result<QStringList> WorkspaceCatalog::propertyKeys(int newestEvents) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT DISTINCT j.key FROM (SELECT properties FROM events ORDER BY id DESC"
                             " LIMIT ?) e, json_each(e.properties) j ORDER BY j.key"));
    q.addBindValue(newestEvents);
    if (!q.exec())
        return queryError(*m_workspace, q);
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

Result<std::optional<EventDetails>> WorkspaceCatalog::eventDetails(qint64 timeMs, const QString& distinctId,
                                                                   const QString& eventName) const
{
    // The identity index starts with the time: this is one index lookup.
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT e.properties, e.insert_id FROM events e"
                             " JOIN users u ON u.id = e.user_id JOIN event_names n ON n.id = e.event_id"
                             " WHERE e.time_ms = ? AND u.distinct_id = ? AND n.name = ? LIMIT 1"));
    q.addBindValue(timeMs);
    q.addBindValue(distinctId);
    q.addBindValue(eventName);
    if (!q.exec())
        return queryError(*m_workspace, q);
    if (!q.next())
        return std::optional<EventDetails>();
    return std::optional<EventDetails>(EventDetails{q.value(1).toString(), q.value(0).toString()});
}

Result<QSet<qint64>> WorkspaceCatalog::doneDays(qint64 sourceId) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT day FROM sync_checkpoints WHERE source_id = ? AND status = 'done'"));
    q.addBindValue(sourceId);
    if (!q.exec())
        return queryError(*m_workspace, q);
    QSet<qint64> done;
    while (q.next())
        done.insert(q.value(0).toLongLong());
    return done;
}

Status WorkspaceCatalog::recordImportRun(const ImportRun& run)
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("INSERT INTO import_runs(source_id, location, started_at, finished_at, status, read,"
                             " inserted, duplicates, quarantined) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(run.sourceId), QVariant(run.location), QVariant(run.startedAtMs),
                              QVariant(run.finishedAtMs), QVariant(run.status), QVariant(run.read),
                              QVariant(run.inserted), QVariant(run.duplicates), QVariant(run.quarantined)})
        q.addBindValue(v);
    if (!q.exec())
        return queryError(*m_workspace, q);
    return Done{};
}

Result<QList<AuditEntry>> WorkspaceCatalog::auditLog() const
{
    QList<AuditEntry> out;
    for (const QJsonValue v : arraySetting(*m_workspace, kAuditKey)) {
        const QJsonObject o = v.toObject();
        out.append(AuditEntry{QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs),
                              o.value(QStringLiteral("actor")).toString(), o.value(QStringLiteral("action")).toString(),
                              o.value(QStringLiteral("detail")).toString()});
    }
    return out;
}

Status WorkspaceCatalog::appendAudit(const AuditEntry& entry)
{
    return appendToArraySetting(*m_workspace, kAuditKey,
                                QJsonObject{{QStringLiteral("at"), entry.at.toUTC().toString(Qt::ISODateWithMs)},
                                            {QStringLiteral("actor"), entry.actor},
                                            {QStringLiteral("action"), entry.action},
                                            {QStringLiteral("detail"), entry.detail}});
}

} // namespace hc::store

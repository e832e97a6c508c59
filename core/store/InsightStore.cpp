#include "core/store/InsightStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hc::store {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::store::InsightStore", text); }

} // namespace

Status InsightStore::saveRun(const insights::InsightRun& run)
{
    if (auto w = m_workspace.requireWritable(); !w.ok())
        return w;
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO analysis_runs(id, period, from_day, to_day, created_at, events,"
                             " max_event_time, engine_version, inputs, result) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(run.id);
    q.addBindValue(insights::periodName(run.period));
    q.addBindValue(run.from.toString(Qt::ISODate));
    q.addBindValue(run.to.toString(Qt::ISODate));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(run.events);
    q.addBindValue(run.maxEventTimeMs);
    q.addBindValue(run.engineVersion);
    q.addBindValue(QString::fromUtf8(QJsonDocument(run.inputs).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(insights::runToJson(run)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return m_workspace.lastSqliteError(tr("Saving the insight run"));
    return Done{};
}

Result<QList<StoredRunSummary>> InsightStore::runs() const
{
    QSqlQuery q(m_workspace.database());
    if (!q.exec(QStringLiteral("SELECT id, period, from_day, to_day, created_at, events,"
                               " json_array_length(result, '$.insights') FROM analysis_runs"
                               " ORDER BY created_at DESC, id")))
        return m_workspace.lastSqliteError(tr("Reading the insight runs"));
    QList<StoredRunSummary> out;
    while (q.next())
        out.append(StoredRunSummary{
            q.value(0).toString(), q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
            QDate::fromString(q.value(3).toString(), Qt::ISODate),
            QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong()), q.value(5).toLongLong(), q.value(6).toInt()});
    return out;
}

Result<insights::InsightRun> InsightStore::run(const QString& id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("SELECT result FROM analysis_runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_workspace.lastSqliteError(tr("Reading the insight run"));
    if (!q.next())
        return makeError(Error::Code::Invalid, tr("No insight run “%1” in this workspace.").arg(id));
    return insights::runFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

Result<QHash<QString, insights::InsightStatus>> InsightStore::statuses() const
{
    QSqlQuery q(m_workspace.database());
    if (!q.exec(QStringLiteral("SELECT insight_id, status FROM insight_status")))
        return m_workspace.lastSqliteError(tr("Reading the insight statuses"));
    QHash<QString, insights::InsightStatus> out;
    while (q.next())
        if (const auto s = insights::statusFromName(q.value(1).toString()))
            out.insert(q.value(0).toString(), *s);
    return out;
}

Status InsightStore::setStatus(const QString& insightId, insights::InsightStatus status)
{
    if (auto w = m_workspace.requireWritable(); !w.ok())
        return w;
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("INSERT INTO insight_status(insight_id, status, changed_at) VALUES(?, ?, ?)"
                             " ON CONFLICT(insight_id) DO UPDATE SET status = excluded.status,"
                             " changed_at = excluded.changed_at"));
    q.addBindValue(insightId);
    q.addBindValue(insights::statusName(status));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return m_workspace.lastSqliteError(tr("Saving the insight status"));
    return Done{};
}

} // namespace hc::store

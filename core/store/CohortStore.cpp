#include "core/store/CohortStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hc::store {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::store::CohortStore", text); }

} // namespace

Result<QList<analysis::CohortDefinition>> CohortStore::cohorts() const
{
    QSqlQuery q(m_workspace.database());
    if (!q.exec(QStringLiteral("SELECT name, definition FROM cohorts ORDER BY name")))
        return m_workspace.lastSqliteError(tr("Reading the cohorts"));
    QList<analysis::CohortDefinition> out;
    while (q.next()) {
        auto cohort = analysis::CohortDefinition::fromJson(
            q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        if (!cohort.ok())
            return cohort.error();
        out.append(cohort.value());
    }
    return out;
}

Status CohortStore::save(const analysis::CohortDefinition& cohort)
{
    if (auto w = m_workspace.requireWritable(); !w.ok())
        return w;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("INSERT INTO cohorts(name, definition, created_at, updated_at) VALUES(?, ?, ?, ?)"
                             " ON CONFLICT(name) DO UPDATE SET definition = excluded.definition,"
                             " updated_at = excluded.updated_at"));
    q.addBindValue(cohort.name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(cohort.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return m_workspace.lastSqliteError(tr("Saving the cohort"));
    return Done{};
}

Status CohortStore::remove(const QString& name)
{
    if (auto w = m_workspace.requireWritable(); !w.ok())
        return w;
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("DELETE FROM cohorts WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return m_workspace.lastSqliteError(tr("Deleting the cohort"));
    if (q.numRowsAffected() == 0)
        return makeError(Error::Code::Invalid, tr("There is no cohort named “%1” in this workspace.").arg(name));
    return Done{};
}

} // namespace hc::store

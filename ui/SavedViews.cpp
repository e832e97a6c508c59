#include "ui/SavedViews.h"

#include "core/store/Workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace hc::ui {

QList<QPair<QString, AnalysisScope>> SavedViews::load(const QString& workspacePath)
{
    QList<QPair<QString, AnalysisScope>> out;
    auto ws = store::Workspace::open(workspacePath, store::Workspace::OpenMode::MustExist);
    if (!ws.ok())
        return out;
    QSqlQuery q(ws.value()->database());
    q.exec(QStringLiteral("SELECT name, definition FROM saved_queries WHERE kind = 'view' ORDER BY name"));
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        AnalysisScope s;
        s.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
        s.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
        s.zoneId = o.value(QStringLiteral("tz")).toString().toUtf8();
        s.filter = o.value(QStringLiteral("filter")).toString();
        s.filterAny = o.value(QStringLiteral("filter_any")).toBool();
        s.compare = o.value(QStringLiteral("compare")).toBool();
        out.append({q.value(0).toString(), s});
    }
    return out;
}

bool SavedViews::save(const QString& workspacePath, const QString& name, const AnalysisScope& scope)
{
    auto ws = store::Workspace::open(workspacePath, store::Workspace::OpenMode::MustExist);
    if (!ws.ok())
        return false;
    const QJsonObject o{{QStringLiteral("from"), scope.from.toString(Qt::ISODate)},
                        {QStringLiteral("to"), scope.to.toString(Qt::ISODate)},
                        {QStringLiteral("tz"), QString::fromUtf8(scope.zoneId)},
                        {QStringLiteral("filter"), scope.filter},
                        {QStringLiteral("filter_any"), scope.filterAny},
                        {QStringLiteral("compare"), scope.compare}};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(ws.value()->database());
    q.prepare(QStringLiteral("INSERT INTO saved_queries(name, kind, definition, created_at, updated_at)"
                             " VALUES(?, 'view', ?, ?, ?) ON CONFLICT(name) DO UPDATE SET"
                             " definition = excluded.definition, updated_at = excluded.updated_at"));
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(now);
    return q.exec();
}

} // namespace hc::ui

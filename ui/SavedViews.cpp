#include "ui/SavedViews.h"

#include "core/store/WorkspaceCatalog.h"

namespace hc::ui {

namespace {

const QString kKind = QStringLiteral("view");

AnalysisScope scopeFrom(const QJsonObject& o)
{
    AnalysisScope s;
    s.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    s.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    s.zoneId = o.value(QStringLiteral("tz")).toString().toUtf8();
    s.filter = o.value(QStringLiteral("filter")).toString();
    s.filterAny = o.value(QStringLiteral("filter_any")).toBool();
    s.compare = o.value(QStringLiteral("compare")).toBool();
    return s;
}

QJsonObject jsonOf(const AnalysisScope& scope)
{
    return QJsonObject{{QStringLiteral("from"), scope.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), scope.to.toString(Qt::ISODate)},
                       {QStringLiteral("tz"), QString::fromUtf8(scope.zoneId)},
                       {QStringLiteral("filter"), scope.filter},
                       {QStringLiteral("filter_any"), scope.filterAny},
                       {QStringLiteral("compare"), scope.compare}};
}

} // namespace

QList<QPair<QString, AnalysisScope>> SavedViews::load(const store::WorkspaceCatalog& catalog)
{
    QList<QPair<QString, AnalysisScope>> out;
    const auto saved = catalog.savedQueries(kKind);
    if (saved.ok())
        for (const store::SavedQuery& q : saved.value())
            out.append({q.name, scopeFrom(q.definition)});
    return out;
}

bool SavedViews::save(store::WorkspaceCatalog& catalog, const QString& name, const AnalysisScope& scope)
{
    return catalog.saveQuery(store::SavedQuery{name, kKind, jsonOf(scope)}).ok();
}

} // namespace hc::ui

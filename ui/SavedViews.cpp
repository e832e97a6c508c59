#include "ui/SavedViews.h"

#include "core/store/WorkspaceCatalog.h"

namespace hc::ui {

namespace {

const QString kKind = QStringLiteral("view");

} // namespace

QList<QPair<QString, AnalysisScope>> SavedViews::load(const store::WorkspaceCatalog& catalog)
{
    QList<QPair<QString, AnalysisScope>> out;
    const auto saved = catalog.savedQueries(kKind);
    if (saved.ok())
        for (const store::SavedQuery& q : saved.value())
            out.append({q.name, AnalysisScope::fromJson(q.definition)});
    return out;
}

bool SavedViews::save(store::WorkspaceCatalog& catalog, const QString& name, const AnalysisScope& scope)
{
    return catalog.saveQuery(store::SavedQuery{name, kKind, scope.toJson()}).ok();
}

} // namespace hc::ui

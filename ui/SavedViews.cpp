#include "ui/SavedViews.h"

#include "core/store/WorkspaceCatalog.h"

namespace hc::ui {

namespace {

const QString kKind = QStringLiteral("view");

} // namespace

QList<SavedView> SavedViews::load(const store::WorkspaceCatalog& catalog)
{
    QList<SavedView> out;
    const auto saved = catalog.savedQueries(kKind);
    if (saved.ok())
        for (const store::SavedQuery& q : saved.value())
            out.append(SavedView{q.name, AnalysisScope::fromJson(q.definition),
                                 q.definition.value(QStringLiteral("preset")).toInt(),
                                 q.definition.value(QStringLiteral("queries")).toObject()});
    return out;
}

bool SavedViews::save(store::WorkspaceCatalog& catalog, const SavedView& view)
{
    QJsonObject definition = view.scope.toJson();
    definition.insert(QStringLiteral("preset"), view.preset);
    definition.insert(QStringLiteral("queries"), view.queries);
    return catalog.saveQuery(store::SavedQuery{view.name, kKind, definition}).ok();
}

bool SavedViews::remove(store::WorkspaceCatalog& catalog, const QString& name)
{
    return catalog.removeQuery(kKind, name).ok();
}

bool SavedViews::rename(store::WorkspaceCatalog& catalog, const QString& from, const QString& to)
{
    for (SavedView view : load(catalog))
        if (view.name == from) {
            view.name = to;
            return save(catalog, view) && (from == to || remove(catalog, from));
        }
    return false;
}

} // namespace hc::ui

#pragma once

#include "ui/AnalysisScope.h"

#include <QList>
#include <QPair>

namespace hc::store {
class WorkspaceCatalog;
}

namespace hc::ui {

// Named scopes (range, zone, filter, compare) kept in the workspace's saved_queries table with
// kind "view", so they travel with the workspace: this class turns scopes into the catalog's
// JSON and back. Call it on the catalog's (worker) thread.
class SavedViews {
public:
    static QList<QPair<QString, AnalysisScope>> load(const store::WorkspaceCatalog& catalog);
    static bool save(store::WorkspaceCatalog& catalog, const QString& name, const AnalysisScope& scope);
};

} // namespace hc::ui

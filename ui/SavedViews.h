#pragma once

#include "ui/AnalysisScope.h"

#include <QList>
#include <QPair>

namespace hc::ui {

// Named scopes (range, zone, filter, compare) kept in the workspace's saved_queries table with
// kind "view", so they travel with the workspace. Each call opens its own connection through the store catalog.
class SavedViews {
public:
    static QList<QPair<QString, AnalysisScope>> load(const QString& workspacePath);
    static bool save(const QString& workspacePath, const QString& name, const AnalysisScope& scope);
};

} // namespace hc::ui

#pragma once

#include "ui/AnalysisScope.h"

#include <QJsonObject>
#include <QList>

namespace hc::store {
class WorkspaceCatalog;
}

namespace hc::ui {

// A saved view: the scope with its preset (a relative one, "Last 30 days", stays relative) and
// every analysis view's whole query (ViewQuery), by the view's object name.
struct SavedView {
    QString name;
    AnalysisScope scope;
    int preset = 0; // GlobalControlsBar::Preset
    QJsonObject queries;
};

// Saved views live in the workspace's saved_queries table with kind "view", so they travel with
// the workspace: this class turns them into the catalog's JSON and back. Call it on the
// catalog's (worker) thread.
class SavedViews {
public:
    static QList<SavedView> load(const store::WorkspaceCatalog& catalog);
    static bool save(store::WorkspaceCatalog& catalog, const SavedView& view);
    static bool remove(store::WorkspaceCatalog& catalog, const QString& name);
    // Keeps the view under a new name (replacing one of that name) and drops the old one.
    static bool rename(store::WorkspaceCatalog& catalog, const QString& from, const QString& to);
};

} // namespace hc::ui

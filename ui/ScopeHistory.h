#pragma once

#include "ui/AnalysisScope.h"
#include "ui/SavedViews.h"

#include <QList>
#include <QObject>

class QUndoStack;

namespace hc::ui {

class AnalysisView;
class GlobalControlsBar;
class WorkbenchData;
class WorkbenchSettings;

// Every scope edit (range or preset, zone, filter, any-of, compare) and every edit of a view's
// query (ViewQuery) as a step of one undo stack (Edit › Undo / Redo, Ctrl+Z / Ctrl+Shift+Z), and
// the last scope and queries kept in the settings the moment they change, so the window reopens
// a workspace — also after a crash — as it was, a relative preset ("Last 30 days") still
// relative. Saved views are made of the same state.
class ScopeHistory : public QObject {
    Q_OBJECT
public:
    // Follows the analysis views among the parent's children.
    ScopeHistory(GlobalControlsBar& controls, WorkbenchData& data, WorkbenchSettings& settings, QObject* parent);

    QUndoStack* stack() const { return m_stack; }
    // A scope as the controls show it, with the preset picked (GlobalControlsBar::Preset).
    struct State {
        AnalysisScope scope;
        int preset = 0;
        bool operator==(const State& o) const { return scope == o.scope && preset == o.preset; }
    };
    // Shows and applies a state without recording it (undo and redo use this).
    void apply(const State& state);
    // The window's state as a saved view of that name, and applying a saved view's queries.
    SavedView savedView(const QString& name) const;
    void applyQueries(const QJsonObject& queries);

Q_SIGNALS:
    void saveViewRequested(const hc::ui::SavedView& view);

private:
    State current() const;
    void record(const AnalysisScope& scope);
    void remember(const State& state);
    void restoreFor(const QString& workspacePath);
    void watch(AnalysisView* view);
    QJsonObject queries() const;

    GlobalControlsBar& m_controls;
    QList<AnalysisView*> m_views;
    WorkbenchData& m_data;
    WorkbenchSettings& m_settings;
    QUndoStack* m_stack;
    State m_state;
    QString m_workspace;
    bool m_presetMayMove = false;
};

} // namespace hc::ui

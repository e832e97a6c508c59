#pragma once

#include "ui/AnalysisScope.h"

#include <QObject>

class QUndoStack;

namespace hc::ui {

class GlobalControlsBar;
class WorkbenchData;
class WorkbenchSettings;

// Every scope edit (range or preset, zone, filter, any-of, compare) as a step of an undo stack
// (Edit › Undo / Redo, Ctrl+Z / Ctrl+Shift+Z), and the last scope kept in the settings the
// moment it changes, so the window reopens a workspace — also after a crash — as it was, a
// relative preset ("Last 30 days") still relative.
class ScopeHistory : public QObject {
    Q_OBJECT
public:
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

private:
    State current() const;
    void record(const AnalysisScope& scope);
    void remember(const State& state);
    void restoreFor(const QString& workspacePath);

    GlobalControlsBar& m_controls;
    WorkbenchData& m_data;
    WorkbenchSettings& m_settings;
    QUndoStack* m_stack;
    State m_state;
    QString m_workspace;
    bool m_presetMayMove = false;
};

} // namespace hc::ui

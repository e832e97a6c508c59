#pragma once

#include "ui/ScopeHistory.h"

#include <QUndoCommand>

namespace hc::ui {

// One scope edit on the undo stack: undo shows and applies the scope before it, redo the one
// after. The first redo, when the command is pushed, does nothing: the edit is already applied.
class ScopeChangeCommand : public QUndoCommand {
public:
    ScopeChangeCommand(ScopeHistory& history, ScopeHistory::State before, ScopeHistory::State after,
                       const QString& text);
    void undo() override;
    void redo() override;

private:
    ScopeHistory& m_history;
    ScopeHistory::State m_before;
    ScopeHistory::State m_after;
    bool m_applied = true;
};

} // namespace hc::ui

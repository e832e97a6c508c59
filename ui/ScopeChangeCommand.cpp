#include "ui/ScopeChangeCommand.h"

namespace hc::ui {

ScopeChangeCommand::ScopeChangeCommand(ScopeHistory& history, ScopeHistory::State before, ScopeHistory::State after,
                                       const QString& text)
    : QUndoCommand(text), m_history(history), m_before(std::move(before)), m_after(std::move(after))
{
}

void ScopeChangeCommand::undo()
{
    m_history.apply(m_before);
    m_applied = false;
}

void ScopeChangeCommand::redo()
{
    if (m_applied)
        return; // pushed right after the edit it records
    m_history.apply(m_after);
    m_applied = true;
}

} // namespace hc::ui

#include "ui/QueryChangeCommand.h"

#include "ui/docks/AnalysisView.h"

namespace hc::ui {

QueryChangeCommand::QueryChangeCommand(AnalysisView* view, QJsonObject before, QJsonObject after, const QString& text)
    : QUndoCommand(text), m_view(view), m_before(std::move(before)), m_after(std::move(after))
{
}

void QueryChangeCommand::undo()
{
    if (m_view)
        m_view->setQuery(m_before);
    m_applied = false;
}

void QueryChangeCommand::redo()
{
    if (m_applied)
        return; // pushed right after the edit it records
    if (m_view)
        m_view->setQuery(m_after);
    m_applied = true;
}

} // namespace hc::ui

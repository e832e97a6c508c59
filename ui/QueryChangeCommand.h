#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QUndoCommand>

namespace hc::ui {

class AnalysisView;

// One edit of a view's query on the undo stack (the same stack as scope edits): undo sets the
// view's controls back and computes, redo sets them forward. The first redo, when the command is
// pushed, does nothing: the edit is already applied.
class QueryChangeCommand : public QUndoCommand {
public:
    QueryChangeCommand(AnalysisView* view, QJsonObject before, QJsonObject after, const QString& text);
    void undo() override;
    void redo() override;

private:
    QPointer<AnalysisView> m_view;
    QJsonObject m_before;
    QJsonObject m_after;
    bool m_applied = true;
};

} // namespace hc::ui

#pragma once

#include "ui/views/AnalysisView.h"

class QComboBox;
class QSpinBox;
class QTreeWidget;

namespace hc::ui {

// The most common sequences of events after (or before) an anchor event within sessions, as a
// ranked list with occurrences, users and a bar for each.
class PathsView : public AnalysisView {
    Q_OBJECT
public:
    explicit PathsView(WorkbenchData& data, QWidget* parent = nullptr);
    QTreeWidget* list() const { return m_list; }

protected:
    void startAnalysis(const WorkbenchData::View& view) override;

private:
    QComboBox* m_anchor;
    QComboBox* m_direction;
    QSpinBox* m_steps;
    QTreeWidget* m_list;
};

} // namespace hc::ui

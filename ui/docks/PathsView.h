#pragma once

#include "core/analysis/engine/Paths.h"
#include "ui/docks/AnalysisView.h"

class QComboBox;
class QSpinBox;
class QTableView;

namespace hc::ui {

class PathsModel;

// The most common sequences of events after (or before) an anchor event within sessions, as a
// ranked list with occurrences, users and a bar for each.
class PathsView : public AnalysisView {
    Q_OBJECT
public:
    explicit PathsView(WorkbenchData& data, QWidget* parent = nullptr);
    QTableView* list() const { return m_list; }
    PathsModel* model() const { return m_model; }
    // The users who followed the path of one row (of the model) in the Events explorer, found on
    // a worker; false when there is no such row.
    bool showPathUsers(int row);

protected:
    void startAnalysis(const WorkbenchData::View& view) override;
    void render() override;

private:
    QComboBox* m_anchor;
    QComboBox* m_direction;
    QSpinBox* m_steps;
    PathsModel* m_model;
    QTableView* m_list;
    QString m_anchorShown;
    analysis::PathQuery m_shownQuery;
    std::vector<analysis::PathRow> m_shownRows;
    AnalysisRunner* m_drill;
};

} // namespace hc::ui

#pragma once

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
};

} // namespace hc::ui

#pragma once

#include "ui/docks/AnalysisView.h"

class QChartView;
class QComboBox;
class QTableView;

namespace hc::ui {

class SegmentsModel;

// A measure of one event broken down by one or two properties: a table of every row (largest
// first) and a bar chart of the top ten.
class SegmentsView : public AnalysisView {
    Q_OBJECT
public:
    explicit SegmentsView(WorkbenchData& data, QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }
    SegmentsModel* model() const { return m_model; }

protected:
    void startAnalysis(const WorkbenchData::View& view) override;
    void render() override;

private:
    void refillPickers(const WorkbenchData::View& view);

    QComboBox* m_event;
    QComboBox* m_measure;
    QComboBox* m_by;
    QComboBox* m_by2;
    SegmentsModel* m_model;
    QTableView* m_table;
    QChartView* m_chart;
};

} // namespace hc::ui

#pragma once

#include "ui/views/AnalysisView.h"

class QChartView;
class QComboBox;
class QTableWidget;

namespace hc::ui {

// A measure of one event broken down by one or two properties: a table of every row (largest
// first) and a bar chart of the top ten.
class SegmentsView : public AnalysisView {
    Q_OBJECT
public:
    explicit SegmentsView(WorkbenchData& data, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

protected:
    void startAnalysis(const WorkbenchData::View& view) override;

private:
    void refillPickers(const WorkbenchData::View& view);

    QComboBox* m_event;
    QComboBox* m_measure;
    QComboBox* m_by;
    QComboBox* m_by2;
    QTableWidget* m_table;
    QChartView* m_chart;
};

} // namespace hc::ui

#pragma once

#include "core/analysis/engine/Segmentation.h"
#include "ui/docks/AnalysisView.h"

class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace hc::ui {

class SegmentsModel;
class ShareBarDelegate;

// A measure of one event broken down by one or two properties: a sortable table of every row
// (largest first) with each row's share and the total below, and a bar chart of the top ten.
// A double click on a row or a click on a bar shows that segment's users in the Events explorer.
class SegmentsView : public AnalysisView {
    Q_OBJECT
public:
    explicit SegmentsView(WorkbenchData& data, QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }
    SegmentsModel* model() const { return m_model; }
    QLabel* totalLabel() const { return m_total; }
    // The users of one row of the model in the Events explorer; false when there is no such row.
    bool showSegmentUsers(int row);

protected:
    void startAnalysis(const WorkbenchData::View& view) override;
    void render() override;

private:
    void refillPickers(const WorkbenchData::View& view);
    void showTotal(const analysis::SegmentQuery& q);

    QComboBox* m_event;
    QComboBox* m_measure;
    QComboBox* m_by;
    QComboBox* m_by2;
    SegmentsModel* m_model;
    QTableView* m_table;
    QChartView* m_chart;
    QLabel* m_total;
    ShareBarDelegate* m_shareBar;
    // What the kept result counted, for a drill-down from a row.
    struct Shown {
        analysis::EventSpec event;
        QString by;
        QString by2;
        QDate from;
        QDate to;
    } m_shown;
};

} // namespace hc::ui

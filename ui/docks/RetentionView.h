#pragma once

#include "core/analysis/engine/Retention.h"
#include "core/analysis/query/QueryOptions.h"
#include "ui/docks/AnalysisView.h"

class QChartView;
class QComboBox;
class QSpinBox;
class QTableView;

namespace hc::ui {

class RetentionTableModel;

// Cohort heatmap (colour scale, share and count per cell, unfinished periods hatched, the
// weighted average on top) and the retention curve of that average, with first_time/recurring,
// on/on_or_after and period switches. A breakdown by a property or a cohort draws one curve per
// value (the largest six) beside everyone's; the heatmap stays everyone's.
class RetentionView : public AnalysisView {
    Q_OBJECT
public:
    explicit RetentionView(WorkbenchData& data, QWidget* parent = nullptr);

    void setEvents(const QString& start, const QString& returning);
    void setPeriod(const QString& period, int periods);
    void setBreakdown(const QString& property);
    // The curves drawn: each line's name and its points (period, retained %).
    QList<QPair<QString, QList<QPointF>>> curves() const;
    RetentionTableModel* model() const { return m_model; }
    QTableView* heatmap() const { return m_heatmap; }
    // The users of one heatmap cell (a cohort's row, its size or a period column) in the Events
    // explorer, as a double click does; false with the reason when the cell has no users to show.
    bool showCellUsers(int row, int column, QString* whyNot = nullptr);

protected:
    void startAnalysis(const WorkbenchData::View& view) override;
    void render() override;

private:
    void refillPickers(const WorkbenchData::View& view);

    QComboBox* m_start;
    QComboBox* m_return;
    QComboBox* m_mode;
    QComboBox* m_bracket;
    QComboBox* m_period;
    QSpinBox* m_periods;
    QComboBox* m_breakdown;
    std::vector<analysis::RetentionBreakdownRow> m_breakdownRows; // of the kept result
    RetentionTableModel* m_model;
    QTableView* m_heatmap;
    QChartView* m_curve;
    // What the kept table counted, for a drill-down from a cell.
    analysis::QueryOptions m_shownOptions;
    QDate m_shownFrom;
    QDate m_shownTo;
};

} // namespace hc::ui

#pragma once

#include "core/insights/Insight.h"
#include "ui/docks/AnalysisView.h"

#include <QJsonObject>

class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hc::ui {

class InsightListModel;

// The ranked findings of the date range (or of its last days): what changed, why, how sure
// we are and what to do. Selecting one shows its explanation, recommendations and evidence chart,
// with buttons to open the view behind it, dismiss it or mark it actioned; statuses are kept in
// the workspace by the insight's stable id, so a dismissed finding stays dismissed next time.
// The run is computed on a worker after every sync, import or scope change.
class InsightsView : public AnalysisView {
    Q_OBJECT
public:
    explicit InsightsView(WorkbenchData& data, QWidget* parent = nullptr);

    InsightListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* explanation() const { return m_explanation; }
    QChartView* evidenceChart() const { return m_evidence; }
    // adhoc (the date range), daily, weekly or monthly (ending on the range's last day)
    void setPeriod(const QString& period);
    void selectRow(int row);
    // The selected insight's status, written to the workspace off the GUI thread.
    void setSelectedStatus(insights::InsightStatus status);
    int statusWrites() const { return m_statusWrites; }

Q_SIGNALS:
    // The user asked for the view behind an insight: "trend", "retention" or "experiments", with
    // what that view needs (event and measure, property and goal).
    void openViewRequested(const QString& view, const QJsonObject& query);
    void statusWritten();

protected:
    void startAnalysis(const WorkbenchData::View& view) override;
    void render() override;

private:
    void showSelected();
    void writeStatus(const QString& id, insights::InsightStatus status);

    QComboBox* m_period;
    QCheckBox* m_showDismissed;
    QLabel* m_summary;
    InsightListModel* m_model;
    QTableView* m_table;
    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_explanation;
    QLabel* m_recommendations;
    QChartView* m_evidence;
    QChartView* m_drivers;
    QPushButton* m_open;
    QPushButton* m_dismiss;
    QPushButton* m_actioned;
    QString m_workspacePath;
    int m_statusWrites = 0;
};

} // namespace hc::ui

#pragma once

#include "core/analysis/cohort/CohortDefinition.h"
#include "core/report/EventExport.h"
#include "ui/docks/AnalysisView.h"

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace hc::ui {

class EventsTableModel;

// Every event of the range in time order (newest first), narrowed by event name and user, with
// the selected event's JSON properties read from the store.
class EventsExplorerView : public AnalysisView {
    Q_OBJECT
public:
    explicit EventsExplorerView(WorkbenchData& data, QWidget* parent = nullptr);
    EventsTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPlainTextEdit* details() const { return m_details; }

    // Every matching event of the range (not only the listed ones) as CSV, on a worker with a
    // progress dialog that can cancel; exportFinished says how it went.
    void exportAllTo(const QString& path);
    // A drill-down: only the users the rule picks, in the period it names (else the scope's),
    // with a bar naming them and offering "Save as Cohort…"; the view comes to the front.
    void drillDown(const DrillDown& drill);
    void clearDrillDown();
    // Every event of one user in the range, oldest last, each with its properties on selection.
    void showTimeline(const QString& distinctId);
    qint64 drilledUsers() const;
    const DrillDown& currentDrill() const { return m_drill; }

Q_SIGNALS:
    void detailsShown();
    void exportFinished(const QString& outcome);

protected:
    void startAnalysis(const WorkbenchData::View& view) override;
    void render() override;

private:
    static constexpr size_t kMaxRows = 500000;
    void showDetails();

    QComboBox* m_event;
    QLineEdit* m_user;
    QLabel* m_count;
    EventsTableModel* m_model;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    AnalysisRunner* m_detailsRunner;
    AnalysisRunner* m_drillRunner;
    QWidget* m_drillBar;
    QLabel* m_drillText;
    DrillDown m_drill;
    AnalysisScope m_drillScope; // the scope the drill-down was asked in (its filter, for saving)
    std::shared_ptr<const std::vector<char>> m_drillUsers;
    report::EventSelection selection(const WorkbenchData::View& view) const;
};

} // namespace hc::ui

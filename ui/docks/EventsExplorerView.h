#pragma once

#include "ui/docks/AnalysisView.h"

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
};

} // namespace hc::ui

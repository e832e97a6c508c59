#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace hc::ui {

class AnalysisRunner;
class GlobalControlsBar;
class WorkbenchData;

// The workspace's cohorts: each with its size today and its rule; a new one from "did E at
// least N times between two days (where …)"; filter every view by one, export its users as
// CSV, or delete it. Sizes are computed on a worker over every loaded event.
class CohortsDialog : public QDialog {
    Q_OBJECT
public:
    CohortsDialog(WorkbenchData& data, GlobalControlsBar& controls, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The form's fields, for tests and keyboard users alike.
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* eventPicker() const { return m_event; }
    QSpinBox* minCount() const { return m_minCount; }
    QLineEdit* conditions() const { return m_where; }
    void saveNewCohort();
    void filterBySelected();

Q_SIGNALS:
    void sizesShown(); // the table lists every cohort with its size

private:
    void refresh();
    QString selectedName() const;
    void exportSelected();
    void deleteSelected();

    WorkbenchData& m_data;
    GlobalControlsBar& m_controls;
    AnalysisRunner* m_sizes;
    AnalysisRunner* m_export;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QComboBox* m_event;
    QSpinBox* m_minCount;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_where;
    QLabel* m_status;
    QPushButton* m_filterButton;
    QPushButton* m_exportButton;
    QPushButton* m_deleteButton;
};

} // namespace hc::ui

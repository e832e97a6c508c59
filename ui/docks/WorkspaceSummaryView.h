#pragma once

#include "core/store/WorkspaceSummary.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace hc::ui {

// The first screen of a workspace: headline numbers, the date range, the most frequent events
// and the last import, or an empty state that says what to do next.
class WorkspaceSummaryView : public QWidget {
    Q_OBJECT
public:
    explicit WorkspaceSummaryView(QWidget* parent = nullptr);

    void setSummary(const QString& workspacePath, const store::WorkspaceSummary& summary);
    void clear();
    void setLoading(bool loading);
    void showError(const QString& message);
    void clearError();

private:
    QLabel* addCard(QGridLayout* grid, int row, int column, const QString& caption, const QString& objectName,
                    QLabel** captionLabel = nullptr, int columnSpan = 1);

    QLabel* m_title = nullptr;
    QLabel* m_path = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_loading = nullptr;
    QLabel* m_events = nullptr;
    QLabel* m_users = nullptr;
    QLabel* m_profiles = nullptr;
    QLabel* m_range = nullptr;
    QLabel* m_rangeCaption = nullptr;
    QLabel* m_eventNames = nullptr;
    QLabel* m_quarantined = nullptr;
    QLabel* m_lastImport = nullptr;
    QLabel* m_lastSync = nullptr;
    QWidget* m_content = nullptr;
    QStandardItemModel* m_topEvents = nullptr;
    QTableView* m_topEventsView = nullptr;
};

} // namespace hc::ui

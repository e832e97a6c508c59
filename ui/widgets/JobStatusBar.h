#pragma once

#include "core/store/WorkspaceSummary.h"

#include <QObject>
#include <QString>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;

namespace hc::ui {

// The window's status bar: a message, the running job's progress and Cancel button (Esc), and
// how fresh the data is. Owns no job: it shows what it is told.
class JobStatusBar : public QObject {
    Q_OBJECT
public:
    explicit JobStatusBar(QStatusBar* bar);

    QString message() const;
    void setMessage(const QString& text);
    // "Data through … · synced … · N events loaded"; nothing without a workspace, no count while
    // the events are not loaded (eventsLoaded < 0).
    void showFreshness(const store::WorkspaceSummary* summary, qint64 eventsLoaded);

    // While the workspace's events load: "Loading events…", with how far once it is known
    // (reading SQLite when the column file is stale); "Ready" when done.
    void showLoading(bool loading);
    void showLoadProgress(int percent);

    void showJob(const QString& label);
    void setProgress(int percent);
    void showCancelling();
    void hideJob(const QString& message);

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_freshness;
};

} // namespace hc::ui

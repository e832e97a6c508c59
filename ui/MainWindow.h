#pragma once

#include "core/store/WorkspaceSummary.h"
#include "ui/BackgroundJob.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;

namespace hc::ui {

class CredentialStore;
class SyncDialog;
class WorkbenchSettings;
class WorkspaceSummaryView;

// The workbench frame: menus, the workspace summary, and a status bar with the progress and
// Cancel button of the one background job (import, demo) that may run at a time.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(WorkbenchSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    QString workspacePath() const { return m_workspacePath; }
    bool isBusy() const { return m_job->isRunning(); }

public Q_SLOTS:
    // Each returns at once; the work runs off the GUI thread and the view updates when done.
    void openWorkspace(const QString& path);
    void createWorkspace(const QString& path);
    void createDemoWorkspace(const QString& path);
    void importFile(const QString& file);
    void cancelJob();
    // Opens the sync dialog for the open workspace (and returns it, for tests).
    SyncDialog* openSyncDialog();
    void retryFailedDays();

Q_SIGNALS:
    void workspaceLoaded(const QString& path);
    void workspaceFailed(const QString& message);
    void jobFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct SummaryOutcome {
        bool ok = false;
        QString path;
        store::WorkspaceSummary summary;
        QString error;
    };

    void createActions();
    void loadWorkspace(const QString& path, bool create);
    void onSummaryLoaded();
    void startJob(const QString& label, BackgroundJob::Work work, const QString& openWhenDone);
    void onJobFinished(const BackgroundJob::Outcome& outcome);
    void rebuildRecentMenu();
    void chooseNewWorkspace();
    void chooseWorkspaceToOpen();
    void chooseFileToImport();
    void showAbout();
    void updateActions();

    WorkbenchSettings& m_settings;
    WorkspaceSummaryView* m_summaryView = nullptr;
    BackgroundJob* m_job = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_retryAction = nullptr;
    CredentialStore* m_credentials = nullptr;
    QPointer<SyncDialog> m_syncDialog;
    QList<QDate> m_failedDays;
    QFutureWatcher<SummaryOutcome> m_summaryWatcher;
    QString m_workspacePath;
    QString m_openWhenJobDone;
    QString m_jobMessage; // what the last job said; outlives the reload that follows it
};

} // namespace hc::ui

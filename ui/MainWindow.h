#pragma once

#include "core/store/WorkspaceSummary.h"

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;

namespace hc::ui {

class AnalysisView;
class CredentialStore;
class EventsExplorerView;
class FunnelView;
class GlobalControlsBar;
class ScopeHistory;
class JobStatusBar;
class KpiCardsView;
class MainMenus;
class PathsView;
class RetentionView;
class SegmentsView;
class ExperimentsView;
class InsightsView;
class SyncDialog;
class SyncStatusView;
class TrendView;
class WorkbenchData;
class WorkbenchSettings;
class WorkspaceController;
class WorkspaceSummaryView;

// The workbench frame: menus, the global controls, one dock per view (each an AnalysisView fed by
// WorkbenchData on worker threads), and a status bar with data freshness and the progress and
// Cancel button of the WorkspaceController's one background job. The window shows what the
// controller reports; it opens no file itself. Adding a view is one addDock() call.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(WorkbenchSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    QString workspacePath() const;
    // True while a background job (import, demo) runs.
    bool isBusy() const;
    WorkbenchData& data() const { return *m_data; }
    GlobalControlsBar* controls() const { return m_controls; }
    ScopeHistory* scopeHistory() const { return m_history; }
    QList<QDockWidget*> docks() const { return m_docks; }
    QList<AnalysisView*> analysisViews() const { return m_views; }
    // True when the data is loaded and every view has shown a result and is not computing.
    bool isIdle() const;
    // Writes a PNG of every dock's view, raised in turn, at the window's size; returns the files.
    QStringList writeScreenshots(const QString& directory, const QString& suffix);

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
    // Asks for a distinct_id, confirms, and has the workspace forget that user.
    void forgetUser();
    void resetLayout();
    void setTheme(const QString& name);
    void showShortcuts();
    void showAbout();

Q_SIGNALS:
    void workspaceLoaded(const QString& path);
    void workspaceFailed(const QString& message);
    void jobFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createDocks();
    QDockWidget* addDock(QWidget* view, const QString& title, const QString& objectName, Qt::DockWidgetArea area);
    void updateFreshness();
    void connectWorkspace();
    void showOpenedWorkspace(const QString& path, const store::WorkspaceSummary& summary, const QString& jobMessage);
    void updateActions();

    WorkbenchSettings& m_settings;
    WorkspaceSummaryView* m_summaryView = nullptr;
    WorkspaceController* m_workspace = nullptr;
    JobStatusBar* m_statusBar = nullptr;
    MainMenus* m_menus = nullptr;
    CredentialStore* m_credentials = nullptr;
    QPointer<SyncDialog> m_syncDialog;
    WorkbenchData* m_data = nullptr;
    GlobalControlsBar* m_controls = nullptr;
    ScopeHistory* m_history = nullptr;
    KpiCardsView* m_kpis = nullptr;
    TrendView* m_trend = nullptr;
    FunnelView* m_funnel = nullptr;
    RetentionView* m_retention = nullptr;
    SegmentsView* m_segments = nullptr;
    ExperimentsView* m_experiments = nullptr;
    InsightsView* m_insights = nullptr;
    PathsView* m_paths = nullptr;
    EventsExplorerView* m_explorer = nullptr;
    SyncStatusView* m_syncStatus = nullptr;
    QList<QDockWidget*> m_docks;
    QList<AnalysisView*> m_views;
    QByteArray m_defaultState;
};

} // namespace hc::ui

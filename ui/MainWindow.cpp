#include "ui/MainWindow.h"

#include "ui/CredentialStore.h"
#include "ui/DefaultLayout.h"
#include "ui/MainMenus.h"
#include "ui/ScopeHistory.h"
#include "ui/ScreenshotWriter.h"
#include "ui/Theme.h"
#include "ui/WorkbenchData.h"
#include "ui/WorkbenchSettings.h"
#include "ui/WorkspaceController.h"
#include "ui/charts/ChartSupport.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/ForgetUserDialog.h"
#include "ui/dialogs/ShortcutsDialog.h"
#include "ui/dialogs/SyncDialog.h"
#include "ui/docks/EventsExplorerView.h"
#include "ui/docks/ExperimentsView.h"
#include "ui/docks/FunnelView.h"
#include "ui/docks/InsightsView.h"
#include "ui/docks/KpiCardsView.h"
#include "ui/docks/PathsView.h"
#include "ui/docks/RetentionView.h"
#include "ui/docks/SegmentsView.h"
#include "ui/docks/SyncStatusView.h"
#include "ui/docks/TrendView.h"
#include "ui/docks/WorkspaceSummaryView.h"
#include "ui/widgets/GlobalControlsBar.h"
#include "ui/widgets/JobStatusBar.h"

#include <QAction>
#include <QChartView>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace hc::ui {

namespace {

constexpr int kLayoutVersion = 5; // 2: analysis docks, 3: experiments, 4: insights, 5: narrow overview

} // namespace

MainWindow::MainWindow(WorkbenchSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_credentials(new CredentialStore(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("HitCraft Analytics Workbench"));
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North); // tabs read like a browser's, on top
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    m_data = new WorkbenchData(this);
    m_workspace = new WorkspaceController(m_settings, *m_data, this);
    m_summaryView = new WorkspaceSummaryView(this);

    m_statusBar = new JobStatusBar(statusBar());
    connect(m_statusBar, &JobStatusBar::cancelRequested, this, &MainWindow::cancelJob);

    createDocks();
    createActions();
    connectWorkspace();
    m_defaultState = saveState(kLayoutVersion); // before restoring, so Reset layout has it
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1400, 900);
    if (!restoreState(m_settings.windowState(), kLayoutVersion)) // a first start: sizes once shown
        QTimer::singleShot(0, this, [this] { DefaultLayout::apply(*this, *m_kpis); });
    m_statusBar->setMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

QString MainWindow::workspacePath() const { return m_workspace->path(); }

bool MainWindow::isBusy() const { return m_workspace->isJobRunning(); }

void MainWindow::createActions()
{
    m_menus = new MainMenus(*this, m_settings, m_docks);
    connect(m_menus, &MainMenus::languageChosen, this,
            [this] { m_statusBar->setMessage(tr("The language changes at the next start.")); });
    auto* toolbar = addToolBar(tr("Scope"));
    toolbar->setObjectName(QStringLiteral("scopeToolbar"));
    toolbar->addWidget(m_controls);
    toolbar->addSeparator();
    toolbar->addAction(m_menus->syncAction());
    updateActions();
}

void MainWindow::updateActions()
{
    m_menus->update(!workspacePath().isEmpty(), isBusy(), !m_workspace->summary().failedSyncDays.isEmpty());
}

void MainWindow::openWorkspace(const QString& path) { m_workspace->open(path); }
void MainWindow::createWorkspace(const QString& path) { m_workspace->create(path); }
void MainWindow::createDemoWorkspace(const QString& path) { m_workspace->createDemo(path); }
void MainWindow::importFile(const QString& file) { m_workspace->importFile(file); }
void MainWindow::cancelJob() { m_workspace->cancelJob(); }

// The window shows what the workspace controller reports: summary, title, status and the job bar.
void MainWindow::connectWorkspace()
{
    WorkspaceController* w = m_workspace;
    connect(w, &WorkspaceController::opening, this, [this](const QString& path) {
        m_summaryView->clearError();
        m_summaryView->setLoading(true);
        m_statusBar->setMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    });
    connect(w, &WorkspaceController::openFailed, this, [this](const QString& path, const QString& message, bool gone) {
        m_summaryView->setLoading(false);
        m_summaryView->showError(message);
        m_statusBar->setMessage(tr("Could not open %1").arg(QDir::toNativeSeparators(path)));
        if (gone)
            m_menus->rebuildRecent();
        Q_EMIT workspaceFailed(message);
    });
    connect(w, &WorkspaceController::opened, this, &MainWindow::showOpenedWorkspace);
    connect(w, &WorkspaceController::savedViewsChanged, m_controls, &GlobalControlsBar::setSavedViews);
    connect(w, &WorkspaceController::viewsEdited, m_statusBar, &JobStatusBar::setMessage);
    connect(w, &WorkspaceController::jobRefused, m_summaryView, &WorkspaceSummaryView::showError);
    connect(w, &WorkspaceController::jobProgress, m_statusBar, &JobStatusBar::setProgress);
    connect(w, &WorkspaceController::jobCancelling, m_statusBar, &JobStatusBar::showCancelling);
    connect(w, &WorkspaceController::jobStarted, this, [this](const QString& label) {
        m_summaryView->clearError();
        m_statusBar->showJob(label);
        updateActions();
    });
    connect(w, &WorkspaceController::jobFinished, this, [this](const BackgroundJob::Outcome& outcome) {
        m_statusBar->hideJob(outcome.message);
        updateActions();
        if (!outcome.ok && !outcome.cancelled)
            m_summaryView->showError(outcome.message); // after the reload, which clears the banner
        Q_EMIT jobFinished(outcome.ok);
    });
}

void MainWindow::showOpenedWorkspace(const QString& path, const store::WorkspaceSummary& summary,
                                     const QString& jobMessage)
{
    m_summaryView->setLoading(false);
    m_controls->setWorkspaceZone(summary.timezone.toUtf8());
    updateFreshness();
    m_summaryView->setSummary(path, summary);
    setWindowTitle(tr("%1 — HitCraft Analytics Workbench").arg(QFileInfo(path).completeBaseName()));
    m_menus->rebuildRecent();
    const QLocale locale;
    if (!jobMessage.isEmpty())
        m_statusBar->setMessage(jobMessage);
    else
        m_statusBar->setMessage(summary.events > 0 ? tr("%1 events, data through %2")
                                                         .arg(locale.toString(summary.events),
                                                              locale.toString(summary.to, QLocale::ShortFormat))
                                                   : tr("Empty workspace"));
    updateActions();
    Q_EMIT workspaceLoaded(path);
}

SyncDialog* MainWindow::openSyncDialog()
{
    if (workspacePath().isEmpty())
        return nullptr;
    if (!m_syncDialog) {
        m_syncDialog = new SyncDialog(workspacePath(), *m_credentials, this);
        m_syncDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_syncDialog, &SyncDialog::syncFinished, this, [this] { openWorkspace(workspacePath()); });
    }
    m_syncDialog->show();
    m_syncDialog->raise();
    return m_syncDialog;
}

void MainWindow::retryFailedDays()
{
    const QList<QDate> failed = m_workspace->summary().failedSyncDays;
    if (failed.isEmpty())
        return;
    // Failed days are fetched again by any sync over them; done days in between are skipped.
    if (SyncDialog* dialog = openSyncDialog())
        dialog->startForDays(failed.first(), failed.last());
}

void MainWindow::forgetUser()
{
    if (const QString id = ForgetUserDialog::ask(this); !id.isEmpty())
        m_workspace->forgetUser(id);
}

void MainWindow::showAbout() { AboutDialog::show(this); }

QDockWidget* MainWindow::addDock(QWidget* view, const QString& title, const QString& objectName,
                                 Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(view);
    dock->setAccessibleName(title);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    m_docks.append(dock);
    if (auto* analysis = qobject_cast<AnalysisView*>(view)) {
        m_views.append(analysis);
        connect(dock, &QDockWidget::visibilityChanged, analysis, &AnalysisView::setOnScreen);
    }
    return dock;
}

void MainWindow::createDocks()
{
    m_controls = new GlobalControlsBar(*m_data, this);
    // Views start computing in the order they are made (each listens to the data): what is on
    // screen first, the KPI cards and the Insights dock (also the longest to compute).
    m_kpis = new KpiCardsView(*m_data, this);
    m_insights = new InsightsView(*m_data, this);
    m_trend = new TrendView(*m_data, this);
    m_funnel = new FunnelView(*m_data, this);
    m_retention = new RetentionView(*m_data, this);
    m_segments = new SegmentsView(*m_data, this);
    m_paths = new PathsView(*m_data, this);
    m_experiments = new ExperimentsView(*m_data, this);
    m_explorer = new EventsExplorerView(*m_data, this);
    m_syncStatus = new SyncStatusView(*m_data, this);
    // Overview and sync status on the left; KPI cards over the analysis tabs on the right.
    QDockWidget* overview =
        addDock(m_summaryView, tr("Overview"), QStringLiteral("overviewDock"), Qt::LeftDockWidgetArea);
    QDockWidget* kpis = addDock(m_kpis, tr("KPIs"), QStringLiteral("kpiDock"), Qt::RightDockWidgetArea);
    QDockWidget* insights =
        addDock(m_insights, tr("Insights"), QStringLiteral("insightsDock"), Qt::RightDockWidgetArea);
    QDockWidget* trend = addDock(m_trend, tr("Trends"), QStringLiteral("trendDock"), Qt::RightDockWidgetArea);
    splitDockWidget(kpis, insights, Qt::Vertical);
    QDockWidget* funnel = addDock(m_funnel, tr("Funnel"), QStringLiteral("funnelDock"), Qt::RightDockWidgetArea);
    QDockWidget* retention =
        addDock(m_retention, tr("Retention"), QStringLiteral("retentionDock"), Qt::RightDockWidgetArea);
    QDockWidget* segments =
        addDock(m_segments, tr("Segments"), QStringLiteral("segmentsDock"), Qt::RightDockWidgetArea);
    QDockWidget* paths = addDock(m_paths, tr("Paths"), QStringLiteral("pathsDock"), Qt::RightDockWidgetArea);
    QDockWidget* experiments =
        addDock(m_experiments, tr("Experiments"), QStringLiteral("experimentsDock"), Qt::RightDockWidgetArea);
    QDockWidget* events = addDock(m_explorer, tr("Events"), QStringLiteral("eventsDock"), Qt::RightDockWidgetArea);
    QDockWidget* sync = addDock(m_syncStatus, tr("Sync Status"), QStringLiteral("syncDock"), Qt::LeftDockWidgetArea);
    for (QDockWidget* d : {trend, funnel, retention, segments, paths, experiments, events})
        tabifyDockWidget(insights, d);
    tabifyDockWidget(overview, sync);
    insights->raise();
    overview->raise();
    m_history = new ScopeHistory(*m_controls, *m_data, m_settings, this); // applies and records every edit
    connect(m_history, &ScopeHistory::saveViewRequested, m_workspace, &WorkspaceController::saveView);
    connect(m_controls, &GlobalControlsBar::renameViewRequested, m_workspace, &WorkspaceController::renameView);
    connect(m_controls, &GlobalControlsBar::deleteViewRequested, m_workspace, &WorkspaceController::deleteView);
    connect(m_data, &WorkbenchData::viewChanged, this, [this] {
        m_controls->setFilterError(QString());
        m_controls->setDataDays(m_data->firstDataDay(), m_data->lastDataDay());
        updateFreshness();
    });
    connect(m_data, &WorkbenchData::failed, this, [this](const QString& message) {
        m_controls->setFilterError(message);
        m_statusBar->setMessage(message);
    });
    connect(m_data, &WorkbenchData::loadingChanged, m_statusBar, &JobStatusBar::showLoading);
    connect(m_data, &WorkbenchData::loadProgress, m_statusBar, &JobStatusBar::showLoadProgress);
    connect(m_kpis, &KpiCardsView::trendRequested, this,
            [this, trend](const QString&, const QString& measure, const QString& interval) {
                trend->show();
                trend->raise();
                m_trend->showMeasure(measure, QStringLiteral("*"), interval);
            });
    connect(m_syncStatus, &SyncStatusView::syncRequested, this, [this] { openSyncDialog(); });
    connect(m_insights, &InsightsView::openViewRequested, this, [this](const QString& view, const QJsonObject& q) {
        if (auto* dock = findChild<QDockWidget*>(view + QStringLiteral("Dock"))) {
            dock->show();
            dock->raise();
        }
        if (view == QLatin1String("trend"))
            m_trend->showMeasure(q.value(QStringLiteral("measure")).toString(),
                                 q.value(QStringLiteral("event")).toString());
        else if (view == QLatin1String("experiments"))
            m_experiments->setExperiment(q.value(QStringLiteral("property")).toString(),
                                         q.value(QStringLiteral("goal")).toString());
    });
}

void MainWindow::updateFreshness()
{
    const bool loaded = m_data->hasView() && m_data->view().data;
    m_statusBar->showFreshness(workspacePath().isEmpty() ? nullptr : &m_workspace->summary(),
                               loaded ? qint64(m_data->view().data->eventCount()) : -1);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, kLayoutVersion);
    for (QDockWidget* d : m_docks)
        d->show();
    DefaultLayout::apply(*this, *m_kpis);
}

void MainWindow::setTheme(const QString& name)
{
    m_settings.setTheme(name);
    Theme::apply(Theme::fromName(name));
    for (QChartView* chart : findChildren<QChartView*>())
        ChartSupport::applyTheme(chart->chart());
    // Each view redraws its kept result with the new palette (AnalysisView::changeEvent); nothing
    // is computed again.
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    dialog.exec();
}

bool MainWindow::isIdle() const
{
    if (!m_data->hasView() || m_data->isLoading() || isBusy())
        return false;
    for (const AnalysisView* v : m_views)
        if (v->isBusy() || (v->resultCount() == 0 && !v->isWaitingToBeShown()))
            return false;
    return true;
}

QStringList MainWindow::writeScreenshots(const QString& directory, const QString& suffix)
{
    const QStringList files =
        ScreenshotWriter::write(*this, m_docks, {QStringLiteral("kpiDock"), QStringLiteral("overviewDock")}, directory,
                                suffix, [this] { return isIdle(); });
    resetLayout();
    return files;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Stop a running job at its next check; committed batches stay, the open one rolls back.
    m_workspace->cancelJob();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState(kLayoutVersion));
    event->accept();
}

} // namespace hc::ui

#include "ui/MainWindow.h"

#include "core/demo/DemoWorkspaceGenerator.h"
#include "core/ingest/FileImporter.h"
#include "core/store/Workspace.h"
#include "ui/CredentialStore.h"
#include "ui/SavedViews.h"
#include "ui/SyncDialog.h"
#include "ui/Theme.h"
#include "ui/WorkbenchData.h"
#include "ui/WorkbenchSettings.h"
#include "ui/WorkspaceSummaryView.h"
#include "ui/views/EventsExplorerView.h"
#include "ui/views/FunnelView.h"
#include "ui/views/KpiCardsView.h"
#include "ui/views/PathsView.h"
#include "ui/views/RetentionView.h"
#include "ui/views/SegmentsView.h"
#include "ui/views/SyncStatusView.h"
#include "ui/views/TrendView.h"
#include "ui/widgets/ChartSupport.h"
#include "ui/widgets/GlobalControlsBar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChartView>
#include <QDialog>
#include <QDockWidget>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent>

#include <Eigen/Core>

namespace hc::ui {

namespace {

constexpr int kLayoutVersion = 2; // 2: analysis docks

} // namespace

MainWindow::MainWindow(WorkbenchSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_job(new BackgroundJob(this)), m_credentials(new CredentialStore(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("HitCraft Analytics Workbench"));
    setDockNestingEnabled(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    m_data = new WorkbenchData(this);
    m_summaryView = new WorkspaceSummaryView(this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancel->setToolTip(tr("Stop the running job; what it has saved so far stays (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelJob);
    connect(m_job, &BackgroundJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_job, &BackgroundJob::finished, this, &MainWindow::onJobFinished);
    connect(&m_summaryWatcher, &QFutureWatcher<SummaryOutcome>::finished, this, &MainWindow::onSummaryLoaded);

    m_freshness = new QLabel(this);
    m_freshness->setObjectName(QStringLiteral("freshnessLabel"));
    statusBar()->addPermanentWidget(m_freshness);

    createDocks();
    createActions();
    resize(1400, 900);
    m_defaultState = saveState(kLayoutVersion); // before restoring, so Reset layout has it
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1400, 900);
    restoreState(m_settings.windowState(), kLayoutVersion);
    m_status->setText(tr("Ready"));
}

MainWindow::~MainWindow() { m_summaryWatcher.waitForFinished(); }

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::chooseNewWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspaceToOpen);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import Events…"), this, &MainWindow::chooseFileToImport);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_syncAction = file->addAction(tr("&Sync from Mixpanel…"), this, [this] { openSyncDialog(); });
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_retryAction = file->addAction(tr("&Retry Failed Days"), this, &MainWindow::retryFailedDays);
    m_retryAction->setObjectName(QStringLiteral("retryFailedDaysAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    int key = 0;
    for (QDockWidget* dock : m_docks) {
        QAction* toggle = dock->toggleViewAction();
        if (key < 9)
            toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + key++)));
        m_viewMenu->addAction(toggle);
    }
    m_viewMenu->addSeparator();
    QAction* reset = m_viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
    reset->setObjectName(QStringLiteral("resetLayoutAction"));
    QAction* refresh = m_viewMenu->addAction(tr("Re&fresh"), this, [this] {
        if (!m_workspacePath.isEmpty())
            openWorkspace(m_workspacePath);
    });
    refresh->setShortcut(QKeySequence::Refresh);
    QMenu* theme = m_viewMenu->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(theme);
    for (const auto& [name, label] : {std::pair{QStringLiteral("system"), tr("Follow the &System")},
                                      std::pair{QStringLiteral("light"), tr("&Light")},
                                      std::pair{QStringLiteral("dark"), tr("&Dark")}}) {
        QAction* a = theme->addAction(label, this, [this, n = name] { setTheme(n); });
        a->setCheckable(true);
        a->setChecked(m_settings.theme() == name);
        themes->addAction(a);
    }
    QMenu* language = m_viewMenu->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    for (const auto& [code, label] : {std::pair{QString(), tr("System Language")},
                                      std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                      std::pair{QStringLiteral("de"), QStringLiteral("Deutsch")}}) {
        QAction* a = language->addAction(label, this, [this, c = code] {
            m_settings.setLanguage(c);
            m_status->setText(tr("The language changes at the next start."));
        });
        a->setCheckable(true);
        a->setChecked(m_settings.language() == code);
        languages->addAction(a);
    }

    auto* toolbar = addToolBar(tr("Scope"));
    toolbar->setObjectName(QStringLiteral("scopeToolbar"));
    toolbar->addWidget(m_controls);
    toolbar->addSeparator();
    toolbar->addAction(m_syncAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addAction(tr("&About HitCraft"), this, &MainWindow::showAbout);
    rebuildRecentMenu();
    updateActions();
}

void MainWindow::updateActions()
{
    const bool busy = m_job->isRunning();
    m_importAction->setEnabled(!busy && !m_workspacePath.isEmpty());
    m_syncAction->setEnabled(!m_workspacePath.isEmpty());
    m_retryAction->setEnabled(!m_workspacePath.isEmpty() && !m_failedDays.isEmpty());
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentWorkspaces();
    for (const QString& path : recent) {
        QAction* a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseNewWorkspace()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), dir + QStringLiteral("/workspace.hcw"),
                                                tr("HitCraft workspaces (*.hcw)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".hcw");
    createWorkspace(path);
}

void MainWindow::chooseWorkspaceToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QString(),
                                                      tr("HitCraft workspaces (*.hcw);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::chooseFileToImport()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import Events"), QString(),
        tr("Event files (*.jsonl *.json *.ndjson *.csv *.gz);;Mixpanel exports (*.jsonl *.json *.ndjson *.gz);;"
           "CSV files (*.csv *.csv.gz);;All files (*)"));
    if (!file.isEmpty())
        importFile(file);
}

void MainWindow::openWorkspace(const QString& path) { loadWorkspace(path, false); }

void MainWindow::createWorkspace(const QString& path) { loadWorkspace(path, true); }

void MainWindow::loadWorkspace(const QString& path, bool create)
{
    m_summaryView->clearError();
    m_summaryView->setLoading(true);
    m_status->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_summaryWatcher.setFuture(QtConcurrent::run([path, create]() {
        SummaryOutcome out;
        out.path = path;
        auto ws = store::Workspace::open(path, create ? store::Workspace::OpenMode::CreateIfMissing
                                                      : store::Workspace::OpenMode::MustExist);
        if (!ws.ok()) {
            out.error = ws.error().message;
            return out;
        }
        auto summary = store::loadWorkspaceSummary(*ws.value(), ws.value()->reportingTimeZone());
        if (!summary.ok()) {
            out.error = summary.error().message;
            return out;
        }
        out.ok = true;
        out.summary = summary.value();
        return out;
    }));
}

void MainWindow::onSummaryLoaded()
{
    const SummaryOutcome out = m_summaryWatcher.result();
    m_summaryView->setLoading(false);
    if (!out.ok) {
        m_summaryView->showError(out.error);
        m_status->setText(tr("Could not open %1").arg(QDir::toNativeSeparators(out.path)));
        if (!QFileInfo::exists(out.path)) {
            m_settings.removeRecentWorkspace(out.path);
            rebuildRecentMenu();
        }
        Q_EMIT workspaceFailed(out.error);
        return;
    }
    m_workspacePath = out.path;
    m_summary = out.summary;
    m_failedDays = out.summary.failedSyncDays;
    { // after every open, import or sync the dataset is read again
        m_controls->setWorkspaceZone(out.summary.timezone.toUtf8());
        m_data->openWorkspace(out.path);
        const QString path = out.path;
        auto* watcher = new QFutureWatcher<QList<QPair<QString, AnalysisScope>>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            m_controls->setSavedViews(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run([path] { return SavedViews::load(path); }));
    }
    updateFreshness();
    m_summaryView->setSummary(out.path, out.summary);
    setWindowTitle(tr("%1 — HitCraft Analytics Workbench").arg(QFileInfo(out.path).completeBaseName()));
    m_settings.addRecentWorkspace(out.path);
    rebuildRecentMenu();
    const QLocale locale;
    if (!m_jobMessage.isEmpty())
        m_status->setText(std::exchange(m_jobMessage, QString()));
    else
        m_status->setText(out.summary.events > 0
                              ? tr("%1 events, data through %2")
                                    .arg(locale.toString(out.summary.events),
                                         locale.toString(out.summary.to, QLocale::ShortFormat))
                              : tr("Empty workspace"));
    updateActions();
    Q_EMIT workspaceLoaded(out.path);
}

void MainWindow::importFile(const QString& file)
{
    if (m_workspacePath.isEmpty()) {
        m_summaryView->showError(tr("Open or create a workspace before importing."));
        return;
    }
    const QString workspace = m_workspacePath;
    startJob(tr("Importing %1…").arg(QFileInfo(file).fileName()),
             [workspace, file](TaskContext& context) -> Result<QString> {
                 auto ws = store::Workspace::open(workspace, store::Workspace::OpenMode::MustExist);
                 if (!ws.ok())
                     return ws.error();
                 ingest::FileImporter importer(*ws.value());
                 const auto r = importer.run(file, ingest::importFormatForPath(file), context);
                 if (!r.ok())
                     return r.error();
                 const QLocale l;
                 return QCoreApplication::translate("hc::ui::MainWindow",
                                                    "Imported %1: %2 lines, %3 new events, %4 duplicates, "
                                                    "%5 quarantined.")
                     .arg(QFileInfo(file).fileName(), l.toString(r.value().read), l.toString(r.value().inserted),
                          l.toString(r.value().duplicates), l.toString(r.value().quarantined));
             },
             workspace);
}

void MainWindow::createDemoWorkspace(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    startJob(tr("Creating the demo workspace…"),
             [path](TaskContext& context) -> Result<QString> {
                 auto ws = store::Workspace::open(path, store::Workspace::OpenMode::CreateIfMissing);
                 if (!ws.ok())
                     return ws.error();
                 const auto existing = store::loadWorkspaceSummary(*ws.value(), QTimeZone::utc(), 1);
                 if (existing.ok() && existing.value().events > 0)
                     return QCoreApplication::translate("hc::ui::MainWindow", "Opened the existing demo workspace.");
                 const auto r = demo::DemoWorkspaceGenerator(demo::DemoOptions{}).generate(*ws.value(), context);
                 if (!r.ok())
                     return r.error();
                 return QCoreApplication::translate("hc::ui::MainWindow",
                                                    "Demo workspace ready: %1 events from %2 users.")
                     .arg(QLocale().toString(r.value().events), QLocale().toString(r.value().users));
             },
             path);
}

void MainWindow::startJob(const QString& label, BackgroundJob::Work work, const QString& openWhenDone)
{
    if (!m_job->start(std::move(work))) {
        m_summaryView->showError(tr("Another job is still running; wait for it or cancel it first."));
        return;
    }
    m_openWhenJobDone = openWhenDone;
    m_summaryView->clearError();
    m_status->setText(label);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    updateActions();
}

void MainWindow::cancelJob()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void MainWindow::onJobFinished(const BackgroundJob::Outcome& outcome)
{
    m_progress->hide();
    m_cancel->hide();
    updateActions();
    // The numbers changed (or the file is new): read them again. Reloading clears the banner,
    // so an error is shown after it.
    if (!m_openWhenJobDone.isEmpty())
        openWorkspace(m_openWhenJobDone);
    if (!outcome.ok && !outcome.cancelled)
        m_summaryView->showError(outcome.message);
    m_status->setText(outcome.message);
    m_jobMessage = m_openWhenJobDone.isEmpty() ? QString() : outcome.message;
    Q_EMIT jobFinished(outcome.ok);
}

SyncDialog* MainWindow::openSyncDialog()
{
    if (m_workspacePath.isEmpty())
        return nullptr;
    if (!m_syncDialog) {
        m_syncDialog = new SyncDialog(m_workspacePath, *m_credentials, this);
        m_syncDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_syncDialog, &SyncDialog::syncFinished, this, [this] { openWorkspace(m_workspacePath); });
    }
    m_syncDialog->show();
    m_syncDialog->raise();
    return m_syncDialog;
}

void MainWindow::retryFailedDays()
{
    if (m_failedDays.isEmpty())
        return;
    // Failed days are fetched again by any sync over them; done days in between are skipped.
    if (SyncDialog* dialog = openSyncDialog())
        dialog->startForDays(m_failedDays.first(), m_failedDays.last());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About HitCraft"),
                       tr("<h3>HitCraft Analytics Workbench %1</h3><p>Offline product analytics for Mixpanel "
                          "data.</p><p>Qt %2 (built with %3) · SQLite %4 · Eigen %5.%6.%7</p>"
                          "<p>Secrets live in the system keychain, never in the workspace.</p>")
                           .arg(QStringLiteral(HC_VERSION), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR), store::Workspace::sqliteVersion())
                           .arg(EIGEN_WORLD_VERSION)
                           .arg(EIGEN_MAJOR_VERSION)
                           .arg(EIGEN_MINOR_VERSION));
}

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
    if (auto* analysis = qobject_cast<AnalysisView*>(view))
        m_views.append(analysis);
    return dock;
}

void MainWindow::createDocks()
{
    m_controls = new GlobalControlsBar(this);
    m_kpis = new KpiCardsView(*m_data, this);
    m_trend = new TrendView(*m_data, this);
    m_funnel = new FunnelView(*m_data, this);
    m_retention = new RetentionView(*m_data, this);
    m_segments = new SegmentsView(*m_data, this);
    m_paths = new PathsView(*m_data, this);
    m_explorer = new EventsExplorerView(*m_data, this);
    m_syncStatus = new SyncStatusView(*m_data, this);
    // Overview and sync status on the left; KPI cards over the analysis tabs on the right.
    QDockWidget* overview = addDock(m_summaryView, tr("Overview"), QStringLiteral("overviewDock"), Qt::LeftDockWidgetArea);
    QDockWidget* kpis = addDock(m_kpis, tr("KPIs"), QStringLiteral("kpiDock"), Qt::RightDockWidgetArea);
    QDockWidget* trend = addDock(m_trend, tr("Trends"), QStringLiteral("trendDock"), Qt::RightDockWidgetArea);
    splitDockWidget(kpis, trend, Qt::Vertical);
    QDockWidget* funnel = addDock(m_funnel, tr("Funnel"), QStringLiteral("funnelDock"), Qt::RightDockWidgetArea);
    QDockWidget* retention = addDock(m_retention, tr("Retention"), QStringLiteral("retentionDock"), Qt::RightDockWidgetArea);
    QDockWidget* segments = addDock(m_segments, tr("Segments"), QStringLiteral("segmentsDock"), Qt::RightDockWidgetArea);
    QDockWidget* paths = addDock(m_paths, tr("Paths"), QStringLiteral("pathsDock"), Qt::RightDockWidgetArea);
    QDockWidget* events = addDock(m_explorer, tr("Events"), QStringLiteral("eventsDock"), Qt::RightDockWidgetArea);
    QDockWidget* sync = addDock(m_syncStatus, tr("Sync Status"), QStringLiteral("syncDock"), Qt::LeftDockWidgetArea);
    for (QDockWidget* d : {funnel, retention, segments, paths, events})
        tabifyDockWidget(trend, d);
    tabifyDockWidget(overview, sync);
    trend->raise();
    overview->raise();
    resizeDocks({overview, kpis}, {340, 1200}, Qt::Horizontal);
    resizeDocks({kpis, trend}, {250, 650}, Qt::Vertical);

    connect(m_controls, &GlobalControlsBar::scopeChanged, m_data, &WorkbenchData::setScope);
    connect(m_controls, &GlobalControlsBar::saveViewRequested, this, [this](const QString& name, const AnalysisScope& scope) {
        const QString path = m_workspacePath;
        auto* watcher = new QFutureWatcher<QList<QPair<QString, AnalysisScope>>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name] {
            m_controls->setSavedViews(watcher->result());
            m_status->setText(tr("Saved the view \"%1\".").arg(name));
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run([path, name, scope] {
            SavedViews::save(path, name, scope);
            return SavedViews::load(path);
        }));
    });
    connect(m_data, &WorkbenchData::viewChanged, this, [this] {
        m_controls->setFilterError(QString());
        m_controls->setDataDays(m_data->firstDataDay(), m_data->lastDataDay());
        updateFreshness();
    });
    connect(m_data, &WorkbenchData::failed, this, [this](const QString& message) {
        m_controls->setFilterError(message);
        m_status->setText(message);
    });
    connect(m_data, &WorkbenchData::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_status->setText(tr("Loading events…"));
        else if (m_status->text() == tr("Loading events…"))
            m_status->setText(tr("Ready"));
    });
    connect(m_kpis, &KpiCardsView::trendRequested, this, [this, trend](const QString&, const QString& measure) {
        trend->show();
        trend->raise();
        m_trend->showMeasure(measure);
    });
    connect(m_syncStatus, &SyncStatusView::syncRequested, this, [this] { openSyncDialog(); });
}

void MainWindow::updateFreshness()
{
    if (m_workspacePath.isEmpty()) {
        m_freshness->clear();
        return;
    }
    const QLocale locale;
    QString text = m_summary.to.isValid() ? tr("Data through %1").arg(locale.toString(m_summary.to, QLocale::ShortFormat))
                                          : tr("No data yet");
    if (m_summary.lastSyncAt.isValid())
        text += tr(" · synced %1").arg(locale.toString(m_summary.lastSyncAt.toLocalTime(), QLocale::ShortFormat));
    if (m_data->hasView() && m_data->view().data)
        text += tr(" · %1 events loaded").arg(locale.toString(qint64(m_data->view().data->eventCount())));
    m_freshness->setText(text);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, kLayoutVersion);
    for (QDockWidget* d : m_docks)
        d->show();
    for (QDockWidget* d : m_docks)
        if (d->objectName() == QLatin1String("trendDock") || d->objectName() == QLatin1String("overviewDock"))
            d->raise();
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
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QAction* a : findChildren<QAction*>()) {
        if (a->shortcut().isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(a->text().remove(u'&')));
        table->setItem(row, 1, new QTableWidgetItem(a->shortcut().toString(QKeySequence::NativeText)));
    }
    table->sortItems(0);
    layout->addWidget(table);
    dialog.resize(480, 420);
    dialog.exec();
}

bool MainWindow::isIdle() const
{
    if (!m_data->hasView() || m_data->isLoading() || m_job->isRunning())
        return false;
    for (const AnalysisView* v : m_views)
        if (v->isBusy() || v->resultCount() == 0)
            return false;
    return true;
}

QStringList MainWindow::writeScreenshots(const QString& directory, const QString& suffix)
{
    QStringList files;
    QDir().mkpath(directory);
    resize(1600, 1000);
    const auto shoot = [&](const QString& name) {
        QCoreApplication::processEvents();
        const QString file = QDir(directory).filePath(name + suffix + QStringLiteral(".png"));
        if (grab().save(file))
            files.append(file);
    };
    shoot(QStringLiteral("workbench"));
    for (QDockWidget* dock : m_docks) {
        if (dock->objectName() == QLatin1String("kpiDock") || dock->objectName() == QLatin1String("overviewDock"))
            continue; // always in view; the whole window shows them
        dock->raise();
        shoot(dock->objectName().chopped(4));
    }
    resetLayout();
    return files;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_job->isRunning()) {
        // Stop the job at its next check; committed batches stay, the open one rolls back.
        m_job->cancel();
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState(kLayoutVersion));
    event->accept();
}

} // namespace hc::ui

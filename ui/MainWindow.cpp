#include "ui/MainWindow.h"

#include "core/demo/DemoWorkspaceGenerator.h"
#include "core/ingest/FileImporter.h"
#include "core/store/Workspace.h"
#include "ui/CredentialStore.h"
#include "ui/SyncDialog.h"
#include "ui/WorkbenchSettings.h"
#include "ui/WorkspaceSummaryView.h"

#include <QAction>
#include <QApplication>
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

namespace hc::ui {

namespace {

constexpr int kLayoutVersion = 1;

} // namespace

MainWindow::MainWindow(WorkbenchSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_job(new BackgroundJob(this)), m_credentials(new CredentialStore(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("HitCraft Analytics Workbench"));
    m_summaryView = new WorkspaceSummaryView(this);
    setCentralWidget(m_summaryView);

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

    createActions();
    resize(1200, 800);
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1200, 800);
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

    QMenu* help = menuBar()->addMenu(tr("&Help"));
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
    m_failedDays = out.summary.failedSyncDays;
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
                          "data.</p><p>Qt %2 · SQLite %3</p>")
                           .arg(QStringLiteral(HC_VERSION), QString::fromLatin1(qVersion()),
                                store::Workspace::sqliteVersion()));
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

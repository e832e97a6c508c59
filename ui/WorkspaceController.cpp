#include "ui/WorkspaceController.h"

#include "core/dataset/DatasetLoader.h"
#include "core/demo/DemoWorkspaceGenerator.h"
#include "core/ingest/FileImporter.h"
#include "core/store/UserEraser.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceCatalog.h"
#include "ui/AnalysisRunner.h"
#include "ui/SavedViews.h"
#include "ui/WorkbenchData.h"
#include "ui/WorkbenchSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

namespace hc::ui {

WorkspaceController::WorkspaceController(WorkbenchSettings& settings, WorkbenchData& data, QObject* parent)
    : QObject(parent), m_settings(settings), m_data(data), m_reads(new AnalysisRunner(this)),
      m_saves(new AnalysisRunner(this)), m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::progressChanged, this, &WorkspaceController::jobProgress);
    connect(m_job, &BackgroundJob::finished, this, &WorkspaceController::onJobFinished);
    connect(&m_data, &WorkbenchData::loaded, this, &WorkspaceController::finishOpen);
    connect(&m_data, &WorkbenchData::loadFailed, this, [this](const QString& message) {
        if (m_pending.active)
            refuseOpen(std::exchange(m_pending, Pending()).path, message);
    });
}

void WorkspaceController::open(const QString& path) { load(path, false); }

void WorkspaceController::create(const QString& path) { load(path, true); }

void WorkspaceController::load(const QString& path, bool create)
{
    Q_EMIT opening(path);
    m_reads->run([this, path, create](TaskContext&) -> AnalysisRunner::Apply {
        auto ws = store::Workspace::open(path, create ? store::Workspace::OpenMode::CreateIfMissing
                                                      : store::Workspace::OpenMode::MustExist);
        // The totals over the events come with the loaded columns (a scan of the events table
        // took 14 s at 10M events); the rest is read here.
        const auto facts = ws.ok() ? store::loadWorkspaceFacts(*ws.value(), ws.value()->reportingTimeZone())
                                   : Result<store::WorkspaceSummary>(ws.error());
        if (!facts.ok()) {
            const QString message = facts.error().message;
            return [this, path, message] { refuseOpen(path, message); };
        }
        const SavedViewList views = SavedViews::load(store::WorkspaceCatalog(*ws.value()));
        const store::WorkspaceSummary s = facts.value();
        return [this, path, s, views] {
            // After every open, import or sync the dataset is read again.
            m_pending = Pending{path, s, views, true};
            m_data.openWorkspace(path);
        };
    });
}

void WorkspaceController::refuseOpen(const QString& path, const QString& message)
{
    const bool gone = !QFileInfo::exists(path);
    if (gone)
        m_settings.removeRecentWorkspace(path);
    Q_EMIT openFailed(path, message, gone);
}

void WorkspaceController::finishOpen(const store::WorkspaceSummary& totals)
{
    if (!m_pending.active)
        return; // a reload of the same workspace's data (never happens without an open today)
    Pending p = std::exchange(m_pending, Pending());
    p.summary.events = totals.events;
    p.summary.users = totals.users;
    p.summary.from = totals.from;
    p.summary.to = totals.to;
    p.summary.topEvents = totals.topEvents;
    m_path = p.path;
    m_summary = p.summary;
    m_settings.addRecentWorkspace(p.path);
    Q_EMIT savedViewsChanged(p.views);
    Q_EMIT opened(p.path, p.summary, std::exchange(m_jobMessage, QString()));
}

void WorkspaceController::importFile(const QString& file)
{
    if (m_path.isEmpty()) {
        Q_EMIT jobRefused(tr("Open or create a workspace before importing."));
        return;
    }
    const QString workspace = m_path;
    startJob(
        tr("Importing %1…").arg(QFileInfo(file).fileName()),
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

void WorkspaceController::forgetUser(const QString& distinctId)
{
    if (m_path.isEmpty() || distinctId.isEmpty())
        return;
    const QString workspace = m_path;
    startJob(
        tr("Forgetting a user…"),
        [workspace, distinctId](TaskContext& context) -> Result<QString> {
            auto ws = store::Workspace::open(workspace, store::Workspace::OpenMode::MustExist);
            if (!ws.ok())
                return ws.error();
            const auto r = store::UserEraser(*ws.value()).forget(distinctId, QStringLiteral("hitcraft"));
            if (!r.ok())
                return r.error();
            // The column file holds the user's events and id too: drop it and write it again.
            if (auto rewritten = dataset::rewriteColumnFiles(*ws.value(), context); !rewritten.ok())
                return rewritten.error();
            const QLocale l;
            return tr("Forgot the user: %1 events, %2 profiles and %3 quarantined lines removed.")
                .arg(l.toString(r.value().events), l.toString(r.value().profiles), l.toString(r.value().quarantined));
        },
        workspace);
}

void WorkspaceController::createDemo(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    startJob(
        tr("Creating the demo workspace…"),
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
            return QCoreApplication::translate("hc::ui::MainWindow", "Demo workspace ready: %1 events from %2 users.")
                .arg(QLocale().toString(r.value().events), QLocale().toString(r.value().users));
        },
        path);
}

void WorkspaceController::startJob(const QString& label, BackgroundJob::Work work, const QString& openWhenDone)
{
    if (!m_job->start(std::move(work))) {
        Q_EMIT jobRefused(tr("Another job is still running; wait for it or cancel it first."));
        return;
    }
    m_openWhenJobDone = openWhenDone;
    Q_EMIT jobStarted(label);
}

void WorkspaceController::cancelJob()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    Q_EMIT jobCancelling();
}

void WorkspaceController::onJobFinished(const BackgroundJob::Outcome& outcome)
{
    // The numbers changed (or the file is new): read them again, and say what the job did once
    // the workspace is open again.
    m_jobMessage = m_openWhenJobDone.isEmpty() ? QString() : outcome.message;
    if (!m_openWhenJobDone.isEmpty())
        open(m_openWhenJobDone); // first: opening clears the window's error banner
    Q_EMIT jobFinished(outcome);
}

void WorkspaceController::changeViews(std::function<bool(store::WorkspaceCatalog&)> change, const QString& done)
{
    const QString path = m_path;
    m_saves->run([this, path, change, done](TaskContext&) -> AnalysisRunner::Apply {
        SavedViewList views;
        bool ok = false;
        if (auto catalog = store::WorkspaceCatalog::open(path); catalog.ok()) {
            ok = change(*catalog.value());
            views = SavedViews::load(*catalog.value());
        }
        return [this, views, ok, done] {
            Q_EMIT savedViewsChanged(views);
            Q_EMIT viewsEdited(ok ? done : tr("Could not change the saved views of this workspace."));
        };
    });
}

void WorkspaceController::saveView(const SavedView& view)
{
    changeViews([view](store::WorkspaceCatalog& c) { return SavedViews::save(c, view); },
                tr("Saved the view \"%1\".").arg(view.name));
}

void WorkspaceController::renameView(const QString& from, const QString& to)
{
    changeViews([from, to](store::WorkspaceCatalog& c) { return SavedViews::rename(c, from, to); },
                tr("Renamed the view \"%1\" to \"%2\".").arg(from, to));
}

void WorkspaceController::deleteView(const QString& name)
{
    changeViews([name](store::WorkspaceCatalog& c) { return SavedViews::remove(c, name); },
                tr("Deleted the view \"%1\".").arg(name));
}

} // namespace hc::ui

#pragma once

#include "core/store/WorkspaceSummary.h"
#include "ui/AnalysisScope.h"
#include "ui/BackgroundJob.h"
#include "ui/SavedViews.h"

#include <QList>
#include <QObject>
#include <QPair>

#include <functional>

namespace hc::ui {

class AnalysisRunner;
class WorkbenchData;
class WorkbenchSettings;

// The open workspace and what happens to it, apart from any window: opening or creating it
// (summary, saved views, the dataset through WorkbenchData), the one background job at a time
// (import, demo) with progress and cancel, and saving views. Reads run on an AnalysisRunner, jobs
// on the BackgroundJob; the controller lives on the GUI thread and only reports by signals.
class WorkspaceController : public QObject {
    Q_OBJECT
public:
    using SavedViewList = QList<SavedView>;

    WorkspaceController(WorkbenchSettings& settings, WorkbenchData& data, QObject* parent = nullptr);

    QString path() const { return m_path; }
    const store::WorkspaceSummary& summary() const { return m_summary; }
    bool isJobRunning() const { return m_job->isRunning(); }

public Q_SLOTS:
    void open(const QString& path);
    void create(const QString& path);
    void createDemo(const QString& path);
    void importFile(const QString& file);
    // Removes one user's events, profile and quarantined lines, rewrites the column file and
    // reopens the workspace (store::UserEraser).
    void forgetUser(const QString& distinctId);
    void cancelJob();
    void saveView(const hc::ui::SavedView& view);
    void renameView(const QString& from, const QString& to);
    void deleteView(const QString& name);

Q_SIGNALS:
    void opening(const QString& path);
    // `message`: what the last job said, when the open follows it; empty otherwise.
    void opened(const QString& path, const hc::store::WorkspaceSummary& summary, const QString& message);
    void openFailed(const QString& path, const QString& message, bool fileIsGone);
    void savedViewsChanged(const hc::ui::WorkspaceController::SavedViewList& views);
    // What a save, rename or delete did, in words for the status bar.
    void viewsEdited(const QString& message);
    void jobStarted(const QString& label);
    void jobProgress(int percent);
    void jobRefused(const QString& message);
    void jobCancelling();
    void jobFinished(const hc::ui::BackgroundJob::Outcome& outcome);

private:
    void load(const QString& path, bool create);
    void refuseOpen(const QString& path, const QString& message);
    // The workspace's columns are loaded: its summary is complete and the open is done.
    void finishOpen(const store::WorkspaceSummary& totals);
    void startJob(const QString& label, BackgroundJob::Work work, const QString& openWhenDone);
    void onJobFinished(const BackgroundJob::Outcome& outcome);
    // Changes the saved views on a worker, then reports the workspace's list and the message.
    void changeViews(std::function<bool(store::WorkspaceCatalog&)> change, const QString& done);

    WorkbenchSettings& m_settings;
    WorkbenchData& m_data;
    AnalysisRunner* m_reads; // opening: a newer open replaces an older one
    AnalysisRunner* m_saves;
    BackgroundJob* m_job;
    // An open whose store facts were read and whose columns are loading.
    struct Pending {
        QString path;
        store::WorkspaceSummary summary;
        SavedViewList views;
        bool active = false;
    };
    Pending m_pending;
    QString m_path;
    store::WorkspaceSummary m_summary;
    QString m_openWhenJobDone;
    QString m_jobMessage; // what the last job said; outlives the reload that follows it
};

} // namespace hc::ui

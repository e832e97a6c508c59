#pragma once

#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace hc::ui {

// Runs one piece of core work (import, demo generation, ...) on the thread pool with progress
// and cancel, so the GUI thread only paints. The work opens its own workspace connection:
// connections belong to the thread that made them.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        bool ok = false;
        bool cancelled = false;
        QString message; // a summary on success, the error's message otherwise
    };
    // Returns the summary text for people, or an Error.
    using Work = std::function<Result<QString>(TaskContext&)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // Starts work unless a job is running already; false then.
    bool start(Work work);
    // Asks the running work to stop at its next check; what it committed stays.
    void cancel();

Q_SIGNALS:
    void progressChanged(int percent);
    void finished(const hc::ui::BackgroundJob::Outcome& outcome);

private:
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace hc::ui

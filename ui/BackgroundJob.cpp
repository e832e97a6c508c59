#include "ui/BackgroundJob.h"

#include <QtConcurrent>

namespace hc::ui {

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] { Q_EMIT finished(m_watcher.result()); });
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool BackgroundJob::start(Work work)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancelFlag = m_cancel;
    // `this` outlives the work: the destructor waits for it. Progress is posted to this object,
    // so the signal is emitted on the GUI thread (and dropped if the object is gone by then).
    m_watcher.setFuture(QtConcurrent::run([this, work = std::move(work), cancelFlag]() -> Outcome {
        TaskContext context(
            [this](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(100 * done / total) : 0;
                QMetaObject::invokeMethod(
                    this, [this, percent] { Q_EMIT progressChanged(percent); }, Qt::QueuedConnection);
            },
            [cancelFlag] { return cancelFlag->load(std::memory_order_relaxed); });
        const Result<QString> r = work(context);
        if (r.ok())
            return Outcome{true, false, r.value()};
        return Outcome{false, r.error().code == Error::Code::Cancelled, r.error().message};
    }));
    return true;
}

void BackgroundJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true, std::memory_order_relaxed);
}

} // namespace hc::ui

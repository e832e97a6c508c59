#include "ui/AnalysisRunner.h"

#include <QFutureWatcher>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>

namespace hc::ui {

namespace {

// Analyses share a pool that leaves one core to the GUI thread: with every core busy, the
// scheduler let the event loop wait over 150 ms at a time on a 2-core machine.
QThreadPool* analysisPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool();
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        return p;
    }();
    return pool;
}

} // namespace

AnalysisRunner::AnalysisRunner(QObject* parent) : QObject(parent) {}

AnalysisRunner::~AnalysisRunner()
{
    cancel();
    // Watchers are children: deleting them does not wait, and their results are dropped.
}

void AnalysisRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
    setBusy(false);
}

void AnalysisRunner::run(Work work)
{
    if (m_cancel)
        m_cancel->store(true);
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_cancel = flag;
    const quint64 generation = ++m_generation;
    setBusy(true);
    auto* watcher = new QFutureWatcher<Apply>(this);
    connect(watcher, &QFutureWatcher<Apply>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer request replaced this one
        setBusy(false);
        const Apply apply = watcher->result();
        if (apply)
            apply();
    });
    watcher->setFuture(QtConcurrent::run(analysisPool(), [work = std::move(work), flag]() -> Apply {
        TaskContext context({}, [flag] { return flag->load(); });
        Apply apply = work(context);
        return flag->load() ? Apply() : apply;
    }));
}

void AnalysisRunner::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace hc::ui

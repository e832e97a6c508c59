#include "ui/AnalysisRunner.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>

namespace hc::ui {

namespace {

// Each request's compute time on its worker and apply time on the GUI thread:
// QT_LOGGING_RULES="hc.timing.debug=true" (off by default).
Q_LOGGING_CATEGORY(lcTiming, "hc.timing", QtWarningMsg)

// Analyses share a pool with a thread per core at idle priority (SCHED_IDLE on Linux): the GUI
// thread takes a core the moment it has work. At normal priority and every core busy, the
// scheduler let the event loop wait over 150 ms at a time on a 2-core machine, so the pool had
// to leave a core unused; views now compute on both.
QThreadPool* analysisPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool();
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        p->setThreadPriority(QThread::IdlePriority);
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
        QElapsedTimer clock;
        clock.start();
        if (apply)
            apply();
        qCDebug(lcTiming, "%s shown in %lld ms", parent() ? parent()->metaObject()->className() : "", clock.elapsed());
    });
    const QByteArray name = parent() ? QByteArray(parent()->metaObject()->className()) : QByteArray();
    watcher->setFuture(QtConcurrent::run(analysisPool(), [work = std::move(work), flag, name]() -> Apply {
        TaskContext context({}, [flag] { return flag->load(); });
        QElapsedTimer clock;
        clock.start();
        Apply apply = work(context);
        qCDebug(lcTiming, "%s computed in %lld ms%s", name.constData(), clock.elapsed(),
                flag->load() ? " (superseded)" : "");
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

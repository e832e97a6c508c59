#pragma once

#include "core/util/Result.h"

#include <QElapsedTimer>
#include <QtGlobal>

#include <functional>

namespace hc {

// Progress and cancellation for synchronous core work; callers may report every row,
// the callback fires at most every 100 ms (and always for the final report).
class TaskContext {
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using Cancelled = std::function<bool()>;

    explicit TaskContext(Progress progress = {}, Cancelled cancelled = {});

    bool isCancelled() const { return m_cancelled && m_cancelled(); }
    // For loops over users or events: asks the cancel callback only every 1024th step, so a
    // superseded run stops within a few milliseconds at no measurable cost.
    bool stopRequested(qint64 step) const { return (step & 1023) == 0 && isCancelled(); }
    void report(qint64 done, qint64 total);

    // What an engine returns when it stopped because of a cancel request.
    static Error cancelledError();
    // A context without progress or cancellation, for callers that need neither (tests, one-shot
    // CLI runs). It holds no state that report() or isCancelled() change, so threads may share it.
    static TaskContext& none();

private:
    Progress m_progress;
    Cancelled m_cancelled;
    QElapsedTimer m_clock;
};

} // namespace hc

#pragma once

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
    void report(qint64 done, qint64 total);

private:
    Progress m_progress;
    Cancelled m_cancelled;
    QElapsedTimer m_clock;
};

} // namespace hc

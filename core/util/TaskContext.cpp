#include "core/util/TaskContext.h"

namespace hc {

TaskContext::TaskContext(Progress progress, Cancelled cancelled)
    : m_progress(std::move(progress)), m_cancelled(std::move(cancelled))
{
    m_clock.start();
}

void TaskContext::report(qint64 done, qint64 total)
{
    if (!m_progress || (done != total && m_clock.elapsed() < 100))
        return;
    m_progress(done, total);
    m_clock.restart();
}

} // namespace hc

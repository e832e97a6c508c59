#include "core/util/TaskContext.h"

#include <QCoreApplication>

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

Error TaskContext::cancelledError()
{
    return makeError(Error::Code::Cancelled, QCoreApplication::translate("hc::TaskContext", "Cancelled."));
}

TaskContext& TaskContext::none()
{
    static TaskContext context;
    return context;
}

} // namespace hc

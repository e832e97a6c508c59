#include "core/sync/RateLimiter.h"

#include <algorithm>

namespace hc::sync {

qint64 RateLimiter::waitMs(qint64 nowMs) const
{
    qint64 wait = 0;
    const auto inWindow = [&](qint64 windowMs) {
        return std::count_if(m_starts.begin(), m_starts.end(), [&](qint64 t) { return t > nowMs - windowMs; });
    };
    if (m_perHour > 0 && inWindow(3600000) >= m_perHour) {
        // The oldest request of the last hour must leave the window first.
        const qint64 oldest =
            *std::find_if(m_starts.begin(), m_starts.end(), [&](qint64 t) { return t > nowMs - 3600000; });
        wait = std::max(wait, oldest + 3600000 - nowMs);
    }
    if (m_perSecond > 0 && inWindow(1000) >= m_perSecond) {
        const qint64 oldest =
            *std::find_if(m_starts.begin(), m_starts.end(), [&](qint64 t) { return t > nowMs - 1000; });
        wait = std::max(wait, oldest + 1000 - nowMs);
    }
    return wait;
}

void RateLimiter::recordStart(qint64 nowMs)
{
    m_starts.push_back(nowMs);
    while (!m_starts.empty() && m_starts.front() <= nowMs - 3600000)
        m_starts.pop_front();
}

} // namespace hc::sync

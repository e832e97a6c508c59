#pragma once

#include <QtGlobal>

#include <deque>

namespace hc::sync {

// Keeps requests under an hourly and a per-second limit (Mixpanel's raw export: 60/hour and
// 3/second, mixpanel.md), by remembering when the recent requests started.
class RateLimiter {
public:
    RateLimiter(int perHour, int perSecond) : m_perHour(perHour), m_perSecond(perSecond) {}

    // Milliseconds to wait before the next request may start at `nowMs` (0: go now).
    qint64 waitMs(qint64 nowMs) const;
    void recordStart(qint64 nowMs);

private:
    int m_perHour;
    int m_perSecond;
    std::deque<qint64> m_starts; // within the last hour
};

} // namespace hc::sync

#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"

#include <algorithm>
#include <vector>

namespace hc::analysis {

// Finds the period of an instant; remembers the last period found, so the usual case (the
// next event of a user falls in the same period) is two comparisons instead of a search.
class PeriodIndexer {
public:
    explicit PeriodIndexer(const std::vector<Period>& periods)
    {
        for (const Period& p : periods)
            m_starts.push_back(p.startMs);
        m_end = periods.empty() ? 0 : periods.back().endMs;
        if (!periods.empty())
            m_currentEnd = periods.front().endMs;
    }

    // The index of the period holding t, or -1 when t is outside every period.
    int indexOf(qint64 t)
    {
        if (m_starts.empty() || t < m_starts.front() || t >= m_end)
            return -1;
        if (t >= m_currentStart && t < m_currentEnd)
            return m_current;
        m_current = int(std::upper_bound(m_starts.begin(), m_starts.end(), t) - m_starts.begin() - 1);
        m_currentStart = m_starts[size_t(m_current)];
        m_currentEnd = size_t(m_current) + 1 < m_starts.size() ? m_starts[size_t(m_current) + 1] : m_end;
        return m_current;
    }

private:
    std::vector<qint64> m_starts;
    qint64 m_end = 0;
    int m_current = 0;
    qint64 m_currentStart = 0;
    qint64 m_currentEnd = 0;
};

} // namespace hc::analysis

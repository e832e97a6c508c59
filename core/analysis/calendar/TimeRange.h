#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"

#include <QString>

#include <optional>

namespace hc::analysis {

// A date range of semantics.md: `from..to` inclusive of both days in the reporting zone, or
// sub-day bounds from timestamps (the `to` instant included). endMs is exclusive.
struct TimeRange {
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 firstDay = 0; // local day numbers holding startMs and endMs - 1
    qint64 lastDay = 0;
    bool wholeDays = true;

    qint64 lastMs() const { return endMs - 1; }
    bool contains(qint64 ms) const { return ms >= startMs && ms < endMs; }
    qint64 dayCount() const { return lastDay - firstDay + 1; }
    // The range of equal length that ends the day (or instant) before this one starts.
    TimeRange previous(const ReportingCalendar& calendar) const;

    static TimeRange fromDays(const ReportingCalendar& calendar, qint64 firstDay, qint64 lastDay);
};

// Parses --from/--to (YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]; without a zone the
// timestamp is read in the reporting zone). Returns nullopt and sets error when malformed.
std::optional<TimeRange> parseTimeRange(const QString& from, const QString& to, const ReportingCalendar& calendar,
                                        QString& error);

} // namespace hc::analysis

#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/dataset/Dataset.h"
#include "core/util/TaskContext.h"

#include <QStringList>

#include <vector>

namespace hc::insights {

// What every insight generator reads, built in one pass over the users (the one place that
// turns events into insight inputs): per-day tables over the history window and per-user facts
// for first-week retention. Days are local days of the reporting zone.
struct ActivitySummary {
    qint64 firstDay = 0; // the history window, inclusive
    qint64 lastDay = 0;
    QStringList dayLabels;                   // YYYY-MM-DD per day of the window
    std::vector<double> dau;                 // distinct users per day
    std::vector<std::vector<double>> events; // [event name][day]: events per day

    // Per user, over all of their events (not only the window):
    std::vector<qint64> birthDay;       // the local day of the first event
    std::vector<size_t> birthEvent;     // the position of the first event
    std::vector<bool> retainedWeek1;    // an event on any of the 7 days after the birth day
    std::vector<quint64> birthDayNames; // bit k: event name k on the birth day (names 0..63)
    qint64 lastDataDay = 0;             // the local day of the newest event

    size_t dayCount() const { return dau.size(); }
    qint64 dayIndex(qint64 day) const { return day - firstDay; }
};

// Whole local days [firstDay, lastDay]. Cancellable.
Result<ActivitySummary> summarizeActivity(const dataset::Dataset& data, const analysis::ReportingCalendar& calendar,
                                          qint64 firstDay, qint64 lastDay, TaskContext& context);

} // namespace hc::insights

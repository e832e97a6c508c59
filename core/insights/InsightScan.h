#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/dataset/Dataset.h"
#include "core/insights/ActivitySummary.h"
#include "core/insights/Insight.h"
#include "core/util/TaskContext.h"

#include <QStringList>

#include <vector>

namespace hc::insights {

// What a generator scans: the events, the activity tables built once for the run, the run's
// last days and the properties worth splitting by.
struct InsightScan {
    const dataset::Dataset& data;
    const analysis::ReportingCalendar& calendar;
    const ActivitySummary& activity;
    qint64 runFirstDay = 0; // the days the run reports on
    qint64 runLastDay = 0;
    QStringList properties; // low-cardinality properties for drivers and segments
    quint64 seed = 1;
    TaskContext& context;
};

// A generator's findings (candidate insights, each with its p-value) and the p-values of every
// other hypothesis it tested, so that the false discovery rate covers all of them.
struct ScanResult {
    std::vector<Insight> findings;
    std::vector<double> otherPValues;
    void append(ScanResult other)
    {
        findings.insert(findings.end(), other.findings.begin(), other.findings.end());
        otherPValues.insert(otherPValues.end(), other.otherPValues.begin(), other.otherPValues.end());
    }
};

} // namespace hc::insights

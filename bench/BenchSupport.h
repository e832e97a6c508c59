#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/calendar/TimeRange.h"
#include "core/dataset/Dataset.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace hc::bench {

// The process's high-water mark of resident memory, in MiB.
double peakRssMiB();

// HC_BENCH_WORKSPACE when set; else a demo workspace with this many users (about 48 events each,
// 120 days ending 2026-11-30) written into `dir`, saying so on stderr.
QString benchWorkspace(const QString& dir, int users);

// The benchmark workspace (benchWorkspace with `users`) loaded as the workbench holds it:
// its column file mapped, with a UTC calendar and the range of its last 120 days.
struct LoadedWorkspace {
    std::unique_ptr<QTemporaryDir> dir;
    QString path;
    std::shared_ptr<const dataset::Dataset> data;
    std::unique_ptr<analysis::ReportingCalendar> calendar;
    analysis::TimeRange range;
    double loadSeconds = 0;
};
LoadedWorkspace loadBenchWorkspace(int users);

// main() of every benchmark program: a QCoreApplication (Qt's SQL and network need one), then
// Google Benchmark with its usual flags.
int runBenchmarks(int argc, char** argv);

} // namespace hc::bench

#pragma once

#include <QStringList>

namespace hc::cli {

// The series statistics of cli.md ("Statistics, prediction, insights and reports"): anomalies,
// trend-test, forecast and correlate.
int runAnomaliesCommand(const QStringList& args);
int runTrendTestCommand(const QStringList& args);
int runForecastCommand(const QStringList& args);
int runCorrelateCommand(const QStringList& args);

} // namespace hc::cli

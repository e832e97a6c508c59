#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/dataset/Dataset.h"
#include "core/insights/InsightRun.h"
#include "core/util/TaskContext.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>
#include <vector>

namespace hc::report {

enum class ReportTemplate { Daily, Weekly, Monthly };

// A table as printed: formatted text, the numeric columns right-aligned; `shade` (0..1 per cell,
// or empty) tints a heatmap.
struct PrintTable {
    QString title;
    QStringList headers;
    std::vector<QStringList> rows;
    std::vector<bool> numeric; // per column
    std::vector<std::vector<double>> shade;
};

struct ReportOptions {
    ReportTemplate kind = ReportTemplate::Weekly;
    QDate to;                // the last day; invalid: the newest day with events
    QString workspaceName;   // for the cover
    QStringList properties;  // for the insights run (drivers, segments)
    QStringList funnelSteps; // empty: the three most common first events of new users, in order
    int topInsights = 8;
    QString filter; // the conditions the events were filtered by, as written (for the cover)
    // The sections and their order (reportSections() names them); empty: all, in that order.
    QStringList sections;
};

// The sections a report can hold, in their standard order: kpis, insights, funnel, retention,
// methodology.
const QStringList& reportSections();

// Everything a report shows, computed from one insights run and the engine over the same period
// and scope, in words and numbers ready to print (dates and numbers in the current locale). The
// date printed as "generated" is the newest event's, so the same data gives the same report.
struct ReportModel {
    QString title;
    ReportTemplate kind = ReportTemplate::Weekly;
    QDate from, to, compareFrom, compareTo;
    QString zone;
    QString filter; // empty: every event
    QString workspaceName;
    qint64 events = 0;
    QDateTime dataThrough;
    QString engineVersion;
    QString runId;
    PrintTable kpis;
    std::vector<insights::Insight> insights; // the top ones, ranked
    int insightsScanned = 0;
    std::optional<PrintTable> funnel;
    std::vector<double> funnelConversion; // per step, for the chart
    QStringList funnelSteps;
    PrintTable retention;
    QStringList methodology; // paragraphs
    QStringList sections;    // the ones to print, in order
};

QString templateName(ReportTemplate kind);
bool templateFromName(const QString& name, ReportTemplate& kind);

Result<ReportModel> buildReport(const dataset::Dataset& data, const analysis::ReportingCalendar& calendar,
                                const ReportOptions& options, TaskContext& context = TaskContext::none());

} // namespace hc::report

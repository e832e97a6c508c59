#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/cohort/CohortDefinition.h"
#include "core/analysis/query/Condition.h"
#include "core/dataset/Dataset.h"
#include "core/dataset/DatasetLoader.h"
#include "core/util/TaskContext.h"

#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <optional>
#include <vector>

namespace hc::analysis {

// The global scope every analysis of a run shares: the reporting zone and week start (overriding
// the workspace's settings) and the filter on every event.
struct SnapshotScope {
    std::optional<QTimeZone> zone;
    int weekStart = 0; // 1 = Monday … 7 = Sunday; 0: the workspace's
    std::vector<Condition> filter;
    bool filterAny = false;          // keep events that meet at least one condition, not all
    QList<CohortDefinition> cohorts; // the workspace's, for `cohort=NAME` in the filter
    // Breakdowns the query will ask for: each `cohort:NAME` among them becomes a membership
    // property of the snapshot's events (CohortBreakdown).
    QStringList breakdowns;
};

// What the CLI and the workbench compute from: the dataset seen through a scope and its calendar.
struct AnalysisSnapshot {
    std::shared_ptr<const dataset::Dataset> data;
    std::shared_ptr<const ReportingCalendar> calendar;
};

// A workspace's dataset as read from the store, plus what pickers need.
struct LoadedWorkspace {
    std::shared_ptr<const dataset::Dataset> data;
    QStringList propertyKeys; // read only when asked for
    QList<CohortDefinition> cohorts;
};

// The one way from a workspace file to an analysis snapshot (open → load → zone and week
// override → filter → calendar), in two steps so a long-lived window loads once and re-scopes
// cheaply. Both are synchronous and run on the caller's (worker) thread.
class AnalysisSnapshotBuilder {
public:
    static Result<LoadedWorkspace> load(const QString& workspacePath, const dataset::DatasetLoadOptions& options,
                                        bool readPropertyKeys, TaskContext& context);
    static Result<AnalysisSnapshot> scoped(const std::shared_ptr<const dataset::Dataset>& base,
                                           const SnapshotScope& scope, TaskContext& context);
    // Conditions separated by `;` as the filter bar takes them (`country=DE; plan=pro|team`).
    static Result<std::vector<Condition>> parseFilterText(const QString& text);
};

} // namespace hc::analysis

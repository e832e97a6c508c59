#include "core/analysis/AnalysisSnapshot.h"

#include "core/analysis/cohort/CohortBreakdown.h"
#include "core/analysis/cohort/CohortMembership.h"
#include "core/analysis/engine/EventFilter.h"
#include "core/store/CohortStore.h"
#include "core/store/WorkspaceCatalog.h"

#include <QCoreApplication>

namespace hc::analysis {

Result<LoadedWorkspace> AnalysisSnapshotBuilder::load(const QString& workspacePath,
                                                      const dataset::DatasetLoadOptions& options, bool readPropertyKeys,
                                                      TaskContext& context)
{
    auto ws = store::Workspace::open(workspacePath, store::Workspace::OpenMode::MustExist);
    if (!ws.ok())
        return ws.error();
    auto loaded = dataset::loadDataset(*ws.value(), context, options);
    if (!loaded.ok())
        return loaded.error();
    LoadedWorkspace out;
    out.data = loaded.value();
    auto cohorts = store::CohortStore(*ws.value()).cohorts();
    if (!cohorts.ok())
        return cohorts.error();
    out.cohorts = cohorts.value();
    if (readPropertyKeys) {
        const auto keys = store::WorkspaceCatalog(*ws.value()).propertyKeys();
        if (keys.ok())
            out.propertyKeys = keys.value(); // pickers also take free text: a failure here is not fatal
    }
    return out;
}

Result<AnalysisSnapshot> AnalysisSnapshotBuilder::scoped(const std::shared_ptr<const dataset::Dataset>& base,
                                                         const SnapshotScope& scope, TaskContext& context)
{
    dataset::DatasetSettings settings = base->settings();
    if (scope.zone && scope.zone->isValid())
        settings.zone = *scope.zone;
    if (scope.weekStart >= 1 && scope.weekStart <= 7)
        settings.weekStart = scope.weekStart;
    const auto inZone = base->withSettings(settings);
    auto calendar = std::make_shared<const ReportingCalendar>(settings.zone, settings.weekStart);
    // `cohort=NAME` is a condition on users, resolved over every event (not only filtered ones).
    std::vector<Condition> eventConditions;
    std::vector<std::vector<char>> userConditions;
    for (const Condition& c : scope.filter) {
        if (!isCohortCondition(c)) {
            eventConditions.push_back(c);
            continue;
        }
        auto users = cohortConditionUsers(*inZone, *calendar, c, scope.cohorts, context);
        if (!users.ok())
            return users.error();
        userConditions.push_back(std::move(users.value()));
    }
    auto filtered = filterEvents(inZone, eventConditions, scope.filterAny, context, userConditions);
    if (!filtered.ok())
        return filtered.error();
    auto events =
        CohortBreakdown::addColumns(filtered.value(), *inZone, *calendar, scope.cohorts, scope.breakdowns, context);
    if (!events.ok())
        return events.error();
    return AnalysisSnapshot{events.value(), calendar};
}

Result<std::vector<Condition>> AnalysisSnapshotBuilder::parseFilterText(const QString& text)
{
    std::vector<Condition> conditions;
    for (const QString& part : text.split(u';', Qt::SkipEmptyParts)) {
        QString error;
        const auto c = parseCondition(part.trimmed(), error);
        if (!c)
            return makeError(
                Error::Code::Invalid,
                QCoreApplication::translate("hc::ui::WorkbenchData", "Filter \"%1\": %2").arg(part.trimmed(), error));
        conditions.push_back(*c);
    }
    return conditions;
}

} // namespace hc::analysis

#include "core/analysis/AnalysisSnapshot.h"

#include "core/analysis/engine/EventFilter.h"
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
    auto filtered = filterEvents(base->withSettings(settings), scope.filter, scope.filterAny, context);
    if (!filtered.ok())
        return filtered.error();
    return AnalysisSnapshot{filtered.value(),
                            std::make_shared<const ReportingCalendar>(settings.zone, settings.weekStart)};
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

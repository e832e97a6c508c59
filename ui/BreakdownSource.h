#pragma once

#include "core/analysis/cohort/CohortBreakdown.h"
#include "ui/WorkbenchData.h"

#include <QList>
#include <QString>

class QComboBox;

namespace hc::ui {

// What a view's breakdown by a cohort (analysis::CohortBreakdown) needs on its worker, taken on
// the GUI thread: every loaded event and the workspace's cohorts; and the breakdown pickers'
// cohort entries.
class BreakdownSource {
public:
    static BreakdownSource of(const WorkbenchData& data) { return {data.loadedData(), data.cohorts()}; }

    // Appends one "In cohort NAME or not" entry per cohort to a breakdown picker.
    static void addChoices(QComboBox* picker, const QList<analysis::CohortDefinition>& cohorts);
    // The filter condition that picks one side's users (`cohort=NAME` or `cohort!=NAME`).
    static QString sideCondition(const QString& key, const QString& value);

    // The view's events with a membership property for each cohort key among `properties`.
    Result<std::shared_ptr<const dataset::Dataset>> events(const WorkbenchData::View& view,
                                                           const QStringList& properties, TaskContext& context) const;

    // Runs an engine (a function of the events giving a Result) over those events; their error
    // when they cannot be made.
    template<typename Engine>
    auto run(const WorkbenchData::View& view, const QStringList& properties, TaskContext& context, Engine engine) const
        -> decltype(engine(*view.data))
    {
        const auto with = events(view, properties, context);
        if (!with.ok())
            return with.error();
        return engine(*with.value());
    }

    std::shared_ptr<const dataset::Dataset> loaded;
    QList<analysis::CohortDefinition> cohorts;
};

} // namespace hc::ui

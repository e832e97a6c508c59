#pragma once

#include "core/analysis/cohort/CohortDefinition.h"
#include "core/dataset/Dataset.h"
#include "core/util/TaskContext.h"
#include "ui/WorkbenchData.h"

#include <QList>
#include <QString>

class QComboBox;

namespace hc::ui {

// A breakdown by a cohort: its users and everyone else. The key `cohort:NAME` stands where a
// property name would, and the events get a derived property of that name with the two sides as
// its values, so every engine that breaks down by a property (trends, segments, funnels) groups
// by membership with no code of its own. Members are resolved over all loaded events, as the
// `cohort=NAME` filter resolves them, so a side equals that filter's result.
class CohortBreakdown {
public:
    static QString key(const QString& cohortName);
    static bool isKey(const QString& property);
    static QString cohortName(const QString& key);
    // The two sides, as drawn in legends and tables.
    static QString inLabel(const QString& cohortName);
    static QString outLabel(const QString& cohortName);
    // Appends one "In cohort NAME or not" entry per cohort to a breakdown picker.
    static void addChoices(QComboBox* picker, const QList<analysis::CohortDefinition>& cohorts);
    // The filter condition that picks one side's users (`cohort=NAME` or `cohort!=NAME`).
    static QString sideCondition(const QString& key, const QString& value);

    // What membership is resolved from, taken on the GUI thread for a worker: every loaded event
    // and the workspace's cohorts.
    struct Source {
        std::shared_ptr<const dataset::Dataset> loaded;
        QList<analysis::CohortDefinition> cohorts;
    };
    static Source sourceOf(const WorkbenchData& data) { return {data.loadedData(), data.cohorts()}; }

    // The view's events with a membership property for each of `properties` that is a cohort
    // key (the others are left alone); an error names a cohort that no longer exists.
    static Result<std::shared_ptr<const dataset::Dataset>> withMembership(const WorkbenchData::View& view,
                                                                          const Source& source,
                                                                          const QStringList& properties,
                                                                          TaskContext& context);

    // Runs an engine (a function of the events giving a Result) over the view's events with the
    // membership properties added; their error when they cannot be added.
    template<typename Engine>
    static auto run(const WorkbenchData::View& view, const Source& source, const QStringList& properties,
                    TaskContext& context, Engine engine) -> decltype(engine(*view.data))
    {
        const auto events = withMembership(view, source, properties, context);
        if (!events.ok())
            return events.error();
        return engine(*events.value());
    }
};

} // namespace hc::ui

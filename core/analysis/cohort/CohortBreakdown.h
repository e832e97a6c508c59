#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/cohort/CohortDefinition.h"
#include "core/dataset/Dataset.h"
#include "core/util/TaskContext.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace hc::analysis {

// A breakdown by a cohort: its users and everyone else. The key `cohort:NAME` stands where a
// property name would (`--breakdown cohort:NAME`, a breakdown picker), and the events get a
// derived property of that name whose two values are "in NAME" and "not in NAME", so every
// engine that breaks down by a property groups by membership with no code of its own. Members
// are resolved over every loaded event, as the `cohort=NAME` filter resolves them, so a side's
// numbers equal that filter's.
class CohortBreakdown {
public:
    static QString key(const QString& cohortName);
    static bool isKey(const QString& property);
    static QString cohortName(const QString& key);
    // The two values, in the current language.
    static QString inLabel(const QString& cohortName);
    static QString outLabel(const QString& cohortName);

    // `events` with a membership property for each of `properties` that is a cohort key (the
    // others are left alone); `loaded` holds every event in the calendar's zone. An error names a
    // cohort that is not in `cohorts`.
    static Result<std::shared_ptr<const dataset::Dataset>>
    addColumns(std::shared_ptr<const dataset::Dataset> events, const dataset::Dataset& loaded,
               const ReportingCalendar& calendar, const QList<CohortDefinition>& cohorts, const QStringList& properties,
               TaskContext& context);
};

} // namespace hc::analysis

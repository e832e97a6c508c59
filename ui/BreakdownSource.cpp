#include "ui/BreakdownSource.h"

#include "core/analysis/query/EscapedText.h"

#include <QComboBox>
#include <QCoreApplication>

#include <algorithm>

namespace hc::ui {

using analysis::CohortBreakdown;

void BreakdownSource::addChoices(QComboBox* picker, const QList<analysis::CohortDefinition>& cohorts)
{
    for (const analysis::CohortDefinition& c : cohorts)
        picker->addItem(QCoreApplication::translate("hc::ui::BreakdownSource", "In cohort %1 or not").arg(c.name),
                        CohortBreakdown::key(c.name));
}

QString BreakdownSource::sideCondition(const QString& key, const QString& value)
{
    const QString name = CohortBreakdown::cohortName(key);
    return (value == CohortBreakdown::inLabel(name) ? QStringLiteral("cohort=") : QStringLiteral("cohort!="))
           + analysis::escapedValue(name);
}

Result<std::shared_ptr<const dataset::Dataset>>
BreakdownSource::events(const WorkbenchData::View& view, const QStringList& properties, TaskContext& context) const
{
    const bool any = std::any_of(properties.begin(), properties.end(), CohortBreakdown::isKey);
    if (!any)
        return view.data;
    if (!loaded)
        return makeError(Error::Code::Invalid, QCoreApplication::translate("hc::ui::BreakdownSource",
                                                                           "The workspace's events are not loaded."));
    // Every event read in the view's zone and week, as the `cohort=NAME` filter reads them.
    return CohortBreakdown::addColumns(view.data, *loaded->withSettings(view.data->settings()), *view.calendar, cohorts,
                                       properties, context);
}

} // namespace hc::ui

#include "ui/CohortBreakdown.h"

#include "core/analysis/cohort/CohortMembership.h"
#include "core/analysis/query/EscapedText.h"

#include <QComboBox>
#include <QCoreApplication>

namespace hc::ui {

namespace {

const QLatin1String kPrefix("cohort:");

QString tr(const char* text) { return QCoreApplication::translate("hc::ui::CohortBreakdown", text); }

} // namespace

QString CohortBreakdown::key(const QString& cohortName) { return kPrefix + cohortName; }

bool CohortBreakdown::isKey(const QString& property) { return property.startsWith(kPrefix); }

QString CohortBreakdown::cohortName(const QString& key) { return key.mid(kPrefix.size()); }

QString CohortBreakdown::inLabel(const QString& cohortName) { return tr("in %1").arg(cohortName); }

QString CohortBreakdown::outLabel(const QString& cohortName) { return tr("not in %1").arg(cohortName); }

void CohortBreakdown::addChoices(QComboBox* picker, const QList<analysis::CohortDefinition>& cohorts)
{
    for (const analysis::CohortDefinition& c : cohorts)
        picker->addItem(tr("In cohort %1 or not").arg(c.name), key(c.name));
}

QString CohortBreakdown::sideCondition(const QString& key, const QString& value)
{
    const QString name = cohortName(key);
    return (value == inLabel(name) ? QStringLiteral("cohort=") : QStringLiteral("cohort!="))
           + analysis::escapedValue(name);
}

Result<std::shared_ptr<const dataset::Dataset>> CohortBreakdown::withMembership(const WorkbenchData::View& view,
                                                                                const Source& source,
                                                                                const QStringList& properties,
                                                                                TaskContext& context)
{
    std::shared_ptr<const dataset::Dataset> events = view.data;
    for (const QString& property : properties) {
        if (!isKey(property))
            continue;
        const QString name = cohortName(property);
        const auto found = std::find_if(source.cohorts.begin(), source.cohorts.end(),
                                        [&](const analysis::CohortDefinition& c) { return c.name == name; });
        if (found == source.cohorts.end())
            return makeError(Error::Code::Invalid, tr("There is no cohort named “%1” in this workspace.").arg(name));
        if (!source.loaded)
            return makeError(Error::Code::Invalid, tr("The workspace's events are not loaded."));
        const auto members = analysis::cohortMembers(*source.loaded, *view.calendar, *found, context);
        if (!members.ok())
            return members.error();
        events = events->withProperty(std::make_shared<const dataset::PropertyColumn>(
            analysis::membershipColumn(*events, members.value(), property, inLabel(name), outLabel(name))));
    }
    return events;
}

} // namespace hc::ui

#include "core/analysis/cohort/CohortBreakdown.h"

#include "core/analysis/cohort/CohortMembership.h"

#include <QCoreApplication>

#include <cmath>

namespace hc::analysis {

namespace {

const QLatin1String kPrefix("cohort:");

QString tr(const char* text) { return QCoreApplication::translate("hc::analysis::CohortBreakdown", text); }

// The column telling each event's side: code 0 when its user is a member, else 1.
dataset::PropertyColumn membershipColumn(const dataset::Dataset& data, const std::vector<char>& members,
                                         const QString& name, const QString& inLabel, const QString& outLabel)
{
    dataset::PropertyColumn column;
    column.name = name;
    column.values = {inLabel, outLabel};
    column.numbers = {std::nan(""), std::nan("")};
    column.codes = dataset::PropertyCodes(data.eventCount(), 2);
    for (int u = 0; u < data.userCount(); ++u) {
        const qint32 side = members[size_t(u)] ? 0 : 1;
        for (size_t i = data.userBegin(u); i < data.userEnd(u); ++i)
            column.codes.set(i, side);
    }
    return column;
}

} // namespace

QString CohortBreakdown::key(const QString& cohortName) { return kPrefix + cohortName; }

bool CohortBreakdown::isKey(const QString& property) { return property.startsWith(kPrefix); }

QString CohortBreakdown::cohortName(const QString& key) { return key.mid(kPrefix.size()); }

QString CohortBreakdown::inLabel(const QString& cohortName) { return tr("in %1").arg(cohortName); }

QString CohortBreakdown::outLabel(const QString& cohortName) { return tr("not in %1").arg(cohortName); }

Result<std::shared_ptr<const dataset::Dataset>>
CohortBreakdown::addColumns(std::shared_ptr<const dataset::Dataset> events, const dataset::Dataset& loaded,
                            const ReportingCalendar& calendar, const QList<CohortDefinition>& cohorts,
                            const QStringList& properties, TaskContext& context)
{
    for (const QString& property : properties) {
        if (!isKey(property))
            continue;
        const QString name = cohortName(property);
        const auto members = namedCohortMembers(loaded, calendar, cohorts, name, context);
        if (!members.ok())
            return members.error();
        // Users keep their index through a filter, so flags found over every event apply here.
        events = events->withProperty(std::make_shared<const dataset::PropertyColumn>(
            membershipColumn(*events, members.value(), property, inLabel(name), outLabel(name))));
    }
    return events;
}

} // namespace hc::analysis

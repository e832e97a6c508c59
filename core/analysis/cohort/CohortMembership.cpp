#include "core/analysis/cohort/CohortMembership.h"

#include "core/analysis/calendar/TimeRange.h"
#include "core/analysis/engine/Funnel.h"
#include "core/analysis/engine/Retention.h"
#include "core/analysis/query/FunnelOptions.h"
#include "core/analysis/query/RetentionOptions.h"

#include <QCoreApplication>
#include <QSet>

namespace hc::analysis {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::analysis::CohortMembership", text); }

Error cancelled() { return makeError(Error::Code::Cancelled, tr("Computing the cohort was cancelled.")); }

Result<TimeRange> rangeOf(const CohortDefinition& cohort, const ReportingCalendar& calendar)
{
    QString error;
    const auto range = parseTimeRange(cohort.from, cohort.to, calendar, error);
    if (!range)
        return makeError(Error::Code::Invalid, tr("Cohort “%1”: %2").arg(cohort.name, error));
    return *range;
}

Result<std::vector<Condition>> parseAll(const CohortDefinition& cohort, const QStringList& texts)
{
    std::vector<Condition> out;
    for (const QString& text : texts) {
        QString error;
        const auto c = parseCondition(text, error);
        if (!c)
            return makeError(Error::Code::Invalid, tr("Cohort “%1”: %2").arg(cohort.name, error));
        out.push_back(*c);
    }
    return out;
}

Result<std::vector<char>> didEventMembers(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                          const CohortDefinition& cohort, TaskContext& context)
{
    const auto range = rangeOf(cohort, calendar);
    if (!range.ok())
        return range.error();
    EventSpec spec = QueryOptions::eventSpec(cohort.event);
    auto didWhere = parseAll(cohort, cohort.didWhere);
    auto where = parseAll(cohort, cohort.where);
    if (!didWhere.ok())
        return didWhere.error();
    if (!where.ok())
        return where.error();
    spec.where = didWhere.value();
    spec.where.insert(spec.where.end(), where.value().begin(), where.value().end());
    const auto matcher = EventMatcher::compile(data, spec);
    if (!matcher.ok())
        return matcher.error();
    const EventMatcher& m = matcher.value();
    std::vector<char> members(size_t(data.userCount()), 0);
    const auto& times = data.times();
    for (int u = 0; u < data.userCount(); ++u) {
        if ((u & 4095) == 0 && context.isCancelled())
            return cancelled();
        int count = 0;
        for (size_t i = data.userFirstAtOrAfter(u, range.value().startMs);
             i < data.userEnd(u) && times[i] < range.value().endMs && count < cohort.minCount; ++i)
            count += m.matches(i) ? 1 : 0;
        members[size_t(u)] = count >= cohort.minCount ? 1 : 0;
    }
    return members;
}

Result<std::vector<char>> funnelStepMembers(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                            const CohortDefinition& cohort, TaskContext& context)
{
    auto parsed = FunnelOptions::parse(cohort.funnel);
    if (!parsed.ok())
        return makeError(Error::Code::Invalid, tr("Cohort “%1”: %2").arg(cohort.name, parsed.error().message));
    FunnelQuery q = parsed.value();
    const auto range = rangeOf(cohort, calendar);
    if (!range.ok())
        return range.error();
    const int steps = int(q.steps.size());
    if (cohort.step < (cohort.dropped ? 2 : 1) || cohort.step > steps)
        return makeError(Error::Code::Invalid,
                         cohort.dropped
                             ? tr("Cohort “%1”: users drop off at steps 2 to %2.").arg(cohort.name).arg(steps)
                             : tr("Cohort “%1”: the funnel has steps 1 to %2.").arg(cohort.name).arg(steps));
    q.range = range.value();
    q.counting = FunnelCounting::Uniques; // one attempt per user decides
    q.breakdown.clear();
    q.overTime.reset();
    q.keepUserResults = true;
    const auto result = computeFunnel(data, q, calendar, context);
    if (!result.ok())
        return result.error();
    const auto& reached = result.value().reachedByUser;
    std::vector<char> members(size_t(data.userCount()), 0);
    for (size_t u = 0; u < members.size() && u < reached.size(); ++u)
        members[u] = cohort.dropped ? reached[u] == cohort.step - 1 : reached[u] >= cohort.step;
    return members;
}

Result<std::vector<char>> retentionCellMembers(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                               const CohortDefinition& cohort, TaskContext& context)
{
    auto parsed = RetentionOptions::parse(cohort.retention);
    if (!parsed.ok())
        return makeError(Error::Code::Invalid, tr("Cohort “%1”: %2").arg(cohort.name, parsed.error().message));
    RetentionQuery q = parsed.value();
    const auto range = rangeOf(cohort, calendar);
    if (!range.ok())
        return range.error();
    q.range = range.value();
    q.breakdown.clear(); // a cell of the overall table
    const auto members = retentionCellUsers(data, q, calendar, cohort.cohortStart, cohort.period, context);
    if (!members.ok())
        return makeError(members.error().code, tr("Cohort “%1”: %2").arg(cohort.name, members.error().message));
    return members;
}

} // namespace

Result<std::vector<char>> cohortMembers(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                        const CohortDefinition& cohort, TaskContext& context)
{
    switch (cohort.kind) {
    case CohortDefinition::Kind::DidEvent:
        return didEventMembers(data, calendar, cohort, context);
    case CohortDefinition::Kind::FunnelStep:
        return funnelStepMembers(data, calendar, cohort, context);
    case CohortDefinition::Kind::RetentionCell:
        return retentionCellMembers(data, calendar, cohort, context);
    case CohortDefinition::Kind::UserList:
        break;
    }
    const QSet<QString> ids(cohort.users.begin(), cohort.users.end());
    std::vector<char> members(size_t(data.userCount()), 0);
    for (int u = 0; u < data.userCount(); ++u)
        members[size_t(u)] = ids.contains(data.userIds()[u]) ? 1 : 0;
    return members;
}

QStringList cohortMemberIds(const dataset::Dataset& data, const std::vector<char>& members)
{
    QStringList out;
    for (size_t u = 0; u < members.size(); ++u)
        if (members[u])
            out.append(data.userIds()[int(u)]);
    return out;
}

bool isCohortCondition(const Condition& condition) { return condition.property == QLatin1String("cohort"); }

Result<std::vector<char>> namedCohortMembers(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                             const QList<CohortDefinition>& cohorts, const QString& name,
                                             TaskContext& context)
{
    const auto found =
        std::find_if(cohorts.begin(), cohorts.end(), [&](const CohortDefinition& c) { return c.name == name; });
    if (found == cohorts.end())
        return makeError(Error::Code::Invalid, tr("There is no cohort named “%1” in this workspace.").arg(name));
    return cohortMembers(data, calendar, *found, context);
}

Result<std::vector<char>> cohortConditionUsers(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                               const Condition& condition, const QList<CohortDefinition>& cohorts,
                                               TaskContext& context)
{
    if (condition.op != Condition::Op::Equals && condition.op != Condition::Op::NotEquals)
        return makeError(Error::Code::Invalid,
                         tr("“%1”: a cohort takes = or != and a cohort's name.").arg(condition.text));
    std::vector<char> inAny(size_t(data.userCount()), 0);
    for (const QString& name : condition.values) {
        const auto members = namedCohortMembers(data, calendar, cohorts, name, context);
        if (!members.ok())
            return members.error();
        for (size_t u = 0; u < inAny.size(); ++u)
            inAny[u] = char(inAny[u] | members.value()[u]);
    }
    if (condition.op == Condition::Op::NotEquals)
        for (char& flag : inAny)
            flag = char(!flag);
    return inAny;
}

} // namespace hc::analysis

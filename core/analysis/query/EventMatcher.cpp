#include "core/analysis/query/EventMatcher.h"

namespace hc::analysis {

Result<EventMatcher> EventMatcher::compile(const dataset::Dataset& data, const EventSpec& spec)
{
    EventMatcher m;
    m.m_names = &data.names();
    if (spec.anyEvent) {
        m.m_name = kAnyEvent;
    } else {
        const int index = data.nameIndex(spec.name);
        m.m_name = index < 0 ? kNoEvent : qint32(index);
    }
    auto conditions = ConditionSet::compile(data, spec.where);
    if (!conditions.ok())
        return conditions.error();
    m.m_conditions = std::move(conditions.value());
    auto any = ConditionSet::compile(data, spec.whereAny, true);
    if (!any.ok())
        return any.error();
    m.m_anyConditions = std::move(any.value());
    return m;
}

} // namespace hc::analysis

#pragma once

#include "core/analysis/query/Condition.h"

#include <QString>

#include <vector>

namespace hc::analysis {

// Which events a step, a measure or a cohort rule talks about: a name (or any event) plus
// conditions that must all hold.
struct EventSpec {
    bool anyEvent = false;
    QString name;
    std::vector<Condition> where;    // all must hold
    std::vector<Condition> whereAny; // if given, at least one must hold too
};

class EventMatcher {
public:
    // A name that never occurs matches nothing (not an error, cli.md); unknownName() tells.
    static Result<EventMatcher> compile(const dataset::Dataset& data, const EventSpec& spec);

    bool matches(size_t event) const
    {
        if (m_name == kNoEvent)
            return false;
        if (m_name != kAnyEvent && (*m_names)[event] != m_name)
            return false;
        return (m_conditions.isEmpty() || m_conditions.matches(event)) && m_anyConditions.matches(event);
    }
    bool unknownName() const { return m_name == kNoEvent; }
    bool anyName() const { return m_name == kAnyEvent; }
    // The event-name index this matcher wants, or -1 for any name or an unknown one.
    qint32 nameIndex() const { return m_name >= 0 ? m_name : -1; }
    bool hasConditions() const { return !m_conditions.isEmpty() || !m_anyConditions.isEmpty(); }
    bool conditionsHold(size_t event) const { return m_conditions.matches(event) && m_anyConditions.matches(event); }

private:
    static constexpr qint32 kAnyEvent = -1;
    static constexpr qint32 kNoEvent = -2;
    qint32 m_name = kNoEvent;
    const dataset::ColumnSpan<qint32>* m_names = nullptr;
    ConditionSet m_conditions;
    ConditionSet m_anyConditions;
};

} // namespace hc::analysis

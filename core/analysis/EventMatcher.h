#pragma once

#include "core/analysis/Condition.h"

#include <QString>

#include <vector>

namespace hc::analysis {

// Which events a step, a measure or a cohort rule talks about: a name (or any event) plus
// conditions that must all hold.
struct EventSpec {
    bool anyEvent = false;
    QString name;
    std::vector<Condition> where;
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
        return m_conditions.isEmpty() || m_conditions.matches(event);
    }
    bool unknownName() const { return m_name == kNoEvent; }

private:
    static constexpr qint32 kAnyEvent = -1;
    static constexpr qint32 kNoEvent = -2;
    qint32 m_name = kNoEvent;
    const std::vector<qint32>* m_names = nullptr;
    ConditionSet m_conditions;
};

} // namespace hc::analysis

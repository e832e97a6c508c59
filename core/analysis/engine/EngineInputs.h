#pragma once

#include "core/analysis/query/EventMatcher.h"
#include "core/dataset/Dataset.h"

#include <QStringList>

#include <memory>
#include <vector>

// What several engines compile before their pass over the users.
namespace hc::analysis {

// A goal event's matcher; a goal that never occurs is an error, since no result could mean
// anything (unlike a funnel step, which simply matches nothing).
Result<EventMatcher> compileGoal(const dataset::Dataset& data, const EventSpec& goal);

// A property's column with its values grouped by text: groupOf[code] indexes texts.
struct PropertyGroups {
    std::shared_ptr<const dataset::PropertyColumn> column;
    QStringList texts;
    std::vector<qint32> groupOf;
    // The event's value group, or -1 when the event does not carry the property.
    qint32 groupAt(size_t event) const
    {
        const qint32 code = column->codes[event];
        return code < 0 ? -1 : groupOf[size_t(code)];
    }
};
Result<PropertyGroups> propertyGroups(const dataset::Dataset& data, const QString& property);

} // namespace hc::analysis

#include "core/analysis/engine/EngineInputs.h"

#include "core/dataset/PropertyColumnBuilder.h"

#include <QCoreApplication>

namespace hc::analysis {

Result<EventMatcher> compileGoal(const dataset::Dataset& data, const EventSpec& goal)
{
    auto m = EventMatcher::compile(data, goal);
    if (m.ok() && m.value().unknownName())
        return makeError(Error::Code::Invalid,
                         QCoreApplication::translate("hc::analysis::EngineInputs",
                                                     "The goal event “%1” never occurs in this workspace.")
                             .arg(goal.name));
    return m;
}

Result<PropertyGroups> propertyGroups(const dataset::Dataset& data, const QString& property)
{
    auto c = data.property(property);
    if (!c.ok())
        return c.error();
    PropertyGroups g;
    g.column = c.value();
    g.groupOf = dataset::groupCodesByText(*g.column, g.texts);
    return g;
}

} // namespace hc::analysis

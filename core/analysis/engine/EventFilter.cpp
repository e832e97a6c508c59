#include "core/analysis/engine/EventFilter.h"

#include <QCoreApplication>

namespace hc::analysis {

Result<std::shared_ptr<const dataset::Dataset>> filterEvents(const std::shared_ptr<const dataset::Dataset>& data,
                                                             const std::vector<Condition>& conditions, bool anyOf,
                                                             TaskContext& context,
                                                             const std::vector<std::vector<char>>& userConditions)
{
    if (conditions.empty() && userConditions.empty())
        return data;
    auto compiled = ConditionSet::compile(*data, conditions, anyOf);
    if (!compiled.ok())
        return compiled.error();
    const ConditionSet& set = compiled.value();
    auto kept = std::make_shared<std::vector<quint32>>(); // parent position of each kept event
    dataset::EventColumns c;
    c.userIds = data->userIds();
    c.eventNames = data->eventNames();
    c.userOffsets.assign(size_t(data->userCount()) + 1, 0);
    for (int u = 0; u < data->userCount(); ++u) {
        // The user's conditions hold for all their events or none: all-of needs every one,
        // any-of keeps all the user's events when one holds.
        bool userAll = true, userAny = false;
        for (const auto& flags : userConditions) {
            userAll = userAll && flags[size_t(u)];
            userAny = userAny || flags[size_t(u)];
        }
        if (!anyOf && !userAll) {
            c.userOffsets[size_t(u) + 1] = c.times.size();
            continue;
        }
        const bool keepAll = anyOf ? userAny : set.isEmpty();
        for (size_t i = data->userBegin(u); i < data->userEnd(u); ++i) {
            if (!keepAll && (set.isEmpty() || !set.matches(i)))
                continue;
            kept->push_back(quint32(i));
            c.users.push_back(qint32(u));
            c.names.push_back(data->names()[i]);
            c.times.push_back(data->times()[i]);
        }
        c.userOffsets[size_t(u) + 1] = c.times.size();
        if ((u & 4095) == 0 && context.isCancelled())
            return makeError(Error::Code::Cancelled,
                             QCoreApplication::translate("hc::analysis::EventFilter", "Filtering was cancelled."));
    }
    auto loader = [data, kept](const QString& name) -> Result<dataset::PropertyColumn> {
        auto parent = data->property(name);
        if (!parent.ok())
            return parent.error();
        dataset::PropertyColumn column;
        column.name = parent.value()->name;
        column.values = parent.value()->values;
        column.numbers = parent.value()->numbers;
        column.codes = dataset::PropertyCodes(kept->size(), column.values.size());
        for (size_t k = 0; k < kept->size(); ++k)
            column.codes.set(k, parent.value()->codes[(*kept)[k]]);
        return column;
    };
    return std::shared_ptr<const dataset::Dataset>(
        std::make_shared<const dataset::Dataset>(std::move(c), data->settings(), std::move(loader)));
}

} // namespace hc::analysis

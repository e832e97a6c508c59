#include "core/dataset/Dataset.h"

#include <algorithm>
#include <map>
#include <mutex>

namespace hc::dataset {

struct Dataset::PropertyCache {
    PropertyLoader loader;
    std::shared_ptr<PropertyCache> fallback; // a derived dataset's: where everything else is found
    std::mutex mutex;
    std::map<QString, std::shared_ptr<const PropertyColumn>> columns;
};

namespace {

ColumnViews viewsOf(EventColumns columns)
{
    auto owned = std::make_shared<const EventColumns>(std::move(columns));
    ColumnViews v;
    v.users = ColumnSpan<qint32>(owned->users);
    v.names = ColumnSpan<qint32>(owned->names);
    v.times = ColumnSpan<qint64>(owned->times);
    v.userOffsets = ColumnSpan<quint64>(owned->userOffsets);
    v.userIds = owned->userIds;
    v.eventNames = owned->eventNames;
    v.owner = owned;
    return v;
}

} // namespace

Dataset::Dataset(EventColumns columns, DatasetSettings settings, PropertyLoader loader)
    : Dataset(viewsOf(std::move(columns)), std::move(settings), std::move(loader))
{
}

Dataset::Dataset(ColumnViews views, DatasetSettings settings, PropertyLoader loader)
    : m_columns(std::make_shared<const ColumnViews>(std::move(views))), m_properties(std::make_shared<PropertyCache>()),
      m_settings(std::move(settings))
{
    m_properties->loader = std::move(loader);
    const auto& t = m_columns->times;
    if (!t.empty()) {
        const auto [first, last] = std::minmax_element(t.begin(), t.end());
        m_firstTime = *first;
        m_lastTime = *last;
    }
}

std::shared_ptr<const Dataset> Dataset::withSettings(const DatasetSettings& settings) const
{
    std::shared_ptr<Dataset> copy(new Dataset());
    copy->m_columns = m_columns;
    copy->m_properties = m_properties;
    copy->m_settings = settings;
    copy->m_firstTime = m_firstTime;
    copy->m_lastTime = m_lastTime;
    return copy;
}

std::shared_ptr<const Dataset> Dataset::withProperty(std::shared_ptr<const PropertyColumn> column) const
{
    std::shared_ptr<Dataset> copy(new Dataset(*this));
    copy->m_properties = std::make_shared<PropertyCache>();
    copy->m_properties->fallback = m_properties; // stored columns stay shared, loaded once
    copy->m_properties->columns.emplace(column->name, std::move(column));
    return copy;
}

Result<std::shared_ptr<const PropertyColumn>> Dataset::property(const QString& name) const
{
    PropertyCache* cache = m_properties.get();
    for (; cache->fallback; cache = cache->fallback.get()) { // derived columns first
        std::lock_guard<std::mutex> lock(cache->mutex);
        if (auto it = cache->columns.find(name); it != cache->columns.end())
            return it->second;
    }
    std::lock_guard<std::mutex> lock(cache->mutex);
    if (auto it = cache->columns.find(name); it != cache->columns.end())
        return it->second;
    auto loaded = cache->loader(name);
    if (!loaded.ok())
        return loaded.error();
    auto column = std::make_shared<const PropertyColumn>(std::move(loaded.value()));
    cache->columns.emplace(name, column);
    return std::shared_ptr<const PropertyColumn>(column);
}

} // namespace hc::dataset

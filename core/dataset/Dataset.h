#pragma once

#include "core/dataset/ColumnSpan.h"
#include "core/dataset/PropertyColumn.h"
#include "core/util/Result.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace hc::dataset {

// Workspace settings every analysis needs (semantics.md).
struct DatasetSettings {
    QTimeZone zone = QTimeZone::utc();
    int weekStart = 1; // 1 = Monday … 7 = Sunday
    qint64 sessionTimeoutMs = 30 * 60 * 1000;
    bool resolveIdentities = false; // semantics.md, Identity: off by default
};

// The event columns, sorted by (user, time, arrival order).
struct EventColumns {
    std::vector<qint32> users;
    std::vector<qint32> names;
    std::vector<qint64> times;
    std::vector<quint64> userOffsets; // events of user u: [userOffsets[u], userOffsets[u + 1])
    QStringList userIds;
    QStringList eventNames;
};

// The same columns without owning them: views into memory that `owner` keeps alive (an
// EventColumns, or a mapped column file).
struct ColumnViews {
    ColumnSpan<qint32> users;
    ColumnSpan<qint32> names;
    ColumnSpan<qint64> times;
    ColumnSpan<quint64> userOffsets;
    QStringList userIds;
    QStringList eventNames;
    std::shared_ptr<const void> owner;
};

// An immutable columnar snapshot of a workspace's events. Analyses scan it linearly; nothing in
// the hot path touches SQL. Property columns load on first use and are then shared; a snapshot
// is safe to read from any number of threads.
class Dataset {
public:
    using PropertyLoader = std::function<Result<PropertyColumn>(const QString& name)>;

    Dataset(EventColumns columns, DatasetSettings settings, PropertyLoader loader);
    Dataset(ColumnViews views, DatasetSettings settings, PropertyLoader loader);

    size_t eventCount() const { return m_columns->times.size(); }
    int userCount() const { return int(m_columns->userIds.size()); }
    bool isEmpty() const { return m_columns->times.empty(); }

    const ColumnSpan<qint32>& users() const { return m_columns->users; }
    const ColumnSpan<qint32>& names() const { return m_columns->names; }
    const ColumnSpan<qint64>& times() const { return m_columns->times; }
    size_t userBegin(int user) const { return size_t(m_columns->userOffsets[size_t(user)]); }
    size_t userEnd(int user) const { return size_t(m_columns->userOffsets[size_t(user) + 1]); }
    // The user's first event at or after an instant (userEnd when none): their events are in
    // time order, so scans of a range start here instead of walking the months before it.
    size_t userFirstAtOrAfter(int user, qint64 ms) const
    {
        const auto& t = m_columns->times;
        return size_t(std::lower_bound(t.begin() + userBegin(user), t.begin() + userEnd(user), ms) - t.begin());
    }
    const QStringList& userIds() const { return m_columns->userIds; }
    const QStringList& eventNames() const { return m_columns->eventNames; }
    // The index of an event name, or -1 when no event has it.
    int nameIndex(const QString& name) const { return int(m_columns->eventNames.indexOf(name)); }
    qint64 firstTimeMs() const { return m_firstTime; }
    qint64 lastTimeMs() const { return m_lastTime; }

    const DatasetSettings& settings() const { return m_settings; }
    // The same events read with other settings (a --tz override); nothing is copied.
    std::shared_ptr<const Dataset> withSettings(const DatasetSettings& settings) const;
    // The same events with one more property column (a derived one, such as cohort membership),
    // found under its name before any stored property; nothing else is copied.
    std::shared_ptr<const Dataset> withProperty(std::shared_ptr<const PropertyColumn> column) const;

    Result<std::shared_ptr<const PropertyColumn>> property(const QString& name) const;

private:
    struct PropertyCache;
    Dataset() = default;

    std::shared_ptr<const ColumnViews> m_columns;
    std::shared_ptr<PropertyCache> m_properties;
    DatasetSettings m_settings;
    qint64 m_firstTime = 0;
    qint64 m_lastTime = 0;
};

} // namespace hc::dataset

#pragma once

#include "core/dataset/PropertyColumn.h"

#include <QString>

#include <optional>

namespace hc::dataset {

// Property columns kept on disk beside the event column file, so that a property read once from
// SQLite (seconds at ten million events) loads in milliseconds in every later process. A file is
// valid only for the events generation and event count it was written for; anything else (stale,
// truncated, foreign) reads as absent and the column comes from the store again. Writing is best
// effort: a cache that cannot be written only costs speed.
class PropertyColumnCache {
public:
    // The cache file of one property of the column file at `snapshotPath`.
    static QString pathFor(const QString& snapshotPath, const QString& property);
    static std::optional<PropertyColumn> read(const QString& path, qint64 generation, size_t events);
    // Whether a file for this generation and event count is there, from its header and size only
    // (read() still checks every code).
    static bool isCurrent(const QString& path, qint64 generation, size_t events);
    static bool write(const QString& path, qint64 generation, const PropertyColumn& column);
};

} // namespace hc::dataset

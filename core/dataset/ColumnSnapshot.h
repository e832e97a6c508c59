#pragma once

#include "core/dataset/Dataset.h"

#include <QFile>
#include <QString>

#include <optional>
#include <vector>

namespace hc::dataset {

// The event columns of a dataset persisted next to the workspace (`<workspace>.columns`), so a
// one-shot CLI query reads them in one pass instead of querying SQLite. The file carries a magic,
// a format version, the store's events generation it was made from, every count, and a trailer;
// a file that is truncated, from another version or from another generation is never used.
struct ColumnSnapshot {
    EventColumns columns;
    std::vector<qint32> positionOfRow; // events.id - minRow -> dataset position, -1 for none
    qint64 minRow = 0;
    qint64 generation = 0;

    // A snapshot file mapped into memory: the columns are read where they lie, with no copy.
    struct Mapped {
        ColumnViews views; // views.owner keeps the mapping alive
        ColumnSpan<qint32> positionOfRow;
        qint64 minRow = 0;
    };

    static QString pathFor(const QString& workspacePath);
    // nullopt when the file is missing, damaged, of another format or of another generation.
    static std::optional<Mapped> map(const QString& path, qint64 generation);
    // The mapped columns copied into memory of their own.
    static ColumnSnapshot copyOf(const Mapped& mapped);
    // Written to a temporary file and renamed, so readers never see half a snapshot.
    static bool write(const QString& path, const ColumnSnapshot& snapshot);
};

} // namespace hc::dataset

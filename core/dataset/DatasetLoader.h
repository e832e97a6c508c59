#pragma once

#include "core/dataset/Dataset.h"
#include "core/util/TaskContext.h"

#include <memory>
#include <optional>

namespace hc::store {
class Workspace;
}

namespace hc::dataset {

struct DatasetLoadOptions {
    // Overrides the workspace's "resolve identities" setting for this load.
    std::optional<bool> resolveIdentities;
    // After reading SQLite, leave the column file for the next load (a cache).
    bool writeColumnFile = true;
    // Copy a mapped column file into process memory. Full scans over file-backed pages once
    // measured 25% slower than over the process's own memory; the workbench no longer copies
    // (its open was 0.4 s faster and 200 MB smaller at 10M events, its views as fast), and a
    // one-shot CLI query never did, since the copy costs more than it saves once.
    bool copyIntoMemory = false;
    // From this many rows on, SQLite is read on two connections and threads, one half of the ids
    // each (below it, one connection is quick enough).
    qint64 parallelScanMinRows = 1000000;
};

// Reads the events of a workspace into a Dataset snapshot, with the workspace's reporting zone,
// week start and session timeout. Properties are read later, on first use, through a connection
// of the thread that asks for them.
Result<std::shared_ptr<const Dataset>> loadDataset(store::Workspace& workspace, TaskContext& context,
                                                   const DatasetLoadOptions& options = {});

// Drops the column files (plain and merged identities) and writes the one the workspace's settings
// use again from SQLite: after rows were removed for privacy, no copy of them may stay beside it.
Status rewriteColumnFiles(store::Workspace& workspace, TaskContext& context);

// Reads each listed property that has no cache file for the current events through `data`
// (loaded from that workspace), which writes the file and keeps the column: after a sync or an
// import the first breakdown or filter by any of them then takes milliseconds instead of seconds.
// Meant for a background thread (it opens its own connection); stops between properties when
// cancelled.
Status buildPropertyCaches(const Dataset& data, const QString& workspacePath, const QStringList& properties,
                           TaskContext& context);

// The settings stored in a workspace (reporting zone, week start, session timeout).
DatasetSettings loadDatasetSettings(store::Workspace& workspace);

} // namespace hc::dataset

#pragma once

#include "core/dataset/Dataset.h"
#include "core/util/TaskContext.h"

#include <memory>
#include <optional>

namespace hc::store {
class Workspace;
}

namespace hc::dataset {

// Reads the events of a workspace into a Dataset snapshot, with the workspace's reporting zone,
// week start and session timeout. Properties are read later, on first use, through a connection
// of the thread that asks for them.
// resolveIdentities overrides the workspace's "resolve identities" setting for this load;
// writeColumnFile: after reading SQLite, leave the column file for the next load (a cache).
Result<std::shared_ptr<const Dataset>> loadDataset(store::Workspace& workspace, TaskContext& context,
                                                   std::optional<bool> resolveIdentities = std::nullopt,
                                                   bool writeColumnFile = true);

// The settings stored in a workspace (reporting zone, week start, session timeout).
DatasetSettings loadDatasetSettings(store::Workspace& workspace);

} // namespace hc::dataset

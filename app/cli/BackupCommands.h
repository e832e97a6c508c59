#pragma once

#include <QStringList>

namespace hc::cli {

// `backup --db D --to FILE`: a consistent copy of the workspace, also while it is open elsewhere.
int runBackupCommand(const QStringList& args);
// `restore --db D --from FILE`: the workspace's contents replaced by a backup.
int runRestoreCommand(const QStringList& args);

} // namespace hc::cli

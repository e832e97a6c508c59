#pragma once

#include "core/util/Result.h"

#include <QString>

namespace hc::store {

class Workspace;

// Copies of a workspace made with SQLite's online backup API: a consistent snapshot even while
// the GUI or a sync has the workspace open (WAL readers and writers go on).
class WorkspaceBackup {
public:
    // Writes the workspace into `file` (replaced if it exists); returns the bytes written.
    static Result<qint64> backup(Workspace& workspace, const QString& file);
    // Replaces the workspace's contents with the backup in `file`, after checking that it is a
    // workspace this build can read (foreign, damaged and newer files are refused, unchanged).
    // The caller rewrites the dataset's column files: they describe the old contents.
    static Status restore(const QString& file, Workspace& workspace);
};

} // namespace hc::store

#pragma once

#include "core/ingest/ImportSummary.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <QString>

namespace hc::store {
class Workspace;
}

namespace hc::ingest {

// Streams one file (plain or .gz) into the workspace: batches commit one transaction each, so
// memory stays bounded by the batch whatever the file size. Bad lines go to quarantine with
// their line number and reason; the rest goes in. After a cancel or a damaged file the batches
// already committed stay, committed() tells what they hold, and importing the file again only
// adds what is missing (duplicates are recognised by their key).
class FileImporter {
public:
    explicit FileImporter(store::Workspace& workspace, qint64 batchSize = 100000);

    Result<ImportSummary> run(const QString& path, ImportFormat format, TaskContext& context);
    const ImportSummary& committed() const { return m_committed; }

private:
    store::Workspace& m_workspace;
    qint64 m_batchSize;
    ImportSummary m_committed;
};

} // namespace hc::ingest

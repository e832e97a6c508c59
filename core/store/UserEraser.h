#pragma once

#include "core/util/Result.h"

#include <QString>

namespace hc::store {

class Workspace;

struct ForgetSummary {
    qint64 events = 0;
    qint64 profiles = 0;
    qint64 quarantined = 0;
};

// Removes one person from a workspace on request (right to erasure): every event of the
// distinct_id, its profile, its row in the user dictionary and the quarantined lines that name it
// (as a JSON string or a whole CSV field), in one transaction that also raises the events
// generation, so no column snapshot of the old events is trusted again. It then writes an audit
// entry (when, who asked, how many rows; never the id) and checkpoints the WAL and vacuums, so the
// removed rows leave the file. The caller rewrites the dataset's column file.
class UserEraser {
public:
    explicit UserEraser(Workspace& workspace);

    // Error::Code::Invalid when no such user is stored.
    Result<ForgetSummary> forget(const QString& distinctId, const QString& actor);

private:
    Workspace& m_workspace;
};

} // namespace hc::store

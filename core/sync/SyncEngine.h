#pragma once

#include "core/sync/SyncConfig.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <functional>

namespace hc::sync {

// Syncs Mixpanel's raw export (or an HTTP source of JSON lines or CSV with {from}/{to} in its URL)
// into a workspace, one day per request: the body is parsed while it arrives, and only a day whose whole body arrived intact replaces that day's rows, in one
// transaction together with its checkpoint. Requests stay under the rate limits; 429, 5xx and
// network failures are retried with exponential backoff (Retry-After wins); a day that keeps
// failing is recorded with its reason and the others go on. Runs on the calling thread (a worker
// thread in the app, the main thread in the CLI) with its own connection and network manager.
class SyncEngine {
public:
    using Log = std::function<void(const QString& message)>;

    explicit SyncEngine(SyncConfig config, Log log = {});

    // What the export's times say about the project's time-zone mode (mixpanel.md 1.5): a few
    // events of one day are compared with mp_processing_time_ms, which is always true UTC.
    struct TimezoneProbe {
        bool projectLocal = false;
        int offsetMinutes = 0; // the project's offset from UTC when projectLocal
        int eventsSeen = 0;
    };
    static Result<TimezoneProbe> probeTimezone(const SyncConfig& config, const QDate& day);

    // The summary so far is in summary() also after a failure or a cancel.
    Result<SyncSummary> run(TaskContext& context);
    const SyncSummary& summary() const { return m_summary; }

private:
    SyncConfig m_config;
    Log m_log;
    SyncSummary m_summary;
};

} // namespace hc::sync

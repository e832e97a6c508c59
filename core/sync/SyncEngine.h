#pragma once

#include "core/sync/FetchOutcome.h"
#include "core/sync/SyncConfig.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <QDate>

#include <functional>
#include <memory>
#include <vector>

namespace hc::sync {

// Syncs Mixpanel's raw export (or an HTTP source of JSON lines or CSV with {from}/{to} in its URL)
// into a workspace, one day per request: the body is parsed while it arrives, and only a day whose whole body arrived
// intact replaces that day's rows, in one transaction together with its checkpoint. Requests stay under the rate
// limits; 429, 5xx and network failures are retried with exponential backoff (Retry-After wins); a day that keeps
// failing is recorded with its reason and the others go on. Runs on the calling thread (a worker
// thread in the app, the main thread in the CLI) with its own connection and network manager.
class SyncEngine {
public:
    using Log = std::function<void(const QString& message)>;

    explicit SyncEngine(SyncConfig config, Log log = {});
    ~SyncEngine();

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
    struct Run;
    struct RangeFetch;

    // Plan: the days to fetch, from the checkpoints (missing, failed, and the most recent ones).
    Result<std::unique_ptr<Run>> openRun() const;
    Result<std::vector<QDate>> planDays(Run& run) const;
    // Fetch: one range with retries, each attempt one request (or 24 hourly ones) decoded as it
    // arrives and classified by how it ended.
    RangeFetch fetchRange(Run& run, const QDate& first, const QDate& last, bool hourly, const QString& label,
                          TaskContext& context);
    FetchOutcome fetchOnce(Run& run, const QDate& first, const QDate& last, int hour, const QString& label,
                           RangeFetch& into, qint64& lineNumber, TaskContext& context);
    // Commit: each day of a fetched range replaces the source's day, with its checkpoint.
    Status commitRange(Run& run, const std::vector<QDate>& days, const QString& label, const RangeFetch& fetched);
    void recordFailedDay(Run& run, const QDate& day, const FetchOutcome& outcome);
    // Profiles: engage pages, paced and retried like exports.
    Status syncProfiles(Run& run, TaskContext& context);
    Result<QByteArray> fetchProfilesPage(Run& run, int page, const QString& sessionId, TaskContext& context);
    // Waits for the rate limiter and records the request's start; false when cancelled meanwhile.
    bool paceRequest(Run& run, TaskContext& context) const;
    qint64 backoffMs(int attempt, qint64 retryAfterMs) const;
    // After a failed attempt that may be retried: says so in the log and backs off (capped).
    void waitBeforeRetry(const FetchOutcome& outcome, int attempt, TaskContext& context) const;

    SyncConfig m_config;
    Log m_log;
    SyncSummary m_summary;
};

} // namespace hc::sync

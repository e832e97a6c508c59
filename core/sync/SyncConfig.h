#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace hc::sync {

// Everything one Mixpanel sync needs. The secret lives here only in memory, taken from the
// keychain or an environment variable; nothing in this struct is ever written or logged.
struct SyncConfig {
    // Mixpanel's raw export, or any HTTP endpoint that returns one day of events for a URL with
    // {from} and {to} in it: Mixpanel-style JSON lines or CSV with a header row.
    enum class Source { Mixpanel, HttpJsonLines, HttpCsv };
    Source source = Source::Mixpanel;
    QString urlTemplate; // for HTTP sources, e.g. https://host/events?from={from}&to={to}
    QString headerName;  // for HTTP sources: the secret goes in this header; empty: Authorization: Bearer
    QString workspacePath;
    QString projectId;
    QString region = QStringLiteral("us"); // us, eu or in
    QString apiBase;                       // overrides the region's host (proxies, the test emulator)
    QString username;                      // service account; empty: `secret` is a legacy project secret
    QString secret;
    QDate from;
    QDate to;
    bool profiles = false;
    int maxRequestsPerHour = 60; // Mixpanel's documented raw-export limits
    int maxRequestsPerSecond = 3;
    int refreshDays = 5;             // recent days are fetched again: late events arrive for days
    int maxDaysPerRequest = 7;       // small days are fetched several at a time (1: always one day)
    qint64 smallDayEvents = 25000;   // days below this many events count as small
    qint64 largeDayEvents = 2000000; // after a day above this, days are fetched hour by hour
    int maxAttempts = 6;
    qint64 backoffBaseMs = 2000;  // doubled per attempt, with jitter; Retry-After wins when given
    qint64 maxBackoffMs = 300000; // no wait between attempts is longer, Retry-After included
    qint64 noDataTimeoutMs = 60000;
    qint64 bodyTimeoutMs = 600000;
    bool projectLocalTime = false; // pre-2023 projects export times in the project's zone
    QTimeZone projectZone = QTimeZone::utc();
};

struct SyncSummary {
    qint64 daysOk = 0;
    qint64 daysFailed = 0;
    qint64 inserted = 0;
    qint64 duplicates = 0;
    qint64 quarantined = 0;
    qint64 profiles = 0;
    qint64 bytes = 0;
    double seconds = 0;
    QStringList failedDays; // "YYYY-MM-DD: reason"
};

} // namespace hc::sync

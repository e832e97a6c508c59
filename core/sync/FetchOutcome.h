#pragma once

#include <QString>

#include <string>

namespace hc::sync {

// How one request of a sync ended, and what to do about it.
struct FetchOutcome {
    enum class Kind { Ok, Retry, FailDay, Abort };
    Kind kind = Kind::Ok;
    qint64 retryAfterMs = -1; // from Retry-After; -1: back off exponentially
    QString reason;           // for people; never holds credentials
};

// A line of a body that could not be read, kept for the quarantine with its reason.
struct QuarantinedLine {
    qint64 line = 0;
    QString reason;
    std::string raw;
};

} // namespace hc::sync

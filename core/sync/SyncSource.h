#pragma once

#include "core/sync/SyncConfig.h"

#include <QNetworkRequest>
#include <QString>

#include <memory>

namespace hc::sync {

// Where a sync's events come from: what to ask for a range of days (or one hour of a day), how
// to authenticate, and what the body is. The engine does the rest (pacing, retries, streaming,
// day replacement) the same way for every source.
class SyncSource {
public:
    virtual ~SyncSource() = default;

    static std::unique_ptr<SyncSource> create(const SyncConfig& config);

    virtual QString storeName() const = 0;   // the source's name in the workspace (no secret in it)
    virtual QString kind() const = 0;        // "mixpanel", "http-jsonl" or "http-csv"
    virtual QString serviceName() const = 0; // for messages: "Mixpanel", "The source"
    virtual bool csvBody() const { return false; }
    virtual bool canSplitHours() const { return false; }
    virtual bool hasProfiles() const { return false; }

    // The request for the days from..to, or for one hour (0-23) of a single day.
    virtual QNetworkRequest exportRequest(const QDate& from, const QDate& to, int hour = -1) const = 0;
    // A POST with a form-urlencoded body.
    struct FormRequest {
        QNetworkRequest request;
        QByteArray form;
    };
    // Engage pages (Mixpanel only): page 0 without a session id, later pages with page 0's.
    virtual FormRequest profilesRequest(int page, const QString& sessionId) const;
    // What to tell a person whose credentials were refused.
    virtual QString unauthorizedMessage(const QString& serverText) const = 0;
};

} // namespace hc::sync

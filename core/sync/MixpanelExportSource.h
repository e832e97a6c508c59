#pragma once

#include "core/sync/SyncSource.h"

namespace hc::sync {

// Mixpanel's raw export and engage APIs (mixpanel.md): residency hosts or --api-base, Basic auth
// with a service account (or a legacy project secret), time_in_ms, gzip.
class MixpanelExportSource : public SyncSource {
public:
    explicit MixpanelExportSource(SyncConfig config) : m_config(std::move(config)) {}

    QString storeName() const override { return QStringLiteral("mixpanel:") + m_config.projectId; }
    QString kind() const override { return QStringLiteral("mixpanel"); }
    QString serviceName() const override { return QStringLiteral("Mixpanel"); }
    bool canSplitHours() const override { return true; }
    bool hasProfiles() const override { return true; }
    QNetworkRequest exportRequest(const QDate& from, const QDate& to, int hour = -1) const override;
    FormRequest profilesRequest(int page, const QString& sessionId) const override;
    QString unauthorizedMessage(const QString& serverText) const override;

    // A few events of one day, for the time-zone probe.
    QNetworkRequest sampleRequest(const QDate& day, int limit) const;

private:
    QUrl exportUrl(const QDate& from, const QDate& to) const;
    void authorize(QNetworkRequest& request) const;
    SyncConfig m_config;
};

} // namespace hc::sync

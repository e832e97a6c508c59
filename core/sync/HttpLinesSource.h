#pragma once

#include "core/sync/SyncSource.h"

namespace hc::sync {

// Any HTTP endpoint that returns the events of a range of days for a URL with {from} and {to}:
// Mixpanel-style JSON lines or CSV with a header row. The secret, if any, goes in
// `Authorization: Bearer` or in the configured header.
class HttpLinesSource : public SyncSource {
public:
    explicit HttpLinesSource(SyncConfig config) : m_config(std::move(config)) {}

    QString storeName() const override { return QStringLiteral("http:") + m_config.urlTemplate; }
    QString kind() const override { return csvBody() ? QStringLiteral("http-csv") : QStringLiteral("http-jsonl"); }
    QString serviceName() const override;
    bool csvBody() const override { return m_config.source == SyncConfig::Source::HttpCsv; }
    QNetworkRequest exportRequest(const QDate& from, const QDate& to, int hour = -1) const override;
    QString unauthorizedMessage(const QString& serverText) const override;

private:
    SyncConfig m_config;
};

} // namespace hc::sync

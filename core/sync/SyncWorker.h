#pragma once

#include "core/sync/SyncConfig.h"

#include <QObject>

#include <atomic>

namespace hc::sync {

// Runs a SyncEngine on the thread it was moved to (its own network manager and database
// connection live there). Only queued signals leave it; requestCancel() is deliberately not a slot,
// so the flag is seen between requests without the worker's event loop having to run.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    explicit SyncWorker(SyncConfig config, QObject* parent = nullptr);

    void requestCancel() { m_cancel.store(true, std::memory_order_relaxed); }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progressChanged(qint64 daysDone, qint64 daysTotal, qint64 events, qint64 bytes);
    void message(const QString& text);
    // ok: every day arrived; cancelled: stopped by request. error is for people, never secret.
    void finished(const hc::sync::SyncSummary& summary, bool ok, bool cancelled, const QString& error);

private:
    SyncConfig m_config;
    std::atomic_bool m_cancel{false};
};

} // namespace hc::sync

Q_DECLARE_METATYPE(hc::sync::SyncSummary)

#include "core/sync/SyncWorker.h"

#include "core/sync/SyncEngine.h"

namespace hc::sync {

SyncWorker::SyncWorker(SyncConfig config, QObject* parent) : QObject(parent), m_config(std::move(config))
{
    qRegisterMetaType<hc::sync::SyncSummary>();
}

void SyncWorker::run()
{
    SyncEngine engine(m_config, [this](const QString& text) { Q_EMIT message(text); });
    TaskContext context(
        [this, &engine](qint64 done, qint64 total) {
            Q_EMIT progressChanged(done, total, engine.summary().inserted + engine.summary().duplicates,
                                   engine.summary().bytes);
        },
        [this] { return m_cancel.load(std::memory_order_relaxed); });
    const auto result = engine.run(context);
    const SyncSummary& s = engine.summary();
    if (result.ok()) {
        Q_EMIT finished(s, s.daysFailed == 0, false, QString());
        return;
    }
    const bool cancelled = result.error().code == Error::Code::Cancelled;
    Q_EMIT finished(s, false, cancelled, result.error().message);
}

} // namespace hc::sync

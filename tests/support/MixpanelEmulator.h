#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace hc::test {

// The local Mixpanel emulator (tests/emulator/mixpanel_emulator.py) as a child process bound to
// 127.0.0.1 on a free port; it stops when this object goes away.
class MixpanelEmulator {
public:
    static inline const QString kUsername = QStringLiteral("svc-user");
    static inline const QString kSecret = QStringLiteral("s3cret-emulator-token");
    static inline const QString kProject = QStringLiteral("4242");

    ~MixpanelEmulator();
    bool start(int eventsPerDay);
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    // POSTs to /control (faults, upstream deletions and additions); false when it did not answer.
    bool control(const QByteArray& json);
    // Export (and generic source) requests seen since the last reset_stats.
    int requestCount();
    // Profile (engage) requests seen since the last reset_stats: method, query and form of each.
    QJsonArray engageRequests();

private:
    QJsonObject stats();

    QProcess m_process;
    int m_port = 0;
};

} // namespace hc::test

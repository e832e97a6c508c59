#include "tests/support/MixpanelEmulator.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace hc::test {

MixpanelEmulator::~MixpanelEmulator()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the emulator stops when its stdin closes
    if (!m_process.waitForFinished(5000))
        m_process.kill();
}

bool MixpanelEmulator::start(int eventsPerDay)
{
    const QString script =
        qEnvironmentVariable("HC_SOURCE_DIR") + QStringLiteral("/tests/emulator/mixpanel_emulator.py");
    if (!QFile::exists(script))
        return false;
    m_process.setStandardErrorFile(QProcess::nullDevice()); // a full pipe would stall the server
    m_process.start(QStringLiteral("python3"), {script, QStringLiteral("0"), QString::number(eventsPerDay)});
    if (!m_process.waitForStarted() || !m_process.waitForReadyRead(10000))
        return false;
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("PORT "))
        return false;
    m_port = line.mid(5).toInt();
    return m_port > 0;
}

bool MixpanelEmulator::control(const QByteArray& json)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(baseUrl() + QStringLiteral("/control")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = nam.post(request, json);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = reply->isFinished() && reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok;
}

int MixpanelEmulator::requestCount() { return int(stats().value(QStringLiteral("requests")).toArray().size()); }

QJsonArray MixpanelEmulator::engageRequests() { return stats().value(QStringLiteral("engage_requests")).toArray(); }

QJsonObject MixpanelEmulator::stats()
{
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.get(QNetworkRequest(QUrl(baseUrl() + QStringLiteral("/stats"))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return o;
}

} // namespace hc::test

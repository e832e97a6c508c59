#include "core/sync/MixpanelExportSource.h"

#include "core/util/TimeParsing.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace hc::sync {

namespace {

QString exportHost(const SyncConfig& c)
{
    if (!c.apiBase.isEmpty())
        return c.apiBase;
    if (c.region == QLatin1String("eu"))
        return QStringLiteral("https://data-eu.mixpanel.com");
    if (c.region == QLatin1String("in"))
        return QStringLiteral("https://data-in.mixpanel.com");
    return QStringLiteral("https://data.mixpanel.com");
}

QString queryHost(const SyncConfig& c)
{
    if (!c.apiBase.isEmpty())
        return c.apiBase;
    if (c.region == QLatin1String("eu"))
        return QStringLiteral("https://eu.mixpanel.com");
    if (c.region == QLatin1String("in"))
        return QStringLiteral("https://in.mixpanel.com");
    return QStringLiteral("https://mixpanel.com");
}

} // namespace

void MixpanelExportSource::authorize(QNetworkRequest& request) const
{
    // Service account: user:secret. Legacy project secret: the secret as user, empty password.
    const QString pair = m_config.username.isEmpty() ? QString(m_config.secret + QLatin1Char(':'))
                                                     : QString(m_config.username + QLatin1Char(':') + m_config.secret);
    request.setRawHeader("Authorization", "Basic " + pair.toUtf8().toBase64());
}

QUrl MixpanelExportSource::exportUrl(const QDate& from, const QDate& to) const
{
    QUrl url(exportHost(m_config) + QStringLiteral("/api/2.0/export"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("project_id"), m_config.projectId);
    query.addQueryItem(QStringLiteral("from_date"), from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to_date"), to.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("time_in_ms"), QStringLiteral("true"));
    url.setQuery(query);
    return url;
}

QNetworkRequest MixpanelExportSource::exportRequest(const QDate& from, const QDate& to, int hour) const
{
    QUrl url = exportUrl(from, to);
    if (hour >= 0) {
        // Exported times read as the day's clock in both time-zone modes, so the hour bounds are
        // the day's start in seconds plus whole hours.
        const qint64 start = time::daysFromCivil(from.year(), from.month(), from.day()) * 86400 + hour * 3600;
        QUrlQuery query(url);
        query.addQueryItem(
            QStringLiteral("where"),
            QStringLiteral("properties[\"$time\"] >= datetime(%1) and properties[\"$time\"] < datetime(%2)")
                .arg(start)
                .arg(start + 3600));
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    authorize(request);
    return request;
}

QNetworkRequest MixpanelExportSource::sampleRequest(const QDate& day, int limit) const
{
    QUrl url = exportUrl(day, day);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    url.setQuery(query);
    QNetworkRequest request(url);
    authorize(request);
    return request;
}

SyncSource::FormRequest MixpanelExportSource::profilesRequest(int page, const QString& sessionId) const
{
    // Query Profiles (mixpanel.md 3.1): POST {query host}/api/query/engage?project_id=N with the
    // paging parameters in a form-urlencoded body.
    QUrl url(queryHost(m_config) + QStringLiteral("/api/query/engage"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("project_id"), m_config.projectId);
    url.setQuery(query);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("page"), QString::number(page));
    if (!sessionId.isEmpty())
        form.addQueryItem(QStringLiteral("session_id"), sessionId);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    authorize(request);
    return FormRequest{request, form.query(QUrl::FullyEncoded).toUtf8()};
}

QString MixpanelExportSource::unauthorizedMessage(const QString& serverText) const
{
    return QCoreApplication::translate("hc::sync::MixpanelExportSource",
                                       "Mixpanel refused the credentials (HTTP 401: %1). Check the service account's "
                                       "username and secret and the project id.")
        .arg(serverText);
}

} // namespace hc::sync

#include "core/sync/HttpLinesSource.h"

#include <QCoreApplication>
#include <QUrl>

namespace hc::sync {

QString HttpLinesSource::serviceName() const
{
    return QCoreApplication::translate("hc::sync::HttpLinesSource", "The source");
}

QNetworkRequest HttpLinesSource::exportRequest(const QDate& from, const QDate& to, int) const
{
    QString text = m_config.urlTemplate;
    text.replace(QStringLiteral("{from}"), from.toString(Qt::ISODate));
    text.replace(QStringLiteral("{to}"), to.toString(Qt::ISODate));
    QNetworkRequest request{QUrl(text)};
    if (!m_config.secret.isEmpty() && m_config.headerName.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.secret.toUtf8());
    else if (!m_config.secret.isEmpty())
        request.setRawHeader(m_config.headerName.toUtf8(), m_config.secret.toUtf8());
    return request;
}

QString HttpLinesSource::unauthorizedMessage(const QString& serverText) const
{
    return QCoreApplication::translate("hc::sync::HttpLinesSource",
                                       "The source refused the credentials (HTTP 401: %1). Check the token.")
        .arg(serverText);
}

} // namespace hc::sync

#include "core/store/PropertyHasher.h"

#include "core/store/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>

namespace hc::store {

namespace {

QStringList namesIn(const QString& setting) { return setting.split(u',', Qt::SkipEmptyParts); }

// The text a value is hashed from: a string as itself, anything else as its JSON.
QByteArray textOf(const QJsonValue& v)
{
    if (v.isString())
        return v.toString().toUtf8();
    QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return json.mid(1, json.size() - 2);
}

} // namespace

PropertyHasher::PropertyHasher(Workspace& workspace)
    : m_names(namesIn(workspace.setting(kPropertiesSetting))),
      m_salt(QByteArray::fromHex(workspace.setting(kSaltSetting).toLatin1()))
{
    if (m_salt.isEmpty())
        m_names.clear(); // never hash without a salt (addProperties makes both)
    for (const QString& n : m_names)
        m_quotedNames.push_back('"' + n.toStdString() + '"');
}

bool PropertyHasher::addProperties(Workspace& workspace, const QStringList& names)
{
    if (workspace.setting(kSaltSetting).isEmpty()) {
        QByteArray salt(32, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
        if (!workspace.setSetting(kSaltSetting, QString::fromLatin1(salt.toHex())).ok())
            return false;
    }
    QStringList all = namesIn(workspace.setting(kPropertiesSetting));
    for (const QString& n : names)
        if (!n.trimmed().isEmpty() && !all.contains(n.trimmed()))
            all.append(n.trimmed());
    return workspace.setSetting(kPropertiesSetting, all.join(u',')).ok();
}

QString PropertyHasher::hashed(const QByteArray& value) const
{
    return QStringLiteral("hmac-sha256:")
           + QString::fromLatin1(QMessageAuthenticationCode::hash(value, m_salt, QCryptographicHash::Sha256).toHex());
}

bool PropertyHasher::apply(std::string& propertiesJson) const
{
    // Most events carry none of the names: look for the quoted name before parsing anything.
    const bool mentioned = std::any_of(m_quotedNames.begin(), m_quotedNames.end(), [&](const std::string& q) {
        return propertiesJson.find(q) != std::string::npos;
    });
    if (!mentioned)
        return true;
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(propertiesJson), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    QJsonObject o = doc.object();
    for (const QString& n : m_names) {
        const QJsonValue v = o.value(n);
        if (!v.isUndefined() && !v.isNull())
            o.insert(n, hashed(textOf(v)));
    }
    propertiesJson = QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
    return true;
}

} // namespace hc::store

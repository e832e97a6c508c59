#include "ui/WorkbenchSettings.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace hc::ui {

namespace {

const QString kRecent = QStringLiteral("workspaces/recent");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");

} // namespace

QStringList WorkbenchSettings::recentWorkspaces() const { return m_s.value(kRecent).toStringList(); }

void WorkbenchSettings::addRecentWorkspace(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentWorkspaces();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    m_s.setValue(kRecent, list);
}

void WorkbenchSettings::removeRecentWorkspace(const QString& path)
{
    QStringList list = recentWorkspaces();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    m_s.setValue(kRecent, list);
}

QByteArray WorkbenchSettings::windowGeometry() const { return m_s.value(kGeometry).toByteArray(); }
void WorkbenchSettings::setWindowGeometry(const QByteArray& value) { m_s.setValue(kGeometry, value); }
QByteArray WorkbenchSettings::windowState() const { return m_s.value(kState).toByteArray(); }
void WorkbenchSettings::setWindowState(const QByteArray& value) { m_s.setValue(kState, value); }

QString WorkbenchSettings::theme() const
{
    return m_s.value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString();
}

void WorkbenchSettings::setTheme(const QString& value) { m_s.setValue(QStringLiteral("ui/theme"), value); }

QString WorkbenchSettings::language() const { return m_s.value(QStringLiteral("ui/language")).toString(); }

void WorkbenchSettings::setLanguage(const QString& value) { m_s.setValue(QStringLiteral("ui/language"), value); }

QJsonObject WorkbenchSettings::lastScope() const
{
    return QJsonDocument::fromJson(m_s.value(QStringLiteral("session/scope")).toByteArray()).object();
}

void WorkbenchSettings::setLastScope(const QJsonObject& value)
{
    m_s.setValue(QStringLiteral("session/scope"), QJsonDocument(value).toJson(QJsonDocument::Compact));
    m_s.sync();
}

} // namespace hc::ui

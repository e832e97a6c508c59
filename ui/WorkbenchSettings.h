#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSettings>
#include <QStringList>

namespace hc::ui {

// Every per-user preference of the workbench, in one place; QSettings is injected so tests
// use a temporary file. Workspace-level settings (time zone, week start) live in the workspace.
class WorkbenchSettings {
public:
    explicit WorkbenchSettings(QSettings& settings) : m_s(settings) {}

    static constexpr int kMaxRecentFiles = 8;

    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString& path);
    void removeRecentWorkspace(const QString& path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& value);
    // "system", "light" or "dark".
    QString theme() const;
    void setTheme(const QString& value);
    // A locale name ("de", "en") overriding the system's for the next start; empty: the system's.
    QString language() const;
    void setLanguage(const QString& value);
    // The scope last applied (its JSON plus "preset" and "workspace"), written the moment it
    // changes so that a crash loses none of it; the window restores it for the same workspace.
    QJsonObject lastScope() const;
    void setLastScope(const QJsonObject& value);

private:
    QSettings& m_s;
};

} // namespace hc::ui

#pragma once

#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMenu;

namespace hc::ui {

class MainWindow;
class WorkbenchSettings;

// The File, View and Help menus of the workbench window and the actions that need enabling as
// the workspace and jobs change. Every action calls one of the window's public slots.
class MainMenus : public QObject {
    Q_OBJECT
public:
    MainMenus(MainWindow& window, WorkbenchSettings& settings, const QList<QDockWidget*>& docks);

    QAction* syncAction() const { return m_syncAction; }
    // Enables what needs an open workspace, no running job, or failed days to retry.
    void update(bool workspaceOpen, bool jobRunning, bool failedDays);
    void rebuildRecent();

Q_SIGNALS:
    void languageChosen();

private:
    void createFileMenu();
    void createViewMenu(const QList<QDockWidget*>& docks);
    // A submenu of exclusive choices (data, label); `chosen` gets the data of the picked one.
    QMenu* addChoices(QMenu* parent, const QString& title, const QList<std::pair<QString, QString>>& choices,
                      const QString& current, std::function<void(const QString&)> chosen);

    MainWindow& m_window;
    WorkbenchSettings& m_settings;
    QMenu* m_recentMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_retryAction = nullptr;
    QAction* m_forgetAction = nullptr;
    QAction* m_reportAction = nullptr;
    QAction* m_cohortsAction = nullptr;
};

} // namespace hc::ui

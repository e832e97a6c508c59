#include "ui/MainMenus.h"

#include "ui/MainWindow.h"
#include "ui/ScopeHistory.h"
#include "ui/WorkbenchSettings.h"
#include "ui/dialogs/CohortsDialog.h"
#include "ui/dialogs/CommandPalette.h"
#include "ui/dialogs/ReportBuilderDialog.h"
#include "ui/dialogs/WorkspaceFileDialogs.h"
#include "ui/widgets/GlobalControlsBar.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QUndoStack>

#include <functional>

namespace hc::ui {

MainMenus::MainMenus(MainWindow& window, WorkbenchSettings& settings, const QList<QDockWidget*>& docks)
    : QObject(&window), m_window(window), m_settings(settings)
{
    createFileMenu();
    QMenu* edit = window.menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction* undo = window.scopeHistory()->stack()->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = window.scopeHistory()->stack()->createRedoAction(edit, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    createViewMenu(docks);
    QMenu* help = window.menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"), &window, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addAction(tr("&About HitCraft"), &window, &MainWindow::showAbout);
    rebuildRecent();
}

void MainMenus::createFileMenu()
{
    MainWindow* w = &m_window;
    QMenu* file = w->menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Workspace…"), w, [w] {
        if (const QString path = WorkspaceFileDialogs::newWorkspace(w); !path.isEmpty())
            w->createWorkspace(path);
    });
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open Workspace…"), w, [w] {
        if (const QString path = WorkspaceFileDialogs::workspaceToOpen(w); !path.isEmpty())
            w->openWorkspace(path);
    });
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import Events…"), w, [w] {
        if (const QString path = WorkspaceFileDialogs::fileToImport(w); !path.isEmpty())
            w->importFile(path);
    });
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_syncAction = file->addAction(tr("&Sync from Mixpanel…"), w, [w] { w->openSyncDialog(); });
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_retryAction = file->addAction(tr("&Retry Failed Days"), w, &MainWindow::retryFailedDays);
    m_retryAction->setObjectName(QStringLiteral("retryFailedDaysAction"));
    m_reportAction = file->addAction(tr("&Report…"), w, [w] {
        auto* dialog = new ReportBuilderDialog(w->data(), w);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_reportAction->setObjectName(QStringLiteral("reportAction"));
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_cohortsAction = file->addAction(tr("&Cohorts…"), w, [w] {
        auto* dialog = new CohortsDialog(w->data(), *w->controls(), w);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_cohortsAction->setObjectName(QStringLiteral("cohortsAction"));
    m_cohortsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_forgetAction = file->addAction(tr("&Forget a User…"), w, &MainWindow::forgetUser);
    m_forgetAction->setObjectName(QStringLiteral("forgetUserAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), w, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainMenus::createViewMenu(const QList<QDockWidget*>& docks)
{
    MainWindow* w = &m_window;
    QMenu* view = w->menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    int key = 0;
    for (QDockWidget* dock : docks) {
        QAction* toggle = dock->toggleViewAction();
        if (key < 9)
            toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + key++)));
        view->addAction(toggle);
    }
    view->addSeparator();
    QAction* palette = view->addAction(tr("&Go to…"), w, [w] {
        auto* dialog = new CommandPalette(*w);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    palette->setObjectName(QStringLiteral("commandPaletteAction"));
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction* filter = view->addAction(tr("Go to &Filter"), w, [w] {
        w->controls()->filter()->setFocus(Qt::ShortcutFocusReason);
        w->controls()->filter()->selectAll();
    });
    filter->setObjectName(QStringLiteral("goToFilterAction"));
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* reset = view->addAction(tr("&Reset Layout"), w, &MainWindow::resetLayout);
    reset->setObjectName(QStringLiteral("resetLayoutAction"));
    QAction* refresh = view->addAction(tr("Re&fresh"), w, [w] {
        if (!w->workspacePath().isEmpty())
            w->openWorkspace(w->workspacePath());
    });
    refresh->setShortcut(QKeySequence::Refresh);
    addChoices(view, tr("&Theme"),
               {{QStringLiteral("system"), tr("Follow the &System")},
                {QStringLiteral("light"), tr("&Light")},
                {QStringLiteral("dark"), tr("&Dark")}},
               m_settings.theme(), [w](const QString& name) { w->setTheme(name); });
    addChoices(view, tr("&Language"),
               {{QString(), tr("System Language")},
                {QStringLiteral("en"), QStringLiteral("English")},
                {QStringLiteral("de"), QStringLiteral("Deutsch")}},
               m_settings.language(), [this](const QString& code) {
                   m_settings.setLanguage(code);
                   Q_EMIT languageChosen();
               });
}

QMenu* MainMenus::addChoices(QMenu* parent, const QString& title, const QList<std::pair<QString, QString>>& choices,
                             const QString& current, std::function<void(const QString&)> chosen)
{
    QMenu* menu = parent->addMenu(title);
    auto* group = new QActionGroup(menu);
    for (const auto& [data, label] : choices) {
        QAction* a = menu->addAction(label, this, [chosen, d = data] { chosen(d); });
        a->setCheckable(true);
        a->setChecked(current == data);
        group->addAction(a);
    }
    return menu;
}

void MainMenus::update(bool workspaceOpen, bool jobRunning, bool failedDays)
{
    m_importAction->setEnabled(workspaceOpen && !jobRunning);
    m_syncAction->setEnabled(workspaceOpen);
    m_retryAction->setEnabled(workspaceOpen && failedDays);
    m_forgetAction->setEnabled(workspaceOpen && !jobRunning);
    m_reportAction->setEnabled(workspaceOpen);
    m_cohortsAction->setEnabled(workspaceOpen);
}

void MainMenus::rebuildRecent()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentWorkspaces();
    for (const QString& path : recent) {
        QAction* a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, &m_window, [this, path] { m_window.openWorkspace(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace hc::ui

#include "ui/dialogs/CommandPalette.h"

#include "ui/MainWindow.h"
#include "ui/WorkbenchData.h"
#include "ui/widgets/GlobalControlsBar.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QVBoxLayout>

#include <algorithm>

namespace hc::ui {

namespace {

QString plain(QString text) { return text.remove(u'&').remove(QChar(0x2026)).trimmed(); }

// Every enabled command of a menu and its submenus, with the path that reaches it.
void collect(QMenu* menu, const QString& path, std::vector<std::pair<QString, QAction*>>& out)
{
    for (QAction* a : menu->actions()) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        if (QMenu* sub = a->menu()) {
            collect(sub, path + QStringLiteral(" › ") + plain(sub->title()), out);
            continue;
        }
        out.emplace_back(path + QStringLiteral(" › ") + plain(a->text()), a);
    }
}

} // namespace

CommandPalette::CommandPalette(MainWindow& window) : QDialog(&window)
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Go to…"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setAccessibleName(tr("Search views, commands, saved views and cohorts"));
    m_search->setPlaceholderText(tr("Type a view, a command, a saved view or a cohort…"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Matches"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    resize(560, 420);

    for (QDockWidget* dock : window.docks())
        add(dock->windowTitle(), tr("View"), [dock] {
            dock->show();
            dock->raise();
            if (dock->widget())
                dock->widget()->setFocus(Qt::OtherFocusReason);
        });
    for (const QString& name : window.controls()->savedViewNames())
        add(name, tr("Saved view"), [&window, name] { window.controls()->applySavedView(name); });
    for (const auto& cohort : window.data().cohorts())
        add(cohort.name, tr("Cohort: filter every view"),
            [&window, name = cohort.name] { window.controls()->applyFilter(QStringLiteral("cohort=") + name); });
    std::vector<std::pair<QString, QAction*>> actions;
    for (QAction* top : window.menuBar()->actions())
        if (top->menu())
            collect(top->menu(), plain(top->text()), actions);
    for (const auto& [path, action] : actions)
        if (action->isEnabled() && action != window.findChild<QAction*>(QStringLiteral("commandPaletteAction")))
            add(path, action->shortcut().toString(QKeySequence::NativeText), [action] { action->trigger(); });

    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_list, &QListWidget::itemActivated, this, [this] { runCurrent(); });
    m_search->installEventFilter(this);
    refilter(QString());
}

void CommandPalette::add(const QString& text, const QString& kind, std::function<void()> run)
{
    auto* item = new QListWidgetItem(kind.isEmpty() ? text : QStringLiteral("%1    —  %2").arg(text, kind), m_list);
    item->setData(Qt::UserRole, int(m_runs.size()));
    item->setData(Qt::UserRole + 1, text);
    m_runs.push_back(std::move(run));
}

void CommandPalette::refilter(const QString& text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QListWidgetItem* first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const QString haystack = item->text();
        const bool match = std::all_of(words.begin(), words.end(),
                                       [&](const QString& w) { return haystack.contains(w, Qt::CaseInsensitive); });
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    m_list->setCurrentItem(first);
}

void CommandPalette::runCurrent()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    const auto run = m_runs[size_t(item->data(Qt::UserRole).toInt())];
    accept();
    run();
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    // The search box keeps the focus; the arrows and Enter act on the list.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            runCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hc::ui

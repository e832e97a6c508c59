#include "ui/dialogs/ShortcutsDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc::ui {

ShortcutsDialog::ShortcutsDialog(QWidget* window) : QDialog(window)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(this);
    auto* table = new QTableWidget(this);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QSet<QString> listed; // every chart has its own "Show Data as Table": listed once
    for (QAction* a : window->findChildren<QAction*>()) {
        const QString key = a->text() + u'\t' + a->shortcut().toString();
        if (a->shortcut().isEmpty() || listed.contains(key))
            continue;
        listed.insert(key);
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(a->text().remove(u'&')));
        table->setItem(row, 1, new QTableWidgetItem(a->shortcut().toString(QKeySequence::NativeText)));
    }
    table->sortItems(0);
    layout->addWidget(table);
    resize(480, 420);
}

} // namespace hc::ui

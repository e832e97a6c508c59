#include "ui/widgets/TableSorting.h"

#include "ui/models/ResultTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace hc::ui {

QSortFilterProxyModel* TableSorting::enable(QTableView* table, QAbstractItemModel* model)
{
    auto* proxy = new QSortFilterProxyModel(table);
    proxy->setSourceModel(model);
    proxy->setSortRole(ResultTableModel::ValueRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    table->setModel(proxy);
    QHeaderView* header = table->horizontalHeader();
    header->setSortIndicatorClearable(true);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder); // the model's order first
    // The arrow takes room in every header while shown: only while a column is sorted, so the
    // headers of an unsorted table keep their whole text.
    header->setSortIndicatorShown(false);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header,
                     [header](int section, Qt::SortOrder) { header->setSortIndicatorShown(section >= 0); });
    return proxy;
}

int TableSorting::sourceRow(const QTableView* table, const QModelIndex& index)
{
    if (!index.isValid())
        return -1;
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(table->model());
    return proxy ? proxy->mapToSource(index).row() : index.row();
}

void TableSorting::onRowOpened(QTableView* table, const QString& actionText, const QString& tooltip,
                               const std::function<void(int)>& open)
{
    table->setToolTip(tooltip);
    QObject::connect(table, &QTableView::doubleClicked, table,
                     [table, open](const QModelIndex& index) { open(sourceRow(table, index)); });
    auto* action = new QAction(actionText, table);
    QObject::connect(action, &QAction::triggered, table,
                     [table, open] { open(sourceRow(table, table->currentIndex())); });
    table->addAction(action);
}

} // namespace hc::ui

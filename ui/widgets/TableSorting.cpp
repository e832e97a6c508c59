#include "ui/widgets/TableSorting.h"

#include "ui/models/ResultTableModel.h"

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
    table->horizontalHeader()->setSortIndicatorShown(true);
    table->horizontalHeader()->setSortIndicatorClearable(true);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder); // the model's order first
    return proxy;
}

int TableSorting::sourceRow(const QTableView* table, const QModelIndex& index)
{
    if (!index.isValid())
        return -1;
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(table->model());
    return proxy ? proxy->mapToSource(index).row() : index.row();
}

} // namespace hc::ui

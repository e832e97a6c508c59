#pragma once

class QAbstractItemModel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace hc::ui {

// Puts a sorting proxy between a result table and its model: a click on a header sorts by the
// cells' raw values (ResultTableModel::ValueRole), so 9 comes before 10 and 5% before 40%; the
// model's own order shows until then.
class TableSorting {
public:
    static QSortFilterProxyModel* enable(QTableView* table, QAbstractItemModel* model);
    // The model row behind a row of the table (-1 for none).
    static int sourceRow(const QTableView* table, const QModelIndex& index);
};

} // namespace hc::ui

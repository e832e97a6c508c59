#pragma once

#include <functional>

class QAbstractItemModel;
class QString;
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
    // A drill-down on the table's rows: a double click or the context action `actionText` calls
    // open with the model row (the tooltip says so).
    static void onRowOpened(QTableView* table, const QString& actionText, const QString& tooltip,
                            const std::function<void(int)>& open);
};

} // namespace hc::ui

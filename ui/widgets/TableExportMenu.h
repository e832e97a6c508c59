#pragma once

#include "core/report/TableData.h"

#include <QObject>

class QAbstractItemModel;
class QChartView;
class QMenu;
class QTableView;
class QToolButton;

namespace hc::ui {

// Export and Copy on a view's tables and charts, from their context menu: a table as CSV or Excel
// (written off the GUI thread; a failure is reported and leaves no file) or copied as TSV, a chart
// saved as PNG, SVG or PDF or copied as an image. The table's raw values are exported (ResultTableModel's
// ValueRole: numbers stay numbers), with the headers the view shows.
class TableExportMenu : public QObject {
    Q_OBJECT
public:
    // Adds the context menu to `root` and every table and chart inside it.
    static void install(QWidget* root);

    static report::TableData tableOf(const QAbstractItemModel& model, const QString& name);
    // The table as people read it (display text), tab-separated, with the header row.
    static QString tsvOf(const QAbstractItemModel& model);
    // Writes the table to `path` (.csv or .xlsx by its suffix) on a worker; `done` gets "" or the error.
    static void exportTo(const QAbstractItemModel& model, const QString& name, const QString& path, QObject* receiver,
                         std::function<void(const QString&)> done);

    // The chart as PNG, SVG or PDF by the path's suffix (SVG and PDF as vectors); "" or the error.
    static QString saveChart(QChartView* chart, const QString& path);

    // An "Export" button for a view's controls: a menu of every table and chart inside `root`.
    static QToolButton* viewMenuButton(QWidget* root, QWidget* parent);
    // The Copy and Export actions of one table or chart, added to a menu.
    static void addTableActions(QMenu& menu, QTableView* table);
    static void addChartActions(QMenu& menu, QChartView* chart);

private:
    static void installOnTable(QTableView* table);
    static void installOnChart(QChartView* chart);
};

} // namespace hc::ui

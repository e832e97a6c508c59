#include "ui/widgets/TableExportMenu.h"

#include "core/report/CsvWriter.h"
#include "core/report/XlsxWriter.h"
#include "ui/models/ResultTableModel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace hc::ui {

namespace {

// Tables this long are copied row by row on the GUI thread; beyond it the copy would stall the
// window (the events explorer's half a million rows), so its export says to narrow the rows.
constexpr int kMaxRowsToCopy = 200000;

QString baseName(const QString& name)
{
    QString out = name.simplified();
    out.replace(u' ', u'-');
    out.remove(QRegularExpression(QStringLiteral("[^\\w.-]")));
    return out.isEmpty() ? QStringLiteral("export") : out.toLower();
}

} // namespace

report::TableData TableExportMenu::tableOf(const QAbstractItemModel& model, const QString& name)
{
    report::TableData t;
    t.name = name;
    for (int c = 0; c < model.columnCount(); ++c)
        t.columns.push_back(
            {model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), report::TableData::Kind::Text});
    const bool raw = qobject_cast<const ResultTableModel*>(&model) != nullptr;
    for (int r = 0; r < model.rowCount(); ++r) {
        std::vector<QVariant> row;
        for (int c = 0; c < model.columnCount(); ++c)
            row.push_back(model.index(r, c).data(raw ? int(ResultTableModel::ValueRole) : int(Qt::DisplayRole)));
        t.rows.push_back(std::move(row));
    }
    t.inferKinds();
    return t;
}

QString TableExportMenu::tsvOf(const QAbstractItemModel& model)
{
    const auto clean = [](QString s) { return s.replace(u'\t', u' ').replace(u'\n', u' '); };
    QStringList lines, cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << clean(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    lines << cells.join(u'\t');
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            cells << clean(model.index(r, c).data().toString());
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

void TableExportMenu::exportTo(const QAbstractItemModel& model, const QString& name, const QString& path,
                               QObject* receiver, std::function<void(const QString&)> done)
{
    report::TableData table = tableOf(model, name);
    auto* watcher = new QFutureWatcher<QString>(receiver);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, receiver, [watcher, done] {
        const QString error = watcher->result();
        watcher->deleteLater();
        done(error);
    });
    watcher->setFuture(QtConcurrent::run([table = std::move(table), path]() -> QString {
        const Status s = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                             ? report::XlsxWriter::write(path, {table})
                             : report::CsvWriter::write(path, table);
        return s.ok() ? QString() : s.error().message;
    }));
}

void TableExportMenu::install(QWidget* root)
{
    if (auto* table = qobject_cast<QTableView*>(root))
        installOnTable(table);
    if (auto* chart = qobject_cast<QChartView*>(root))
        installOnChart(chart);
    for (QTableView* table : root->findChildren<QTableView*>())
        installOnTable(table);
    for (QChartView* chart : root->findChildren<QChartView*>())
        installOnChart(chart);
}

void TableExportMenu::installOnTable(QTableView* table)
{
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(table, &QWidget::customContextMenuRequested, table, [table](const QPoint& at) {
        QAbstractItemModel* model = table->model();
        if (!model)
            return;
        const bool fits = model->rowCount() <= kMaxRowsToCopy;
        const QString name = table->accessibleName().isEmpty() ? table->objectName() : table->accessibleName();
        QMenu menu(table);
        QAction* copy = menu.addAction(tr("Copy table (tab-separated)"));
        QAction* csv = menu.addAction(tr("Export as CSV…"));
        QAction* xlsx = menu.addAction(tr("Export as Excel…"));
        for (QAction* a : {copy, csv, xlsx}) {
            a->setEnabled(fits);
            if (!fits)
                a->setToolTip(tr("Narrow the rows first: only tables up to 200,000 rows are exported from here."));
        }
        QAction* chosen = menu.exec(table->viewport()->mapToGlobal(at));
        if (chosen == copy) {
            QApplication::clipboard()->setText(tsvOf(*model));
        } else if (chosen == csv || chosen == xlsx) {
            const QString suffix = chosen == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
            const QString suggested =
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + baseName(name) + suffix;
            const QString path = QFileDialog::getSaveFileName(
                table, chosen == csv ? tr("Export as CSV") : tr("Export as Excel"), suggested,
                chosen == csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
            if (path.isEmpty())
                return;
            exportTo(*model, name, path, table, [table](const QString& error) {
                if (!error.isEmpty())
                    QMessageBox::warning(table, tr("Export failed"), error);
            });
        }
    });
}

void TableExportMenu::installOnChart(QChartView* chart)
{
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(chart, &QWidget::customContextMenuRequested, chart, [chart](const QPoint& at) {
        QMenu menu(chart);
        QAction* copy = menu.addAction(tr("Copy chart image"));
        QAction* png = menu.addAction(tr("Save chart as PNG…"));
        QAction* chosen = menu.exec(chart->mapToGlobal(at));
        if (chosen == copy) {
            QApplication::clipboard()->setPixmap(chart->grab());
        } else if (chosen == png) {
            const QString title = chart->chart()->title().isEmpty() ? QStringLiteral("chart") : chart->chart()->title();
            const QString path =
                QFileDialog::getSaveFileName(chart, tr("Save chart as PNG"),
                                             QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + u'/'
                                                 + baseName(title) + QStringLiteral(".png"),
                                             tr("PNG images (*.png)"));
            if (!path.isEmpty() && !chart->grab().save(path, "PNG"))
                QMessageBox::warning(chart, tr("Export failed"), tr("Cannot write “%1”.").arg(path));
        }
    });
}

} // namespace hc::ui

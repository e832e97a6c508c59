#include "ui/widgets/TableExportMenu.h"

#include "core/report/CsvWriter.h"
#include "core/report/XlsxWriter.h"
#include "ui/charts/ChartDataTable.h"
#include "ui/models/ResultTableModel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTableView>
#include <QToolButton>
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

void TableExportMenu::addTableActions(QMenu& menu, QTableView* table)
{
    QAbstractItemModel* model = table->model();
    if (!model)
        return;
    const bool fits = model->rowCount() <= kMaxRowsToCopy;
    const QString name = table->accessibleName().isEmpty() ? table->objectName() : table->accessibleName();
    QAction* copy = menu.addAction(tr("Copy table (tab-separated)"), table,
                                   [model] { QApplication::clipboard()->setText(tsvOf(*model)); });
    const auto exportAs = [table, model, name](bool csv) {
        const QString suffix = csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
        const QString suggested =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + baseName(name) + suffix;
        const QString path =
            QFileDialog::getSaveFileName(table, csv ? tr("Export as CSV") : tr("Export as Excel"), suggested,
                                         csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
        if (path.isEmpty())
            return;
        exportTo(*model, name, path, table, [table](const QString& error) {
            if (!error.isEmpty())
                QMessageBox::warning(table, tr("Export failed"), error);
        });
    };
    QAction* csv = menu.addAction(tr("Export as CSV…"), table, [exportAs] { exportAs(true); });
    QAction* xlsx = menu.addAction(tr("Export as Excel…"), table, [exportAs] { exportAs(false); });
    for (QAction* a : {copy, csv, xlsx}) {
        a->setEnabled(fits);
        if (!fits)
            a->setToolTip(tr("Narrow the rows first: only tables up to 200,000 rows are exported from here."));
    }
}

void TableExportMenu::installOnTable(QTableView* table)
{
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(table, &QWidget::customContextMenuRequested, table, [table](const QPoint& at) {
        QMenu menu(table);
        // A view's own actions on the row under the pointer (drill-downs) come first.
        if (const QModelIndex row = table->indexAt(at); row.isValid())
            table->setCurrentIndex(row);
        if (!table->actions().isEmpty()) {
            menu.addActions(table->actions());
            menu.addSeparator();
        }
        addTableActions(menu, table);
        menu.exec(table->viewport()->mapToGlobal(at));
    });
}

QToolButton* TableExportMenu::viewMenuButton(QWidget* root, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("viewExportButton"));
    button->setText(tr("Export"));
    button->setAccessibleName(tr("Export and copy this view's tables and charts"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    button->setMenu(menu);
    // Filled when opened: the tables and charts as they are then, each in a submenu of its own.
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu, root] {
        menu->clear();
        const auto title = [](QWidget* w, const QString& fallback) {
            return w->accessibleName().isEmpty() ? fallback : w->accessibleName();
        };
        for (QTableView* table : root->findChildren<QTableView*>())
            if (table->isVisibleTo(root))
                addTableActions(*menu->addMenu(title(table, tr("Table"))), table);
        for (QChartView* chart : root->findChildren<QChartView*>())
            if (chart->isVisibleTo(root))
                addChartActions(*menu->addMenu(chart->chart()->title().isEmpty() ? title(chart, tr("Chart"))
                                                                                 : chart->chart()->title()),
                                chart);
        if (menu->isEmpty())
            menu->addAction(tr("Nothing to export yet"))->setEnabled(false);
    });
    return button;
}

QString TableExportMenu::saveChart(QChartView* chart, const QString& path)
{
    const QSize size = chart->size();
    const auto failed = [&] { return tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(path)); };
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg; // vectors: the chart as drawn, scalable
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(chart->chart()->title());
        QPainter painter;
        if (!painter.begin(&svg))
            return failed();
        chart->render(&painter);
        painter.end();
        return QFileInfo(path).size() > 0 ? QString() : failed();
    }
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        pdf.setTitle(chart->chart()->title());
        QPainter painter;
        if (!painter.begin(&pdf))
            return failed();
        chart->render(&painter, QRectF(0, 0, size.width(), size.height()));
        painter.end();
        return QFileInfo(path).size() > 0 ? QString() : failed();
    }
    return chart->grab().save(path, "PNG") ? QString() : failed();
}

void TableExportMenu::addChartActions(QMenu& menu, QChartView* chart)
{
    menu.addAction(tr("Show Data as Table"), chart, [chart] { ChartDataTable::show(chart); });
    menu.addAction(tr("Copy chart image"), chart, [chart] { QApplication::clipboard()->setPixmap(chart->grab()); });
    for (const QString& suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
        menu.addAction(tr("Save chart as %1…").arg(suffix.toUpper()), chart, [chart, suffix] {
            const QString title = chart->chart()->title().isEmpty() ? QStringLiteral("chart") : chart->chart()->title();
            const QString path =
                QFileDialog::getSaveFileName(chart, tr("Save chart"),
                                             QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + u'/'
                                                 + baseName(title) + u'.' + suffix,
                                             tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
            if (path.isEmpty())
                return;
            if (const QString error = saveChart(chart, path); !error.isEmpty())
                QMessageBox::warning(chart, tr("Export failed"), error);
        });
    }
}

void TableExportMenu::installOnChart(QChartView* chart)
{
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(chart, &QWidget::customContextMenuRequested, chart, [chart](const QPoint& at) {
        QMenu menu(chart);
        addChartActions(menu, chart);
        menu.exec(chart->mapToGlobal(at));
    });
}

} // namespace hc::ui

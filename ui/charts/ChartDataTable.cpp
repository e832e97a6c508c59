#include "ui/charts/ChartDataTable.h"

#include "ui/models/ResultTableModel.h"
#include "ui/widgets/TableExportMenu.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QXYSeries>

#include <map>

namespace hc::ui {

namespace {

QStandardItem* number(double v)
{
    auto* item = new QStandardItem(QLocale().toString(v, 'f', v == qint64(v) ? 0 : 2));
    item->setData(v, ResultTableModel::ValueRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

QStandardItemModel* ChartDataTable::model(const QChart& chart, QObject* parent)
{
    auto* m = new QStandardItemModel(parent);
    QStringList categories;
    QCategoryAxis* xLabels = nullptr;
    for (QAbstractAxis* axis : chart.axes()) {
        if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis))
            categories = bars->categories();
        if (auto* labelled = qobject_cast<QCategoryAxis*>(axis); labelled && axis->orientation() == Qt::Horizontal)
            xLabels = labelled;
    }
    QStringList headers{QString()};
    // Bars: a row per category.
    for (QAbstractSeries* s : chart.series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            for (QBarSet* set : bars->barSets()) {
                headers << set->label();
                for (int i = 0; i < set->count(); ++i) {
                    if (m->rowCount() <= i)
                        m->appendRow(new QStandardItem(categories.value(i, QString::number(i + 1))));
                    m->setItem(i, int(headers.size()) - 1, number(set->at(i)));
                }
            }
    if (m->rowCount() > 0) {
        m->setHorizontalHeaderLabels(headers);
        return m;
    }
    // Lines and points: a row per x value, in order.
    std::map<double, int> rowOf;
    QList<const QXYSeries*> lines;
    for (QAbstractSeries* s : chart.series())
        if (auto* xy = qobject_cast<const QXYSeries*>(s); xy && xy->count() > 0) {
            lines << xy;
            for (const QPointF& p : xy->points())
                rowOf.emplace(p.x(), 0);
        }
    for (auto& [x, row] : rowOf) {
        row = m->rowCount();
        QString label = QLocale().toString(x);
        if (xLabels)
            for (const QString& l : xLabels->categoriesLabels())
                if (qFuzzyCompare(xLabels->startValue(l) + 1, x + 1))
                    label = l;
        m->appendRow(new QStandardItem(label));
    }
    for (const QXYSeries* xy : lines) {
        headers << xy->name();
        for (const QPointF& p : xy->points())
            m->setItem(rowOf[p.x()], int(headers.size()) - 1, number(p.y()));
    }
    headers[0] = xLabels ? xLabels->titleText() : QString();
    m->setHorizontalHeaderLabels(headers);
    return m;
}

QDialog* ChartDataTable::show(QChartView* view)
{
    auto* dialog = new QDialog(view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("chartDataTable"));
    const QString title = view->chart()->title().isEmpty() ? view->accessibleName() : view->chart()->title();
    dialog->setWindowTitle(title);
    dialog->resize(560, 420);
    auto* layout = new QVBoxLayout(dialog);
    auto* table = new QTableView(dialog);
    table->setAccessibleName(title);
    table->setModel(model(*view->chart(), table));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    TableExportMenu::install(table);
    dialog->show();
    table->setFocus();
    return dialog;
}

} // namespace hc::ui

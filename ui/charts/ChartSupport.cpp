#include "ui/charts/ChartSupport.h"

#include "core/util/NumberFormat.h"
#include "ui/Assets.h"
#include "ui/charts/ChartDataTable.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QDate>
#include <QKeySequence>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QToolTip>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>
#include <iterator>

namespace hc::ui {

QChartView* ChartSupport::makeView(const QString& title, QWidget* parent)
{
    auto* chart = new QChart();
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    applyTheme(chart);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->setAccessibleName(title);
    // Reachable from the keyboard, its numbers as a table (Ctrl+T) for screen readers.
    view->setFocusPolicy(Qt::StrongFocus);
    auto* asTable = new QAction(QCoreApplication::translate("hc::ui::ChartSupport", "Show Data as Table"), view);
    asTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    asTable->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(asTable, &QAction::triggered, view, [view] { ChartDataTable::show(view); });
    view->addAction(asTable);
    return view;
}

void ChartSupport::applyTheme(QChart* chart)
{
    const QPalette p = QApplication::palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setTitleBrush(p.color(QPalette::Text));
    QFont f = chart->titleFont();
    f.setBold(true);
    f.setPointSizeF(QApplication::font().pointSizeF() * 1.1);
    chart->setTitleFont(f);
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    chart->setLocalizeNumbers(true); // axis labels with the locale's separators
}

QColor ChartSupport::seriesColor(int index)
{
    const QList<QColor>& colors = Assets::seriesColors(); // resources/palettes/charts.json
    const int n = int(colors.size());
    return colors[((index % n) + n) % n];
}

void ChartSupport::colorBars(QChart* chart)
{
    int next = 0;
    for (QAbstractSeries* series : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets()) {
                set->setColor(seriesColor(next++));
                set->setBorderColor(set->color());
            }
}

QString ChartSupport::periodLabel(const QString& label)
{
    const QLocale locale;
    if (label.size() == 10)
        if (const QDate day = QDate::fromString(label, Qt::ISODate); day.isValid())
            return locale.toString(day, QLocale::ShortFormat);
    // An hour: YYYY-MM-DDTHH, "+1" after the repeated hour of a fall-back day.
    if (label.size() >= 13 && label[10] == u'T' && label[11].isDigit() && label[12].isDigit())
        if (const QDate day = QDate::fromString(label.left(10), Qt::ISODate); day.isValid())
            return locale.toString(day, QLocale::ShortFormat)
                   + QStringLiteral(" %1:00%2").arg(label.mid(11, 2), label.mid(13));
    if (label.size() == 7)
        if (const QDate month = QDate::fromString(label + QStringLiteral("-01"), Qt::ISODate); month.isValid())
            return locale.toString(month, QStringLiteral("MMM yyyy"));
    return label;
}

void ChartSupport::clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* a : chart->axes())
        chart->removeAxis(a);
}

QValueAxis* ChartSupport::valueAxis(const QString& title, double max, bool integers)
{
    auto* axis = new QValueAxis();
    axis->setTitleText(title);
    axis->setRange(0, max > 0 ? max * 1.08 : 1);
    axis->setLabelFormat(integers ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    axis->applyNiceNumbers();
    const QPalette p = QApplication::palette();
    axis->setLabelsColor(p.color(QPalette::Text));
    axis->setTitleBrush(p.color(QPalette::Text));
    return axis;
}

QAreaSeries* ChartSupport::band(const QString& name, const QColor& color, int alpha)
{
    auto* area = new QAreaSeries(new QLineSeries(), new QLineSeries());
    area->setName(name);
    QColor fill = color;
    fill.setAlpha(alpha);
    area->setBrush(fill);
    area->setPen(Qt::NoPen);
    return area;
}

namespace {

QString valueText(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 && std::abs(v) < 1e15 ? NumberFormat::count(v) : NumberFormat::decimal(v);
}

} // namespace

void ChartSupport::addValueTooltips(QChart* chart)
{
    QStringList categories; // of a bar chart
    QCategoryAxis* pointAxis = nullptr;
    for (QAbstractAxis* axis : chart->axes()) {
        if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis))
            categories = bars->categories();
        if (auto* labelled = qobject_cast<QCategoryAxis*>(axis); labelled && axis->orientation() == Qt::Horizontal)
            pointAxis = labelled;
    }
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            QObject::connect(bars, &QAbstractBarSeries::hovered, bars, [categories](bool on, int index, QBarSet* set) {
                if (!on || !set) {
                    QToolTip::hideText();
                    return;
                }
                const QString category = categories.value(index);
                QToolTip::showText(QCursor::pos(), (category.isEmpty() ? QString() : category + u'\n') + set->label()
                                                       + QStringLiteral(": ") + valueText(set->at(index)));
            });
        } else if (auto* points = qobject_cast<QXYSeries*>(series)) {
            QObject::connect(points, &QXYSeries::hovered, points, [points, pointAxis](const QPointF& p, bool on) {
                if (!on) {
                    QToolTip::hideText();
                    return;
                }
                QString x = valueText(p.x());
                if (pointAxis) // the label at or before the point
                    for (const QString& label : pointAxis->categoriesLabels())
                        if (pointAxis->startValue(label) <= p.x() + 1e-9)
                            x = label;
                QToolTip::showText(QCursor::pos(),
                                   QStringLiteral("%1\n%2: %3").arg(points->name(), x, valueText(p.y())));
            });
        }
    }
}

} // namespace hc::ui

#include "ui/charts/EvidenceChart.h"

#include "core/util/NumberFormat.h"
#include "ui/charts/ChartSupport.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

namespace hc::ui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::ui::EvidenceChart", text); }

QColor textColor() { return QApplication::palette().color(QPalette::Text); }

QCategoryAxis* dayAxis(const QJsonArray& labels)
{
    auto* x = new QCategoryAxis();
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = std::max(1, int(labels.size() + 5) / 6);
    for (int i = 0; i < labels.size(); i += step)
        x->append(QLocale().toString(QDate::fromString(labels[i].toString(), Qt::ISODate), QStringLiteral("d MMM")), i);
    x->setRange(0, std::max(1, int(labels.size()) - 1));
    x->setTitleText(tr("Day"));
    x->setLabelsColor(textColor());
    x->setTitleBrush(textColor());
    return x;
}

bool drawSeries(QChart* chart, const QJsonObject& e)
{
    const QJsonArray labels = e.value(QStringLiteral("labels")).toArray();
    const QJsonArray values = e.value(QStringLiteral("values")).toArray();
    const QJsonArray lower = e.value(QStringLiteral("lower")).toArray();
    const QJsonArray upper = e.value(QStringLiteral("upper")).toArray();
    const QString marked = e.value(QStringLiteral("marked")).toString();
    if (values.isEmpty())
        return false;
    const QColor base(0x1f, 0x77, 0xb4);
    auto* line = new QLineSeries();
    line->setName(tr("Observed"));
    line->setColor(base);
    QAreaSeries* band = upper.isEmpty() ? nullptr : ChartSupport::band(tr("Usual range"), base, 55);
    auto* mark = new QScatterSeries();
    mark->setName(tr("This finding"));
    mark->setMarkerSize(11);
    mark->setColor(QColor(0xd6, 0x27, 0x28));
    double maxValue = 0;
    for (int i = 0; i < values.size(); ++i) {
        const double v = values[i].toDouble();
        line->append(i, v);
        maxValue = std::max(maxValue, v);
        if (band && upper[i].isDouble()) {
            band->upperSeries()->append(i, upper[i].toDouble());
            band->lowerSeries()->append(i, std::max(0.0, lower[i].toDouble()));
            maxValue = std::max(maxValue, upper[i].toDouble());
        }
        if (labels[i].toString() == marked)
            mark->append(i, v);
    }
    if (band)
        chart->addSeries(band);
    chart->addSeries(line);
    if (mark->count() > 0)
        chart->addSeries(mark);
    else
        delete mark;
    auto* x = dayAxis(labels);
    auto* y = ChartSupport::valueAxis(tr("Per day"), maxValue * 1.05, true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->setTitle(tr("The series behind it"));
    return true;
}

// Horizontal bars, the first row on top.
void drawBars(QChart* chart, const QStringList& labels, const QList<double>& values, const QString& valueTitle,
              const QString& title)
{
    auto* series = new QHorizontalBarSeries();
    auto* set = new QBarSet(valueTitle);
    QStringList shown;
    double lo = 0, hi = 0;
    for (qsizetype i = values.size(); i-- > 0;) {
        *set << values[i];
        shown << labels[i];
        lo = std::min(lo, values[i]);
        hi = std::max(hi, values[i]);
    }
    series->append(set);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis();
    y->append(shown);
    y->setLabelsColor(textColor());
    auto* x = new QValueAxis();
    x->setRange(lo < 0 ? lo * 1.1 : 0, hi > 0 ? hi * 1.1 : 1);
    x->setTitleText(valueTitle);
    x->setLabelsColor(textColor());
    x->setTitleBrush(textColor());
    x->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
    chart->setTitle(title);
    ChartSupport::addValueTooltips(chart);
}

bool drawGroups(QChart* chart, const QJsonObject& e)
{
    const QJsonArray rows = e.value(QStringLiteral("rows")).toArray();
    if (rows.isEmpty())
        return false;
    QStringList labels;
    QList<double> values;
    for (const QJsonValue r : rows) {
        const QJsonObject o = r.toObject();
        labels << tr("%1 — %2 (n = %3)")
                      .arg(o.value(QStringLiteral("label")).toString(),
                           NumberFormat::percent(o.value(QStringLiteral("rate")).toDouble()),
                           NumberFormat::count(o.value(QStringLiteral("n")).toDouble()));
        values << 100 * o.value(QStringLiteral("rate")).toDouble();
    }
    const QString label = e.value(QStringLiteral("label")).toString();
    drawBars(chart, labels, values, tr("%1 (%)").arg(label), label);
    return true;
}

} // namespace

bool EvidenceChart::draw(QChart* chart, const QJsonObject& evidence)
{
    ChartSupport::clear(chart);
    chart->legend()->setVisible(true);
    const QString kind = evidence.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("series")) {
        const bool drawn = drawSeries(chart, evidence);
        ChartSupport::addValueTooltips(chart);
        return drawn;
    }
    if (kind == QLatin1String("groups"))
        return drawGroups(chart, evidence);
    if (kind == QLatin1String("drivers"))
        return drawDrivers(chart, evidence);
    return false;
}

bool EvidenceChart::drawDrivers(QChart* chart, const QJsonObject& evidence)
{
    ChartSupport::clear(chart);
    const QJsonObject d = evidence.value(QStringLiteral("kind")).toString() == QLatin1String("drivers")
                              ? evidence
                              : evidence.value(QStringLiteral("drivers")).toObject();
    const QJsonArray rows = d.value(QStringLiteral("drivers")).toArray();
    if (rows.isEmpty())
        return false;
    QStringList labels;
    QList<double> values;
    for (int i = 0; i < std::min<int>(8, int(rows.size())); ++i) {
        const QJsonObject o = rows[i].toObject();
        const QString value = o.value(QStringLiteral("value")).toString();
        labels << (value.isEmpty() ? tr("(not set)") : value);
        values << o.value(QStringLiteral("contribution")).toDouble();
    }
    const QString property = d.value(QStringLiteral("property")).toString();
    drawBars(chart, labels, values, tr("Contribution to the change"),
             tr("What moved, by %1 (total change %2)")
                 .arg(property, NumberFormat::decimal(d.value(QStringLiteral("total_change")).toDouble(), 0)));
    return true;
}

} // namespace hc::ui

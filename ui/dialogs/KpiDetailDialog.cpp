#include "ui/dialogs/KpiDetailDialog.h"

#include "core/util/NumberFormat.h"
#include "ui/charts/ChartSupport.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace hc::ui {

KpiDetailDialog::KpiDetailDialog(const QString& label, const QString& value, const std::vector<double>& daily,
                                 const QDate& firstDay, Unit unit, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("kpiDetailDialog"));
    setWindowTitle(label);
    resize(720, 420);
    auto* layout = new QVBoxLayout(this);
    auto* headline =
        new QLabel(tr("%1 over the range: <b>%2</b>").arg(label.toHtmlEscaped(), value.toHtmlEscaped()), this);
    layout->addWidget(headline);
    m_chart = ChartSupport::makeView(tr("%1 per day").arg(label), this);
    m_chart->setObjectName(QStringLiteral("kpiDetailChart"));
    QChart* chart = m_chart->chart();
    auto* line = new QLineSeries();
    line->setName(label);
    line->setPen(QPen(ChartSupport::seriesColor(0), 2));
    const double scale = unit == Unit::Percent ? 100.0 : unit == Unit::Seconds ? 1.0 / 60 : 1.0;
    double maxValue = 0;
    for (size_t i = 0; i < daily.size(); ++i) {
        if (std::isnan(daily[i]))
            continue; // no value that day (no sessions to average)
        line->append(double(i), daily[i] * scale);
        maxValue = std::max(maxValue, daily[i] * scale);
    }
    connect(line, &QLineSeries::hovered, this, [firstDay, unit](const QPointF& p, bool on) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const QString day = QLocale().toString(firstDay.addDays(qint64(std::lround(p.x()))), QLocale::ShortFormat);
        const QString value = unit == Unit::Percent   ? NumberFormat::percent(p.y() / 100)
                              : unit == Unit::Seconds ? NumberFormat::duration(p.y() * 60)
                                                      : NumberFormat::decimal(p.y());
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2").arg(day, value));
    });
    chart->addSeries(line);
    auto* x = new QCategoryAxis();
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = std::max(1, int(daily.size() + 5) / 6);
    for (int i = 0; i < int(daily.size()); i += step)
        x->append(QLocale().toString(firstDay.addDays(i), QLocale::ShortFormat), i);
    x->setRange(0, std::max(1.0, double(daily.size()) - 1));
    x->setTitleText(tr("Day"));
    const QString axis = unit == Unit::Percent   ? tr("%1 (%)").arg(label)
                         : unit == Unit::Seconds ? tr("%1 (min)").arg(label)
                                                 : label;
    auto* y = ChartSupport::valueAxis(axis, maxValue * 1.1, unit == Unit::Number);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    chart->legend()->setVisible(false);
    layout->addWidget(m_chart, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace hc::ui

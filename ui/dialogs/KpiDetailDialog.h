#pragma once

#include <QDate>
#include <QDialog>

#include <vector>

class QChartView;

namespace hc::ui {

// One KPI card opened: its value over the range and its daily series as a chart with its title,
// dated axis and unit, for the KPIs the Trends view has no measure for (stickiness, new and
// returning users, sessions and their average length). A day without a value (NaN) is left out.
class KpiDetailDialog : public QDialog {
    Q_OBJECT
public:
    // How the values read: plain numbers, ratios shown as percent, or seconds drawn in minutes.
    enum class Unit { Number, Percent, Seconds };
    // daily: one value per day from firstDay.
    KpiDetailDialog(const QString& label, const QString& value, const std::vector<double>& daily, const QDate& firstDay,
                    Unit unit, QWidget* parent = nullptr);
    QChartView* chartView() const { return m_chart; }

private:
    QChartView* m_chart;
};

} // namespace hc::ui

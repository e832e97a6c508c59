#pragma once

#include "core/analysis/engine/Kpis.h"
#include "ui/models/ResultTableModel.h"

#include <QMap>

#include <vector>

namespace hc::ui {

// The KPI set as a table (label, value, previous period, change), with each KPI's daily
// sparkline kept beside it for the cards.
class KpiTableModel : public ResultTableModel {
    Q_OBJECT
public:
    enum Column { LabelColumn, ValueColumn, PreviousColumn, ChangeColumn };

    using ResultTableModel::ResultTableModel;

    void setResult(const analysis::KpiSet& set, const QMap<QString, std::vector<double>>& sparklines);
    const analysis::KpiSet& result() const { return m_set; }
    std::vector<double> sparkline(const QString& id) const { return m_sparklines.value(id); }
    int rowCount(const QModelIndex& parent = {}) const override;

    // A KPI's value for people: counts, percents, durations or money by its unit, revenue in the
    // workspace's currency (an ISO code; empty for a plain amount).
    QString format(const analysis::Kpi& kpi, std::optional<double> value) const;
    void setCurrency(const QString& currency) { m_currency = currency; }
    const QString& currency() const { return m_currency; }

protected:
    QString text(int row, int column) const override;
    QVariant value(int row, int column) const override;

private:
    analysis::KpiSet m_set;
    QMap<QString, std::vector<double>> m_sparklines;
    QString m_currency;
};

} // namespace hc::ui

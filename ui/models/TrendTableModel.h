#pragma once

#include "core/analysis/engine/Trend.h"
#include "ui/models/ResultTableModel.h"

namespace hc::ui {

// A trend as a table: one row per period, the period's label first, then one column per series
// (named as the chart's legend names them). The result stays here for the chart.
class TrendTableModel : public ResultTableModel {
    Q_OBJECT
public:
    explicit TrendTableModel(QObject* parent = nullptr) : ResultTableModel({}, parent) {}

    // names: one per series of the result, as people read them; periodTitle heads the first column.
    void setResult(const analysis::TrendResult& result, const QStringList& names, const QString& periodTitle);
    const analysis::TrendResult& result() const { return m_result; }
    const QStringList& seriesNames() const { return m_names; }
    int rowCount(const QModelIndex& parent = {}) const override;

protected:
    QString text(int row, int column) const override;
    QVariant value(int row, int column) const override;

private:
    analysis::TrendResult m_result;
    QStringList m_names;
};

} // namespace hc::ui

#include "ui/models/TrendTableModel.h"

#include "core/util/NumberFormat.h"
#include "ui/charts/ChartSupport.h"

namespace hc::ui {

void TrendTableModel::setResult(const analysis::TrendResult& result, const QStringList& names,
                                const QString& periodTitle)
{
    beginResetModel();
    m_result = result;
    m_names = names;
    setHeaders(QStringList{periodTitle} + names);
    endResetModel();
}

int TrendTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.periods.size());
}

QString TrendTableModel::text(int row, int column) const
{
    if (column == 0)
        return ChartSupport::periodLabel(m_result.periods[size_t(row)].label);
    const auto& v = m_result.series[size_t(column - 1)].values[size_t(row)];
    if (!v)
        return QStringLiteral("—");
    return m_result.countsAreIntegers ? NumberFormat::count(*v) : NumberFormat::decimal(*v);
}

QVariant TrendTableModel::value(int row, int column) const
{
    if (column == 0)
        return m_result.periods[size_t(row)].label;
    const auto& v = m_result.series[size_t(column - 1)].values[size_t(row)];
    return v ? QVariant(*v) : QVariant();
}

} // namespace hc::ui

#include "ui/models/KpiTableModel.h"

#include "core/util/NumberFormat.h"

namespace hc::ui {

void KpiTableModel::setResult(const analysis::KpiSet& set, const QMap<QString, std::vector<double>>& sparklines)
{
    beginResetModel();
    m_set = set;
    m_sparklines = sparklines;
    endResetModel();
}

int KpiTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_set.kpis.size()); }

QString KpiTableModel::format(const analysis::Kpi& k, std::optional<double> v) const
{
    return analysis::formatKpiValue(k, v, m_currency);
}

QString KpiTableModel::text(int row, int column) const
{
    const analysis::Kpi& k = m_set.kpis[size_t(row)];
    switch (column) {
    case LabelColumn:
        return k.label;
    case ValueColumn:
        return format(k, k.value);
    case PreviousColumn:
        return format(k, k.previous);
    case ChangeColumn:
        return k.change ? NumberFormat::signedPercent(*k.change) : QStringLiteral("—");
    }
    return QString();
}

QVariant KpiTableModel::value(int row, int column) const
{
    const analysis::Kpi& k = m_set.kpis[size_t(row)];
    const auto number = [](const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(); };
    switch (column) {
    case LabelColumn:
        return k.id;
    case ValueColumn:
        return number(k.value);
    case PreviousColumn:
        return number(k.previous);
    case ChangeColumn:
        return number(k.change);
    }
    return {};
}

} // namespace hc::ui

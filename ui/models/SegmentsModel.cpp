#include "ui/models/SegmentsModel.h"

#include "core/util/NumberFormat.h"

namespace hc::ui {

void SegmentsModel::setResult(const analysis::SegmentResult& result, const QStringList& headers)
{
    beginResetModel();
    m_result = result;
    setHeaders(headers);
    m_valueColumn = int(headers.size()) - 1;
    endResetModel();
}

int SegmentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

bool SegmentsModel::isNumeric(int column) const { return column == m_valueColumn; }

QString SegmentsModel::text(int row, int column) const
{
    const auto& r = m_result.rows[size_t(row)];
    if (column < m_valueColumn) {
        const QString v = r.values.value(column);
        return v.isEmpty() ? m_missing : v;
    }
    if (!r.value)
        return QStringLiteral("—");
    return m_result.countsAreIntegers ? NumberFormat::count(*r.value) : NumberFormat::decimal(*r.value);
}

QVariant SegmentsModel::value(int row, int column) const
{
    const auto& r = m_result.rows[size_t(row)];
    if (column < m_valueColumn)
        return r.values.value(column);
    return r.value ? QVariant(*r.value) : QVariant();
}

} // namespace hc::ui

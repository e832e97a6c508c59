#include "ui/models/SegmentsModel.h"

#include "core/util/NumberFormat.h"

namespace hc::ui {

void SegmentsModel::setResult(const analysis::SegmentResult& result, const QStringList& headers,
                              const QString& shareTitle)
{
    beginResetModel();
    m_result = result;
    m_valueColumn = int(headers.size()) - 1;
    const bool share = !shareTitle.isEmpty() && result.total && *result.total > 0;
    m_shareColumn = share ? m_valueColumn + 1 : -1;
    setHeaders(share ? headers + QStringList{shareTitle} : headers);
    endResetModel();
}

int SegmentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

bool SegmentsModel::isNumeric(int column) const { return column >= m_valueColumn; }

QString SegmentsModel::text(int row, int column) const
{
    const auto& r = m_result.rows[size_t(row)];
    if (column < m_valueColumn) {
        const QString v = r.values.value(column);
        return v.isEmpty() ? m_missing : v;
    }
    if (!r.value)
        return QStringLiteral("—");
    if (column == m_shareColumn)
        return NumberFormat::percent(*r.value / *m_result.total);
    return m_result.countsAreIntegers ? NumberFormat::count(*r.value) : NumberFormat::decimal(*r.value);
}

QVariant SegmentsModel::value(int row, int column) const
{
    const auto& r = m_result.rows[size_t(row)];
    if (column < m_valueColumn)
        return r.values.value(column);
    if (column == m_shareColumn && r.value)
        return *r.value / *m_result.total;
    return r.value ? QVariant(*r.value) : QVariant();
}

} // namespace hc::ui

#include "ui/models/PathsModel.h"

#include "core/util/NumberFormat.h"

namespace hc::ui {

void PathsModel::setResult(const std::vector<analysis::PathRow>& rows, const analysis::PathQuery& query,
                           const QString& sessionEnds)
{
    beginResetModel();
    m_rows = rows;
    m_paths.clear();
    m_total = 0;
    for (const auto& row : rows) {
        m_total += row.occurrences;
        QStringList chain = row.events;
        for (QString& e : chain)
            if (e.isEmpty())
                e = sessionEnds;
        const QString arrow = QStringLiteral(" → ");
        m_paths << (query.forward ? query.anchor.name + arrow + chain.join(arrow)
                                  : QStringList(chain.rbegin(), chain.rend()).join(arrow) + arrow + query.anchor.name);
    }
    endResetModel();
}

int PathsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QString PathsModel::text(int row, int column) const
{
    const auto& r = m_rows[size_t(row)];
    switch (column) {
    case RankColumn:
        return QString::number(row + 1);
    case PathColumn:
        return m_paths[row];
    case OccurrencesColumn:
        return NumberFormat::count(double(r.occurrences));
    case UsersColumn:
        return NumberFormat::count(double(r.users));
    case ShareColumn:
        return NumberFormat::percent(value(row, column).toDouble());
    }
    return QString();
}

QVariant PathsModel::value(int row, int column) const
{
    const auto& r = m_rows[size_t(row)];
    switch (column) {
    case RankColumn:
        return row + 1;
    case PathColumn:
        return m_paths[row];
    case OccurrencesColumn:
        return r.occurrences;
    case UsersColumn:
        return r.users;
    case ShareColumn:
        return m_total > 0 ? double(r.occurrences) / double(m_total) : 0.0;
    }
    return {};
}

} // namespace hc::ui
